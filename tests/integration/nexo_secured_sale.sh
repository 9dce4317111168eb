#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A store sets up a terminal that secures its messages (Adyen's shared key) as the README says:
# the setup names the key, `comptoirctl terminal set-key` puts its passphrase in the keychain,
# card sales go through; without the passphrase, or with another one, the register says what
# is wrong and charges nothing. The passphrase is never in the register's database or files.
# Run inside tests/tools/with-keyring.sh. Usage: nexo_secured_sale.sh COMPTOIRCTL TERMINAL_SIM
set -euo pipefail
ctl=$1
sim=$2
work=$(mktemp -d)
simpid=
cleanup() {
    [ -n "$simpid" ] && kill "$simpid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() {
    echo "FAIL: $*"
    for f in "$work"/*.log; do echo "--- $f"; tail -20 "$f"; done
    exit 1
}

passphrase='correct horse battery staple'
printf '%s\n' "$passphrase" >"$work/terminal-passphrase"
"$sim" serve --state "$work/terminal.json" --card-delay 20 --control 0 --nexo 0 \
    --nexo-key-id shop-key --nexo-key-version 2 --nexo-passphrase-file "$work/terminal-passphrase" \
    >"$work/sim.out" 2>"$work/sim.log" &
simpid=$!
for _ in $(seq 1 600); do # until the simulator prints its ports (at most a minute)
    grep -q '^control ' "$work/sim.out" 2>/dev/null && break
    kill -0 $simpid 2>/dev/null || fail "the simulator did not start"
    sleep 0.1
done
url=$(awk '$1 == "nexo" { print $2 }' "$work/sim.out")
[ -n "$url" ] || fail "no nexo address in the simulator's banner"

db=$work/register.db
"$ctl" --db "$db" generate-demo --products 200 >"$work/ctl.log" 2>&1 || fail "generate-demo"
cat >"$work/setup.json" <<EOF
{"terminals": [{"id": "tpe-adyen", "label": "Adyen", "driver": "nexo", "url": "$url",
  "poi_id": "V400m-347374578", "sale_id": "CAISSE-01", "key_id": "shop-key", "key_version": 2}]}
EOF
"$ctl" --db "$db" payment-setup "$work/setup.json" >>"$work/ctl.log" 2>&1 || fail "payment-setup"

# 1. The passphrase is not in the keychain yet: the card is not charged (the customer pays
#    another way), and the register says why and what to do.
"$ctl" --db "$db" sell 1 --card-terminal tpe-adyen --timeout 20 >"$work/nokey.out" 2>"$work/nokey.log" \
    || fail "sell without the key"
grep -q "comptoirctl terminal set-key tpe-adyen" "$work/nokey.log" || fail "no hint to set the key: $(cat "$work/nokey.log")"
grep -q "requires the store's encryption key" "$work/nokey.log" || fail "no refusal message: $(cat "$work/nokey.log")"
echo "without the key: $(grep -m1 'card:' "$work/nokey.log")"

# 2. Another passphrase: the terminal refuses it (HTTP 401); nothing is charged.
printf 'not the right one\n' | "$ctl" --db "$db" terminal set-key --terminal tpe-adyen >>"$work/ctl.log" 2>&1 \
    || fail "set-key (wrong passphrase)"
"$ctl" --db "$db" sell 1 --card-terminal tpe-adyen --timeout 20 >"$work/wrong.out" 2>"$work/wrong.log" \
    || fail "sell with another key"
grep -q "requires the store's encryption key" "$work/wrong.log" || fail "no refusal message: $(cat "$work/wrong.log")"
refused=$("$ctl" --db "$db" payments | grep -c 'failed.*(encryption-key)' || true)
[ "$refused" = 2 ] || fail "expected 2 card payments refused for the key, found $refused"
echo "another passphrase: refused by the terminal, nothing charged"

# 3. The right one: three card sales.
printf '%s\n' "$passphrase" | "$ctl" --db "$db" terminal set-key --terminal tpe-adyen >"$work/setkey.out" 2>>"$work/ctl.log" \
    || fail "set-key"
grep -q "key shop-key version 2 of tpe-adyen stored in the keychain" "$work/setkey.out" || fail "set-key said: $(cat "$work/setkey.out")"
"$ctl" --db "$db" sell 3 --card-terminal tpe-adyen --timeout 30 >"$work/sell.out" 2>"$work/sell.log" \
    || fail "card sales with the key: $(cat "$work/sell.out")"
grep -q "3 sale(s) recorded" "$work/sell.out" || fail "expected 3 sales: $(cat "$work/sell.out")"
cat "$work/sell.out"
approved=$("$ctl" --db "$db" payments | grep -c ' approved ' || true)
# (a sale may be paid in two card payments)
[ "$approved" -ge 3 ] || fail "expected at least 3 approved card payments, found $approved"
open=$("$ctl" --db "$db" payments | grep -c -E ' (unknown|sending) ' || true)
[ "$open" = 0 ] || fail "$open card payment(s) left without an outcome"

# The passphrase is in no file of the register (the database, its journal, the setup).
if grep -rqs -- "$passphrase" "$work"/register.db* "$work/setup.json" "$work"/*.log; then
    fail "the passphrase was written to a file"
fi
echo "OK: 3 card sales on a terminal with a shared key; the passphrase only in the keychain"
