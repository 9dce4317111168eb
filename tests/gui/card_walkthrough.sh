#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Card payments as a store lives them, on a real X server with real processes: the terminal
# simulator executable on TCP, on a socat pty pair and as a nexo JSON/HTTP terminal, the
# register driven by xdotool keys.
#  1. a card sale over TCP, one over the serial line, one through the nexo terminal;
#  2. the terminal loses its bank: four stored sales, a fifth over the store's limit refused
#     (paid in cash instead); the terminal forwards with one decline; end of day shows the
#     follow-up;
#  3. the register is killed (-9) while the terminal works on a payment; on restart the
#     attempt is resolved from the terminal's last transaction and the sale completes.
# Checks everything with comptoirctl. Usage: card_walkthrough.sh COMPTOIR COMPTOIRCTL SIM [SHOT_DIR]
set -euo pipefail
app=$1 ctl=$2 sim=$3 shots=${4:-}
source "$(dirname "$0")/lib.sh"
logs=(sim.log)
gui_begin

# Two terminals: one on TCP, one on a pseudo-terminal (a serial line), each keeping its journal
# in a file like a real one.
control=$((20000 + RANDOM % 20000))
"$sim" serve --tcp 0 --control $control --state "$work/terminal-tcp.json" --serial SIMTCP0001 \
    --card-delay 300 --slow-delay 4000 >"$work/sim.out" 2>>"$work/sim.log" & pids+=($!)
# The serial terminal sits at one end of a socat pty pair, like a null-modem cable; the
# register opens the other end.
command -v socat >/dev/null || { echo "SKIP: socat is not installed"; exit 77; }
socat pty,raw,echo=0,link="$work/tpe-serial-terminal" pty,raw,echo=0,link="$work/tpe-serial" 2>/dev/null & pids+=($!)
for _ in $(seq 50); do [ -e "$work/tpe-serial-terminal" ] && [ -e "$work/tpe-serial" ] && break; sleep 0.1; done
"$sim" serve --serial-device "$(readlink -f "$work/tpe-serial-terminal")" --control $((control + 1)) \
    --state "$work/terminal-serial.json" --serial SIMSER0001 --card-delay 300 >"$work/sim-serial.out" \
    2>>"$work/sim.log" & pids+=($!)
for _ in $(seq 50); do
    grep -q '^control' "$work/sim.out" 2>/dev/null && grep -q '^control' "$work/sim-serial.out" 2>/dev/null && break
    sleep 0.1
done
port=$(awk '/^tcp/ {print $2}' "$work/sim.out")
[ -n "$port" ] && [ -e "$work/tpe-serial" ] || fail "the simulators did not start"
# A third terminal speaks nexo JSON over HTTP.
"$sim" serve --nexo 0 --control $((control + 2)) --state "$work/terminal-nexo.json" --serial SIMNEXO001 \
    --card-delay 300 >"$work/sim-nexo.out" 2>>"$work/sim.log" & pids+=($!)
for _ in $(seq 50); do grep -q '^control' "$work/sim-nexo.out" 2>/dev/null && break; sleep 0.1; done
nexo_url=$(awk '/^nexo/ {print $2}' "$work/sim-nexo.out")
[ -n "$nexo_url" ] || fail "the nexo simulator did not start"
tpe() { "$sim" send --control $control "$*"; } # one argument: the command line for the terminal

setup() { # setup.json with the terminal list $1 (JSON array)
    cat >"$work/setup.json" <<EOF
{ "terminals": $1,
  "offline_policy": { "enabled": true, "max_amount_cents": 2500, "max_count": 5, "max_total_cents": 10000,
                      "allowed_brands": ["CB", "VISA", "MASTERCARD"], "allowed_entry_modes": ["chip", "contactless"] },
  "health_interval_s": 1 }
EOF
    "$ctl" --db "$db" payment-setup "$work/setup.json"
}
tcp_terminal='{"id": "tpe-tcp", "label": "TPE comptoir", "driver": "concert", "link": "tcp://127.0.0.1:'$port'"}'
serial_terminal='{"id": "tpe-serie", "label": "TPE série", "driver": "concert", "link": "serial:'$work/tpe-serial'?baud=9600&format=7E1"}'
nexo_terminal='{"id": "tpe-nexo", "label": "TPE nexo", "driver": "nexo", "url": "'$nexo_url'", "poi_id": "SIMNEXO001", "sale_id": "CAISSE-01"}'

"$ctl" --db "$db" generate-demo --products 500 >/dev/null
setup "[$tcp_terminal, $serial_terminal]"

start_app() { launch_app --demo --db "$db" --lang "${1:-fr}"; }
payments() { "$ctl" --db "$db" payments "$@"; } # captured before grep: grep -q would cut the pipe
last_tenders() { "$ctl" --db "$db" export-tickets 2>/dev/null | tail -1 | python3 -c 'import json,sys; t=json.load(sys.stdin); print(" ".join(x["kind"] for x in t["tenders"]))'; }
card_sale() { # BARCODE [screenshot name]
    scan "$1"
    press F12 paymentPage
    local from; from=$(mark)
    xdotool key F10
    wait_logged 'terminal .*"payment" ref' 30 "$from" # the request is on its way
    if [ -n "${2:-}" ]; then shot "$2"; fi
}
sim_said() { # FILE PATTERN COUNT: until the simulator's log holds COUNT lines with PATTERN
    for _ in $(seq 300); do [ "$(grep -ci -- "$2" "$work/$1" || true)" -ge "$3" ] && return 0; sleep 0.1; done
    fail "the terminal never logged $3 x $2"
}

# 1. By card over TCP, then over the serial line.
start_app fr
tpe behaviour slow 1 >/dev/null
card_sale 3760123450010 card-present-fr # Baguette 1,30
wait_tickets 1
shot card-receipt-fr
[ "$(last_tenders)" = "card" ] || fail "TCP sale tenders: $(last_tenders)"
press F12 -receiptPage # new sale
out=$(payments --limit 1); grep -q "tpe-tcp.*approved" <<<"$out" || fail "TCP attempt not approved: $out"
echo "card sale over TCP: OK"

kill -9 $app_pid; wait $app_pid 2>/dev/null || true
setup "[$serial_terminal, $tcp_terminal]" >/dev/null
start_app fr
card_sale 3760123450027 # Croissant 1,10
wait_tickets 2
[ "$(last_tenders)" = "card" ] || fail "serial sale tenders: $(last_tenders)"
out=$(payments --limit 1); grep -q "tpe-serie.*approved" <<<"$out" || fail "serial attempt not approved: $out"
press F12 -receiptPage
echo "card sale over the serial line: OK"
kill -9 $app_pid; wait $app_pid 2>/dev/null || true

setup "[$nexo_terminal, $tcp_terminal]" >/dev/null
start_app fr
card_sale 3760123450010 # Baguette 1,30
wait_tickets 3
[ "$(last_tenders)" = "card" ] || fail "nexo sale tenders: $(last_tenders)"
out=$(payments --limit 1); grep -q "tpe-nexo.*approved" <<<"$out" || fail "nexo attempt not approved: $out"
press F12 -receiptPage
echo "card sale through the nexo terminal: OK"
kill -9 $app_pid; wait $app_pid 2>/dev/null || true
setup "[$tcp_terminal, $serial_terminal]" >/dev/null

# 2. The bank is unreachable: stored payments within the store's rules.
tpe acquirer down >/dev/null
start_app fr
wait_logged "terminal tpe-tcp health: reachable, without its bank" 30 # a health reading tells the register
n=3
for code in 3760123450010 3760123450027 3760123450034 3760123450041; do
    card_sale $code
    n=$((n + 1))
    wait_tickets $n
    [ "$(last_tenders)" = "card-offline" ] || fail "stored sale $n tenders: $(last_tenders)"
    press F12 -receiptPage
done
scan 3760123450065 # Champagne 29,90: over the 25,00 limit
press F12 paymentPage
from=$(mark)
xdotool key F10
wait_logged "notice: failure policy.offline_amount" 30 "$from" # refused by the store's rules before the terminal is asked
shot card-offline-refused-fr
press F9 receiptPage # the clerk takes cash instead
n=$((n + 1))
wait_tickets $n
[ "$(last_tenders)" = "cash" ] || fail "refused sale tenders: $(last_tenders)"
press F12 -receiptPage
out=$(payments --limit 20 | tail -1); grep -q "offline stored: 4 for .*7.84" <<<"$out" || fail "offline exposure: $out"
echo "four stored card sales, the fifth over the limit refused: OK"

tpe acquirer up >/dev/null
tpe forward --decline-count 1
kill -9 $app_pid; wait $app_pid 2>/dev/null || true # the manager closes the day from the back office
"$ctl" --db "$db" terminal close-day --terminal tpe-tcp | tee "$work/batch.out" || true
grep -q "forwarded: 3 accepted, 1 declined" "$work/batch.out" || fail "forward results not applied"
"$ctl" --db "$db" followups | tee "$work/followups.out"
grep -q "forward-declined" "$work/followups.out" || fail "no follow-up for the declined payment"
echo "forward with one decline, follow-up raised: OK"

# 3. Killed while the terminal works: resolved on restart, the sale completes.
start_app fr
tpe behaviour slow 1 >/dev/null
before=$(tickets)
slow=$(grep -ci "transaction.*slow" "$work/sim.log" || true)
card_sale 3760123450058 # Eau minérale 3,20
sim_said sim.log "transaction.*slow" $((slow + 1)) # the terminal has the payment, the customer is slow
kill -9 $app_pid; wait $app_pid 2>/dev/null || true
out=$(payments --limit 1); grep -q "sending" <<<"$out" || fail "the attempt was not left open by the kill: $out"
# The terminal keeps the payment in its journal whatever became of the link: the register
# asks it when it starts again.
start_app fr
wait_tickets $((before + 1))
shot card-recovered-fr
[ "$(last_tenders)" = "card" ] || fail "recovered sale tenders: $(last_tenders)"
"$ctl" --db "$db" payments --limit 1 | tee "$work/recovered.out"
grep -q "approved *(recovered)" "$work/recovered.out" || fail "the attempt was not recovered"
grep -q "ticket" "$work/recovered.out" || fail "the recovered payment is not tied to the ticket"
out=$("$ctl" --db "$db" verify); grep -q "^OK" <<<"$out" || fail "journal chain: $out"
echo "killed mid-payment, resolved on restart: OK"

# No card number anywhere: database, WAL, logs.
for pan in 4970100000000003 4970109000000007 5017670000001800; do
    if grep -a -q "$pan" "$db"* "$work/app.log"; then fail "card number $pan found"; fi
done
echo "card walkthrough: OK"
