#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# 100 scans typed back to back by xdotool (a keyboard-wedge scanner, 20 ms per key and Enter)
# with the search field focused, while both cores are kept busy by stress-ng: every scan must
# land in the basket, in order, once, and nothing must reach the search field.
# Usage: scan_load.sh COMPTOIR COMPTOIRCTL [SCANS]
set -euo pipefail
app=$1 ctl=$2 count=${3:-100} shots=
source "$(dirname "$0")/lib.sh"
command -v stress-ng >/dev/null || { echo "SKIP: stress-ng is not installed"; exit 77; }
gui_begin
export QT_LOGGING_RULES="comptoir.scan.wedge.debug=true" # each key released as typing is logged

launch_app --demo --demo-products 2000 --db "$db" --lang fr
signed_in=$(mark) # the PIN typed to sign in is typing, rightly
# Distinct products (weighed ones excluded: a scan adds one piece), in a fixed order.
"$ctl" --db "$db" barcodes --limit 400 >"$work/barcodes.txt"
awk -v n="$count" 'length($1) == 13 && $1 !~ /^2/ && c < n {print $1, $2; c++}' "$work/barcodes.txt" >"$work/codes.txt"
[ "$(wc -l <"$work/codes.txt")" -eq "$count" ] || fail "the demo catalog has fewer than $count barcodes"

# A scanner keeps its own time, and the kernel stamps its keys as they come, whatever the load.
# Here the X server stamps them when it gets to them and xdotool types them when it gets the CPU:
# both stand for hardware and get the priority hardware has (when allowed to: root). The
# register competes with stress-ng like any program.
hw=()
if renice -n -10 -p "$xvfb_pid" >/dev/null 2>&1; then
    hw=(nice -n -10)
else
    echo "note: not allowed to raise the X server's priority: key timings will stretch with the load"
fi
stress-ng --cpu 2 --cpu-method matrixprod --timeout 600s >/dev/null 2>&1 & pids+=($!)
xdotool key F2 # the search field has the focus: scans must not end up in it
while read -r code _; do
    "${hw[@]}" xdotool type --delay 20 "$code"$'\n'
done <"$work/codes.txt"

# Wait for the basket to hold every scan (the register saves it after each change).
basket_skus() {
    sqlite3 "$db" "SELECT value FROM pos_state WHERE key LIKE 'checkout/%'" 2>/dev/null |
        python3 -c 'import json,sys
raw = sys.stdin.read().strip()
print("\n".join(l["sku"] for l in json.loads(raw)["basket"]["lines"]) if raw else "")'
}
# Every key is typed by now: the register has them all. Bounded by the clock, not by a count of
# looks (each is two processes, slow under stress-ng): a lost scan ends in the diff below, not
# in the test's timeout.
deadline=$((SECONDS + 120))
while ((SECONDS < deadline)); do
    [ "$(basket_skus | grep -c .)" -ge "$count" ] && break
    sleep 0.2
done
basket_skus >"$work/basket.txt"
awk '{print $2}' "$work/codes.txt" >"$work/expected.txt"
if ! diff -u "$work/expected.txt" "$work/basket.txt" >"$work/diff.txt"; then
    logs=(diff.txt)
    fail "the basket is not the $count scans in order ($(grep -c . "$work/basket.txt") line(s))"
fi
# No key of a scan was taken for typing (it would have gone to the search field).
if tail -n +$((signed_in + 1)) "$work/app.log" | grep -q "as typing"; then
    tail -n +$((signed_in + 1)) "$work/app.log" | grep "as typing" | tail -5
    fail "keys of a scan were released as typing"
fi
echo "$count scans under load, all in the basket in order: OK"
