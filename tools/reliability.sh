#!/usr/bin/env bash
# ./dev reliability: builds what it needs, then measures (docs/reliability.md)
#   1. the fault campaign and the bad-input table (build/bin/mpki-reliability, real keychain);
#   2. the libFuzzer targets (build-fuzz, clang): FUZZ_EXECUTIONS (110000) in all, see below;
#   3. the engine and SCM unit tests under AddressSanitizer + UBSan (build-asan, ASAN_TESTS);
# and writes build/reliability/results.json and the table. Exit 1 when a target is missed.
set -uo pipefail
cd "$(dirname "$0")/.."
export CCACHE_BASEDIR="$PWD" CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
out=build/reliability
mkdir -p "$out"
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
FUZZ_TARGETS=(fuzz_plan fuzz_connector_file fuzz_scm_responses) # the fastest last
# The sanitizer subset: every SCM unit test that needs no simulator, and the engine's own (the plan, the
# state and its journal, password generation, secrets in memory, and whole runs against the simulator).
ASAN_TESTS=(scm_base_url scm_errors scm_types scm_tolerance scm_transport scm_json_schema_validator
            scm_exchange_redactor engine_plan engine_state engine_journal engine_password_generator
            engine_secrets_memory engine_runner)
started=$(date +%s)
step() { echo "reliability: $* ($(( $(date +%s) - started )) s)"; }

step "building (default, fuzz and asan builds)"
[ -f build/build.ninja ] || cmake --preset default >/dev/null
cmake --build build --target mpki-setup mpki-reliability || exit 1
[ -f build-fuzz/build.ninja ] || cmake --preset fuzz >/dev/null
cmake --build build-fuzz --target "${FUZZ_TARGETS[@]}" || exit 1
[ -f build-asan/build.ninja ] || cmake --preset asan >/dev/null
cmake --build build-asan --target "${ASAN_TESTS[@]}" || exit 1

step "fault campaign and bad inputs"
QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 timeout 1200 tests/with-keyring.sh build/bin/mpki-reliability \
    --out "$out/campaign.json" 2>&1 | tee "$out/campaign.log" | grep -v '] .* finished after' || true

step "fuzzing ${#FUZZ_TARGETS[@]} targets"
# The slow targets (a file written and, for an encrypted document, scrypt on every input) run for
# FUZZ_SECONDS; the last and fastest one runs until the executions reach FUZZ_EXECUTIONS in all (at most
# five minutes), so the total does not depend on how loaded the machine is.
FUZZ_EXECUTIONS=${FUZZ_EXECUTIONS:-110000}
executed=0
for t in "${FUZZ_TARGETS[@]}"; do
    corpus="$out/corpus-$t"   # the seed corpus plus what this run found, outside the repository
    rm -rf "$out/crashes-$t"; mkdir -p "$corpus" "$out/crashes-$t"
    limit=(-max_total_time="$FUZZ_SECONDS")
    [ "$t" = "${FUZZ_TARGETS[-1]}" ] && limit=(-runs=$(( FUZZ_EXECUTIONS > executed + 10000 ? FUZZ_EXECUTIONS - executed : 10000 )) -max_total_time=300)
    ASAN_OPTIONS=detect_leaks=0 timeout 400 build-fuzz/fuzz/$t "$corpus" "tests/fuzz/corpus/$t" "${limit[@]}" \
        -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$out/crashes-$t/" >"$out/fuzz-$t.log" 2>&1
    echo "$t exit $?" >>"$out/fuzz-$t.log"
    n=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/fuzz-$t.log" | tail -1)
    executed=$(( executed + ${n:-0} ))
done

step "sanitizer tests: ${ASAN_TESTS[*]}"
regex="^($(IFS='|'; echo "${ASAN_TESTS[*]}"))\$"
ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 QT_QPA_PLATFORM=offscreen \
    timeout 900 ctest --test-dir build-asan -R "$regex" --output-on-failure --timeout 600 -j "$(nproc)" \
    >"$out/asan.log" 2>&1
echo "ctest exit $?" >>"$out/asan.log"

step "done"
python3 - "$out" "${FUZZ_TARGETS[@]}" <<'PY'
import datetime, glob, json, os, re, sys
out, targets = sys.argv[1], sys.argv[2:]
try:
    c = json.load(open(f"{out}/campaign.json"))
except (OSError, ValueError):
    c = {}
fuzz_exec = fuzz_crash = 0
fuzz_rows = []
for t in targets:
    log = open(f"{out}/fuzz-{t}.log", errors="replace").read()
    m = re.findall(r"stat::number_of_executed_units:\s*(\d+)", log) or re.findall(r"#(\d+)\s+DONE", log)
    n = int(m[-1]) if m else 0
    crashed = bool(re.search(r"ERROR: (AddressSanitizer|libFuzzer|UndefinedBehaviorSanitizer)|runtime error:|deadly signal", log)) \
        or bool(os.listdir(f"{out}/crashes-{t}"))
    fuzz_exec += n; fuzz_crash += int(crashed)
    fuzz_rows.append((t, n, crashed))
asan = open(f"{out}/asan.log", errors="replace").read()
sanitizer_errors = len(re.findall(r"ERROR: AddressSanitizer|runtime error:", asan))
m = re.search(r"(\d+)% tests passed, (\d+) tests failed out of (\d+)", asan)
asan_failed, asan_total = (int(m.group(2)), int(m.group(3))) if m else (-1, 0)
r = {k: c.get(k, 0) for k in ("runs", "finished", "kinds_of_fault", "faults_injected", "resumes", "duplicates",
                              "orphans", "secrets_lost", "secrets_leaked", "changed_certificate_accepted",
                              "bad_inputs_tried", "bad_inputs_refused", "max_refused_logins_per_hour")}
r.update(measured=datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
         fuzz_targets=len(targets), fuzz_executions=fuzz_exec, fuzz_crashes=fuzz_crash,
         sanitizer_errors=sanitizer_errors, sanitizer_tests=asan_total, sanitizer_tests_failed=asan_failed,
         kinds=c.get("kinds", {}), bad_inputs_not_refused=[f'{b["area"]}: {b["name"]} ({b["why"]})'
                                                            for b in c.get("bad_inputs", []) if not b["refused"]])
json.dump(r, open(f"{out}/results.json", "w"), indent=2)

print(f"\nReliability, measured {r['measured']}")
print(f"{'fault kind':<13}{'runs':>5}{'faults':>8}{'finished':>9}{'resumes':>8}{'dupl.':>6}{'orphans':>8}{'lost':>5}{'leaked':>7}{'max 401/login':>14}")
for name, k in sorted(r["kinds"].items()):
    print(f"{name:<13}{k['runs']:>5}{k['faults_injected']:>8}{k['finished']:>9}{k['resumes']:>8}{k['duplicates']:>6}"
          f"{k['orphans']:>8}{k['secrets_lost']:>5}{k['secrets_leaked']:>7}{k['max_refused_logins']:>14}")
print(f"{'all':<13}{r['runs']:>5}{r['faults_injected']:>8}{r['finished']:>9}{r['resumes']:>8}{r['duplicates']:>6}"
      f"{r['orphans']:>8}{r['secrets_lost']:>5}{r['secrets_leaked']:>7}{r['max_refused_logins_per_hour']:>14}")
print(f"kinds of fault: {r['kinds_of_fault']}; a changed TLS certificate accepted: {r['changed_certificate_accepted']} time(s)")
print(f"bad inputs: {r['bad_inputs_refused']} of {r['bad_inputs_tried']} refused (exit 2, a message, no request)")
for b in r["bad_inputs_not_refused"]:
    print(f"  not refused: {b}")
for t, n, crashed in fuzz_rows:
    print(f"fuzz {t:<22}{n:>10} executions  {'CRASH' if crashed else 'clean'}")
print(f"fuzz executions {fuzz_exec}, targets with a crash {fuzz_crash}")
print(f"sanitizers (ASan+UBSan): {asan_total - max(asan_failed, 0)} of {asan_total} tests passed, {sanitizer_errors} sanitizer errors")
print(f"max refused logins per admin in one run (all under an hour): {r['max_refused_logins_per_hour']}")
missed = [k for k in ("duplicates", "orphans", "secrets_lost", "secrets_leaked", "fuzz_crashes", "sanitizer_errors",
                      "changed_certificate_accepted") if r[k]]
if r["finished"] != r["runs"] or r["runs"] == 0: missed.append("finished")
if r["bad_inputs_refused"] != r["bad_inputs_tried"]: missed.append("bad_inputs_refused")
if asan_failed != 0: missed.append("sanitizer_tests")
print("targets missed: " + (", ".join(missed) if missed else "none"))
sys.exit(1 if missed else 0)
PY
