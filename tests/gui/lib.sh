# SPDX-License-Identifier: GPL-3.0-or-later
# What the GUI walkthroughs share; sourced by them after `set -euo pipefail` and after setting
# `app`, `ctl` and `shots` (screenshot directory, may be empty).
#   gui_begin [--keep-home]   work directory, X server, clean-up on exit. --keep-home keeps HOME
#                             (the keyring of tests/tools/with-keyring.sh lives there).
#   launch_app ARG...         the register with ARG..., logging to $work/app.log; returns once
#                             its first frame is shown and its window has the focus
#   fail MESSAGE              prints the logs listed in `logs` (files under $work), exits 1
#   shot NAME, scan CODE, tickets, wait_tickets N
#   mark                      where the register's log is now (for wait_logged)
#   wait_logged PATTERN [SECONDS] [MARK]
#                             until the register logs PATTERN (after MARK); fails otherwise
#   press KEY [STAGE|POPUP]   a key, then until the sale reaches STAGE (selling, paying,
#                             receipt) or a popup with that object name opened
#   click X Y [POPUP]         a click, then until that popup opened (or closed: "-NAME")
#   atspi_session SCRIPT ARG... [-- TOOL...]
#                             (first thing, before app/ctl/shots are set) runs SCRIPT again in a
#                             private D-Bus session; exits 77 (skip) when the accessibility stack
#                             or a TOOL is missing. Returns in that session.
#   atspi_begin               gui_begin, then the AT-SPI bus (its log: atspi.log)
# Tests wait on what the register says it did, never on time: a busy machine only slows them.
# XVFB_SCREEN sets the screen (default 1280x800x24; 800x1280x24 for a portrait tablet);
# KEEP_WORK=1 keeps the work directory (logs, databases) for a look after a failure.

gui_begin() {
    for tool in Xvfb xdotool; do
        command -v $tool >/dev/null || { echo "SKIP: $tool is not installed"; exit 77; }
    done
    work=$(mktemp -d)
    if [ "${1:-}" = --keep-home ]; then
        export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$work/xdg}
    else
        export HOME=$work/home XDG_RUNTIME_DIR=$work/xdg XDG_DATA_HOME=$work/data
        mkdir -p "$HOME"
    fi
    mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    export QT_QPA_PLATFORM=xcb
    db=$work/register.db
    pids=()
    trap gui_cleanup EXIT

    # Xvfb picks a free display itself and writes its number once it listens: two walkthroughs
    # running side by side never share (or fight over) one X server.
    # Two servers started at the same moment may both pick the same free number: the loser goes
    # away while the winner (another test's) answers in its place. Servers are started one at a
    # time (a lock shared by the tests), and one that does not answer is started again.
    local attempt
    exec 9>"${TMPDIR:-/tmp}/comptoir-xvfb-start.lock"
    flock -w 120 9 || { echo "FAIL: another test kept the X server lock for 2 minutes"; exit 1; }
    for attempt in 1 2 3 4 5; do
        : >"$work/display"
        # (9>&-: the server must not hold the lock after this test, killed or not, lets it go)
        # -noreset: by default the server resets when its last client leaves (xdpyinfo below, the
        # accessibility bus launcher that sets its root window property), and a register
        # connecting during that reset was refused ("could not connect to display").
        Xvfb -displayfd 3 -screen 0 ${XVFB_SCREEN:-1280x800x24} -nolisten tcp -noreset 3>"$work/display" 9>&- >/dev/null 2>&1 &
        local xvfb=$!
        pids+=($xvfb)
        for _ in $(seq 300); do [ -s "$work/display" ] && break; kill -0 $xvfb 2>/dev/null || break; sleep 0.1; done
        if [ -s "$work/display" ]; then
            export DISPLAY=:$(head -1 "$work/display")
            for _ in $(seq 100); do
                kill -0 $xvfb 2>/dev/null || break
                if xdpyinfo >/dev/null 2>&1; then
                    xvfb_pid=$xvfb
                    flock -u 9
                    exec 9>&-
                    return 0
                fi
                sleep 0.1
            done
        fi
        kill -9 $xvfb 2>/dev/null || true
    done
    flock -u 9
    echo "FAIL: Xvfb did not start"
    exit 1
}

gui_cleanup() {
    # Asked to stop, so that the X server removes its socket and lock file itself, under the
    # start lock: a server killed outright left them behind while the next test's server took the
    # same display number, and that test's register could not connect to it. Killed only if
    # it has not stopped within 5 s.
    exec 9>"${TMPDIR:-/tmp}/comptoir-xvfb-start.lock"
    flock -w 60 9 || true
    local p
    for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
    for p in "${pids[@]}"; do
        for _ in $(seq 50); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$p" 2>/dev/null || true
        wait "$p" 2>/dev/null || true # reaped quietly
    done
    flock -u 9 || true
    if [ -n "${KEEP_WORK:-}" ]; then echo "work directory kept: $work"; else rm -rf "$work"; fi
}

fail() {
    echo "FAIL: $*"
    for core in "$work"/core*; do
        [ -f "$core" ] && command -v gdb >/dev/null || continue
        echo "--- backtrace of $core"
        gdb -q -batch -ex "bt 40" "$(readlink -f "$app")" "$core" 2>&1 | tail -45
    done
    for log in app.log ${logs[@]+"${logs[@]}"}; do
        echo "--- $log"
        grep -v '"identify"' "$work/$log" 2>/dev/null | tail -40 || true
    done
    exit 1
}

launch_app() {
    touch "$work/app.log"
    local from; from=$(mark)
    # In the work directory, with core dumps on: a crash is shown with its backtrace (fail).
    local exe; exe=$(readlink -f "$app")
    # The demo's manager, Sam (PIN 9999), unless the test names another clerk.
    (cd "$work" && ulimit -c unlimited && exec "$exe" --clerk "${COMPTOIR_TEST_CLERK:-c02}" "$@") >>"$work/app.log" 2>&1 & app_pid=$!
    pids+=($app_pid)
    # The selling screen, then the payment screen and the dialogs made just after it.
    wait_logged "ready: every screen made" 90 "$from"
    # The window may be mapped a moment later, or replaced: look again until one has the focus
    # (xdotool's BadWindow errors for a window that went are expected and ignored).
    local found=
    for _ in $(seq 200); do
        wid=$(xdotool search --onlyvisible --name "Comptoir" 2>/dev/null | head -1) || true
        if [ -n "$wid" ] && { xdotool windowactivate --sync "$wid" 2>/dev/null ||
            xdotool windowfocus --sync "$wid" 2>/dev/null; }; then
            found=1
            break
        fi
        sleep 0.1
    done
    [ -n "$found" ] || fail "the register's window never took the focus"
    # Nobody sells before signing in: the clerk the screen offers first (--clerk, else the last
    # one), with the PIN typed as a clerk would. COMPTOIR_TEST_PIN= leaves the screen as it is.
    if [ -n "${COMPTOIR_TEST_PIN-9999}" ]; then
        wait_logged "opened: signInScreen" 30 "$from"
        wait_logged "clerks: [1-9]" 60 "$from" # a register fed by head office: its clerks came
        xdotool type --delay 60 "${COMPTOIR_TEST_PIN-9999}"
        xdotool key Return
        wait_logged "signed in: " 30 "$from"
    fi
}

mark() { wc -l <"$work/app.log"; }
wait_logged() { # PATTERN [SECONDS] [MARK]
    local pattern=$1 seconds=${2:-30} from=${3:-0}
    for _ in $(seq $((seconds * 10))); do
        tail -n +$((from + 1)) "$work/app.log" | grep -q -- "$pattern" && return 0
        kill -0 "$app_pid" 2>/dev/null || fail "the register stopped while waiting for: $pattern"
        sleep 0.1
    done
    fail "the register never logged: $pattern"
}
expect() { # STAGE|POPUP|-POPUP MARK: what a key or a click must lead to
    case "$1" in
    "") ;;
    selling | paying | receipt) wait_logged "stage: $1" 30 "$2" ;;
    -*) wait_logged "closed: ${1#-}" 30 "$2" ;;
    *) wait_logged "opened: $1" 30 "$2" ;;
    esac
}
press() { # KEY [STAGE|POPUP|-POPUP]
    local from; from=$(mark)
    xdotool key "$1"
    expect "${2:-}" "$from"
}
click() { # X Y [POPUP|-POPUP]
    local from; from=$(mark)
    xdotool mousemove "$1" "$2" click 1
    expect "${3:-}" "$from"
}

shot() { [ -n "$shots" ] && import -window root "$shots/$1.png" && echo "screenshot $shots/$1.png"; return 0; }
# A keyboard-wedge scanner: 20 ms per key, then Enter; returns once the register dealt with it
# (an article added, a customer attached, or the scan refused).
scan() {
    local from; from=$(mark)
    refocus
    xdotool type --delay 20 "$1"$'\n'
    wait_logged "scan handled" 30 "$from"
}
# The register's window takes the keyboard again (once seen in a loaded run: after the sign-in,
# the keys of the next scan reached nothing, the X focus gone from the window).
refocus() { [ -n "${wid:-}" ] && timeout 5 xdotool windowfocus --sync "$wid" 2>/dev/null || true; }
tickets() { "$ctl" --db "$db" export-tickets 2>/dev/null | wc -l; }
wait_tickets() { # N
    for _ in $(seq 300); do [ "$(tickets)" -ge "$1" ] && return 0; sleep 0.1; done
    fail "expected $1 ticket(s), have $(tickets)"
}

atspi_launcher=/usr/libexec/at-spi-bus-launcher

atspi_session() { # SCRIPT ARG... [-- TOOL...]
    [ -n "${COMPTOIR_ATSPI_SESSION:-}" ] && return 0
    local args=() tools=(dbus-run-session Xvfb) tool
    while [ $# -gt 0 ] && [ "$1" != -- ]; do args+=("$1"); shift; done
    [ $# -gt 0 ] && shift && tools+=("$@")
    for tool in "${tools[@]}"; do
        command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed"; exit 77; }
    done
    [ -x $atspi_launcher ] || { echo "SKIP: at-spi2-core is not installed"; exit 77; }
    /usr/bin/python3 -c 'import pyatspi' 2>/dev/null || { echo "SKIP: python3-pyatspi is not installed"; exit 77; }
    # dbus-daemon warns that it may not raise its file limit in a container: not our concern.
    exec env COMPTOIR_ATSPI_SESSION=1 dbus-run-session -- "${args[@]}" 2> >(grep -v "fd limit" >&2)
}

atspi_begin() {
    gui_begin
    export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
    $atspi_launcher --launch-immediately >"$work/atspi.log" 2>&1 &
    atspi_launcher_pid=$!
    # The launcher's own bus daemon goes with it (it would keep the script's output open).
    trap 'pkill -P $atspi_launcher_pid 2>/dev/null || true; gui_cleanup' EXIT
    logs=(atspi.log)
}
