#!/usr/bin/env node
// Browser tests. Without arguments: assembles the theme demo (tests/browser/fixtures/theme-demo
// plus themes/default assets and vendor files) and checks its pages over HTTP under
// /budgetsite/sub/ and from file://, at 1280×800 and 390×844.
//   node tests/browser/run.mjs                         # theme demo
//   node tests/browser/run.mjs --site public [--search QUERY] a.html b/index.html …   # a generated site
//   (a site built by budgetsite loads its search index in shards: name a query that has hits)
// Exit status 1 if any page has a problem. Screenshots go to tests/browser/artifacts/.
import path from 'node:path';
import { rm } from 'node:fs/promises';
import { REPO, ARTIFACTS, assembleSite, checkSite, tempDir } from './lib.mjs';

const DEMO_PAGES = ['index.html', 'search.html', 'disclosures/demo-county-2024-budget/index.html'];

// The harness must be able to fail: a page with one problem of each kind has to be reported
// with each of them (over HTTP and from file://).
const EXPECTED_ON_BAD_PAGE = [/^CSP violation: style-src-attr/, /^CSP violation: script-src-elem/,
  /^axe critical image-alt/, /^HTTP 404: .*missing\.png/, /^chart chart-empty: not drawn/];

async function selfCheck(reports) {
  const site = await tempDir();
  await assembleSite(site, { pages: path.join(REPO, 'tests/browser/fixtures/bad-page') });
  const { reports: bad } = await checkSite(site, ['index.html'], { viewports: ['desktop'], search: false, dark: false, axe: true, label: 'selfcheck-' });
  await rm(site, { recursive: true, force: true });
  const misses = [];
  for (const r of bad) {
    const missing = EXPECTED_ON_BAD_PAGE.filter((re) => !r.problems.some((p) => re.test(p)));
    const report = { url: `self-check ${r.url}`, problems: missing.map((re) => `harness did not report ${re}`) };
    console.log(`${missing.length ? 'FAIL' : 'ok  '} harness self-check: ${r.problems.length} problems found on ${r.url}`);
    if (missing.length) { reports.push(report); misses.push(report); }
  }
  return misses;
}

async function main(argv) {
  let site = null;
  let searchQuery = null;
  const pages = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--site') site = argv[++i];
    else if (argv[i] === '--search') searchQuery = argv[++i];
    else pages.push(argv[i]);
  }
  let options;
  let cleanup = null;
  if (site) {
    if (!pages.length) pages.push('index.html');
    options = searchQuery ? { search: { query: searchQuery } } : {};
  } else {
    site = await tempDir();
    cleanup = site;
    await assembleSite(site, { pages: path.join(REPO, 'tests/browser/fixtures/theme-demo') });
    pages.push(...DEMO_PAGES);
    options = { allowFailedCharts: ['chart-broken'], search: { query: '部门预算', expectUrl: 'disclosures/demo-county-2024-budget/index.html' } };
  }
  const started = Date.now();
  const { reports, failed } = await checkSite(site, pages, options);
  if (cleanup) failed.push(...(await selfCheck(reports)));
  for (const r of reports) {
    const mark = r.problems.length ? 'FAIL' : 'ok  ';
    if (r.name?.includes('dark-')) r.url += ' (dark)';
    const extra = r.charts !== undefined ? ` (${r.charts} charts)` : '';
    console.log(`${mark} ${r.url}${extra}`);
    for (const p of r.problems) console.log(`       ${p}`);
  }
  console.log(`browser tests: ${reports.length - failed.length}/${reports.length} passed in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${path.relative(process.cwd(), ARTIFACTS) || ARTIFACTS}`);
  if (cleanup) await rm(cleanup, { recursive: true, force: true });
  return failed.length ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => {
  console.error(e);
  process.exitCode = 2;
});
