#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The receipt printer's bytes (comptoirctl receipt --escpos) against an independent ESC/POS
# encoder, the npm package @point-of-sale/receipt-printer-encoder 4.0.1 (escpos_encoder.mjs):
# every line of a French receipt in the same PC858 bytes, the same code page command, the same
# QR code of the ticket and the same cut. The package is installed once from the npm registry
# into $COMPTOIR_NPM_DIR (default ~/.cache/comptoir/npm).
# Usage: escpos_encoder.sh COMPTOIRCTL
set -euo pipefail
ctl=$1
here=$(cd "$(dirname "$0")" && pwd)
for tool in node npm python3; do
    command -v $tool >/dev/null || { echo "SKIP: $tool is not installed"; exit 77; }
done
npm_dir=${COMPTOIR_NPM_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/comptoir/npm}
package=@point-of-sale/receipt-printer-encoder@4.0.1
if [ ! -d "$npm_dir/node_modules/@point-of-sale/receipt-printer-encoder" ]; then
    mkdir -p "$npm_dir"
    if ! (cd "$npm_dir" && npm install --no-audit --no-fund --silent "$package" >/dev/null 2>&1); then
        # CI must run it; a machine without the registry says so.
        [ -n "${CI:-}" ] && { echo "FAIL: could not install $package from the npm registry"; exit 1; }
        echo "SKIP: $package could not be installed (no npm registry?)"
        exit 77
    fi
fi
cp "$here/escpos_encoder.mjs" "$npm_dir/"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/register.db
"$ctl" --db "$db" generate-demo --products 1000 >/dev/null 2>&1
"$ctl" --db "$db" sell 6 --seed 11 >/dev/null 2>&1
# A cash sale cancelled (a card one is cancelled at the register, through the terminal).
cash=$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(
    "SELECT min(t.number) FROM tickets t JOIN ticket_tenders d ON d.ticket_id = t.id "
    "WHERE d.kind = '"'cash'"' AND t.id NOT IN (SELECT ticket_id FROM ticket_tenders WHERE kind = '"'card'"')").fetchone()[0])' "$db")
[ "$cash" != None ] || { echo "FAIL: no cash sale to cancel"; exit 1; }
"$ctl" --db "$db" void "$cash" --reason "Erreur de saisie, prix réduit" >/dev/null 2>&1
for n in "$cash" 7; do
    "$ctl" --db "$db" receipt $n >"$work/receipt-$n.txt" 2>/dev/null
    "$ctl" --db "$db" receipt $n --escpos "$work/receipt-$n.bin" 2>/dev/null
    code=$(python3 - "$work/receipt-$n.bin" <<'PY'
import sys
b = open(sys.argv[1], "rb").read()
store = b.index(bytes.fromhex("1d286b")) # the QR code's first command; its data in "31 50 30"
at = b.index(bytes.fromhex("315030"), store)
length = b[at - 2] + 256 * b[at - 1] - 3
print(b[at + 3:at + 3 + length].decode("ascii"))
PY
)
    # What PC858 lacks is printed as its ASCII stand-in (print/escpos.h), which the encoder
    # would print as '?': it is given the stand-ins.
    python3 -c '
import sys
t = open(sys.argv[1], encoding="utf-8").read()
for a, b in (("\u2014", "-"), ("\u2013", "-"), ("\u0153", "oe"), ("\u0152", "OE"), ("\u2026", "..."),
             ("\u2019", "\x27"), ("\u00a0", " "), ("\u202f", " ")):
    t = t.replace(a, b)
open(sys.argv[2], "w", encoding="utf-8").write(t)' "$work/receipt-$n.txt" "$work/plain-$n.txt"
    (cd "$npm_dir" && node escpos_encoder.mjs "$work/plain-$n.txt" "$code") >"$work/theirs-$n.json"
    python3 - "$work/receipt-$n.bin" "$work/theirs-$n.json" "$work/plain-$n.txt" <<'PY'
import json, sys
ours = open(sys.argv[1], "rb").read()
theirs = json.load(open(sys.argv[2]))
text = open(sys.argv[3], encoding="utf-8").read()
newline = bytes.fromhex("0a0d")  # what the encoder ends each encode() with
def body(h, prefix=b""):
    b = bytes.fromhex(h)
    if b.endswith(newline):
        b = b[:-2]
    return b[len(prefix):] if prefix and b.startswith(prefix) else b
codepage = bytes.fromhex("1b7413")
init = bytes.fromhex(theirs["init"])
assert init.startswith(bytes.fromhex("1b40")) and codepage in init, theirs["init"]
assert ours.startswith(bytes.fromhex("1b40") + codepage), ours[:8].hex()
at = 0
accents = 0
for line, h in zip(text.split("\n"), theirs["lines"]):
    expected = body(h, codepage) + b"\n"
    found = ours.find(expected, at)
    assert found >= 0, f"line {line!r}: the encoder makes {expected.hex()}, not found in order"
    at = found + len(expected)
    accents += any(c > 0x7F for c in expected)
qr = body(theirs["qr"])
assert qr in ours, f"QR code: the encoder makes {qr.hex()}"
cut = body(theirs["cut"])
assert ours.endswith(cut), f"cut: {ours[-6:].hex()} vs {cut.hex()}"
print(f"ok: {len(text.splitlines())} lines ({accents} with PC858 letters or €), the QR code "
      f"({len(qr)} bytes) and the cut are the encoder's bytes")
PY
done
echo "escpos encoder: OK"
