#!/usr/bin/env bash
# Builds budgetsite and generates the site from content/ (README: "build the site").
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
for f in content/disclosures/*.txt; do
  ./build/budgetsite parse "$f" >/dev/null
done
echo "build: parsed $(ls content/disclosures/*.txt | wc -l) disclosures"
