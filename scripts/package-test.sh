#!/usr/bin/env bash
# The Debian package on a fresh Debian 12 (docs/packaging.md, "Tested on a fresh Debian 12"):
#  1. builds budgetsite_<version>_amd64.deb with CPack from build/;
#  2. makes a minimal Debian 12 root with debootstrap (nothing of this machine in it);
#  3. installs the package there with apt, which fetches only its Debian runtime dependencies;
#  4. inside that root, `budgetsite new` a site, adds a PDF disclosure and a text one, and
#     `budgetsite build`s it: no compiler, no npm, no node_modules in the site;
#  5. opens the site it built in Chromium on this machine (tests/browser/run.mjs --site): every
#     page loads with no console error or CSP violation, and its charts are drawn.
# Needs root (debootstrap, chroot) and the network to Debian's mirror. Run by .ci/run.
# BUDGETSITE_DEBIAN_MIRROR overrides the mirror; BUDGETSITE_KEEP_ROOT=1 keeps the root folder.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
if [ "$(id -u)" -ne 0 ]; then
  echo "package-test: needs root (debootstrap and chroot); run it as root or in CI" >&2
  exit 1
fi
BUDGETSITE_PACKAGE_DEPS=1 BUDGETSITE_BROWSER_TESTS=1 ./scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" --target budgetsite
rm -f build/budgetsite_*.deb
(cd build && cpack -G DEB >/dev/null)
deb=$(ls build/budgetsite_*_amd64.deb)
echo "package-test: built $deb ($(du -h "$deb" | cut -f1))"

root=$(mktemp -d "${TMPDIR:-/tmp}/budgetsite-debian12.XXXXXX")
cleanup() {
  for m in proc dev/pts dev; do mountpoint -q "$root/$m" && umount -l "$root/$m"; done
  if [ "${BUDGETSITE_KEEP_ROOT:-0}" != 1 ]; then rm -rf --one-file-system "$root"; fi
}
trap cleanup EXIT
mirror=${BUDGETSITE_DEBIAN_MIRROR:-http://deb.debian.org/debian}
echo "package-test: debootstrap bookworm (minbase) into $root"
start=$(date +%s)
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1 ||
  { tail -20 "$root.debootstrap.log"; exit 1; }
rm -f "$root.debootstrap.log"
echo "package-test: Debian 12 root made in $(( $(date +%s) - start )) s"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"     # the PDF reader runs in a child of /proc/self/exe
mount --bind /dev "$root/dev"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

cp "$deb" "$root/tmp/"
in_root sh -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends /tmp/$(basename "$deb") >/dev/null"
echo "package-test: installed: $(in_root budgetsite --version)"
if in_root sh -c 'command -v node || command -v npm || command -v c++ || command -v cmake'; then
  echo "package-test: FAIL the Debian root has a build tool or node; the test must run without" >&2
  exit 1
fi

in_root budgetsite new /srv/site
cp content/disclosures/sh-putuo-commerce-2025-budget.pdf "$root/srv/site/content/disclosures/"
cp content/disclosures/shanxi-liulin-2024-budget.txt content/disclosures/shanxi-liulin-2024-budget.yaml \
   "$root/srv/site/content/disclosures/"
in_root sh -c 'cd /srv/site && budgetsite build --base-url https://example.org/site/'
if find "$root/srv/site" -name node_modules | grep -q .; then
  echo "package-test: FAIL the site folder has a node_modules" >&2
  exit 1
fi
site="$root/srv/site/public"
for f in index.html disclosures/sh-putuo-commerce-2025-budget/index.html \
         disclosures/shanxi-liulin-2024-budget/index.html assets/vendor/echarts.min.js; do
  [ -f "$site/$f" ] || { echo "package-test: FAIL $f was not built" >&2; exit 1; }
done
node tests/browser/run.mjs --site "$site" --search 普陀 index.html search.html \
  disclosures/sh-putuo-commerce-2025-budget/index.html disclosures/shanxi-liulin-2024-budget/index.html
echo "package-test: the package installs and builds a working site on a fresh Debian 12"
