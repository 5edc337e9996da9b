#!/usr/bin/env bash
# Whole-site benchmark anyone can run: N distinct synthetic disclosures (the Shanxi seeds of
# content/ renamed to other counties and departments, tests/support/synthetic.h), built clean,
# rebuilt with nothing changed, and rebuilt after one disclosure changed. Prints, per build:
# wall time, pages/s, peak RSS; and the output's bytes per disclosure. With Hugo installed
# (Debian's `hugo`), it also renders as many pages with the same data with Hugo in the same run
# (each disclosure's tables and text on one page) and prints the ratio of pages/s. Results: docs/performance.md.
#   scripts/bench.sh N [JOBS]        # default N=500, JOBS = processors
# Environment: BENCH_DIR (default a temporary folder, removed afterwards); BENCH_HUGO=0 skips
# Hugo (it holds every page in memory: about 5 GB at 2,000 disclosures).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-500}
jobs=${2:-$(nproc)}
case $n in ''|*[!0-9]*) echo "bench: N must be a number of disclosures, not '$n'" >&2; exit 2 ;; esac
[ -x build/budgetsite ] && [ -x build/tests/budgetsite_synth ] || {
  echo "bench: build first (scripts/build.sh or cmake --build build)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: needs GNU time (/usr/bin/time, Debian package 'time')" >&2; exit 2; }

dir=${BENCH_DIR:-$(mktemp -d /tmp/budgetsite-bench.XXXXXX)}
[ -n "${BENCH_DIR:-}" ] || trap 'rm -rf "$dir"' EXIT
rm -rf "$dir/content" "$dir/public" "$dir/hugo" "$dir/cache"
mkdir -p "$dir"
build/tests/budgetsite_synth "$n" "$dir/content" >/dev/null
# The shipped configuration with the default downloads (it asks for every one), beside the
# shipped templates and theme.
mkdir -p "$dir/site"
awk '/^downloads:/ { skip = 1; next } skip && /^[^ ]/ { skip = 0 } !skip' site-config.yaml > "$dir/site/site-config.yaml"
for folder in templates themes static node_modules; do [ -e "$folder" ] && ln -sfn "$PWD/$folder" "$dir/site/$folder"; done

# One timed build: prints "seconds pages rss_kb".
run() {
  /usr/bin/time -f '%e %M' -o "$dir/time" build/budgetsite build --config "$dir/site/site-config.yaml" \
    --content "$dir/content" --out "$dir/public" --cache "$dir/cache" --jobs "$jobs" --quiet > "$dir/log" 2>&1 ||
    { cat "$dir/log" >&2; exit 1; }
  local pages
  pages=$(find "$dir/public" -name '*.html' | wc -l)
  read -r secs rss < "$dir/time"
  echo "$secs $pages $rss"
}
report() {  # label seconds pages rss_kb
  awk -v l="$1" -v s="$2" -v p="$3" -v r="$4" 'BEGIN {
    printf "%-22s %8.2f s %8d pages %9.1f pages/s %8.0f MB peak RSS\n", l, s, p, (s > 0 ? p / s : 0), r / 1024 }'
}

echo "budgetsite bench: $n disclosures, $jobs jobs, $(nproc) processors, in $dir"
read -r clean_s pages clean_rss <<< "$(run)"
report "clean build" "$clean_s" "$pages" "$clean_rss"
bytes=$(du -sb "$dir/public/disclosures" | cut -f1)
total=$(du -sb "$dir/public" | cut -f1)
awk -v b="$bytes" -v t="$total" -v n="$n" 'BEGIN {
  printf "%-22s %8.0f KB per disclosure (disclosure folders), %.0f KB per disclosure (whole site, %.0f MB)\n",
         "output", b / n / 1024, t / n / 1024, t / 1048576 }'
read -r noop_s _ noop_rss <<< "$(run)"
report "no-op rebuild" "$noop_s" "$pages" "$noop_rss"
# One disclosure changes: a figure of its narrative (no table sum moves).
first=$(cd "$dir/content/disclosures" && set -- *.txt && echo "$1")
printf '\n本文件为基准测试修改。\n' >> "$dir/content/disclosures/$first"
read -r one_s _ one_rss <<< "$(run)"
report "one-file rebuild" "$one_s" "$pages" "$one_rss"
awk -v c="$clean_s" -v a="$noop_s" -v o="$one_s" 'BEGIN {
  printf "%-22s no-op %.0f%%, one file %.0f%% of the clean build\n", "rebuild / clean", 100 * a / c, 100 * o / c }'

if [ "${BENCH_HUGO:-1}" = 1 ] && command -v hugo >/dev/null; then
  # As many pages for Hugo as budgetsite made.
  mkdir -p "$dir/hugo/content/p" "$dir/hugo/layouts/_default"
  cat > "$dir/hugo/hugo.toml" <<'EOF'
baseURL = "https://example.org/"
disableKinds = ["taxonomy", "term", "RSS", "sitemap"]
EOF
  cat > "$dir/hugo/layouts/_default/single.html" <<'EOF'
<!doctype html><html><head><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>
EOF
  cp "$dir/hugo/layouts/_default/single.html" "$dir/hugo/layouts/_default/list.html"
  # The same data as budgetsite's pages: each disclosure's tables (its CSVs as Markdown tables)
  # and its text as paragraphs on one page; every other page one small table.
  python3 - "$dir/public" "$dir/hugo/content/p" "$pages" "$dir/content/disclosures" <<'PY'
import csv, pathlib, sys
site, out, pages = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
made = 0
for folder in sorted((site / "disclosures").iterdir()):
    parts = [f'---\ntitle: "{folder.name}"\n---\n']
    for table in sorted((folder / "tables").glob("*.csv")):
        rows = list(csv.reader(table.open(encoding="utf-8-sig")))
        if not rows: continue
        parts.append(f"## {table.stem}\n")
        parts.append("| " + " | ".join(rows[0]) + " |\n|" + " --- |" * len(rows[0]))
        parts += ["| " + " | ".join(c.replace("|", "/") for c in r) + " |" for r in rows[1:]]
        parts.append("")
    text = pathlib.Path(sys.argv[4]) / (folder.name + ".txt")
    if text.exists():
        parts += [line + "\n" for line in text.read_text(encoding="utf-8").splitlines() if line.strip() and "|" not in line]
    (out / f"{folder.name}.md").write_text("\n".join(parts), encoding="utf-8")
    made += 1
for i in range(made, pages):
    (out / f"page-{i}.md").write_text(f'---\ntitle: "页面 {i}"\n---\n| 科目 | 金额 |\n| --- | ---: |\n| 一般公共服务支出 | {i}.00 |\n', encoding="utf-8")
PY
  /usr/bin/time -f '%e %M' -o "$dir/time" hugo --quiet -s "$dir/hugo" -d "$dir/hugo/public" >/dev/null 2>&1
  read -r hugo_s hugo_rss < "$dir/time"
  report "hugo ($pages pages)" "$hugo_s" "$pages" "$hugo_rss"
  awk -v c="$clean_s" -v o="$one_s" -v h="$hugo_s" 'BEGIN {
    printf "%-22s clean build %.2f×, one-file rebuild %.2f× Hugo'"'"'s pages/s\n", "budgetsite / hugo", (c > 0 ? h / c : 0), (o > 0 ? h / o : 0) }'
else
  echo "hugo: not installed (apt-get install hugo) — no ratio"
fi
