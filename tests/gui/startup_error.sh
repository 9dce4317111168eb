#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A register whose database cannot be used shows why on screen (exit 3) and changes nothing
# (a newer Comptoir's, an empty file); comptoirctl says why too, and verifies a copy without
# writing a byte; --help and --version work without a display.
# Usage: startup_error.sh COMPTOIR COMPTOIRCTL
set -euo pipefail
app=$1 ctl=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$work HOME=$work
"$ctl" --db "$work/r.db" generate-demo --products 50 >/dev/null 2>&1
"$ctl" --db "$work/r.db" sell 3 >/dev/null 2>&1
version=$(sqlite3 "$work/r.db" "PRAGMA user_version")
sqlite3 "$work/r.db" "PRAGMA user_version = 99"
set +e
"$app" --db "$work/r.db" --lang en --screenshot "$work/shot.png" >"$work/out" 2>"$work/err"
status=$?
set -e
cat "$work/err"
[ "$status" -eq 3 ] || { echo "expected exit 3, got $status"; exit 1; }
grep -q "newer version of Comptoir (schema 99" "$work/err"
grep -q "saved" "$work/out" && [ -s "$work/shot.png" ]
sqlite3 "$work/r.db" "PRAGMA user_version = $version"
grep -q "OK: 3 tickets" <<<"$("$ctl" --db "$work/r.db" verify)"
# A file that is not a register's database is refused with its cause, in the clerk's language,
# and stays as it was: an empty file never becomes a new register.
: >"$work/empty.db"
set +e
"$app" --db "$work/empty.db" --lang fr --screenshot "$work/empty.png" >"$work/out" 2>"$work/err"
status=$?
set -e
[ "$status" -eq 3 ] || { cat "$work/err"; echo "an empty file: expected exit 3, got $status"; exit 1; }
grep -q "est un fichier vide" "$work/err" || { cat "$work/err"; echo "no reason given for the empty file"; exit 1; }
[ ! -s "$work/empty.db" ] && [ ! -e "$work/empty.db-wal" ] || { echo "the empty file was written to"; exit 1; }
printf 'ticket 1: 12,50\n' >"$work/notes.db"
for file in empty notes; do
    set +e
    "$ctl" --db "$work/$file.db" verify >"$work/out" 2>"$work/err"
    status=$?
    set -e
    [ "$status" -ne 0 ] || { echo "comptoirctl verify said OK on the $file file"; exit 1; }
    grep -Eq "is an empty file|is not a database" "$work/err" || { cat "$work/err"; exit 1; }
done
[ "$(cat "$work/notes.db")" = "ticket 1: 12,50" ] || { echo "the text file was changed"; exit 1; }
# An auditor's copy is verified as it is: nothing written next to it.
mkdir "$work/copy" && cp "$work/r.db" "$work/copy/r.db"
sqlite3 "$work/copy/r.db" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
rm -f "$work/copy/r.db-wal" "$work/copy/r.db-shm"
before=$(sha256sum <"$work/copy/r.db")
grep -q "OK: 3 tickets" <<<"$("$ctl" --db "$work/copy/r.db" verify)"
[ "$(sha256sum <"$work/copy/r.db")" = "$before" ] && [ "$(ls "$work/copy")" = "r.db" ] ||
    { ls -la "$work/copy"; echo "verify wrote next to the copy"; exit 1; }
# Help and version are text: printed on a machine without any display, exit 0.
for flag in --help --version; do
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$app" $flag >"$work/out" 2>"$work/err" \
        || { cat "$work/err"; echo "$flag failed without a display"; exit 1; }
done
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$app" --help >"$work/out"
grep -q -- "--demo" "$work/out" && grep -q "Usage:" "$work/out"
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$app" --version | grep -q "^Comptoir [0-9]"
# Anything else still says how to get a display (exit 2).
set +e
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$app" --demo >/dev/null 2>"$work/err"
status=$?
set -e
[ "$status" -eq 2 ] && grep -q "no display found" "$work/err"
echo "startup error: OK"
