#!/usr/bin/env bash
# check-health-notify.sh WRAPPER: what the health timer's wrapper (installer/systemd/health-notify)
# does with each exit code of `mpki-setup health`, run with a fake mpki-setup and a fake notify-send
# as the only programs on PATH besides awk, so that neither a real check nor a real notification
# happens and a missing notify-send can be simulated on a machine that has one.
# Exit 0 = good, 1 = a check failed.
set -euo pipefail
wrapper=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

# bin/: awk and the fakes; bare/: awk and the fake mpki-setup only (no notify-send); nohealth/: awk
# and the fake notify-send (no mpki-setup).
mkdir -p "$work/bin" "$work/bare" "$work/config/mpki-setup"
ln -s "$(command -v awk)" "$work/bin/awk"
ln -s "$(command -v awk)" "$work/bare/awk"
# The fake health prints FAKE_REPORT, records its arguments one per line, exits FAKE_EXIT.
cat >"$work/bin/mpki-setup" <<FAKE
#!/bin/sh
for argument in "\$@"; do printf '%s\n' "\$argument"; done >"$work/health-args"
printf '%s\n' "\$FAKE_REPORT"
[ -z "\${FAKE_STDERR:-}" ] || printf '%s\n' "\$FAKE_STDERR" >&2
exit "\$FAKE_EXIT"
FAKE
# The fake notify-send records each call's arguments, one per line, and a line "--end--".
cat >"$work/bin/notify-send" <<FAKE
#!/bin/sh
{ for argument in "\$@"; do printf '%s\n' "\$argument"; done; echo --end--; } >>"$work/notifications"
exit "\${FAKE_NOTIFY_EXIT:-0}"
FAKE
chmod +x "$work/bin/mpki-setup" "$work/bin/notify-send"
cp "$work/bin/mpki-setup" "$work/bare/mpki-setup"

config="$work/config/mpki-setup/health.conf"
echo 'MPKI_HEALTH_ARGS="--state /var/lib/x/state"' >"$config"

# health's shape: the plugin convention's summary line, then one line per check.
report='WARNING: the SCM connection of the operator acme_api at https://scm.example (acme)
ok       operator signs in: yes
warning  operator password expires on 2031-05-04 (in 12 days) → mpki-setup rotate
ok       organisation OV S/MIME validation is VALIDATED'

# run NAME PATH [VAR=VALUE...]: runs the wrapper with $config, the given PATH and variables;
# leaves $status, $out, $err and $notes (the fake notify-send's log).
run() {
    local name=$1 path=$2
    shift 2
    rm -f "$work/notifications" "$work/health-args"
    status=0
    env -i HOME="$work/home" PATH="$path" MPKI_HEALTH_ARGS="--state /var/lib/x/state" \
        FAKE_REPORT="$report" FAKE_EXIT=0 "$@" \
        "$wrapper" "$config" >"$work/out" 2>"$work/err" || status=$?
    out=$(cat "$work/out")
    err=$(cat "$work/err")
    notes=$(cat "$work/notifications" 2>/dev/null || true)
    echo "== $name: exit $status"
}
expect_status() { [ "$status" -eq "$1" ] && pass "exit $1" || fail "exit $status, expected $1 ($err)"; }
expect_in() { # WHAT TEXT NEEDLE
    if grep -qF -- "$3" <<<"$2"; then pass "$1 has '$3'"; else fail "$1 lacks '$3': $2"; fi
}
expect_not_in() {
    if grep -qF -- "$3" <<<"$2"; then fail "$1 has '$3': $2"; else pass "$1 has no '$3'"; fi
}

run "OK" "$work/bin"
expect_status 0
[ -z "$notes" ] && pass "no notification" || fail "notified on OK: $notes"
expect_in "the journal (stdout)" "$out" "operator signs in: yes"
[ "$(cat "$work/health-args")" = "$(printf 'health\n--state\n/var/lib/x/state')" ] \
    && pass "ran: mpki-setup health --state /var/lib/x/state" || fail "ran with: $(cat "$work/health-args")"

run "WARNING" "$work/bin" FAKE_EXIT=1
expect_status 1
expect_in "notification" "$notes" "--urgency=normal"
expect_in "notification" "$notes" "MPKI connection: WARNING"
expect_in "notification" "$notes" "warning  operator password expires on 2031-05-04"
expect_in "notification" "$notes" "WARNING: the SCM connection of the operator acme_api"
expect_not_in "notification" "$notes" "operator signs in"
expect_in "the journal (stdout)" "$out" "organisation OV S/MIME validation is VALIDATED"
[ "$(grep -c -- --end-- <<<"$notes")" -eq 1 ] && pass "one notification" || fail "not one notification: $notes"

run "CRITICAL" "$work/bin" FAKE_EXIT=2 FAKE_REPORT="CRITICAL: the SCM connection of the operator acme_api
ok        operator signs in: yes
critical  domain example.com: DCV EXPIRED on 2031-05-01 → validate it again in SCM"
expect_status 2
expect_in "notification" "$notes" "--urgency=critical"
expect_in "notification" "$notes" "MPKI connection: CRITICAL"
expect_in "notification" "$notes" "critical  domain example.com: DCV EXPIRED"
expect_not_in "notification" "$notes" "operator signs in"

run "UNKNOWN" "$work/bin" FAKE_EXIT=3 FAKE_REPORT="" FAKE_STDERR="UNKNOWN: cannot reach SCM at https://scm.example"
expect_status 3
expect_in "notification" "$notes" "MPKI connection: could not check"
expect_in "notification" "$notes" "cannot reach SCM at https://scm.example"
expect_in "notification" "$notes" "journalctl --user -u mpki-setup-health"
expect_in "the journal" "$out" "cannot reach SCM"

run "a report with no ok/warning words" "$work/bin" FAKE_EXIT=2 FAKE_REPORT="OK: the sign-in
Das Betreiberpasswort ist abgelaufen"
expect_in "notification" "$notes" "Das Betreiberpasswort ist abgelaufen"
expect_not_in "notification" "$notes" "OK: the sign-in"

run "the arguments are split at blanks, never expanded as patterns" "$work/bin" \
    MPKI_HEALTH_ARGS="--connector $work/* --passphrase-file $work/pass --warn-days 30"
[ "$(cat "$work/health-args")" = "$(printf 'health\n--connector\n%s/*\n--passphrase-file\n%s/pass\n--warn-days\n30' "$work" "$work")" ] \
    && pass "arguments as written" || fail "ran with: $(cat "$work/health-args")"

run "CRITICAL without notify-send" "$work/bare" FAKE_EXIT=2
expect_status 2
expect_in "the journal (stderr)" "$err" "notify-send is not installed"
expect_in "the journal (stdout)" "$out" "warning  operator password expires"

run "CRITICAL, notify-send fails" "$work/bin" FAKE_EXIT=2 FAKE_NOTIFY_EXIT=1
expect_status 2
expect_in "the journal (stderr)" "$err" "notify-send failed"

mkdir -p "$work/nohealth"
ln -s "$(command -v awk)" "$work/nohealth/awk"
ln -s "$work/bin/notify-send" "$work/nohealth/notify-send"
run "mpki-setup not installed" "$work/nohealth"
expect_status 127
expect_in "notification" "$notes" "MPKI connection: could not check"

rm "$config"
run "no configuration file" "$work/bin"
expect_status 6
expect_in "the journal (stderr)" "$err" "no configuration: $config does not exist"
expect_in "the journal (stderr)" "$err" 'MPKI_HEALTH_ARGS="--state /path/to/state"'
expect_in "notification" "$notes" "MPKI connection: could not check"
[ ! -e "$work/health-args" ] && pass "health not run" || fail "health ran without a configuration"

echo '# nothing set' >"$config"
run "configuration without MPKI_HEALTH_ARGS" "$work/bin" MPKI_HEALTH_ARGS=
expect_status 6
expect_in "the journal (stderr)" "$err" "$config does not set MPKI_HEALTH_ARGS"
[ ! -e "$work/health-args" ] && pass "health not run" || fail "health ran without arguments"

# The default configuration path, as the service's %E gives it: $XDG_CONFIG_HOME, else ~/.config.
rm -f "$work/notifications"
status=0
env -i HOME="$work/home" PATH="$work/bin" XDG_CONFIG_HOME="$work/xdg" MPKI_HEALTH_ARGS="--state s" FAKE_REPORT=x FAKE_EXIT=0 \
    "$wrapper" >/dev/null 2>"$work/err" || status=$?
expect_in "without an argument, the journal" "$(cat "$work/err")" "$work/xdg/mpki-setup/health.conf does not exist"

if command -v shellcheck >/dev/null; then
    if out=$(shellcheck -s sh "$wrapper" 2>&1); then pass "shellcheck -s sh"; else fail "shellcheck: $out"; fi
else
    echo "note: shellcheck not installed; not checked"
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "health-notify: all checks passed"
