#!/usr/bin/env bash
# Runs a command against the real OS keychain without touching the user's: a private D-Bus session,
# a gnome-keyring-daemon unlocked with a throw-away password, a temporary HOME and XDG_RUNTIME_DIR.
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home" "$tmp/xdg"
chmod 700 "$tmp/xdg"
export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/xdg" XDG_DATA_HOME="$tmp/home/.local/share"
exec dbus-run-session -- bash -c '
    out=$(printf "throw-away-keyring-password\n" | gnome-keyring-daemon --unlock --components=secrets 2>&1)
    # gnome-keyring 42 prints nothing when its control socket is the default $XDG_RUNTIME_DIR/keyring.
    case "$out" in
        *GNOME_KEYRING_CONTROL*) ;;
        *) [ -S "$XDG_RUNTIME_DIR/keyring/control" ] || { echo "with-keyring.sh: gnome-keyring-daemon did not start: $out" >&2; exit 1; } ;;
    esac
    eval "$(printf "%s\n" "$out" | sed -n "s/^\(GNOME_KEYRING_CONTROL=.*\)$/export \1/p")"
    exec "$@"' _ "$@"
