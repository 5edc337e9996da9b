#!/usr/bin/env bash
# Builds every library, the CLI, the unit tests and the fuzz targets with clang,
# AddressSanitizer + UndefinedBehaviorSanitizer (CMake preset "sanitize", folder
# build-sanitize/), and runs the GoogleTest suite under them. Any finding (memory error, leak,
# undefined behaviour) fails the run. scripts/fuzz.sh uses the same build.
set -euo pipefail
cd "$(dirname "$0")/.."
# clang and its runtimes come from Debian's packages; install-deps installs only what is missing.
BUDGETSITE_BROWSER_TESTS=0 BUDGETSITE_FUZZ_DEPS=1 ./scripts/install-deps.sh >/dev/null
cmake --preset sanitize >/dev/null
cmake --build build-sanitize -j"$(nproc)"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/fuzz/lsan.supp:print_suppressions=0"
ctest --test-dir build-sanitize --output-on-failure -j"$(nproc)"
