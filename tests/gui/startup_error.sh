#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A register whose database cannot be used shows why on screen (exit 3) and changes nothing;
# --help and --version work without a display.
# Usage: startup_error.sh COMPTOIR COMPTOIRCTL
set -euo pipefail
app=$1 ctl=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$work HOME=$work
"$ctl" --db "$work/r.db" generate-demo --products 50 >/dev/null 2>&1
"$ctl" --db "$work/r.db" sell 3 >/dev/null 2>&1
version=$(sqlite3 "$work/r.db" "PRAGMA user_version")
sqlite3 "$work/r.db" "PRAGMA user_version = 99"
set +e
"$app" --db "$work/r.db" --lang en --screenshot "$work/shot.png" >"$work/out" 2>"$work/err"
status=$?
set -e
cat "$work/err"
[ "$status" -eq 3 ] || { echo "expected exit 3, got $status"; exit 1; }
grep -q "newer version of Comptoir (schema 99" "$work/err"
grep -q "saved" "$work/out" && [ -s "$work/shot.png" ]
sqlite3 "$work/r.db" "PRAGMA user_version = $version"
"$ctl" --db "$work/r.db" verify | grep -q "OK: 3 tickets"
# Help and version are text: printed on a machine without any display, exit 0.
for flag in --help --version; do
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$app" $flag >"$work/out" 2>"$work/err" \
        || { cat "$work/err"; echo "$flag failed without a display"; exit 1; }
done
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$app" --help >"$work/out"
grep -q -- "--demo" "$work/out" && grep -q "Usage:" "$work/out"
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$app" --version | grep -q "^Comptoir [0-9]"
# Anything else still says how to get a display (exit 2).
set +e
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$app" --demo >/dev/null 2>"$work/err"
status=$?
set -e
[ "$status" -eq 2 ] && grep -q "no display found" "$work/err"
echo "startup error: OK"
