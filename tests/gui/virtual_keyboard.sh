#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The on-screen keyboard of a touch-only counter (Qt Virtual Keyboard, French AZERTY): a tap in
# the search field brings it up, taps on its keys type a search ("pain"), in French layout; in
# English it follows the clerk (QWERTY). Then chosen by the register's setting
# ui.virtual_keyboard, which --virtual-keyboard overrides.
# Usage: virtual_keyboard.sh COMPTOIR COMPTOIRCTL   (COMPTOIR_SHOTS=DIR keeps screenshots)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
app=$1 ctl=$2 shots=${COMPTOIR_SHOTS:-}
[ -d /usr/lib/x86_64-linux-gnu/qt6/qml/QtQuick/VirtualKeyboard ] ||
    [ -n "$(compgen -G '/usr/lib/*/qt6/qml/QtQuick/VirtualKeyboard')" ] ||
    { echo "SKIP: qml6-module-qtquick-virtualkeyboard is not installed"; exit 77; }
source "$here/lib.sh"
gui_begin
launch_app --demo --db "$db" --lang fr --virtual-keyboard on

# A dialog with a text field moves up above the keys: the Tickets dialog (its search field takes
# the focus, which brings the keyboard up).
from=$(mark)
click 1195 679 ticketsDialog
wait_logged "keyboard: shown" 30 "$from"
wait_logged "keyboard: ticketsDialog " 30 "$from"
shot keyboard-dialog-fr
tail -n +"$((from + 1))" "$work/app.log" | grep -q "keyboard: ticketsDialog above it" ||
    fail "the on-screen keyboard covers the Tickets dialog"
echo "Tickets dialog above the on-screen keyboard: OK"
press Escape -ticketsDialog

click 200 103 # the search field
wait_logged "keyboard: shown" 30
shot keyboard-fr
# The AZERTY keyboard at 1280x800: top row A Z E R T Y U I O P, then Q S D F G H J K L M, then
# W X C V B N. "pain": P (top row, last), A (top row, first), I, N (third row).
from=$(mark)
for key in "1213 460" "66 460" "958 460" "895 657"; do
    xdotool mousemove $key click 1
done
wait_logged 'search: [Pp]ain -> ' 30 "$from"
shot keyboard-typed-fr
found=$(tail -n +"$((from + 1))" "$work/app.log" | grep 'search: [Pp]ain -> ' | tail -1 | sed 's/.*-> \([0-9]*\).*/\1/')
[ "$found" -gt 0 ] || fail "typing on the on-screen keyboard found nothing for \"pain\""
echo "on-screen keyboard: AZERTY, \"pain\" typed by taps, $found products found: OK"

# In English the keys follow the clerk's language: QWERTY, so the key where AZERTY has "a" types "q".
from=$(mark)
xdotool mousemove 1240 31 click 1 # the FR/EN button
wait_logged "language: en" 30 "$from"
xdotool mousemove 387 103 click 1 # clears the search
xdotool mousemove 200 103 click 1
from=$(mark)
xdotool mousemove 66 460 click 1
wait_logged 'search: [Qq] -> ' 30 "$from"
shot keyboard-en
echo "on-screen keyboard in English: QWERTY (the AZERTY \"a\" key typed \"q\"): OK"

# Chosen by the register's setting when the command line says nothing; the command line wins.
kill -9 $app_pid; wait $app_pid 2>/dev/null || true
"$ctl" --db "$db" config ui.virtual_keyboard on >/dev/null
"$ctl" --db "$db" config ui.virtual_keyboard sometimes >/dev/null 2>&1 && fail "comptoirctl took ui.virtual_keyboard=sometimes"
from=$(mark)
launch_app --demo --db "$db" --lang fr
wait_logged "on-screen keyboard: on (setting ui.virtual_keyboard=on)" 5 "$from"
xdotool mousemove 200 103 click 1
wait_logged "keyboard: shown" 30 "$from"
kill -9 $app_pid; wait $app_pid 2>/dev/null || true
"$ctl" --db "$db" config ui.virtual_keyboard off >/dev/null
from=$(mark)
launch_app --demo --db "$db" --lang fr --layout tablet # auto would show it on a tablet
wait_logged "on-screen keyboard: off (setting ui.virtual_keyboard=off)" 5 "$from"
kill -9 $app_pid; wait $app_pid 2>/dev/null || true
from=$(mark)
launch_app --demo --db "$db" --lang fr --virtual-keyboard on
wait_logged "on-screen keyboard: on (--virtual-keyboard on)" 5 "$from"
echo "on-screen keyboard chosen by the setting ui.virtual_keyboard (on, off), overridden by --virtual-keyboard: OK"
