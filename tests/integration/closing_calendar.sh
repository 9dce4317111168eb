#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Closings across the calendar, the register's clock moved by Debian's faketime: a day ends
# at the hour set (a sale at 2 a.m. is the evening's), 29 February, the night summer time
# starts, month and year ends (the Z, then the month, then the year, in order), a register off
# for days. Each closing's figures are re-added from the tickets with sqlite3 alone, and the
# last perpetual total is the sum of every ticket.
# Usage: closing_calendar.sh COMPTOIRCTL
set -euo pipefail
ctl=$1
for tool in faketime sqlite3 python3; do
    command -v $tool >/dev/null || { echo "SKIP: $tool is not installed"; exit 77; }
done
[ -e /usr/share/zoneinfo/Europe/Paris ] || { echo "SKIP: no time zone data"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/register.db
export TZ=Europe/Paris
# Qt's timers run on the monotonic clock: only the calendar moves.
export FAKETIME_DONT_FAKE_MONOTONIC=1
fail() { echo "FAIL: $*"; exit 1; }
at() { local when=$1; shift; faketime "$when" "$ctl" --db "$db" "$@" 2>>"$work/stderr"; }
# The closings as "kind period tickets" lines, from the JSON export.
kinds() {
    python3 -c '
import json, sys
for line in sys.stdin:
    c = json.loads(line)
    print(c["kind"], c["period"], c["figures"]["tickets"])'
}
expect() { # WHAT EXPECTED ACTUAL
    [ "$2" = "$3" ] || fail "$1: expected [$2], got [$3]"
    echo "ok: $1"
}

at "2028-02-28 09:00:00" generate-demo --products 1000 >/dev/null
at "2028-02-28 09:00:00" config register.training 0 >/dev/null
at "2028-02-28 10:00:00" sell 5 >/dev/null
at "2028-02-29 23:30:00" sell 3 >/dev/null
at "2028-03-01 02:00:00" sell 2 >/dev/null # before 4 a.m.: still the 29th
# The morning of 1 March: the 28th, the 29th and February, in that order.
due=$(at "2028-03-01 09:00:00" close --due --json | kinds)
expect "leap day and the month's end" "day 2028-02-28 5
day 2028-02-29 5
month 2028-02 10" "$due"
expect "nothing more due" "" "$(at "2028-03-01 09:05:00" close --due --json | kinds)"

# The night summer time starts (26 March 2028), with days starting at 2 a.m., an hour that
# does not exist that night: the day starts at 3.
at "2028-03-01 09:10:00" config closing.day_start_hour 2 >/dev/null
at "2028-03-25 23:00:00" sell 1 >/dev/null
at "2028-03-26 01:59:00" sell 1 >/dev/null
at "2028-03-26 03:00:00" sell 4 >/dev/null
due=$(at "2028-03-26 03:05:00" close --due --json | kinds)
expect "the short night" "day 2028-03-25 2" "$due"

# A register off from 27 March to 3 May: March's last Z, March, then nothing else was sold.
due=$(at "2028-05-03 10:00:00" close --due --json | kinds)
expect "back after five weeks" "day 2028-03-26 4
month 2028-03 6" "$due"

# New year's eve until 1:30, then new year's day.
at "2028-12-31 20:00:00" sell 2 >/dev/null
at "2029-01-01 01:30:00" sell 1 >/dev/null # the 31st's (days start at 2)
due=$(at "2029-01-01 10:00:00" close --due --json | kinds)
expect "the year's end" "day 2028-12-31 3
month 2028-12 3
year 2028 19" "$due"
# The monthly closing of January cannot be made while January goes on.
if at "2029-01-15 10:00:00" close --month >"$work/out"; then fail "January closed in January"; fi
grep -q "not over" "$work/stderr" || fail "no reason given for refusing January"
echo "ok: a month still going is not closed"

# Every closing re-added from the tickets with sqlite3 alone, and the chain verified.
at "2029-01-15 10:00:00" closings --json --limit 100 >"$work/closings.jsonl"
python3 - "$db" "$work/closings.jsonl" <<'PY'
import json, sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
closings = [json.loads(l) for l in open(sys.argv[2])]
for c in closings:
    if c["kind"] != "day":
        continue
    where = "register_id = ? AND training = 0 AND number > ? AND number <= ?"
    args = (c["registerId"], c["afterTicket"], c["lastTicket"])
    n, total = db.execute(f"SELECT count(*), coalesce(sum(total_cents), 0) FROM tickets WHERE {where}", args).fetchone()
    vat = {r: (g, v) for r, g, v in db.execute(
        f"SELECT vat_bp, sum(gross_cents), sum(vat_cents) FROM ticket_vat JOIN tickets t ON t.id = ticket_id "
        f"WHERE {where.replace('register_id', 't.register_id')} GROUP BY vat_bp", args)}
    f = c["figures"]
    assert f["tickets"] == n and f["total"] == total, (c["period"], f["tickets"], n, f["total"], total)
    assert {v["rateBp"]: (v["gross"], v["vat"]) for v in f["vat"]} == vat, (c["period"], f["vat"], vat)
last = max((c for c in closings if c["kind"] == "day"), key=lambda c: c["number"])
everything = db.execute("SELECT sum(total_cents) FROM tickets WHERE training = 0").fetchone()[0]
assert last["perpetualNet"] == everything, (last["perpetualNet"], everything)
print(f"ok: {sum(c['kind'] == 'day' for c in closings)} day closings re-added by sqlite3, perpetual total {everything}")
PY
at "2029-01-15 10:00:00" verify | tee "$work/verify"
grep -q "^OK: 19 tickets, .* and 9 closings verified" "$work/verify" || fail "verify"
echo "closing calendar: OK"
