#!/usr/bin/env node
// Browser test of the English edition (docs/i18n.md). Builds content/ with `language: en` and an
// English title into a temporary folder (the publisher's own Chinese pages left out: their text is
// the publisher's, not the interface's), serves it under a sub-path with the site's CSP, and opens
// in Debian's Chromium the home page, the search page (a query typed, results listed), the
// largest disclosure, a department, a region, the comparisons index and the largest comparison:
//   - <html lang="en">; no console error, failed request or CSP violation; every chart drawn;
//     axe-core finds nothing serious or critical;
//   - no Chinese character in the interface: every text node and every title, aria-label,
//     placeholder and alt is free of CJK once the data values are taken out — the strings of the
//     models (names, titles, labels, the statement, the arguments of the checks' wordings, not
//     their Chinese `message`) and of comparisons.json (not its Chinese titles and messages);
//   - the answer block's figures are the model's: total income and this year's expenditure as
//     summary.income_total and summary.expenditure_current, where the model proves them;
//   - no hreflang alternates: one language is built.
// Usage: node tests/browser/english.test.mjs [--site DIR]   (DIR: an English site already built)
// Environment: BUDGETSITE_BINARY (default build/budgetsite), BUDGETSITE_CHROMIUM.
// Exit status 1 if any check failed.
import { execFileSync } from 'node:child_process';
import { cp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO, startServer, launchBrowser, newContext, checkPage, tempDir } from './lib.mjs';

const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

async function buildEnglishSite(work) {
  const content = path.join(work, 'content');
  const out = path.join(work, 'public');
  await cp(path.join(REPO, 'content'), content, { recursive: true });
  await rm(path.join(content, 'pages'), { recursive: true, force: true });
  let config = await readFile(path.join(REPO, 'site-config.yaml'), 'utf8');
  for (const [key, value] of [['language', 'en'], ['title', 'Department budgets'],
    ['description', 'Budgets and final accounts of county departments: every table and figure, compared and checked.']]) {
    const line = new RegExp(`^${key}:.*$`, 'm');
    config = line.test(config) ? config.replace(line, `${key}: "${value}"`) : `${key}: "${value}"\n${config}`;
  }
  const configFile = path.join(work, 'site-config.yaml');
  await writeFile(configFile, config);
  const binary = process.env.BUDGETSITE_BINARY || path.join(REPO, 'build/budgetsite');
  execFileSync(binary, ['build', '--config', configFile, '--content', content, '--out', out, '--quiet'],
    { cwd: REPO, stdio: ['ignore', 'inherit', 'inherit'] });
  return out;
}

// Every string of a JSON value with a Chinese character, but those under the keys skipped.
function dataStrings(value, skip, into = new Set()) {
  if (typeof value === 'string') { if (CJK.test(value)) into.add(value); }
  else if (Array.isArray(value)) value.forEach((v) => dataStrings(v, skip, into));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) if (!skip.has(k)) dataStrings(v, skip, into);
  return into;
}

async function largest(dir, pattern) {
  let best = null;
  for (const entry of await readdir(dir)) {
    const file = path.join(dir, entry, pattern);
    const s = await stat(file).catch(() => null);
    if (s && (!best || s.size > best.size)) best = { id: entry, size: s.size };
  }
  return best?.id;
}

// Text of the page (nodes and the attributes a reader meets) with a Chinese character left once
// every data string is taken out; at most a few per page.
async function interfaceLeaks(page, data) {
  const texts = await page.evaluate(() => {
    const out = new Set();
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      let el = n.parentElement;
      if (!el || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(el.tagName)) continue;
      // A name highlighted in parts (<mark>) is read whole: the text of the inline element
      // around the highlight.
      if (el.tagName === 'MARK' && el.parentElement) el = el.parentElement;
      out.add(el.querySelector('mark') ? el.textContent : n.nodeValue);
    }
    for (const el of document.querySelectorAll('[title],[aria-label],[placeholder],[alt],meta[name="description"]'))
      for (const a of ['title', 'aria-label', 'placeholder', 'alt', 'content']) if (el.hasAttribute(a)) out.add(el.getAttribute(a));
    return [...out];
  });
  const leaks = [];
  for (let text of texts) {
    if (!CJK.test(text)) continue;
    for (const d of data) {
      if (text.includes(d)) text = text.split(d).join(' ');
      if (!CJK.test(text)) break;
    }
    if (CJK.test(text)) leaks.push(text.trim().slice(0, 80));
  }
  return [...new Set(leaks)];
}

const amount = (v) => v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

async function main(argv) {
  const siteArg = argv.indexOf('--site');
  const work = siteArg >= 0 ? null : await tempDir('budgetsite-english-');
  const site = siteArg >= 0 ? path.resolve(argv[siteArg + 1]) : await buildEnglishSite(work);
  const server = await startServer(site);
  const browser = await launchBrowser();
  let failed = 0;
  const record = (name, problems) => {
    if (problems.length) failed++;
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ${name}`);
    for (const p of problems) console.log(`       ${p}`);
  };
  try {
    const comparisons = JSON.parse(await readFile(path.join(site, 'compare/comparisons.json'), 'utf8'));
    const siteData = dataStrings(comparisons, new Set(['message', 'title', '$schema']));
    const models = {};
    for (const id of await readdir(path.join(site, 'disclosures'))) {
      const file = path.join(site, 'disclosures', id, 'model.json');
      if (!(await stat(file).catch(() => null))) continue;
      models[id] = JSON.parse(await readFile(file, 'utf8'));
      dataStrings(models[id], new Set(['message', '$schema']), siteData);
    }
    const sorted = (set) => [...set].sort((a, b) => b.length - a.length);
    const allData = sorted(siteData);

    const disclosure = await largest(path.join(site, 'disclosures'), 'index.html');
    const comparison = await largest(path.join(site, 'compare'), 'index.html');
    const department = (await readdir(path.join(site, 'departments')))[0];
    const region = (await readdir(path.join(site, 'regions')))[0];
    const pages = ['index.html', 'search.html', `disclosures/${disclosure}/index.html`, `departments/${department}/index.html`,
      `regions/${region}/index.html`, 'compare/index.html', `compare/${comparison}/index.html`];
    const context = await newContext(browser, { viewport: 'desktop' });
    for (const p of pages) {
      const report = await checkPage(context, new URL(p, server.url).href, { interact: false });
      const page = await context.newPage();
      await page.goto(new URL(p, server.url).href, { waitUntil: 'load' });
      const problems = [...report.problems];
      const lang = await page.evaluate(() => document.documentElement.lang);
      if (lang !== 'en') problems.push(`<html lang="${lang}">, expected "en"`);
      const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (ls) => ls.length);
      if (alternates) problems.push(`${alternates} hreflang alternates, but one language is built`);
      for (const leak of await interfaceLeaks(page, allData)) problems.push(`Chinese in the interface: "${leak}"`);
      record(`${p} (${report.charts || 0} charts)`, problems);
      await page.close();
    }

    // The answer's figures are the model's.
    {
      const model = models[disclosure];
      const page = await context.newPage();
      await page.goto(new URL(`disclosures/${disclosure}/index.html`, server.url).href);
      const strong = await page.$$eval('.answer p:first-of-type strong', (s) => s.map((e) => e.textContent.trim()));
      const problems = [];
      const proven = (key) => model.proof?.[key]?.status === 'proven';
      const expected = [];
      if (model.summary.income_total != null && proven('income_total')) expected.push(amount(model.summary.income_total));
      if (model.summary.expenditure_current != null && proven('expenditure_current')) expected.push(amount(model.summary.expenditure_current));
      if (!expected.length) problems.push('the largest disclosure proves neither total: pick another');
      expected.forEach((want, i) => { if (strong[i] !== want) problems.push(`answer figure ${i + 1}: "${strong[i]}", model ${want}`); });
      record(`answer of ${disclosure}: ${strong.slice(0, 2).join(', ')}`, problems);
      await page.close();
    }

    // Search: results listed for a name typed, their kinds in English.
    {
      const page = await context.newPage();
      const query = models[disclosure].entity.region;
      await page.goto(new URL(`search.html?q=${encodeURIComponent(query)}`, server.url).href);
      await page.waitForSelector('#search-page-results > li', { timeout: 5000 }).catch(() => {});
      const problems = [];
      const hits = await page.$$eval('#search-page-results > li', (ls) => ls.length);
      if (!hits) problems.push(`search.html?q=${query}: no results`);
      for (const leak of await interfaceLeaks(page, allData)) problems.push(`Chinese in the search results: "${leak}"`);
      record(`search "${query}": ${hits} results`, problems);
      await page.close();
    }
    await context.close();
  } finally {
    await browser.close();
    await server.close();
    if (work) await rm(work, { recursive: true, force: true });
  }
  console.log(failed ? `${failed} English-edition checks failed` : 'English edition: every check passed');
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => {
  console.error(e);
  process.exitCode = 2;
});
