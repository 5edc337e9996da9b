#!/usr/bin/env bash
# Lighthouse scores of the built site (not part of ./scripts/test.sh or CI: the scores depend on
# the machine). Serves the site over HTTP under a sub-path with the site's CSP and gzip, as GitHub
# Pages serves it (the harness's server, tests/browser/lib.mjs), runs Lighthouse 12 (the newest
# that runs on Node 20) in Debian's Chromium on the home page, the largest disclosure page and the
# largest comparison page, and prints each category's score plus every audit that did not pass. Lighthouse is installed on demand into a cache folder, never
# into package.json.
#   tests/browser/lighthouse.sh [SITE_DIR]        # default public/ (built first if missing)
# Environment: LIGHTHOUSE_PRESET=desktop for desktop emulation (default: Lighthouse's mobile),
# LIGHTHOUSE_GZIP=0 to serve without compression,
# LIGHTHOUSE_DIR (default ~/.cache/budgetsite/lighthouse), CHROME_PATH (default /usr/bin/chromium).
# Reports (JSON and HTML) go to tests/browser/artifacts/lighthouse/.
set -euo pipefail
cd "$(dirname "$0")/../.."

site=${1:-public}
if [ ! -f "$site/index.html" ]; then
  [ "$site" = public ] || { echo "lighthouse: $site/index.html not found" >&2; exit 2; }
  ./build/budgetsite build --quiet
fi

lh_dir=${LIGHTHOUSE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/budgetsite/lighthouse}
if [ ! -x "$lh_dir/node_modules/.bin/lighthouse" ]; then
  echo "lighthouse: installing lighthouse@12 into $lh_dir"
  mkdir -p "$lh_dir"
  npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$lh_dir" lighthouse@12 >/dev/null
fi
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
out=tests/browser/artifacts/lighthouse
mkdir -p "$out"

# The static server: prints its URL, serves until killed.
url_file=$(mktemp)
node --input-type=module -e "
  import { startServer } from './tests/browser/lib.mjs';
  const s = await startServer(process.argv[1], { gzip: process.env.LIGHTHOUSE_GZIP !== '0' });
  (await import('node:fs')).writeFileSync(process.argv[2], s.url);
  process.on('SIGTERM', async () => { await s.close(); process.exit(0); });
" "$site" "$url_file" &
server=$!
trap 'kill $server 2>/dev/null; rm -f "$url_file"' EXIT
for _ in $(seq 50); do [ -s "$url_file" ] && break; sleep 0.1; done
base=$(cat "$url_file")
[ -n "$base" ] || { echo "lighthouse: the server did not start" >&2; exit 2; }

# The largest pages of their kind: the most to load and lay out.
disclosure=$(cd "$site" && ls -S disclosures/*/index.html | head -1); disclosure=${disclosure%index.html}
comparison=$(cd "$site" && ls -S compare/*/index.html | head -1); comparison=${comparison%index.html}
preset_args=()
[ "${LIGHTHOUSE_PRESET:-}" = desktop ] && preset_args=(--preset=desktop)
flags="--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync --disable-quic"

for page in index.html "${disclosure}index.html" "${comparison}index.html"; do
  name=$(echo "${page%/index.html}" | tr '/' '-'); name=${name%.html}
  "$lh_dir/node_modules/.bin/lighthouse" "$base$page" --quiet "${preset_args[@]}" \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="$flags" --output=json --output=html --output-path="$out/$name" >/dev/null
done

node --input-type=module -e "
  import { readFileSync, readdirSync } from 'node:fs';
  const dir = process.argv[1];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.report.json')).sort()) {
    const r = JSON.parse(readFileSync(dir + '/' + f, 'utf8'));
    const scores = Object.values(r.categories).map((c) => c.title + ' ' + Math.round(c.score * 100)).join(', ');
    console.log(r.finalDisplayedUrl.replace(/^https?:\/\/[^/]+/, '') + ' (' + r.configSettings.formFactor + '): ' + scores);
    for (const c of Object.values(r.categories)) {
      for (const ref of c.auditRefs) {
        const a = r.audits[ref.id];
        if (a.score === null || a.score >= 0.9 || ['manual', 'notApplicable', 'informative'].includes(a.scoreDisplayMode)) continue;
        console.log('    ' + c.title + ': ' + a.id + ' (' + a.score + ') ' + a.title + (a.displayValue ? ' — ' + a.displayValue : ''));
      }
    }
  }
" "$out"
echo "lighthouse: reports in $out"
