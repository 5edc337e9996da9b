#!/usr/bin/env bash
# Runs every test (README: "run the tests"): installs what is missing, builds, runs ctest, then
# the browser tests (skipped with BUDGETSITE_BROWSER_TESTS=0): the theme demo
# (tests/browser/run.mjs), the site built from content/ (tests/browser/site.test.mjs) and its
# English edition (tests/browser/english.test.mjs). All run even if one fails; the script fails
# if any did.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j"$(nproc)"
if [ "${BUDGETSITE_BROWSER_TESTS:-1}" = 1 ]; then
  status=0
  node tests/browser/run.mjs || status=1
  node tests/browser/site.test.mjs || status=1
  node tests/browser/english.test.mjs || status=1
  exit $status
fi
