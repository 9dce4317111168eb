#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command with a real Secret Service: a private D-Bus session bus and a gnome-keyring
# daemon with a fresh, unlocked login keyring in a throw-away home. QtKeychain in the command
# talks to it exactly as it would on a store's PC; nothing touches the user's own keyring.
# Usage: with-keyring.sh COMMAND [ARGS...]
set -euo pipefail
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v $tool >/dev/null || { echo "with-keyring: $tool is missing (apt-get install dbus gnome-keyring)"; exit 1; }
done
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_DATA_HOME=$home/.local/share XDG_CONFIG_HOME=$home/.config XDG_RUNTIME_DIR=$home/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# dbus-run-session ends the bus, and with it the keyring daemon, when the command ends.
exec dbus-run-session -- bash -c '
    eval "$(printf %s comptoir-test | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
    eval "$(gnome-keyring-daemon --start --components=secrets 2>/dev/null)" >/dev/null
    exec "$@"' with-keyring "$@" 2> >(grep -v -e "Failed to set fd limit" -e "^dbus-daemon\[" >&2)
