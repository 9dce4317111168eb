#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The clerk's day in one script, on a real X server: scans typed by xdotool 20 ms per key
# (a keyboard-wedge scanner) wherever the focus is, a misread code, a sale paid in cash from
# the keyboard, then kill -9 in the middle of the next basket and a restart that brings it
# back. Checks what landed with comptoirctl. Usage: xdotool_sale.sh COMPTOIR COMPTOIRCTL [SHOT_DIR]
set -euo pipefail
app=$1 ctl=$2 shots=${3:-}
source "$(dirname "$0")/lib.sh"
gui_begin

start_app() { launch_app --demo --demo-products 2000 --db "$db" --lang "${1:-fr}"; }

start_app fr
# Focus the search field first: scans must not end up in it.
xdotool key F2
scan 3760123450010   # Baguette tradition 1,30
scan 3760123450027   # Croissant 1,10
scan 3760123450027   # Croissant again (same line, qty 2)
scan 3760123450011   # misread: wrong check digit -> refused, nothing added
scan 2600002003252   # Comte 18 mois, scale label 325 g at 24,90/kg -> 8,09
scan 96385074        # Chewing-gum, EAN-8
shot counter-basket-fr
press F12 paymentPage     # pay
shot counter-payment-fr
press F9 receiptPage     # exact amount in cash
shot counter-receipt-fr

"$ctl" --db "$db" verify
"$ctl" --db "$db" export-tickets --output "$work/tickets.jsonl"
python3 - "$work/tickets.jsonl" <<'PY'
import json, sys
tickets = [json.loads(l) for l in open(sys.argv[1])]
assert len(tickets) == 1, tickets
t = tickets[0]
lines = [(l["sku"], l["quantityMilli"], l["total"]) for l in t["lines"]]
print("ticket", t["number"], "lines", lines, "total", t["total"])
assert lines == [("BOUL-0001", 1000, 130), ("BOUL-0002", 2000, 220), ("CREM-0002", 325, 809),
                 ("EPIC-0004", 1000, 120)], lines
assert t["total"] == 1279 and t["tenders"][0]["kind"] == "cash"
PY

# A queue of items scanned at 30 ms per key (xdotool's delay covers press and release):
# every scan lands, in order, on one line each (different products) or merged (same).
press F12 -receiptPage # back to selling
from=$(mark)
for code in 3760123450034 3760123450041 3760123450058 3760123450072 3760123450089 \
            3760123450096 3760123450126 3760123450133 3760123450140 3760123450034; do
    xdotool type --delay 60 "$code"$'\n'
done
for _ in $(seq 300); do
    [ "$(tail -n +$((from + 1)) "$work/app.log" | grep -c "scan handled: accepted")" -ge 10 ] && break
    sleep 0.1
done
handled=$(tail -n +$((from + 1)) "$work/app.log" | grep -c "scan handled" || true)
[ "$handled" -eq 10 ] || fail "$handled of the 10 scans reached the register"
press F12 paymentPage
press F9 receiptPage
"$ctl" --db "$db" export-tickets --from 2 --to 2 --output "$work/t2.jsonl"
python3 - "$work/t2.jsonl" <<'PY'
import json, sys
t = json.loads(open(sys.argv[1]).readline())
skus = [(l["sku"], l["quantityMilli"]) for l in t["lines"]]
print("ticket", t["number"], skus)
assert skus == [("EPIC-0001", 2000), ("EPIC-0002", 1000), ("BOIS-0001", 1000), ("CREM-0001", 1000),
                ("PRES-0001", 1000), ("SNAC-0001", 1000), ("MAIS-0001", 1000), ("HYGI-0001", 1000),
                ("PAPE-0001", 1000)], skus
PY

# Next customer: two items, then the power goes (kill -9) before payment.
scan 3760123450065   # Champagne (starts the next sale by itself)
scan 3760123450119   # Roman poche
kill -9 "$app_pid"
wait "$app_pid" 2>/dev/null || true
"$ctl" --db "$db" status | tee "$work/status.txt"
grep -q "open basket:   2 line(s)" "$work/status.txt"
start_app en
shot counter-restored-en
grep -q "last ticket:   2" "$work/status.txt"
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
"$ctl" --db "$db" verify
"$ctl" --db "$db" status | grep "open basket:   2 line(s)"
echo "xdotool sale: OK"
