#!/usr/bin/env bash
# Runs the libFuzzer targets of tests/fuzz for SECONDS each (default 20), sanitized (ASan +
# UBSan), each from its seed corpus: the shipped content and the fixtures, valid and invalid.
#   scripts/fuzz.sh [SECONDS] [TARGET ...]     targets: text pdf config front_matter
# Prints one line per target (executions, coverage, corpus size, time); exits 1 when a target
# finds a crash, a hang, a leak or undefined behaviour, leaving the input in
# build-sanitize/findings/TARGET/ (make it a fixture and a test). The corpus grown by each run
# is kept in build-sanitize/corpus/TARGET/ and used again by the next. The targets are built by
# the sanitized build (CMake preset "sanitize", as scripts/sanitize.sh). BUDGETSITE_FUZZ_SEED=N fixes
# libFuzzer's random seed (CI does; 0, the default, draws one).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(text pdf config front_matter)

# clang and its runtimes come from Debian's packages; install-deps installs only what is missing.
BUDGETSITE_BROWSER_TESTS=0 BUDGETSITE_FUZZ_DEPS=1 ./scripts/install-deps.sh >/dev/null
cmake --preset sanitize >/dev/null
targets_to_build=()
for t in "${targets[@]}"; do targets_to_build+=("fuzz_$t"); done
cmake --build build-sanitize -j"$(nproc)" --target "${targets_to_build[@]}" 2>&1 | grep -E "error|Error" || true
for t in "${targets[@]}"; do [ -x "build-sanitize/fuzz/fuzz_$t" ] || { echo "fuzz: fuzz_$t did not build"; exit 2; }; done

seed() {  # seed TARGET: files for its first corpus
  case "$1" in
    text) ls content/disclosures/*.txt tests/fixtures/corpus/*.txt tests/fixtures/edge/*.txt tests/fixtures/invalid/*.txt ;;
    pdf) ls tests/fixtures/invalid/*.pdf tests/fixtures/corpus/*.pdf content/disclosures/sh-putuo-govoffice-2025-budget-unit.pdf \
            content/disclosures/bj-beijing-audit-2026-budget-tables.pdf ;;
    config) ls site-config.yaml tests/fixtures/invalid/config/*.yaml ;;
    front_matter) ls content/pages/*.md content/disclosures/*.yaml ;;
  esac
}
timeout_of() {  # seconds per input: poppler reads some damaged fonts slowly (tests/fixtures/fuzz/)
  case "$1" in pdf) echo 90 ;; *) echo 30 ;; esac
}
max_len() {
  case "$1" in text) echo 131072 ;; pdf) echo 400000 ;; *) echo 16384 ;; esac
}

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/fuzz/lsan.supp:print_suppressions=0"
status=0
for t in "${targets[@]}"; do
  corpus="build-sanitize/corpus/$t" findings="build-sanitize/findings/$t" log="build-sanitize/fuzz-$t.log"
  mkdir -p "$corpus" "$findings"
  [ -n "$(ls -A "$corpus")" ] || cp $(seed "$t") "$corpus/"
  set +e
  "build-sanitize/fuzz/fuzz_$t" "$corpus" -max_total_time="$seconds" -max_len="$(max_len "$t")" -timeout="$(timeout_of "$t")" \
    -seed="${BUDGETSITE_FUZZ_SEED:-0}" \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$findings/" >"$log" 2>&1
  code=$?
  set -e
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo '?')
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo '?')
  echo "fuzz_$t: ${seconds} s, ${execs} executions, coverage ${cov} edges, ${ft} features, corpus $(ls "$corpus" | wc -l) inputs"
  if [ "$code" -ne 0 ]; then
    echo "fuzz_$t: FINDING (exit $code); input kept in $findings/, log in $log:"
    grep -E "ERROR|runtime error|SUMMARY" "$log" | head -5
    status=1
  fi
done
exit $status
