# SPDX-License-Identifier: GPL-3.0-or-later
# What the GUI walkthroughs share; sourced by them after `set -euo pipefail` and after setting
# `app`, `ctl` and `shots` (screenshot directory, may be empty).
#   gui_begin [--keep-home]   work directory, X server, clean-up on exit. --keep-home keeps HOME
#                             (the keyring of tests/tools/with-keyring.sh lives there).
#   launch_app ARG...         the register with ARG..., logging to $work/app.log, window focused
#   fail MESSAGE              prints the logs listed in `logs` (files under $work), exits 1
#   shot NAME, scan CODE, tickets, wait_tickets N
# XVFB_SCREEN sets the screen (default 1280x800x24; 800x1280x24 for a portrait tablet).

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

    display=:$((90 + RANDOM % 100))
    Xvfb "$display" -screen 0 ${XVFB_SCREEN:-1280x800x24} -nolisten tcp >/dev/null 2>&1 & pids+=($!)
    export DISPLAY=$display
    for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
}

gui_cleanup() {
    for p in "${pids[@]}"; do
        kill -9 "$p" 2>/dev/null || true
        wait "$p" 2>/dev/null || true # reaped quietly
    done
    rm -rf "$work"
}

fail() {
    echo "FAIL: $*"
    for log in app.log ${logs[@]+"${logs[@]}"}; do
        echo "--- $log"
        tail -30 "$work/$log" 2>/dev/null || true
    done
    exit 1
}

launch_app() {
    "$app" "$@" >>"$work/app.log" 2>&1 & app_pid=$!
    pids+=($app_pid)
    xdotool search --sync --onlyvisible --name "Comptoir" >/dev/null
    wid=$(xdotool search --onlyvisible --name "Comptoir" | head -1)
    xdotool windowactivate --sync "$wid" 2>/dev/null || xdotool windowfocus --sync "$wid"
    sleep 1.5 # first frames
}

shot() { [ -n "$shots" ] && import -window root "$shots/$1.png" && echo "screenshot $shots/$1.png"; return 0; }
# A keyboard-wedge scanner: 20 ms per key, then Enter.
scan() { xdotool type --delay 20 "$1"$'\n'; sleep 0.05; }
tickets() { "$ctl" --db "$db" export-tickets 2>/dev/null | wc -l; }
wait_tickets() { # N
    for _ in $(seq 100); do [ "$(tickets)" -ge "$1" ] && return 0; sleep 0.1; done
    fail "expected $1 ticket(s), have $(tickets)"
}
