#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Head office as a store lives it, on a real X server with real processes and a real keyring
# (run through tests/tools/with-keyring.sh):
#  1. `comptoir-hq demo` (the README's command), a fresh register enrolled with its one-time
#     code; the POS starts with an empty catalog and receives the demo store's 5,000 products;
#  2. head office killed (-9): three sales in cash; the status bar says head office is
#     unreachable with three tickets waiting;
#  3. head office back: the status bar goes back to "in sync", head office holds each ticket once
#     and its report equals the register's grand total to the cent;
#  4. a price changed at head office is what the next scan sells;
#  5. that sale made for a customer (her loyalty card scanned) reaches head office under her id,
#     and neither log holds her name, e-mail, phone or card;
#  6. head office down again, she pays part of a sale with her points (within her offline
#     allowance) and earns points on the rest: the register says they await head office; back
#     up, head office counts them once, even when every acknowledgement is lost and the register
#     sends the tickets again, and the register's figure is confirmed;
#  7. Élodie checks in at a loyalty kiosk (`comptoir-hq checkin`): the register shows a notice
#     with her name, tier and the offers to suggest, pushed over WebSocket; Karim, who is not
#     premium, is not announced;
#  8. she buys pasta: the fine-food offer shows under her name, a tap applies it, and head office
#     notes the offer used, once, for every register to know;
#  9. her panel shows one history: this store's tickets and her web orders, labelled by channel;
#     Lucie Fontaine, a customer of the Lyon store this register does not know, is found through
#     head office and kept by this store; head office down, the clerk corrects her phone number
#     (a garbled one is refused under the field first); back up, head office has the change.
# The status bar's text is read from the register's log (SyncController logs it when it
# changes; it is also the button's accessible name). Usage:
#   hq_walkthrough.sh COMPTOIR COMPTOIRCTL COMPTOIR_HQ [SHOT_DIR]
set -euo pipefail
app=$1 ctl=$2 hq=$3 shots=${4:-}
[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || { echo "FAIL: run through tests/tools/with-keyring.sh"; exit 1; }
source "$(dirname "$0")/lib.sh"
logs=(hq.log)
gui_begin --keep-home
export QT_LOGGING_RULES="comptoir.*.info=true" # every category: step 5 reads the logs
hqdb=sqlite:$work/hq.db

start_hq() { # CMD...
    "$hq" --db "$hqdb" "$@" >>"$work/hq.log" 2>&1 & hq_pid=$!
    pids+=($hq_pid)
    for _ in $(seq 300); do grep -q "^listening" "$work/hq.log" 2>/dev/null && break; sleep 0.1; done
    grep -q "^listening" "$work/hq.log" || fail "head office did not start"
}
start_app() { launch_app --db "$db" --lang "${1:-fr}"; }
status_bar() { grep "status bar:" "$work/app.log" | tail -1 | sed 's/.*status bar: //'; }
wait_status() { # REGEX SECONDS
    for _ in $(seq $(($2 * 10))); do status_bar | grep -Eq "$1" && return 0; sleep 0.1; done
    fail "the status bar never said /$1/ (last: $(status_bar))"
}
cash_sale() { # BARCODE...
    for code in "$@"; do scan "$code"; done
    press F12 paymentPage
    press F9 receiptPage
    press F12 -receiptPage # next customer
}
grand_total() { "$ctl" --db "$db" export-tickets 2>/dev/null | tail -1 | python3 -c 'import json,sys; print(json.load(sys.stdin)["grandTotal"])'; }

# 1. Head office from the README, a register enrolled with its code.
start_hq demo --port 0
port=$(awk '/^listening/ {print $2}' "$work/hq.log")
code=$(grep -oE 'enrollment code [A-Z0-9-]+' "$work/hq.log" | awk '{print $3}')
[ -n "$port" ] && [ -n "$code" ] || fail "no port or code from comptoir-hq demo"
"$ctl" --db "$db" enroll "http://127.0.0.1:$port" "$code" | grep -q "Enrolled" || fail "enrollment"
start_app fr
wait_status "^online 0 waiting - Siège : à jour" 60
products=$(sqlite3 "$db" "SELECT count(*) FROM products")
[ "$products" -ge 5000 ] || fail "the catalog did not come down: $products products"
shot hq-in-sync-fr
if [ -n "$shots" ]; then # the sync screen, from the status bar's button
    click 1085 31 syncDialog
    shot hq-sync-screen-fr
    press Escape -syncDialog
fi
echo "enrolled, catalog of $products products received, in sync: OK"

# 2. Head office gone: selling goes on, the status bar counts what waits.
kill -9 $hq_pid; wait $hq_pid 2>/dev/null || true
cash_sale 3760123450010 3760123450027 # Baguette 1,30 + Croissant 1,10
cash_sale 96385074                     # Chewing-gum 1,20
cash_sale 3760123450027 3760123450027
wait_tickets 3
wait_status "^offline 3 waiting - Siège injoignable : 3 tickets en attente" 90
shot hq-offline-fr
echo "head office down, 3 sales made, status bar: $(status_bar): OK"

# 3. Head office back on the same port: the backlog goes up, once.
: >"$work/hq.log"
start_hq serve --port "$port"
wait_status "^online 0 waiting - Siège : à jour" 90
shot hq-back-fr
stored=$(sqlite3 "$work/hq.db" "SELECT count(*) FROM tickets")
[ "$stored" = 3 ] || fail "head office holds $stored tickets, not 3"
register_total=$(grand_total)
report_total=$("$hq" --db "$hqdb" report --from "$(date -d yesterday +%F)" --to "$(date -d tomorrow +%F)" |
    python3 -c 'import json,sys; print(sum(d["total_cents"] for d in json.load(sys.stdin)["days"]))')
[ "$report_total" = "$register_total" ] || fail "report $report_total != register $register_total"
echo "head office back: 3 tickets once, report $report_total = register grand total $register_total: OK"

# 4. A price changed at head office sells at the next scan.
"$hq" --db "$hqdb" price-set demo-paris-11 BOUL-0001 0,99 | grep -q "1 record(s) changed" || fail "price-set"
for _ in $(seq 150); do
    [ "$(sqlite3 "$db" "SELECT price_cents FROM products WHERE sku = 'BOUL-0001'")" = 99 ] && break
    sleep 0.1
done
scan 2900000000018 # Élodie Martin's loyalty card, from head office's customers
cash_sale 3760123450010
wait_tickets 4
price=$("$ctl" --db "$db" export-tickets 2>/dev/null | tail -1 | python3 -c 'import json,sys; print(json.load(sys.stdin)["lines"][0]["unitPrice"])')
[ "$price" = 99 ] || fail "the baguette sold at $price cents after the price change"
echo "price changed at head office, next scan sold at 0,99: OK"

# 5. That sale was Élodie's: head office has it under her id, and no log holds her details.
for _ in $(seq 100); do
    customer=$(sqlite3 "$work/hq.db" "SELECT coalesce(customer_id, '') FROM tickets WHERE number = 4")
    [ -n "$customer" ] && break
    sleep 0.1
done
[ "$customer" = C-000001 ] || fail "head office has ticket 4 for customer '$customer', not C-000001"
grep -q 'customer attached: "C-000001"' "$work/app.log" || fail "the register did not log the customer's id"
for personal in "Élodie" "Martin" "elodie.martin" "612345678" "12 34 56 78" "2900000000018"; do
    if grep -a -q -- "$personal" "$work/app.log" "$work/hq.log"; then
        fail "\"$personal\" found in a log"
    fi
done
echo "loyalty card scanned, the sale reached head office as C-000001's, no personal data in the logs: OK"

# 6. Points offline, then counted once.
hq_points() { sqlite3 "$work/hq.db" "SELECT points FROM loyalty_accounts WHERE customer_id = 'C-000001'"; }
ticket5() { sqlite3 "$db" "SELECT c.$1 FROM ticket_customers c JOIN tickets t ON t.uuid = c.ticket_uuid WHERE t.number = 5"; }
confirmed5() { [ "$(ticket5 confirmed)" = 1 ]; }
all_acked() { [ "$(sqlite3 "$db" "SELECT count(*) FROM outbox WHERE state IN ('pending', 'sent')")" = 0 ]; }
wait_for() { # SECONDS COMMAND...: until COMMAND succeeds
    local seconds=$1; shift
    for _ in $(seq $((seconds * 10))); do "$@" && return 0; sleep 0.1; done
    return 1
}
before=$(hq_points)
[ -n "$before" ] || fail "head office has no loyalty account for C-000001 after ticket 4"
kill -9 $hq_pid; wait $hq_pid 2>/dev/null || true
wait_status "^offline" 90
scan 2900000000018
for _ in $(seq 13); do scan 3760123450027; done # 13 croissants: 14,30 €
press F12 paymentPage
shot loyalty-pay-offline-fr
from=$(mark)
xdotool mousemove 725 113 click 1 # "Utiliser 200 points (10,00 €)": her allowance
wait_logged "loyalty points used: 200" 30 "$from"
press F9 receiptPage
press F12 -receiptPage
wait_tickets 5
redeemed=$(ticket5 points_redeemed) earned=$(ticket5 points_earned)
[ "$redeemed" = 200 ] || fail "ticket 5 redeemed '$redeemed' points, not the 200 of her offline allowance"
[ "$earned" = 4 ] || fail "ticket 5 earned '$earned' points, not 4 (4,30 € paid in cash)"
[ "$(ticket5 confirmed)" = 0 ] || fail "ticket 5's points confirmed while head office is down"
scan 2900000000018
shot loyalty-provisional-fr
: >"$work/hq.log"
start_hq serve --port "$port"
wait_status "^online 0 waiting" 90
wait_for 30 confirmed5 || fail "head office never confirmed ticket 5's points"
after=$(hq_points)
[ "$after" = $((before + earned - redeemed)) ] || fail "head office: $after points, not $before + $earned - $redeemed"
shot loyalty-confirmed-fr
# Every acknowledgement lost: the register sends all five tickets again.
sqlite3 "$db" "UPDATE outbox SET state = 'pending', acked_at = NULL WHERE state = 'acked'"
wait_for 90 all_acked ||
    fail "the tickets sent again were never acknowledged: $(sqlite3 "$db" "SELECT kind, state, count(*) FROM outbox GROUP BY 1, 2")"
entries=$(sqlite3 "$work/hq.db" "SELECT count(*) FROM loyalty_ledger WHERE customer_id = 'C-000001' AND channel = 'store'")
[ "$entries" = 2 ] || fail "head office's ledger holds $entries entries for C-000001, not 2 (tickets 4 and 5)"
[ "$(hq_points)" = "$after" ] || fail "sent again, the points moved: $(hq_points), not $after"
quarantined=$(sqlite3 "$db" "SELECT count(*) FROM outbox WHERE state = 'quarantined'")
[ "$quarantined" = 0 ] || fail "$quarantined event(s) set aside: $(sqlite3 "$db" "SELECT kind, last_error FROM outbox WHERE state = 'quarantined'")"
echo "points offline: $redeemed used, $earned earned, awaiting head office; counted once: $before -> $after, unchanged when sent again: OK"

# 7. A premium customer's arrival, pushed to the register.
"$hq" --db "$hqdb" checkin C-000002 demo-paris-11 | grep -q "not a premium customer" || fail "Karim was announced"
"$hq" --db "$hqdb" checkin C-000001 demo-paris-11 | grep -q "^announced" || fail "Élodie was not announced"
for _ in $(seq 300); do grep -q 'arrival notice shown: "C-000001"' "$work/app.log" && break; sleep 0.1; done
grep -q 'arrival notice shown: "C-000001"' "$work/app.log" || fail "the register never showed Élodie's arrival"
grep -q 'arrival notice shown: "C-000002"' "$work/app.log" && fail "the register showed Karim's arrival"
shot arrival-fr
echo "premium check-in at the kiosk, notice on the register: OK"

# 8. A personalised offer applied with a tap.
xdotool mousemove 10 10
scan 2900000000018
scan 3760123450034 # Pâtes penne 500 g, 1,49 € (épicerie)
shot offer-offered-fr
from=$(mark)
xdotool mousemove 745 176 click 1 # "Offre : -10 % sur l'épicerie fine (...) · Appliquer"
wait_logged 'offer applied: "OFFRE-EPICERIE-10"' 30 "$from"
shot offer-applied-fr
press F12 paymentPage
press F9 receiptPage
press F12 -receiptPage
wait_tickets 6
offers=$("$ctl" --db "$db" export-tickets 2>/dev/null | tail -1 | python3 -c 'import json,sys; t=json.load(sys.stdin); print(",".join(t.get("offers", [])), t["lines"][0]["lineDiscount"])')
[ "$offers" = "OFFRE-EPICERIE-10 15" ] || fail "ticket 6: offers and discount '$offers', not 'OFFRE-EPICERIE-10 15'"
for _ in $(seq 150); do
    [ "$(sqlite3 "$work/hq.db" "SELECT count(*) FROM offer_redemptions WHERE offer_id = 'OFFRE-EPICERIE-10' AND customer_id = 'C-000001'")" = 1 ] && break
    sleep 0.1
done
[ "$(sqlite3 "$work/hq.db" "SELECT count(*) FROM offer_redemptions WHERE customer_id = 'C-000001'")" = 1 ] ||
    fail "head office did not note the offer used once"
echo "offer applied with a tap: -0,15 € on the pasta, noted once at head office: OK"

# 9. One history, a customer found at head office, a change made offline.
scan 2900000000018
from=$(mark)
click 700 110 customerPanel # the customer bar: her panel
wait_logged 'history of "C-000001" shown: [0-9]* entries, 2 online' 30 "$from"
shot history-fr
press Escape -customerPanel
from=$(mark)
xdotool mousemove 925 111 click 1 # "✕": no customer
wait_logged "customer detached" 30 "$from"
click 870 111 customerSearchDialog # "Trouver un client"
from=$(mark)
xdotool type --delay 30 "Fontaine" # not on this register: head office is asked once typing stops
wait_logged "head office search: \"done\" 1" 30 "$from"
shot hq-search-fr
from=$(mark)
xdotool mousemove 640 593 click 1 # her line, found at head office
wait_logged 'customer from head office kept here: "C-000101"' 30 "$from"
[ "$(sqlite3 "$work/hq.db" "SELECT count(*) FROM master_data WHERE feed = 'customers' AND record_key = 'C-000101' AND scope = 'demo-paris-11'")" = 1 ] ||
    fail "head office did not give Lucie Fontaine to this store"
kill -9 $hq_pid; wait $hq_pid 2>/dev/null || true
click 700 110 customerPanel    # her panel
click 535 687 customerEditDialog # "Modifier la fiche": the phone field has the focus
from=$(mark)
xdotool key ctrl+a; xdotool type --delay 120 "07 98 ab" # typed by a person
wait_logged "form check: refused phone" 30 "$from"
shot edit-refused-fr
from=$(mark)
xdotool key Return # refused: nothing saved
grep -q 'customer changed "C-000101"' "$work/app.log" && fail "a garbled phone number was saved"
xdotool key ctrl+a; xdotool type --delay 120 "07 98 76 54 32"
wait_logged "form check: ok" 30 "$from"
from=$(mark)
xdotool mousemove 780 735 click 1 # "Enregistrer"
wait_logged 'customer changed "C-000101" fields QList("phone")' 30 "$from"
shot edit-offline-fr
# Waiting: never sent, or tried and not acknowledged ("sent").
[ "$(sqlite3 "$db" "SELECT count(*) FROM outbox WHERE kind = 'customer-edit' AND state IN ('pending', 'sent')")" = 1 ] ||
    fail "the change is not waiting for head office: $(sqlite3 "$db" "SELECT state FROM outbox WHERE kind = 'customer-edit'")"
press Escape
: >"$work/hq.log"
start_hq serve --port "$port"
hq_phone() { sqlite3 "$work/hq.db" "SELECT DISTINCT json_extract(data, '$.phone') FROM master_data WHERE feed = 'customers' AND record_key = 'C-000101'"; }
for _ in $(seq 300); do [ "$(hq_phone)" = "07 98 76 54 32" ] && break; sleep 0.1; done
[ "$(hq_phone)" = "07 98 76 54 32" ] || fail "head office's record of Lucie Fontaine says '$(hq_phone)'"
for _ in $(seq 300); do [ "$(sqlite3 "$db" "SELECT merged FROM customer_edits")" = 1 ] && break; sleep 0.1; done
[ "$(sqlite3 "$db" "SELECT merged FROM customer_edits")" = 1 ] || fail "the register never saw its change merged"
grep -E "07 98|Fontaine|lucie" "$work/app.log" "$work/hq.log" && fail "personal data in the logs"
echo "one history (store and web), Lucie Fontaine found at head office, her phone changed offline and merged in every store: OK"

# 10. A receipt of the Lyon store: a Lyon register (comptoirctl, its own database) sells and
#     sends its ticket; its receipt scanned here opens it from head office, and nothing is
#     written here until items are returned.
"$hq" --db "$hqdb" register-add demo-lyon-02 01 >/dev/null
lyon=$work/lyon.db
"$ctl" --db "$lyon" generate-demo --products 200 >/dev/null 2>&1
"$ctl" --db "$lyon" config register.training 0 >/dev/null # a real sale, as Paris makes them
"$ctl" --db "$lyon" enroll "http://127.0.0.1:$port" "$("$hq" --db "$hqdb" enroll-code demo-lyon-02 01)" |
    grep -q "Enrolled" || fail "the Lyon register did not enroll"
"$ctl" --db "$lyon" sell 1 --seed 3 >/dev/null 2>&1
"$ctl" --db "$lyon" sync --timeout 60 >/dev/null 2>&1 || fail "the Lyon register could not send its ticket"
uuid=$(sqlite3 "$lyon" "SELECT uuid FROM tickets ORDER BY number DESC LIMIT 1")
[ "$(sqlite3 "$work/hq.db" "SELECT count(*) FROM tickets WHERE ticket_id = '$uuid'")" = 1 ] ||
    fail "head office does not hold the Lyon ticket"
here=$(tickets)
from=$(mark)
xdotool type --delay 20 "TK$(echo "$uuid" | tr -d - | tr a-f A-F)"$'\n'
wait_logged "notice: success" 30 "$from" # "Ticket 1 of Comptoir Démo — Lyon 2e, found at head office."
wait_logged "shown: receiptPage" 30 "$from"
shot chain-ticket-fr
[ "$(tickets)" = "$here" ] || fail "opening another store's ticket wrote a ticket here"
echo "a Lyon receipt scanned in Paris opened from head office: OK"
# A training ticket is not returned in real sales: Lyon in training again, its next receipt is
# refused here with the reason.
"$ctl" --db "$lyon" config register.training 1 >/dev/null
"$ctl" --db "$lyon" sell 1 --seed 4 >/dev/null 2>&1
"$ctl" --db "$lyon" sync --timeout 60 >/dev/null 2>&1 || fail "the Lyon register could not send its ticket"
training=$(sqlite3 "$lyon" "SELECT uuid FROM tickets ORDER BY number DESC LIMIT 1")
press F12 -receiptPage # the next customer
from=$(mark)
xdotool type --delay 20 "TK$(echo "$training" | tr -d - | tr a-f A-F)"$'\n'
wait_logged "notice: failure sale.chain_training" 30 "$from"
echo "a Lyon training receipt refused in real sales: OK"
echo "head office walkthrough: OK"
