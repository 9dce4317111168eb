#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The clerk's day in one script, on a real X server: scans typed by xdotool 20 ms per key
# (a keyboard-wedge scanner) wherever the focus is, a misread code, a sale paid in cash from
# the keyboard, then kill -9 in the middle of the next basket and a restart that brings it
# back. Checks what landed with comptoirctl. Usage: xdotool_sale.sh COMPTOIR COMPTOIRCTL [SHOT_DIR]
set -euo pipefail
app=$1 ctl=$2 shots=${3:-}
for tool in Xvfb xdotool; do
    command -v $tool >/dev/null || { echo "SKIP: $tool is not installed"; exit 77; }
done
work=$(mktemp -d)
export HOME=$work/home XDG_RUNTIME_DIR=$work/xdg XDG_DATA_HOME=$work/data QT_QPA_PLATFORM=xcb
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
db=$work/register.db
pids=()
cleanup() { for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & pids+=($!)
export DISPLAY=$display
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

start_app() {
    "$app" --demo --demo-products 2000 --db "$db" --lang "${1:-fr}" >"$work/app.log" 2>&1 & app_pid=$!
    pids+=($app_pid)
    xdotool search --sync --onlyvisible --name "Comptoir" >/dev/null
    wid=$(xdotool search --onlyvisible --name "Comptoir" | head -1)
    xdotool windowactivate --sync "$wid" 2>/dev/null || xdotool windowfocus --sync "$wid"
    sleep 1.5 # first frames
}
shot() { [ -n "$shots" ] && import -window root "$shots/$1.png" && echo "screenshot $shots/$1.png"; return 0; }
scan() { xdotool type --delay 20 "$1"$'\n'; sleep 0.03; }

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
xdotool key F12      # pay
sleep 0.5
shot counter-payment-fr
xdotool key F9       # exact amount in cash
sleep 0.8
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
xdotool key F12; sleep 0.3 # back to selling
for code in 3760123450034 3760123450041 3760123450058 3760123450072 3760123450089 \
            3760123450096 3760123450126 3760123450133 3760123450140 3760123450034; do
    xdotool type --delay 60 "$code"$'\n'
done
sleep 0.5
xdotool key F12; sleep 0.3; xdotool key F9; sleep 0.8
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
sleep 0.3
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
