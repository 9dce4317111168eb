#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A return against yesterday's ticket with a card refund (return_yesterday.py): the register sells
# under faketime a day back, is stopped, and takes an item back today on the same database,
# everything pressed through the AT-SPI bus, yesterday's Z (asked for by the register) first.
# Checks the two tickets' days, the Z and the card refund.
# Usage: return_yesterday.sh COMPTOIR COMPTOIRCTL   (COMPTOIR_SHOTS=DIR keeps screenshots;
# XVFB_SCREEN=800x1280x24 COMPTOIR_LAYOUT=tablet shows it on a tablet)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"
atspi_session "$0" "$@" -- faketime sqlite3
app=$1 ctl=$2 shots=${COMPTOIR_SHOTS:-}
atspi_begin
logs+=(app.log)
touch "$work/app.log"
exe=$(readlink -f "$app")

run_register() { # PREFIX...: the register, its log from here on
    # (exec: the pid is the register's, as the accessibility bus knows it)
    (cd "$work" && exec "$@" "$exe" --demo --db "$db" --lang en --layout "${COMPTOIR_LAYOUT:-auto}") \
        >>"$work/app.log" 2>&1 &
    app_pid=$!
    pids+=($app_pid)
    wait_logged "ready: every screen made" 90 "$(mark)"
}

# Yesterday: a card sale of two croissants and a baguette.
# (libfaketime preloaded rather than the faketime command, which forks: the register keeps
# the pid it is known by on the bus)
lib=$(dpkg -L libfaketime 2>/dev/null | grep -m1 'libfaketimeMT.so.1$' || true)
[ -n "$lib" ] || fail "libfaketime is not installed"
run_register env LD_PRELOAD="$lib" FAKETIME=-1d
COMPTOIR_PID=$app_pid /usr/bin/python3 "$here/return_yesterday.py" sell || { shot return-sell-failed; fail "yesterday's sale did not go through"; }
shot return-yesterday-sale
kill -TERM $app_pid
wait $app_pid 2>/dev/null || true

# Today: the customer is back with the receipt.
run_register
COMPTOIR_PID=$app_pid /usr/bin/python3 "$here/return_yesterday.py" return || { shot return-failed; fail "the return did not go through"; }
shot return-yesterday-refunded
# And a card sale of today, cancelled in one step through the terminal.
COMPTOIR_PID=$app_pid /usr/bin/python3 "$here/return_yesterday.py" cancel || { shot cancel-failed; fail "the cancellation did not go through"; }
shot card-ticket-cancelled

days=$(sqlite3 "$db" "SELECT group_concat(number || ':' || date(created_at, 'localtime'), ' ') FROM tickets WHERE number <= 2 ORDER BY number")
echo "tickets: $days"
[ "$days" = "1:$(date -d yesterday +%F) 2:$(date +%F)" ] || fail "expected ticket 1 yesterday and ticket 2 today, have $days"
void=$(sqlite3 "$db" "SELECT kind || ' ' || (reverses_uuid = (SELECT uuid FROM tickets WHERE number = 3)) || ' ' || total_cents FROM tickets WHERE number = 4")
[ "$void" = "void 1 -130" ] || fail "expected ticket 4 to cancel ticket 3 (-130), have '$void'"
cancel_refund=$(sqlite3 "$db" "SELECT operation || ' ' || amount_cents || ' ' || state || ' ' || (original_reference = (SELECT reference FROM payment_attempts WHERE ticket_uuid = (SELECT uuid FROM tickets WHERE number = 3))) FROM payment_attempts WHERE ticket_uuid = (SELECT uuid FROM tickets WHERE number = 4)")
[ "$cancel_refund" = "refund 130 approved 1" ] || fail "expected the cancellation's approved card refund of 130 naming ticket 3's payment, have '$cancel_refund'"
echo "cancellation of today's card ticket: OK (ticket 4 reverses ticket 3, card refund 1.30)"
refund=$(sqlite3 "$db" "SELECT operation || ' ' || amount_cents || ' ' || state FROM payment_attempts WHERE ticket_uuid = (SELECT uuid FROM tickets WHERE number = 2)")
[ "$refund" = "refund 110 approved" ] || fail "expected an approved card refund of 110 cents, have '$refund'"
returns_of=$(sqlite3 "$db" "SELECT returns_of FROM ticket_lines WHERE ticket_id = (SELECT id FROM tickets WHERE number = 2)")
[ "$returns_of" = "$(sqlite3 "$db" "SELECT uuid FROM tickets WHERE number = 1")#1" ] || fail "the return line names '$returns_of'"
# Yesterday's Z, made before today's first sale, covers yesterday's ticket alone (a business
# day starts at 4 a.m.).
closed=$(sqlite3 "$db" "SELECT group_concat(kind || ' ' || period || ' ' || after_ticket || '-' || last_ticket, ',') FROM closings")
[ "$closed" = "day $(date -d '-1 day -4 hours' +%F) 0-1" ] || fail "expected yesterday's Z of ticket 1, have '$closed'"
echo "yesterday's Z, forced before today's first sale: $closed"
grep -q "OK: 4 ticket" <<<"$("$ctl" --db "$db" verify)" || fail "the journal does not verify"
echo "return of yesterday's ticket: OK (card refund 1.10, $days)"
