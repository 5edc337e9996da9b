#!/usr/bin/env node
// Browser tests of the generated site. Builds content/ (plus a Markdown page when content/pages
// has none) with `budgetsite build` into a temporary folder, then, with Debian's Chromium under
// the site's CSP (no 'unsafe-inline'), both served at http://127.0.0.1:PORT/budgetsite/sub/ and
// from file://:
//   pages     every page (desktop over HTTP; one page of each kind from file:// and on a phone):
//             no console error, failed request or CSP violation; every chart drawn;
//             axe-core serious/critical (HTTP, desktop and phone); sortable tables sort and the
//             function treemap drills down (desktop); dark scheme on the three main page types
//   nav       clicking links from the home page reaches every page of the site; every nav link
//   search    per disclosure: a project name from its model.json, typed in part, first hit lands
//             on the disclosure with the project's row targeted and visible; two-character queries
//             find a disclosure, department, region, project and function class
//   keyboard  Tab → skip link (focus visible), Enter → focus on <main>; Tab reaches a drill button
//             with every stop visibly focused; Enter drills down
//   originals a disclosure read from its PDF, opened from disk: its 原件 PDF link and a table's
//             page link (original.pdf#page=N) lead to the published PDF, byte for byte, and N is
//             one of its pages; the same links fetched over HTTP answer 200 with a PDF
//   narrow    every page at 360×740: the page never scrolls sideways; on the largest disclosure
//             a long table starts folded with its total, opens on its classes (类), a class
//             unfolds its rows, "展开全部科目" shows them all, and a link to a 项 row in a folded
//             table opens everything above it
//   unverified a disclosure whose tables cannot be read (tests/browser/fixtures/unverifiable/):
//             its answer says the totals could not be verified and links to the original, states
//             no figure, shows no 0.00 and no share over 100%; a figure read from the prose is
//             marked 未核实
//   notfound  served as GitHub Pages does (404.html for a missing path, under a sub-path): at
//             the root, one folder down and four down, the 404 page is styled, its home and
//             search links lead to the site's pages, and no request fails but the probes
//   shots     home, a disclosure and a comparison at 1280×800 and 390×844 into
//             tests/browser/artifacts/site/ (full page and first screen); at 390 px no page
//             may scroll sideways
// Usage: node tests/browser/site.test.mjs [--site DIR] [--only pages,nav,search,keyboard,shots]
//   --site DIR   test an already built site instead of building one
// Environment: BUDGETSITE_BINARY (default build/budgetsite), BUDGETSITE_CHROMIUM.
// Exit status 1 if any check failed.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import {
  REPO, ARTIFACTS, startServer, launchBrowser, newContext, checkPage, watchPage, tempDir,
} from './lib.mjs';

const SHOTS = path.join(ARTIFACTS, 'site');
const PARTS = ['pages', 'nav', 'search', 'keyboard', 'originals', 'narrow', 'notfound', 'unverified', 'shots'];

const FIXTURE_PAGE = `---
title: 关于本站（测试页）
description: 浏览器测试用的内容页。
weight: 90
---
# 关于本站

这是一张由浏览器测试生成的**内容页**，用来检查 Markdown 页面的排版和无障碍。

## 数据来源

- 各县（市、区）工业和信息化局公开的预算、决算文件
- 自动核查的结果

| 项目 | 说明 |
| --- | --- |
| 预算 | 年初安排 |
| 决算 | 年终结果 |

[返回首页](../index.html)
`;

// ---------------------------------------------------------------------------------------------
// Building and discovering the site

async function exists(p) {
  return !!(await stat(p).catch(() => null));
}

async function buildSite(work) {
  const content = path.join(work, 'content');
  const out = path.join(work, 'public');
  await cp(path.join(REPO, 'content'), content, { recursive: true });
  // A disclosure whose tables cannot be read (tests/browser/fixtures/unverifiable/).
  await cp(path.join(REPO, 'tests/browser/fixtures/unverifiable'), path.join(content, 'disclosures'), { recursive: true });
  const pagesDir = path.join(content, 'pages');
  const hasPages = (await exists(pagesDir)) && (await readdir(pagesDir)).some((f) => f.endsWith('.md'));
  if (!hasPages) {
    await mkdir(pagesDir, { recursive: true });
    await writeFile(path.join(pagesDir, 'browser-test.md'), FIXTURE_PAGE);
  }
  const binary = process.env.BUDGETSITE_BINARY || path.join(REPO, 'build/budgetsite');
  if (!(await exists(binary))) throw new Error(`${binary} not found: build it first (cmake --build build --target budgetsite)`);
  execFileSync(binary, ['build', '--config', path.join(REPO, 'site-config.yaml'), '--content', content, '--out', out, '--quiet'],
    { cwd: REPO, stdio: ['ignore', 'inherit', 'inherit'] });
  return out;
}

async function listHtml(dir, rel = '') {
  const found = [];
  for (const entry of await readdir(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) { if (r !== 'assets') found.push(...(await listHtml(dir, r))); }
    else if (entry.name.endsWith('.html')) found.push(r);
  }
  return found.sort();
}

// Every page of the site by kind, from the output folder.
async function discover(site) {
  const all = await listHtml(site);
  const pick = (re) => all.filter((p) => re.test(p));
  const kinds = {
    home: pick(/^index\.html$/),
    search: pick(/^search\.html$/),
    notFound: pick(/^404\.html$/),
    disclosures: pick(/^disclosures\/[^/]+\/index\.html$/),
    comparisons: pick(/^compare\/index\.html$/),
    comparison: pick(/^compare\/[^/]+\/index\.html$/),
    departments: pick(/^departments\/[^/]+\/index\.html$/),
    regions: pick(/^regions\/[^/]+\/index\.html$/),
  };
  const known = new Set(Object.values(kinds).flat());
  kinds.content = all.filter((p) => !known.has(p) && /^[^/]+\/index\.html$/.test(p));
  kinds.other = all.filter((p) => !known.has(p) && !kinds.content.includes(p));
  return { all, kinds };
}

// ---------------------------------------------------------------------------------------------
// Reporting

const results = [];
function record(name, problems, note = '') {
  results.push({ name, problems: [...new Set(problems)], note });
  const mark = problems.length ? 'FAIL' : 'ok  ';
  console.log(`${mark} ${name}${note ? ` (${note})` : ''}`);
  for (const p of new Set(problems)) console.log(`       ${p}`);
}

async function openPage(context, url) {
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => document.readyState === 'complete');
  return { page, watch };
}

// ---------------------------------------------------------------------------------------------
// pages: the harness checks on every page

async function checkPages(browser, origins, pages, kinds) {
  const main = [kinds.home[0], kinds.disclosures[0], kinds.comparison[0]].filter(Boolean);
  // Every page once in full (desktop over HTTP, with axe); the other passes take one page of
  // each kind, so that the run stays short as the shipped content grows.
  const sample = [...new Set(Object.values(kinds).map((list) => list[0]).filter(Boolean))];
  const passes = [
    // [label, viewport, scheme, pages, options]
    ['desktop', 'desktop', 'http', pages, { axe: true, interact: true }],
    ['desktop', 'desktop', 'file', sample, { axe: false, interact: true }],
    ['phone', 'phone', 'http', sample, { axe: true, interact: false }],
    ['phone', 'phone', 'file', main, { axe: false, interact: false }],
    ['dark', 'desktop', 'http', main, { axe: true, interact: false, colorScheme: 'dark' }],
  ];
  for (const [label, viewport, scheme, list, { colorScheme = 'light', ...options }] of passes) {
    const context = await newContext(browser, { viewport, colorScheme });
    for (const p of list) {
      const r = await checkPage(context, new URL(p, origins[scheme]).href, { ...options, name: `site-${label}-${scheme}` });
      record(`${label} ${scheme} ${p}`, r.problems, r.charts ? `${r.charts} charts` : '');
    }
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// nav: every page is reached by clicking links, starting from the home page

async function checkNavigation(browser, origin, pages, scheme) {
  const context = await newContext(browser, { viewport: 'desktop' });
  const problems = [];
  // 404.html is what a server shows for a missing page; search.html is reached through the form.
  const targets = new Set(pages.filter((p) => p !== '404.html' && p !== 'search.html'));
  const reached = new Set(['index.html']);
  const queue = ['index.html'];
  let clicks = 0;
  const page = await context.newPage();
  const watch = watchPage(page);
  const relative = (href) => href.startsWith(origin) ? decodeURI(href.slice(origin.length).split(/[?#]/)[0]) : null;
  try {
    // The main navigation, from the home page: each link, clicked, arrives.
    await page.goto(new URL('index.html', origin).href);
    const navLinks = await page.$$eval('.site-nav a', (as) => as.map((a) => a.href));
    if (navLinks.length < 2) problems.push(`home: only ${navLinks.length} links in .site-nav`);
    for (const [i, href] of navLinks.entries()) {
      await page.goto(new URL('index.html', origin).href);
      await Promise.all([page.waitForURL(href), page.locator('.site-nav a').nth(i).click()]);
      clicks++;
      const current = await page.$eval('.site-nav a[aria-current="page"]', (a) => a.href).catch(() => null);
      if (current !== href) problems.push(`nav link ${href}: the page reached does not mark it aria-current="page" (${current})`);
      if (!(await page.$('main#main h1'))) problems.push(`nav link ${href}: no <main id="main"> with an <h1>`);
    }
    // The search form: Enter with no hit selected submits to search.html?q=….
    await page.goto(new URL('index.html', origin).href);
    await page.fill('#site-search-input', '工业');
    await Promise.all([page.waitForURL((u) => relative(u.href) === 'search.html', { timeout: 10000 }), page.press('#site-search-input', 'Enter')]);
    clicks++;
    const listed = await page.$$eval('#search-page-results > li a', (as) => as.length);
    if (!listed) problems.push('search form: search.html?q=工业 lists no results');
    // Breadth-first over the site, clicking one link to each page not reached yet.
    while (queue.length) {
      const from = queue.shift();
      const fromUrl = new URL(from, origin).href;
      await page.goto(fromUrl);
      const links = await page.$$eval('a[href]', (as) => as.map((a, i) => ({ i, href: a.href, visible: !!(a.offsetWidth || a.offsetHeight) })));
      for (const link of links) {
        const rel = relative(link.href);
        if (!rel || !link.visible || reached.has(rel) || !targets.has(rel)) continue;
        if (page.url() !== fromUrl) await page.goto(fromUrl);
        const anchor = page.locator('a[href]').nth(link.i);
        await anchor.scrollIntoViewIfNeeded();
        await Promise.all([page.waitForURL((u) => relative(u.href) === rel, { timeout: 10000 }), anchor.click()]);
        clicks++;
        if (!(await page.$('main#main h1'))) problems.push(`${from} → ${rel}: arrived page has no <main id="main"> with an <h1>`);
        reached.add(rel);
        queue.push(rel);
      }
    }
  } catch (e) {
    problems.push(`navigation aborted: ${e.message.split('\n')[0]}`);
  } finally {
    await page.close();
    await context.close();
  }
  for (const t of targets) if (!reached.has(t)) problems.push(`no link from the home page leads (in clicks) to ${t}`);
  problems.push(...watch.problems);
  record(`nav ${scheme}: clicked from the home page to every page`, problems, `${clicks} clicks, ${reached.size}/${targets.size} pages`);
}

// ---------------------------------------------------------------------------------------------
// search

// Every entry of the site's sharded index (assets/search/e<N>.js), in id order.
async function loadIndex(site) {
  const sandbox = { window: {} };
  const dir = path.join(site, 'assets/search');
  const chunks = (await readdir(dir)).filter((f) => /^e\d+\.js$/.test(f)).sort((a, b) => parseInt(a.slice(1)) - parseInt(b.slice(1)));
  for (const f of chunks) vm.runInNewContext(await readFile(path.join(dir, f), 'utf8'), sandbox);
  return chunks.flatMap((f) => sandbox.window.BUDGETSITE_SEARCH_PARTS[f.replace('.js', '')]);
}

// A project of the disclosure and a part of its name (starting inside it when the name is long
// enough) that no other index entry contains, so the first hit must be that project.
function pickProjectQuery(projects, entries) {
  const text = (e) => `${e.t} ${e.d}`;
  for (const project of projects) {
    const name = project.name;
    const others = entries.filter((e) => !(e.c === '项目' && e.t === name));
    for (let len = 2; len <= name.length; len++) {
      for (let start = name.length > len ? 1 : 0; start + len <= name.length; start++) {
        const q = name.slice(start, start + len);
        if (/\s/.test(q)) continue;
        if (!others.some((e) => text(e).includes(q))) return { project, query: q };
      }
    }
  }
  return null;
}

async function checkSearch(browser, site, origins, kinds) {
  const entries = await loadIndex(site);
  const context = await newContext(browser, { viewport: 'desktop' });
  for (const [scheme, origin] of Object.entries(origins)) {
    for (const disclosure of kinds.disclosures) {
      const problems = [];
      const id = disclosure.split('/')[1];
      const model = JSON.parse(await readFile(path.join(site, 'disclosures', id, 'model.json'), 'utf8'));
      // The project tables; a final account has none, so then the projects of its performance forms.
      let projects = (model.projects || []).filter((p) => p.name && p.line);
      if (!projects.length) projects = (model.performance || []).filter((f) => f.project && f.line).map((f) => ({ name: f.project, line: f.line }));
      if (!projects.length) { record(`search ${scheme} ${id}: project name → first hit`, [], 'skipped: the disclosure names no project'); continue; }
      let note = '';
      const pick = pickProjectQuery(projects, entries);
      if (!pick) {
        problems.push(`${id}: no project in model.json whose name part is unique in the search index (${projects.length} projects)`);
      } else {
        const { project, query } = pick;
        note = `"${query}" of ${project.name}`;
        const expected = `disclosures/${id}/index.html#L${project.line}`;
        const { page, watch } = await openPage(context, new URL(kinds.home[0], origin).href);
        try {
          const input = page.locator('#site-search-input');
          await input.click();
          await input.pressSequentially(query);
          await page.waitForSelector('#site-search-results:not([hidden]) [role="option"]', { timeout: 5000 });
          const first = await page.$eval('#site-search-results [role="option"]', (o) => ({ href: o.getAttribute('data-href'), text: o.textContent }));
          if (!first.text.includes(project.name)) problems.push(`first hit for "${query}" is "${first.text}", expected the project ${project.name}`);
          await input.press('ArrowDown');
          await Promise.all([page.waitForURL((u) => u.hash !== '' || !u.href.endsWith(kinds.home[0]), { timeout: 10000 }), input.press('Enter')]);
          await page.waitForLoadState('load');
          const reached = page.url();
          if (reached !== new URL(expected, origin).href) problems.push(`first hit led to ${reached}, expected ${expected}`);
          await page.waitForTimeout(100);
          const target = await page.evaluate(() => {
            const t = document.querySelector(':target');
            if (!t) return null;
            const r = t.getBoundingClientRect();
            return {
              id: t.id, text: t.textContent.trim().slice(0, 60),
              visible: t.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && r.height > 0,
              inView: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
              closedDetails: !!t.closest('details:not([open])'),
            };
          });
          if (!target) problems.push(`${reached}: no element is :target`);
          else {
            if (target.id !== `L${project.line}`) problems.push(`:target is #${target.id}, expected #L${project.line}`);
            if (!target.text.includes(project.name)) problems.push(`:target #${target.id} reads "${target.text}", not the project ${project.name}`);
            if (!target.visible || target.closedDetails) problems.push(`:target #${target.id} is not visible${target.closedDetails ? ' (inside a closed <details>)' : ''}`);
            else if (!target.inView) problems.push(`:target #${target.id} is not scrolled into view`);
          }
        } catch (e) {
          problems.push(`search aborted: ${e.message.split('\n')[0]}`);
        }
        problems.push(...watch.problems);
        await page.close();
      }
      record(`search ${scheme} ${id}: project name → first hit`, problems, note);
    }

    // Two characters from inside a name find it, for each kind of entry.
    const problems = [];
    const kindsFound = [];
    for (const category of ['公开', '部门', '地区', '项目', '功能分类']) {
      const entry = entries.find((e) => e.c === category && e.t.replace(/\s/g, '').length >= 3);
      if (!entry) { problems.push(`search index has no ${category} entry`); continue; }
      const name = entry.t.replace(/^\d+\s*/, '');
      const query = name.length > 2 ? name.slice(1, 3) : name;
      const { page, watch } = await openPage(context, new URL(`search.html?q=${encodeURIComponent(query)}`, origin).href);
      const hits = await page.$$eval('#search-page-results > li a', (as) => as.map((a) => a.getAttribute('href')));
      const want = new URL(entry.u, new URL(kinds.home[0], origin)).href;
      const hrefs = await page.$$eval('#search-page-results > li a', (as) => as.map((a) => a.href));
      if (!hrefs.includes(want)) problems.push(`search.html?q=${query}: ${hits.length} hits, none links to ${entry.u} (${category} ${entry.t})`);
      else kindsFound.push(`${category}「${query}」`);
      problems.push(...watch.problems);
      await page.close();
    }
    record(`search ${scheme}: two-character queries inside names`, problems, kindsFound.join(' '));

    // Short forms and areas without their suffix: 工信 finds a 工业和信息化局, 柳林 the 柳林县
    // pages (each expected page read from the index's titles, not its keywords).
    const shortForms = [];
    const short = [];
    const cases = [
      { query: '工信', want: entries.find((e) => e.c === '部门' && e.t.includes('工业和信息化局')) },
      { query: '审计', want: entries.find((e) => e.c === '部门' && e.t.endsWith('审计局')) },
      { query: '柳林', want: entries.find((e) => e.c === '地区' && e.t === '柳林县') },
    ];
    for (const { query, want } of cases) {
      if (!want) { short.push(`search index has no entry for the "${query}" case`); continue; }
      const { page, watch } = await openPage(context, new URL(`search.html?q=${encodeURIComponent(query)}`, origin).href);
      const hrefs = await page.$$eval('#search-page-results > li a', (as) => as.map((a) => a.href));
      const wantHref = new URL(want.u, new URL(kinds.home[0], origin)).href;
      if (!hrefs.includes(wantHref)) short.push(`search.html?q=${query}: ${hrefs.length} hits, none links to ${want.u} (${want.t})`);
      else shortForms.push(`「${query}」→${want.t}`);
      short.push(...watch.problems);
      await page.close();
    }
    record(`search ${scheme}: short forms and areas without suffix`, short, shortForms.join(' '));
  }
  await context.close();
}

// ---------------------------------------------------------------------------------------------
// keyboard

async function checkKeyboard(browser, origin, disclosure) {
  const context = await newContext(browser, { viewport: 'desktop' });
  const problems = [];
  const { page, watch } = await openPage(context, new URL(disclosure, origin).href);
  const focusState = () => page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(), id: el.id, cls: el.className, text: (el.textContent || '').trim().slice(0, 40),
      label: (el.firstChild?.nodeValue || '').trim(),
      indicator: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none',
      inView: r.bottom > 0 && r.top < innerHeight && r.width > 0 && r.height > 0,
      focusVisible: el.matches(':focus-visible'),
    };
  });
  try {
    await page.waitForTimeout(100);
    await page.keyboard.press('Tab');
    const skip = await focusState();
    if (!skip || !/skip-link/.test(skip.cls)) problems.push(`first Tab focuses ${skip ? `${skip.tag}.${skip.cls}` : 'nothing'}, not the skip link`);
    else if (!skip.indicator || !skip.inView) problems.push(`skip link focused but not visible (indicator ${skip.indicator}, in view ${skip.inView})`);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(50);
    const afterSkip = await page.evaluate(() => ({ id: document.activeElement?.id, hash: location.hash }));
    if (afterSkip.id !== 'main') problems.push(`after the skip link focus is on #${afterSkip.id || '(body)'}, not <main id="main">`);
    // Tab on from <main> to the first drill button; every stop must show focus.
    let drill = null;
    const unmarked = [];
    for (let i = 0; i < 1500 && !drill; i++) {
      await page.keyboard.press('Tab');
      const f = await focusState();
      if (!f) { problems.push(`Tab ${i + 1} left focus on <body>`); break; }
      if (!f.indicator || !f.inView) unmarked.push(`${f.tag}${f.id ? '#' + f.id : ''}.${f.cls} "${f.text}"${f.inView ? '' : ' (off screen)'}`);
      if (/\bdrill-down\b/.test(f.cls)) drill = { ...f, tabs: i + 1 };
    }
    if (unmarked.length) problems.push(`${unmarked.length} Tab stops without a visible focus indicator, e.g. ${unmarked.slice(0, 3).join('; ')}`);
    if (!drill) problems.push('Tab never reached a drill-down button');
    else {
      const target = drill.label.replace(/^查看\s*/, '');
      const figure = page.locator('figure.chart:has(.chart-drill:focus-within)');
      const before = await figure.locator('.chart-drill-path strong').textContent();
      await page.keyboard.press('Enter');
      await page.waitForTimeout(50);
      const after = await figure.locator('.chart-drill-path strong').textContent();
      if (after !== target) problems.push(`Enter on "${drill.label}" shows level "${after}" (was "${before}"), expected "${target}"`);
      const f = await focusState();
      if (!f || !/drill-/.test(f.cls)) problems.push(`after drilling focus went to ${f ? `${f.tag}.${f.cls}` : '<body>'}`);
      drill.note = `${drill.tabs} Tabs to "${drill.label}"`;
    }
    problems.push(...watch.problems);
    record(`keyboard ${disclosure}: skip link, focus visible, drill-down`, problems, drill?.note || '');
  } catch (e) {
    record(`keyboard ${disclosure}`, [...problems, `aborted: ${e.message.split('\n')[0]}`]);
  } finally {
    await page.close();
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// shots

// ---------------------------------------------------------------------------------------------
// originals: the published PDF behind a disclosure page, and the page links into it

async function checkOriginals(browser, site, origins, kinds) {
  const problems = [];
  let checked = null;
  for (const rel of kinds.disclosures) {
    const dir = path.join(site, path.dirname(rel));
    if (!(await exists(path.join(dir, 'original.pdf')))) continue;
    checked = rel;
    const model = JSON.parse(await readFile(path.join(dir, 'model.json'), 'utf8'));
    const context = await newContext(browser, { viewport: 'desktop' });
    const { page } = await openPage(context, new URL(rel, origins.file).href);
    const links = await page.evaluate(() => [...document.querySelectorAll('a[href^="original"]')].map((a) => ({
      href: a.getAttribute('href'), resolved: a.href, text: a.textContent.trim() })));
    const original = links.find((l) => l.href === 'original.pdf');
    const paged = links.find((l) => /^original(-\d+)?\.pdf#page=\d+$/.test(l.href));
    if (!original) problems.push(`${rel}: no link to original.pdf`);
    if (!paged) problems.push(`${rel}: no link to a page of the original`);
    const published = await readFile(path.join(dir, 'original.pdf'));
    for (const link of [original, paged].filter(Boolean)) {
      // From disk: the link resolves to the file next to the page.
      const file = decodeURIComponent(new URL(link.resolved).pathname);
      const bytes = await readFile(file).catch(() => null);
      if (!bytes) { problems.push(`${rel}: ${link.href} → ${file} is missing`); continue; }
      if (bytes.subarray(0, 5).toString() !== '%PDF-') problems.push(`${rel}: ${link.href} is not a PDF`);
      // Over HTTP, as a reader's browser follows it.
      const response = await context.request.get(new URL(link.href, new URL(rel, origins.http)).href);
      if (response.status() !== 200) problems.push(`${rel}: ${link.href} over HTTP answered ${response.status()}`);
    }
    if (paged) {
      const n = Number(paged.href.split('#page=')[1]);
      if (!(n >= 1 && n <= model.source.pages)) problems.push(`${rel}: ${paged.href} is beyond the ${model.source.pages} pages`);
      if (paged.href.startsWith('original.pdf') &&
          Buffer.compare(await readFile(decodeURIComponent(new URL(paged.resolved).pathname)), published) !== 0)
        problems.push(`${rel}: the page link leads to another file than original.pdf`);
    }
    await context.close();
    break;
  }
  if (!checked) problems.push('no disclosure page offers an original PDF');
  record(`originals ${checked || ''}`, problems);
}

async function takeScreenshots(browser, origin, kinds) {
  await rm(SHOTS, { recursive: true, force: true });
  await mkdir(SHOTS, { recursive: true });
  const list = [['home', kinds.home[0]], ['disclosure', kinds.disclosures[0]], ['comparison', kinds.comparison[0]]];
  const written = [];
  for (const viewport of ['desktop', 'phone']) {
    const context = await newContext(browser, { viewport });
    for (const [name, p] of list) {
      if (!p) continue;
      const { page, watch } = await openPage(context, new URL(p, origin).href);
      await page.waitForTimeout(300);
      if (viewport === 'phone') {
        // Under mobile emulation the layout viewport grows with the content: compare with the device width.
        const widths = { page: await page.evaluate(() => document.documentElement.scrollWidth), view: page.viewportSize().width };
        if (widths.page > widths.view) watch.problems.push(`page is ${widths.page} px wide at a ${widths.view} px viewport (horizontal scrolling)`);
      }
      const file = path.join(SHOTS, `${name}-${viewport}.png`);
      await page.screenshot({ path: file, fullPage: true });
      await page.screenshot({ path: path.join(SHOTS, `${name}-${viewport}-top.png`) });
      written.push(path.relative(REPO, file));
      record(`screenshot ${viewport} ${p}`, watch.problems);
      await page.close();
    }
    await context.close();
  }
  return written;
}

// ---------------------------------------------------------------------------------------------
// narrow: 360 px, and the folded tables

async function checkNarrow(browser, origin, pages, site, kinds) {
  const context = await newContext(browser, { viewport: 'narrow' });
  const wide = [];
  const answers = [];
  for (const p of pages) {
    const { page, watch } = await openPage(context, new URL(p, origin).href);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 360) wide.push(`${p}: the page is ${width} px wide at 360 px`);
    wide.push(...watch.problems.map((x) => `${p}: ${x}`));
    // A disclosure answers first: its 收入总计 (the model's summary.income_total, to the cent of
    // a 万元) within the first two screens.
    if (kinds.disclosures.includes(p)) {
      const model = JSON.parse(await readFile(path.join(site, path.dirname(p), 'model.json'), 'utf8'));
      const answer = await page.evaluate(() => {
        const a = document.querySelector('.answer');
        if (!a) return null;
        const strong = a.querySelector('strong');
        return { top: a.getBoundingClientRect().top, first: strong ? strong.textContent : null,
                 unproven: !!a.querySelector('.answer-unproven') };
      });
      const want = model.summary.income_total;
      const proven = (key) => !!(model.proof && model.proof[key] && model.proof[key].status === 'proven');
      if (!answer) answers.push(`${p}: no answer block`);
      else if (answer.top > 2 * 740) answers.push(`${p}: the answer starts ${Math.round(answer.top)} px down`);
      // A headline the document cannot prove is not stated: the answer says so instead.
      else if (answer.unproven !== (!proven('income_total') && !proven('expenditure_current')))
        answers.push(`${p}: the answer ${answer.unproven ? 'says' : 'does not say'} the totals cannot be verified, the model's proof disagrees`);
      else if (answer.unproven) { /* no figure stated: nothing to compare */ }
      // The answer reads in 万元 with two decimals (the model keeps the printed precision).
      else if (want !== null && want !== undefined && Math.abs(Number(answer.first.replace(/,/g, '')) - want) > 0.005 + 1e-9)
        answers.push(`${p}: the answer says 收入总计 ${answer.first}, the model ${want}`);
    }
    await page.close();
  }
  record(`narrow: no page scrolls sideways at 360 px`, wide, `${pages.length} pages`);
  record(`narrow: each disclosure answers first with the model's 收入总计`, answers, `${kinds.disclosures.length} disclosures`);

  // The largest disclosure page has the longest tables.
  let largest = kinds.disclosures[0];
  let size = 0;
  for (const rel of kinds.disclosures) {
    const s = (await stat(path.join(site, rel))).size;
    if (s > size) { size = s; largest = rel; }
  }
  const problems = [];
  const { page, watch } = await openPage(context, new URL(largest, origin).href);
  const folds = await page.evaluate(() => Array.from(document.querySelectorAll('details.table-fold')).map((d) => ({
    id: d.closest('section').id, open: d.open, summary: d.querySelector('summary').textContent,
    deep: Array.from(d.querySelectorAll('tr[data-level="3"][id]')).map((r) => r.id),
    rows: d.querySelectorAll('tbody tr').length,
  })));
  const coded = folds.filter((f) => f.deep.length);
  if (!folds.length) problems.push(`${largest}: no folded table`);
  for (const f of folds) {
    if (f.open) problems.push(`${f.id} starts open`);
    if (!/[0-9]/.test(f.summary)) problems.push(`${f.id}: the folded summary shows no total (${f.summary.trim()})`);
  }
  if (coded.length < 2) problems.push(`${largest}: fewer than two folded tables with 项 rows (${coded.length})`);
  const visibleRows = (id) => page.evaluate((id) => Array.from(document.querySelectorAll(`#${id} tbody tr`))
    .filter((r) => r.checkVisibility()).map((r) => r.getAttribute('data-level')), id);
  if (coded.length >= 2) {
    const t = coded[0];
    if ((await visibleRows(t.id)).length) problems.push(`${t.id}: rows visible while folded`);
    await page.click(`#${t.id} summary`);
    const classes = await visibleRows(t.id);
    if (!classes.length || classes.some((l) => Number(l) > 1)) problems.push(`${t.id} opened shows levels ${classes.join(',')}, not its classes`);
    await page.click(`#${t.id} tr[data-level="1"] .fold-toggle`);
    const unfolded = await visibleRows(t.id);
    if (!(unfolded.length > classes.length)) problems.push(`${t.id}: a class's toggle showed no rows`);
    await page.click(`#${t.id} .fold-all`);
    const all = await visibleRows(t.id);
    if (all.length !== t.rows) problems.push(`${t.id}: "展开全部科目" shows ${all.length} of ${t.rows} rows`);
    // A link to a 项 row of another folded table opens its table and its class.
    const target = coded[1].deep[0];
    await page.goto(new URL(largest, origin).href + '#' + target);
    await page.waitForTimeout(200);
    const shown = await page.evaluate((id) => {
      const r = document.getElementById(id);
      const box = r.getBoundingClientRect();
      return { visible: r.checkVisibility(), inView: box.top >= 0 && box.bottom <= innerHeight, open: r.closest('details').open };
    }, target);
    if (!shown.open || !shown.visible || !shown.inView) problems.push(`#${target}: not shown (${JSON.stringify(shown)})`);
  }
  problems.push(...watch.problems);
  record(`narrow: folded tables open, unfold and follow links (${largest})`, problems, `${folds.length} folded, ${coded.length} with 项 rows`);
  await page.close();
  await context.close();
}

// ---------------------------------------------------------------------------------------------
// unverified: a disclosure whose tables cannot be read says so, and states no figure as a fact

const UNVERIFIABLE = 'disclosures/zz-test-statistics-2026-budget/index.html';

async function checkUnverified(browser, origin, site) {
  const problems = [];
  const context = await newContext(browser, { viewport: 'narrow' });
  const { page, watch } = await openPage(context, new URL(UNVERIFIABLE, origin).href);
  const seen = await page.evaluate(() => {
    const text = (sel) => Array.from(document.querySelectorAll(sel)).map((e) => e.textContent).join(' ');
    return {
      sentence: (document.querySelector('.answer-unproven') || {}).textContent || '',
      original: !!document.querySelector('.answer-unproven a[href]'),
      strong: document.querySelectorAll('.answer strong').length,
      headline: text('.answer') + ' ' + text('#figures'),
      marks: text('#figures .unverified'),
    };
  });
  if (!seen.sentence.includes('未能用这份文件自身的数字')) problems.push('no "could not verify" sentence in the answer');
  if (!seen.original) problems.push('the sentence does not link to the original');
  if (seen.strong) problems.push(`the answer states ${seen.strong} figure(s) as facts`);
  if (/(^|[^0-9])0\.00([^0-9]|$)/.test(seen.headline)) problems.push('the answer or the key figures show 0.00 for a figure the model does not have');
  for (const m of seen.headline.matchAll(/([0-9]+(?:\.[0-9]+)?)\s*%/g))
    if (Number(m[1]) > 100) problems.push(`a share of ${m[1]}% in the answer or the key figures`);
  // The one figure read (公用经费 152.75, from the prose) is marked 未核实.
  const model = JSON.parse(await readFile(path.join(site, path.dirname(UNVERIFIABLE), 'model.json'), 'utf8'));
  const read = Object.entries(model.proof || {}).filter(([, p]) => p.status !== 'proven').map(([k]) => k);
  if (read.includes('public_funds') && !seen.marks.includes('未核实')) problems.push('公用经费 is read but not marked 未核实');
  if (model.summary.income_total !== null) problems.push(`the model reads 收入总计 ${model.summary.income_total} from tables it cannot read`);
  problems.push(...watch.problems);
  record('unverified: a disclosure whose tables cannot be read says so (no 0.00, no share over 100%)', problems);
  await page.close();
  await context.close();
}

// ---------------------------------------------------------------------------------------------
// notfound: the 404 page at any depth

async function checkNotFound(browser, site) {
  const server = await startServer(site, { notFoundPage: true });
  const context = await newContext(browser, { viewport: 'phone' });
  const home = await readFile(path.join(site, 'index.html'), 'utf8');
  const homeTitle = (home.match(/<title>([^<]*)<\/title>/) || [])[1];
  try {
    for (const missing of ['missing.html', 'nope/missing.html', 'disclosures/x/y/z/missing.html']) {
      const problems = [];
      const page = await context.newPage();
      const watch = watchPage(page);
      const response = await page.goto(server.url + missing, { waitUntil: 'load' });
      if (response.status() !== 404) problems.push(`status ${response.status()}, not 404`);
      // Styled: the site's style sheet is applied once the root is found.
      try {
        await page.waitForFunction(() => getComputedStyle(document.querySelector('.site-header')).display === 'flex', null, { timeout: 5000 });
      } catch { problems.push('the style sheet was not applied'); }
      const links = await page.evaluate(() => ({
        home: document.querySelector('main a[href]')?.href, search: document.querySelector('form.site-search')?.action,
      }));
      if (links.home !== server.url + 'index.html') problems.push(`home link is ${links.home}`);
      if (links.search !== server.url + 'search.html') problems.push(`search form goes to ${links.search}`);
      await page.click('main a[href]');
      await page.waitForLoadState('load');
      if ((await page.title()) !== homeTitle) problems.push(`the home link led to "${await page.title()}"`);
      // What may fail: the page itself (404), and at depth the relative style sheet, script and
      // the root finder's probes of the folders that are not the root.
      // (Chromium logs each 404 as "Failed to load resource" without its address.)
      const depth = missing.split('/').length - 1;
      const atDepth = (p) => depth > 0 && p.includes(server.url + missing.replace(/[^/]*$/, '') + 'assets/');
      const probe = (p) => {
        const m = p.match(/^HTTP 404: (.*)assets\/img\/favicon\.svg$/);
        return m && (server.url + missing).startsWith(m[1]) && m[1] !== server.url;
      };
      const expected = (p) => (/^HTTP 404: /.test(p) && (p.endsWith(missing) || atDepth(p))) || probe(p) ||
        /^console error: Failed to load resource: the server responded with a status of 404/.test(p) ||
        (/^(console error: Refused to (apply style|execute script) from|request failed: )/.test(p) && atDepth(p));
      problems.push(...watch.problems.filter((p) => !expected(p)));
      problems.push(...(await page.evaluate(() => window.__budgetsiteCsp || [])));
      record(`notfound: /${missing}`, problems);
      await page.close();
    }
  } finally {
    await context.close();
    await server.close();
  }
}

// ---------------------------------------------------------------------------------------------

async function main(argv) {
  let site = null;
  let only = PARTS;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--site') site = argv[++i];
    else if (argv[i] === '--only') only = argv[++i].split(',');
    else throw new Error(`unknown argument ${argv[i]}; usage: site.test.mjs [--site DIR] [--only ${PARTS.join(',')}]`);
  }
  for (const p of only) if (!PARTS.includes(p)) throw new Error(`unknown part ${p} (${PARTS.join(', ')})`);
  const started = Date.now();
  let work = null;
  if (!site) {
    work = await tempDir('budgetsite-site-');
    site = await buildSite(work);
  }
  const { all, kinds } = await discover(site);
  for (const k of ['home', 'search', 'notFound', 'disclosures', 'comparisons', 'comparison', 'content']) {
    if (!kinds[k].length) record(`site has ${k} pages`, [`no ${k} page in ${site}`]);
  }
  console.log(`site: ${all.length} pages (${kinds.disclosures.length} disclosures, ${kinds.comparison.length} comparisons, ${kinds.content.length} content) in ${site}`);
  const server = await startServer(site);
  const browser = await launchBrowser();
  const origins = { http: server.url, file: pathToFileURL(path.resolve(site) + path.sep).href };
  try {
    if (only.includes('pages')) await checkPages(browser, origins, all, kinds);
    if (only.includes('nav')) for (const [scheme, origin] of Object.entries(origins)) await checkNavigation(browser, origin, all, scheme);
    if (only.includes('search')) await checkSearch(browser, site, origins, kinds);
    if (only.includes('keyboard')) {
      // A disclosure with the function treemap (a drill-down button to reach by keyboard).
      let withTreemap = kinds.disclosures[0];
      for (const rel of kinds.disclosures) {
        const html = await readFile(path.join(site, rel), 'utf8');
        if (html.includes('id="chart-function-data"')) { withTreemap = rel; break; }
      }
      await checkKeyboard(browser, origins.http, withTreemap);
    }
    if (only.includes('originals')) await checkOriginals(browser, site, origins, kinds);
    if (only.includes('narrow')) await checkNarrow(browser, origins.http, all, site, kinds);
    if (only.includes('notfound')) await checkNotFound(browser, site);
    if (only.includes('unverified')) await checkUnverified(browser, origins.http, site);
    if (only.includes('shots')) {
      const shots = await takeScreenshots(browser, origins.http, kinds);
      console.log(`screenshots: ${shots.join(', ')}`);
    }
  } finally {
    await browser.close();
    await server.close();
    if (work) await rm(work, { recursive: true, force: true });
  }
  const failed = results.filter((r) => r.problems.length);
  console.log(`site browser tests: ${results.length - failed.length}/${results.length} passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const r of failed) console.log(`  FAILED ${r.name}`);
  return failed.length ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => {
  console.error(e);
  process.exitCode = 2;
});
