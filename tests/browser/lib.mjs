// Browser-test harness for budgetsite's generated pages: a static server that mounts a site
// under a sub-path, Debian's Chromium driven by playwright-core, and page checks (console errors,
// failed requests, CSP violations, drawn charts, axe-core, sortable tables, treemap drill-down,
// filters, search, print preparation, screenshots). Reusable: the lead's tests point it at
// public/ with a list of pages; run.mjs runs it on the theme demo.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { parse as parseYaml } from 'yaml';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ARTIFACTS = path.join(REPO, 'tests/browser/artifacts');
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";
export const CHROMIUM = process.env.BUDGETSITE_CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic',
];
export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
  narrow: { width: 360, height: 740 },
};

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8', '.csv': 'text/csv; charset=utf-8',
  '.woff2': 'font/woff2',
};
export function contentType(file) {
  return TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
}

// The policy a file is served with: the site's, plus for 404.html the hash of its one inline
// script (the root finder; docs/configuration.md gives the hash for a site's own policy).
export function cspFor(file, body, csp = CSP) {
  if (path.basename(file) !== '404.html') return csp;
  const hashes = [...body.toString('utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)]
    .map((m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
  return csp.replace("script-src 'self'", ["script-src 'self'", ...hashes].join(' '));
}

// Serves `dir` at http://127.0.0.1:<random port><prefix> with the site's CSP on every response.
// As GitHub Pages does: with `notFoundPage`, a missing path under the prefix answers 404 with the
// site's 404.html (whose one inline script, the root finder, is allowed by its hash and nothing
// else inline is); with `gzip`, responses are gzip-encoded for clients that accept it.
// Returns { url, port, close() }; url ends with '/'.
export async function startServer(dir, { prefix = '/budgetsite/sub/', csp = CSP, notFoundPage = false, gzip = false } = {}) {
  const base = path.resolve(dir);
  if (!prefix.startsWith('/') || !prefix.endsWith('/')) throw new Error(`prefix must start and end with '/': ${prefix}`);
  const server = createServer(async (req, res) => {
    const headers = { 'Content-Security-Policy': csp, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
    const send = (status, body, type = 'text/plain; charset=utf-8', extra = {}) => {
      const h = { ...headers, ...extra, 'Content-Type': type };
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] || '') && body && body.length > 256) {
        body = gzipSync(body);
        h['Content-Encoding'] = 'gzip';
        h.Vary = 'Accept-Encoding';
      }
      res.writeHead(status, h);
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const sendNotFound = async (what) => {
      const page = notFoundPage ? await readFile(path.join(base, '404.html')).catch(() => null) : null;
      if (!page) return send(404, 'not found: ' + what);
      return send(404, page, 'text/html; charset=utf-8', { 'Content-Security-Policy': cspFor('404.html', page, csp) });
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
      const { pathname } = new URL(req.url, 'http://localhost');
      if (!pathname.startsWith(prefix)) return send(404, 'not under ' + prefix);
      let rel = decodeURIComponent(pathname.slice(prefix.length));
      let file = path.resolve(base, '.' + path.posix.normalize('/' + rel));
      if (file !== base && !file.startsWith(base + path.sep)) return send(403, 'forbidden');
      let info = await stat(file).catch(() => null);
      if (info && info.isDirectory()) {
        file = path.join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info || !info.isFile()) return sendNotFound(rel);
      const body = await readFile(file);
      send(200, body, contentType(file), { 'Content-Security-Policy': cspFor(file, body, csp) });
    } catch (e) {
      send(500, String(e));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    port,
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}

// Launches Chromium headless (playwright gives it a fresh temporary profile).
export async function launchBrowser({ executablePath = CHROMIUM, args = [] } = {}) {
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS, ...args] });
}

// A context for one viewport. For file:// pages the context fulfils every file request itself so
// that the CSP can be sent as a response header, exactly as over HTTP.
export async function newContext(browser, { viewport = 'desktop', csp = CSP, colorScheme = 'light' } = {}) {
  const size = typeof viewport === 'string' ? VIEWPORTS[viewport] : viewport;
  const phone = size.width < 600;
  const context = await browser.newContext({
    viewport: size, deviceScaleFactor: 1, isMobile: phone, hasTouch: phone, colorScheme,
    locale: 'zh-CN', reducedMotion: 'reduce', serviceWorkers: 'block',
  });
  await context.route(/^file:\/\//, async (route) => {
    const file = fileURLToPath(route.request().url().split(/[?#]/)[0]);
    const body = await readFile(file).catch(() => null);
    if (!body) return route.fulfill({ status: 404, body: 'not found', headers: { 'Content-Type': 'text/plain', 'Content-Security-Policy': csp } });
    return route.fulfill({ status: 200, body, headers: { 'Content-Type': contentType(file), 'Content-Security-Policy': cspFor(file, body, csp) } });
  });
  // Any attempt to reach the network is a failure: the site must be self-contained.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort('blockedbyclient'));
  await context.addInitScript(() => {
    window.__budgetsiteCsp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__budgetsiteCsp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile || ''}:${e.lineNumber || ''})`);
    });
  });
  return context;
}

// Copies a fixture (or any page tree) plus a theme's assets and vendor files into `out`, as
// `budgetsite build` does. Returns `out`.
// The theme script's words as budgetsite embeds them in every page it makes: the js.* entries
// of the catalog (i18n/<language>.yaml, docs/i18n.md), a JSON object by key without "js.".
export async function scriptWords(language = 'zh') {
  const catalog = parseYaml(await readFile(path.join(REPO, 'i18n', `${language}.yaml`), 'utf8'));
  return catalog.js || {};
}

// Hand-made pages get the words before their site.js, as generated pages have them.
async function addScriptWords(dir, json) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) { await addScriptWords(file, json); continue; }
    if (!entry.name.endsWith('.html')) continue;
    const html = await readFile(file, 'utf8');
    if (html.includes('id="site-words"')) continue;
    await writeFile(file, html.replace(/(\s*)(<script src="[^"]*site\.js")/,
      (all, space, tag) => `${space}<script type="application/json" id="site-words">${json}</script>${space}${tag}`));
  }
}

export async function assembleSite(out, { pages, theme = path.join(REPO, 'themes/default') } = {}) {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  if (pages) {
    await cp(pages, out, { recursive: true });
    await addScriptWords(out, JSON.stringify(await scriptWords()).replace(/</g, '\\u003c'));
  }
  await cp(path.join(theme, 'assets'), path.join(out, 'assets'), { recursive: true, force: false, errorOnExist: false });
  for (const { from, to } of await themeVendor(theme)) {
    await mkdir(path.dirname(path.join(out, to)), { recursive: true });
    await cp(path.join(REPO, from), path.join(out, to));
  }
  return out;
}

// The `vendor:` list of theme.yaml (only the simple `- from: … / to: …` form the theme uses).
export async function themeVendor(theme) {
  const text = await readFile(path.join(theme, 'theme.yaml'), 'utf8');
  const list = [];
  let inVendor = false;
  for (const line of text.split('\n')) {
    if (/^vendor:\s*$/.test(line)) { inVendor = true; continue; }
    if (inVendor && /^\S/.test(line)) inVendor = false;
    if (!inVendor) continue;
    const from = /^\s*-\s*from:\s*(\S+)/.exec(line);
    const to = /^\s+to:\s*(\S+)/.exec(line);
    if (from) list.push({ from: from[1] });
    else if (to && list.length) list[list.length - 1].to = to[1];
  }
  if (!list.length || list.some((v) => !v.to)) throw new Error(`${theme}/theme.yaml: vendor entries need from: and to:`);
  return list;
}

export function fileUrl(dir, page = 'index.html') {
  return pathToFileURL(path.join(path.resolve(dir), page)).href;
}

// Records what goes wrong on a page: console errors, uncaught exceptions, failed requests and
// HTTP errors. Call before navigating; read `.problems` afterwards.
export function watchPage(page) {
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
  // A request cut off because the page navigated away (a click-through) is not a failure:
  // Chromium reports it as net::ERR_ABORTED. Requests are tagged with the document they belong to.
  let documents = 0;
  const issuedIn = new WeakMap();
  page.on('framenavigated', (frame) => { if (frame === page.mainFrame()) documents++; });
  page.on('request', (req) => issuedIn.set(req, documents));
  page.on('requestfailed', (req) => {
    const error = req.failure()?.errorText;
    const leftBehind = issuedIn.has(req) && issuedIn.get(req) !== documents;
    // The favicon is fetched late and is often cut off by the next click; a missing favicon
    // still shows as an HTTP 404 below.
    // So are the lazily loaded scripts: the search index's parts (when the search box takes
    // focus) and ECharts (when a chart nears the screen).
    if (error === 'net::ERR_ABORTED' && (leftBehind || /favicon|assets\/search\/|assets\/vendor\/echarts/.test(req.url()))) return;
    problems.push(`request failed: ${req.url()} (${error})`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return { problems };
}

async function cspViolations(page) {
  return page.evaluate(() => window.__budgetsiteCsp || []);
}

// Scrolls to every chart in turn and waits until each is drawn (or has failed), then back to
// the top. Returns how many were still undrawn before any scrolling (charts below the fold
// wait for the reader).
export async function drawChartsByScrolling(page) {
  const undrawn = await page.$$eval('.chart-canvas', (nodes) => nodes.filter((n) => !n.querySelector('svg') && !n.classList.contains('is-failed')).length);
  const count = await page.locator('.chart-canvas').count();
  for (let i = 0; i < count; i++) {
    await page.locator('.chart-canvas').nth(i).scrollIntoViewIfNeeded();
    await page.waitForFunction((k) => {
      const n = document.querySelectorAll('.chart-canvas')[k];
      return !n || n.querySelector('svg') || n.classList.contains('is-failed') || n.querySelector('.chart-message');
    }, i, { timeout: 5000 }).catch(() => {});
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return undrawn;
}

// Every .chart-canvas must hold an SVG with drawn marks, unless its figure id is in `allowFailed`
// (then it must show the short failure message instead).
export async function checkCharts(page, { allowFailed = [], minMarks = 4 } = {}) {
  const failures = [];
  // Charts are drawn when they come near the screen: scroll to each in turn, as a reader does.
  await drawChartsByScrolling(page);
  const charts = await page.$$eval('.chart-canvas', (nodes) => nodes.map((n) => {
    const figure = n.closest('figure');
    const svg = n.querySelector('svg');
    return {
      id: figure?.id || n.getAttribute('data-chart') || '(no id)',
      marks: svg ? svg.querySelectorAll('path, rect, circle, polyline, polygon').length : 0,
      failed: n.classList.contains('is-failed'),
      message: n.querySelector('.chart-message')?.textContent || '',
      width: n.getBoundingClientRect().width,
      height: n.getBoundingClientRect().height,
    };
  }));
  for (const c of charts) {
    if (allowFailed.includes(c.id)) {
      if (!c.failed || !c.message) failures.push(`chart ${c.id}: expected a failure message`);
    } else if (c.failed) {
      failures.push(`chart ${c.id}: not drawn: ${c.message}`);
    } else if (c.marks < minMarks) {
      failures.push(`chart ${c.id}: only ${c.marks} SVG marks`);
    } else if (c.width < 100 || c.height < 100) {
      failures.push(`chart ${c.id}: canvas is ${c.width}×${c.height}`);
    }
  }
  return { charts, failures };
}

let axeSource = null;
// Runs axe-core (WCAG 2.x A/AA rules) and returns serious/critical violations as strings.
// The source is evaluated through DevTools rather than a <script> tag: the page's CSP (no
// inline script) would block page.addScriptTag({path}), and the CSP must stay on.
export async function runAxe(page, { impacts = ['serious', 'critical'], exclude = [] } = {}) {
  axeSource ??= await readFile(path.join(REPO, 'node_modules/axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => !!window.axe))) await page.evaluate(axeSource);
  const result = await page.evaluate(async (exclude) => {
    const context = exclude.length ? { include: [document], exclude: exclude.map((s) => [s]) } : document;
    return window.axe.run(context, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
  }, exclude);
  return result.violations
    .filter((v) => impacts.includes(v.impact))
    .map((v) => `axe ${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

// Clicks through every sortable header: aria-sort flips, rows follow data-value (no figure last),
// total rows stay last.
export async function checkSortableTables(page) {
  const failures = [];
  const tables = await page.$$('table.sortable');
  for (const [t, table] of tables.entries()) {
    const buttons = await table.$$('thead th[data-sort] button.sort-button');
    const headers = await table.$$eval('thead th[data-sort]', (ths) => ths.length);
    if (buttons.length !== headers) { failures.push(`sortable table ${t}: ${headers} sortable headers but ${buttons.length} buttons`); continue; }
    for (const [b, button] of buttons.entries()) {
      for (const round of [0, 1]) {
        if (round === 0) await button.click(); else await button.press('Enter');
        const state = await button.evaluate((btn) => {
          const th = btn.closest('th');
          const table = th.closest('table');
          let col = 0;
          for (const c of th.parentNode.cells) { if (c === th) break; col += c.colSpan || 1; }
          const cellAt = (row) => { let p = 0; for (const c of row.cells) { if (col < p + (c.colSpan || 1)) return c; p += c.colSpan || 1; } return null; };
          const number = th.getAttribute('data-sort') === 'number';
          const rows = [...table.tBodies].flatMap((tb) => [...tb.rows]);
          return {
            sort: th.getAttribute('aria-sort'),
            number,
            others: [...table.querySelectorAll('th[aria-sort]')].filter((x) => x !== th).length,
            keys: rows.filter((r) => !r.classList.contains('total')).map((r) => {
              const c = cellAt(r);
              if (!c) return null;
              const raw = c.hasAttribute('data-value') ? c.getAttribute('data-value') : c.textContent.replace(/[,\s，]/g, '');
              if (number) return raw.trim() === '' || !isFinite(Number(raw)) ? null : Number(raw);
              return c.textContent.trim() || null;
            }),
            totalsLast: rows.every((r, i) => !r.classList.contains('total') || rows.slice(i).every((x) => x.classList.contains('total'))),
          };
        });
        const where = `sortable table ${t} column ${b} click ${round + 1}`;
        if (state.sort !== 'ascending' && state.sort !== 'descending') { failures.push(`${where}: aria-sort=${state.sort}`); continue; }
        if (state.others) failures.push(`${where}: other headers keep aria-sort`);
        if (!state.totalsLast) failures.push(`${where}: total row moved`);
        const present = state.keys.filter((k) => k !== null);
        const firstNull = state.keys.indexOf(null);
        if (firstNull >= 0 && state.keys.slice(firstNull).some((k) => k !== null)) failures.push(`${where}: empty cells not last`);
        const collator = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' });
        for (let i = 1; i < present.length; i++) {
          const c = state.number ? present[i - 1] - present[i] : collator.compare(present[i - 1], present[i]);
          if (state.sort === 'ascending' ? c > 0 : c < 0) { failures.push(`${where}: not ${state.sort}: ${present.join(', ')}`); break; }
        }
      }
    }
  }
  return { tables: tables.length, failures };
}

// Treemap drill-down: a keyboard drill button changes the level and the drawing; 返回上一级 goes
// back; clicking a drawn block drills too.
export async function checkTreemaps(page) {
  const failures = [];
  const figures = await page.$$('figure.chart:has(.chart-drill)');
  for (const figure of figures) {
    const id = await figure.getAttribute('id');
    const level = () => figure.$eval('.chart-drill-path strong', (s) => s.textContent);
    const drawing = () => figure.$eval('.chart-canvas svg', (s) => [...s.querySelectorAll('text')].map((t) => t.textContent).join('|'));
    const top = await level();
    const before = await drawing();
    const down = await figure.$('button.drill-down');
    if (!down) { failures.push(`treemap ${id}: no drill button`); continue; }
    const target = (await down.evaluate((b) => b.firstChild.nodeValue)).replace(/^查看 /, '');
    await down.focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(50);
    if ((await level()) !== target) failures.push(`treemap ${id}: after drill button level is "${await level()}", expected "${target}"`);
    if ((await drawing()) === before) failures.push(`treemap ${id}: drawing unchanged after drill`);
    const focused = await page.evaluate(() => document.activeElement?.className || '');
    if (!/drill-/.test(focused)) failures.push(`treemap ${id}: focus lost after keyboard drill (${focused || 'body'})`);
    const up = await figure.$('button.drill-up');
    if (!up) { failures.push(`treemap ${id}: no 返回上一级 button`); continue; }
    await up.click();
    if ((await level()) !== top) failures.push(`treemap ${id}: 返回上一级 did not return to "${top}"`);
    // Mouse: click the largest drillable block.
    const box = await figure.$eval('.chart-canvas', (canvas) => {
      const r = canvas.getBoundingClientRect();
      return { x: r.left, y: r.top, w: r.width, h: r.height };
    });
    const rects = await figure.$$eval('.chart-canvas svg path', (ps) => ps.map((p) => {
      const b = p.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2, area: b.width * b.height };
    }).filter((r) => r.area > 0).sort((a, b) => b.area - a.area));
    if (rects.length && rects[0].area < box.w * box.h) {
      await page.mouse.click(rects[0].x, rects[0].y);
      await page.waitForTimeout(50);
      if ((await level()) === top) failures.push(`treemap ${id}: clicking the largest block did not drill`);
      const back = await figure.$('button.drill-up');
      if (back) await back.click();
    }
  }
  return { treemaps: figures.length, failures };
}

// Each filter select narrows the list and updates the count.
export async function checkFilters(page) {
  const failures = [];
  const boxes = await page.$$('.filters[data-filter-target]');
  for (const box of boxes) {
    const listId = await box.getAttribute('data-filter-target');
    const visible = () => page.$$eval(`#${listId} > li`, (lis) => lis.filter((li) => !li.hidden && li.offsetParent !== null).length);
    const total = await visible();
    for (const select of await box.$$('select[data-filter-key]')) {
      const key = await select.getAttribute('data-filter-key');
      const values = await select.$$eval('option', (os) => os.map((o) => o.value).filter(Boolean));
      if (!values.length) continue;
      await select.selectOption(values[0]);
      const shown = await visible();
      const expected = await page.$$eval(`#${listId} > li`, (lis, [k, v]) => lis.filter((li) => li.getAttribute('data-' + k) === v).length, [key, values[0]]);
      if (shown !== expected) failures.push(`filter ${key}=${values[0]}: ${shown} items shown, ${expected} expected`);
      const count = await box.$eval('.filter-count', (p) => p.textContent).catch(() => '');
      if (!count.includes(String(total))) failures.push(`filter ${key}: count text "${count}" lacks the total ${total}`);
      await select.selectOption('');
    }
    if ((await visible()) !== total) failures.push(`filters ${listId}: clearing did not restore all ${total} items`);
  }
  return { filters: boxes.length, failures };
}

// Types `query` into the header search box, checks the listbox, follows the first hit with the
// keyboard and checks the page it reaches. `query` defaults to the first 4 characters of the first
// index entry. Leaves the page on the reached URL.
export async function checkSearch(page, { query, expectUrl } = {}) {
  const failures = [];
  const input = await page.$('#site-search-input');
  if (!input) return { failures: ['no #site-search-input'] };
  // A site built by budgetsite loads its index in shards as the reader types: the caller names
  // the query. The theme demo's single index gives its own first entry.
  const sharded = await page.evaluate(() => document.documentElement.dataset.search === 'sharded');
  if (!query) {
    if (sharded) return { failures: ['search: a sharded index needs a query (run.mjs --search QUERY)'] };
    const first = await page.evaluate(() => window.BUDGETSITE_SEARCH_INDEX?.entries?.[0] || null);
    if (!first) return { failures: ['search index not loaded'] };
    query = first.t.slice(0, 4);
  }
  await input.fill(query);
  if (sharded) await page.waitForSelector('#site-search-results:not([hidden]) [role="option"]', { timeout: 5000 }).catch(() => {});
  const options = await page.$$eval('#site-search-results [role="option"][data-href]', (os) => os.map((o) => o.getAttribute('data-href')));
  if (!options.length) return { failures: [`search "${query}": no results`] };
  if (options.length > 20) failures.push(`search "${query}": ${options.length} results shown (max 20)`);
  if ((await input.getAttribute('aria-expanded')) !== 'true') failures.push('search: aria-expanded not true while open');
  await input.press('ArrowDown');
  const active = await input.getAttribute('aria-activedescendant');
  if (!active) failures.push('search: ArrowDown did not set aria-activedescendant');
  const from = page.url();
  await Promise.all([page.waitForURL((u) => u.href !== from, { timeout: 10000 }), input.press('Enter')]);
  await page.waitForLoadState('load');
  const reached = page.url();
  const wanted = new URL(options[0], from).href;
  if (reached !== wanted) failures.push(`search: Enter went to ${reached}, expected ${wanted}`);
  if (expectUrl && !reached.includes(expectUrl)) failures.push(`search: reached ${reached}, expected …${expectUrl}`);
  if (!(await page.$('main#main'))) failures.push(`search: ${reached} has no <main id="main">`);
  return { query, reached, failures };
}

// search.html?q=… lists results.
export async function checkSearchPage(page, siteUrl, query) {
  const failures = [];
  await page.goto(new URL(`search.html?q=${encodeURIComponent(query)}`, siteUrl).href);
  const hits = await page.$$eval('#search-page-results > li a', (as) => as.length);
  if (!hits) failures.push(`search.html?q=${query}: no results listed`);
  const value = await page.$eval('#site-search-input', (i) => i.value);
  if (value !== query) failures.push(`search.html: header box shows "${value}", expected "${query}"`);
  return { hits, failures };
}

// beforeprint opens every <details>; afterprint closes them again.
export async function checkPrint(page) {
  const failures = [];
  const closed = await page.$$eval('details:not([open])', (ds) => ds.length);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const still = await page.$$eval('details:not([open])', (ds) => ds.length);
  if (still) failures.push(`print: ${still} <details> still closed after beforeprint`);
  await page.emulateMedia({ media: 'print' });
  const hiddenShown = await page.$$eval('.site-header, .chart-canvas, .filters',
    (ns) => ns.filter((n) => getComputedStyle(n).display !== 'none').length);
  if (hiddenShown) failures.push(`print: ${hiddenShown} header/chart/filter elements still displayed`);
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  const reclosed = await page.$$eval('details:not([open])', (ds) => ds.length);
  if (reclosed !== closed) failures.push(`print: afterprint left ${closed - reclosed} <details> open`);
  return { failures };
}

function slug(s) {
  return s.replace(/^[a-z]+:\/\/[^/]*/, '').replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+|_+$/g, '') || 'page';
}

// Loads `url` in a fresh page of `context` and runs the checks. Returns
// { url, problems: [...], charts, ... }; an empty `problems` means the page passed.
// options: { name, allowFailedCharts, axe: true, interact: true, screenshot: 'desktop'|null,
//            axeExclude: [] }
export async function checkPage(context, url, options = {}) {
  const { allowFailedCharts = [], axe = true, interact = true, screenshot = null, name = slug(url) } = options;
  const page = await context.newPage();
  const watch = watchPage(page);
  const report = { url, name, problems: watch.problems };
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => document.readyState === 'complete');
    await page.waitForTimeout(100);   // deferred scripts ran; let ECharts lay out
    const charts = await checkCharts(page, { allowFailed: allowFailedCharts });
    report.charts = charts.charts.length;
    watch.problems.push(...charts.failures);
    const csp = await cspViolations(page);
    watch.problems.push(...csp.map((v) => `CSP violation: ${v}`));
    if (screenshot) {
      await mkdir(ARTIFACTS, { recursive: true });
      report.screenshot = path.join(ARTIFACTS, `${name}-${screenshot}.png`);
      await page.screenshot({ path: report.screenshot, fullPage: true });
    }
    if (axe) watch.problems.push(...(await runAxe(page, { exclude: options.axeExclude || [] })));
    if (interact) {
      for (const check of [checkSortableTables, checkTreemaps, checkFilters, checkPrint]) {
        const r = await check(page);
        watch.problems.push(...r.failures);
      }
      if (axe) {
        // Again with the widgets in their changed states (sorted headers, drill controls).
        watch.problems.push(...(await runAxe(page, { exclude: options.axeExclude || [] })).map((v) => `after interaction: ${v}`));
      }
      watch.problems.push(...(await cspViolations(page)).slice(csp.length).map((v) => `CSP violation after interaction: ${v}`));
    }
  } catch (e) {
    watch.problems.push(`check aborted: ${e.message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
  report.problems = [...new Set(watch.problems)];
  return report;
}

// Convenience for the lead: check `pages` (paths relative to `siteDir`) over HTTP under a sub-path
// and from file://, desktop and phone. Returns every report; `failed` lists the ones with problems.
// `dark: true` adds a pass in prefers-color-scheme: dark (HTTP, desktop, axe and charts only).
export async function checkSite(siteDir, pages, { viewports = ['desktop', 'phone'], fileUrls = true, search = true, dark = true, label = '', ...options } = {}) {
  const server = await startServer(siteDir);
  const browser = await launchBrowser();
  const reports = [];
  try {
    const origins = [['http', server.url]];
    if (fileUrls) origins.push(['file', pathToFileURL(path.resolve(siteDir) + path.sep).href]);
    for (const viewport of viewports) {
      const context = await newContext(browser, { viewport });
      for (const [scheme, base] of origins) {
        for (const page of pages) {
          const url = new URL(page, base).href;
          const name = `${label}${scheme}-${slug(page)}`;
          reports.push(await checkPage(context, url, {
            ...options, name,
            screenshot: scheme === 'http' ? viewport : null,
            axe: options.axe ?? scheme === 'http',
            interact: options.interact ?? viewport === 'desktop',
          }));
        }
        if (search && viewport === 'desktop') {
          const page = await context.newPage();
          const watch = watchPage(page);
          await page.goto(new URL(pages[0], base).href);
          const r = await checkSearch(page, typeof search === 'object' ? search : {});
          const p = r.query ? await checkSearchPage(page, base, r.query) : { failures: [] };
          reports.push({ url: `${scheme} search`, name: `${scheme}-search`, problems: [...watch.problems, ...r.failures, ...p.failures] });
          await page.close();
        }
      }
      await context.close();
    }
    if (dark) {
      const context = await newContext(browser, { viewport: 'desktop', colorScheme: 'dark' });
      for (const page of pages) {
        const name = `${label}dark-${slug(page)}`;
        reports.push(await checkPage(context, new URL(page, server.url).href, {
          ...options, name, screenshot: 'desktop', axe: options.axe ?? true, interact: false,
        }));
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { reports, failed: reports.filter((r) => r.problems.length) };
}

export async function tempDir(prefix = 'budgetsite-browser-') {
  return mkdtemp(path.join(tmpdir(), prefix));
}
