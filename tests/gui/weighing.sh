#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Weighing as a clerk does it, on a scale the register does not play itself: comptoir-scale-sim on
# a pseudo-terminal, its platter driven from here. The Comté (weighed in 6 g of paper) tapped on
# an empty platter: the scale, given the tare, reads below zero and the register shows it and
# adds nothing; 256 g put down and weighed again: 250 g sold at 24.90/kg, 6.23 (the scale took
# the paper off). Without a scale, the weight pad asks for the net weight and adds
# nothing until one is typed. On the counter in French and on the tablet in English
# (COMPTOIR_SCREENS=all: both layouts in both languages; COMPTOIR_SHOTS=DIR keeps the screens).
# Usage: weighing.sh COMPTOIR COMPTOIRCTL SCALE_SIM
set -euo pipefail
app=$1 ctl=$2 scalesim=$3 shots=${COMPTOIR_SHOTS:-}
source "$(dirname "$0")/lib.sh"
export XVFB_SCREEN=${XVFB_SCREEN:-1280x1280x24} # the counter's window and the upright tablet's
gui_begin
shot() { [ -n "$shots" ] && import -window "$wid" "$shots/$1.png" && echo "screenshot $shots/$1.png"; return 0; }

basket() { # "SKU GRAMS CENTS" a line
    sqlite3 "$db" "SELECT value FROM pos_state WHERE key LIKE 'checkout/%'" 2>/dev/null |
        python3 -c 'import json,sys
raw = sys.stdin.read().strip()
for l in (json.loads(raw)["basket"]["lines"] if raw else []):
    print(l["sku"], l["qtyMilli"], l["unitPrice"])'
}
wait_basket() { # EXPECTED-LINE
    for _ in $(seq 300); do
        basket | grep -qx -- "$1" && return 0
        kill -0 "$app_pid" 2>/dev/null || fail "the register stopped while waiting for the line $1"
        sleep 0.1
    done
    basket
    fail "the basket never held: $1"
}

variants=("counter fr" "tablet en")
[ "${COMPTOIR_SCREENS:-}" = all ] && variants=("counter fr" "counter en" "tablet fr" "tablet en")
for variant in "${variants[@]}"; do
    read -r layout lang <<<"$variant"
    if [ "$layout" = tablet ]; then comte="710 400"; else comte="95 665"; fi
    rm -f "$db" "$db"-*

    # The scale: a pseudo-terminal of its own, its platter empty, told what to weigh on a pipe.
    mkfifo "$work/platter"
    "$scalesim" --pty "$work/scale" <"$work/platter" >"$work/scale.log" 2>&1 & pids+=($!)
    exec 7>"$work/platter" # held open: the simulator reads it line by line
    for _ in $(seq 100); do [ -e "$work/scale" ] && break; sleep 0.1; done
    [ -e "$work/scale" ] || fail "the scale simulator made no pseudo-terminal"

    launch_app --demo --db "$db" --lang "$lang" --layout "$layout" --scale "$work/scale:9600:7O1"
    # Tapped with the platter empty: with the paper's 6 g taken off, the scale reads below zero
    # and says so; the clerk puts the cheese down and weighs again (Enter).
    from=$(mark)
    xdotool mousemove $comte click 1
    wait_logged "shown: weightDialog" 30 "$from"
    wait_logged "failure scale.below_zero" 30 "$from"
    shot "weighing-scale-$layout-$lang"
    [ -z "$(basket | grep CREM-0002)" ] || fail "the Comté was added before the scale weighed it"
    echo "load 256" >&7
    xdotool key Return
    wait_logged "weighed 250 g at 2490 = 623" 30 "$from"
    wait_basket "CREM-0002 250 2490"
    shot "weighed-$layout-$lang"
    echo "$layout, $lang: the scale took the 6 g of paper off: 256 g on the platter, 250 g sold for 6.23: OK"
    kill -9 $app_pid; wait $app_pid 2>/dev/null || true
    exec 7>&-
    rm -f "$work/platter" "$work/scale"

    # No scale: the pad asks for the net weight, nothing is added until it is typed.
    rm -f "$db" "$db"-*
    launch_app --demo --db "$db" --lang "$lang" --layout "$layout" --scale off
    from=$(mark)
    xdotool mousemove $comte click 1
    wait_logged "shown: weightDialog" 30 "$from"
    shot "weight-pad-$layout-$lang"
    [ -z "$(basket | grep CREM-0002)" ] || fail "the Comté was added before its weight was typed"
    xdotool type --delay 30 "0,25"
    xdotool key Return
    wait_basket "CREM-0002 250 2490"
    echo "$layout, $lang: no scale: the weight pad asked for the net weight, 0,25 typed, 250 g sold: OK"
    kill -9 $app_pid; wait $app_pid 2>/dev/null || true
done
echo "weighing: OK"
