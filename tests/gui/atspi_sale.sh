#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A sale driven through the accessibility bus alone (atspi_sale.py): the register under Xvfb in a
# private D-Bus session with its own AT-SPI bus, Debian's pyatspi pressing controls by name.
# Usage: atspi_sale.sh COMPTOIR COMPTOIRCTL   (COMPTOIR_SHOTS=DIR keeps screenshots)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
launcher=/usr/libexec/at-spi-bus-launcher
if [ -z "${COMPTOIR_ATSPI_SESSION:-}" ]; then
    for tool in dbus-run-session Xvfb; do
        command -v $tool >/dev/null || { echo "SKIP: $tool is not installed"; exit 77; }
    done
    [ -x $launcher ] || { echo "SKIP: at-spi2-core is not installed"; exit 77; }
    /usr/bin/python3 -c 'import pyatspi' 2>/dev/null || { echo "SKIP: python3-pyatspi is not installed"; exit 77; }
    # dbus-daemon warns that it may not raise its file limit in a container: not our concern.
    exec env COMPTOIR_ATSPI_SESSION=1 dbus-run-session -- "$0" "$@" 2> >(grep -v "fd limit" >&2)
fi
app=$1 ctl=$2 shots=${COMPTOIR_SHOTS:-}
source "$here/lib.sh"
gui_begin
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
$launcher --launch-immediately >"$work/atspi.log" 2>&1 &
launcher_pid=$!
# The launcher's own bus daemon goes with it (it would keep this script's output open).
trap 'pkill -P $launcher_pid 2>/dev/null || true; gui_cleanup' EXIT
logs=(atspi.log)

touch "$work/app.log"
exe=$(readlink -f "$app")
(cd "$work" && ulimit -c unlimited && exec "$exe" --demo --db "$db" --lang en) >>"$work/app.log" 2>&1 &
app_pid=$!
pids+=($app_pid)
wait_logged "ready: first frame shown" 90

/usr/bin/python3 "$here/atspi_sale.py" || { shot atspi-failed; fail "the sale through AT-SPI did not go through"; }
shot atspi-after
# The register recorded exactly that sale.
[ "$(tickets)" -eq 1 ] || fail "expected 1 ticket, have $(tickets)"
"$ctl" --db "$db" verify | grep -q "OK: 1 ticket" || fail "the journal does not verify"
echo "atspi sale: OK"
