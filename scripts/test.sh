#!/usr/bin/env bash
# Runs every test (README: "run the tests"): installs what is missing, builds, runs ctest, then
# the browser tests of the theme (tests/browser/run.mjs; skipped with BUDGETSITE_BROWSER_TESTS=0).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j"$(nproc)"
if [ "${BUDGETSITE_BROWSER_TESTS:-1}" = 1 ]; then
  node tests/browser/run.mjs
fi
