#!/usr/bin/env bash
# Installs what budgetsite needs to build and test on a Debian 12 machine: the C++ libraries
# from Debian's packages and (for the site's front end and browser tests) the npm packages
# pinned by package-lock.json (Apache ECharts, which every build publishes; playwright-core and
# axe-core for the browser tests). Idempotent: installs only what is missing. Chromium and a CJK
# font (for readable screenshots) are installed for the browser tests unless
# BUDGETSITE_BROWSER_TESTS=0.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake pkg-config
  nlohmann-json3-dev libyaml-cpp-dev libcmark-gfm-dev libcmark-gfm-extensions-dev
  libkainjow-mustache-dev libgtest-dev libgmock-dev libbenchmark-dev libssl-dev libpoppler-cpp-dev
  libjemalloc-dev libcpp-httplib-dev
  nodejs npm
)
if [ "${BUDGETSITE_BROWSER_TESTS:-1}" = 1 ]; then
  packages+=(chromium fonts-wqy-microhei)
fi
# debootstrap for scripts/package-test.sh (the .deb installed on a fresh Debian 12 root).
if [ "${BUDGETSITE_PACKAGE_DEPS:-0}" = 1 ]; then
  packages+=(debootstrap)
fi
# clang and its runtimes (libFuzzer, the sanitizers) for scripts/fuzz.sh.
if [ "${BUDGETSITE_FUZZ_DEPS:-0}" = 1 ]; then
  packages+=(clang libclang-rt-dev)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# node and npm may come from outside Debian (as on the project's machines): accept them.
if command -v node >/dev/null && command -v npm >/dev/null; then
  filtered=(); for p in "${missing[@]}"; do case "$p" in nodejs|npm) ;; *) filtered+=("$p");; esac; done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "install-deps: all Debian packages present"
fi

if [ -f package-lock.json ]; then
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "install-deps: npm ci"
    npm ci --no-audit --no-fund --loglevel=error
  fi
  # The default theme's ECharts: only the charts and components its pages use (esbuild).
  bundle=node_modules/.budgetsite/echarts.min.js entry=themes/default/src/echarts-entry.mjs
  if [ ! -f "$bundle" ] || [ "$entry" -nt "$bundle" ] || [ package-lock.json -nt "$bundle" ]; then
    echo "install-deps: bundling $entry"
    mkdir -p "$(dirname "$bundle")"
    node_modules/.bin/esbuild "$entry" --bundle --minify --format=iife --legal-comments=none \
      --define:process.env.NODE_ENV='"production"' --log-level=warning --outfile="$bundle"
  fi
fi
