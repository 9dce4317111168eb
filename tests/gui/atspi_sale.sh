#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A sale driven through the accessibility bus alone (atspi_sale.py): the register under Xvfb in a
# private D-Bus session with its own AT-SPI bus, Debian's pyatspi pressing controls by name.
# Usage: atspi_sale.sh COMPTOIR COMPTOIRCTL   (COMPTOIR_SHOTS=DIR keeps screenshots)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"
atspi_session "$0" "$@"
app=$1 ctl=$2 shots=${COMPTOIR_SHOTS:-}
atspi_begin

touch "$work/app.log"
exe=$(readlink -f "$app")
(cd "$work" && ulimit -c unlimited && exec "$exe" --demo --db "$db" --lang en) >>"$work/app.log" 2>&1 &
app_pid=$!
pids+=($app_pid)
wait_logged "ready: every screen made" 90

/usr/bin/python3 "$here/atspi_sale.py" || { shot atspi-failed; fail "the sale through AT-SPI did not go through"; }
shot atspi-after
# The register recorded exactly that sale.
[ "$(tickets)" -eq 1 ] || fail "expected 1 ticket, have $(tickets)"
grep -q "OK: 1 ticket" <<<"$("$ctl" --db "$db" verify)" || fail "the journal does not verify"
echo "atspi sale: OK"
