#!/usr/bin/env bash
# Builds budgetsite and generates the site from content/ into public/ (README: "build the site").
# Extra arguments go to `budgetsite build` (e.g. --base-url https://example.org/site/).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
./build/budgetsite build "$@"
