#!/usr/bin/env node
// The site's open data, checked by real validators (docs/open-data.md):
//   - every disclosures/*/model.json against schemas/model.schema.json, and compare/comparisons.json
//     and every compare/*/comparison.json against schemas/comparison.schema.json (Ajv, JSON
//     Schema 2020-12, strict); each file names its schema by "$schema", and the site publishes
//     the repository's schemas byte for byte;
//   - datapackage.json against the Data Package profile as Frictionless publishes it (the
//     `datapackage` package's profiles/data-package.json, draft-04), and each Table Schema in it
//     against the Table Schema profile (the `tableschema` package);
//   - every CSV of every tabular resource against its Table Schema: the header is the fields'
//     names, every cell casts to its field's type and constraints (tableschema's castRow), the
//     primary key is unique across all parts, every foreign key resolves.
// It first checks that it can fail: hand-broken copies of a model, a package and a CSV must each
// be reported. Usage: node tests/data/validate.mjs [--site DIR] (default: builds content/ with
// $BUDGETSITE_BINARY, or build/budgetsite, into a temporary folder). Exit 1 on any problem.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';

const require = createRequire(import.meta.url);
const { Schema } = require('tableschema');
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const readJson = async (file) => JSON.parse(await readFile(file, 'utf8'));

async function exists(file) {
  try { await stat(file); return true; } catch { return false; }
}

function jsonValidators() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  return ajv;
}

// The Data Package profile (draft-04) with the formats it names; "textarea" is an editor hint.
function packageProfile() {
  const ajv = new AjvDraft04({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addFormat('textarea', true);
  return ajv.compile(require('datapackage/lib/profiles/data-package.json'));
}

// Each problem: "file: what".
async function validateJsonFiles(site, ajv, problems) {
  const model = await readJson(path.join(REPO, 'schemas/model.schema.json'));
  const comparison = await readJson(path.join(REPO, 'schemas/comparison.schema.json'));
  const validateModel = ajv.compile(model);
  const validateComparison = ajv.compile(comparison);
  let count = 0;
  const check = async (file, validate, schemaPath) => {
    const data = await readJson(file);
    count++;
    const rel = path.relative(site, file);
    const named = data.$schema && path.posix.normalize(path.posix.join(path.posix.dirname(rel), data.$schema));
    if (named !== schemaPath) problems.push(`${rel}: $schema is ${data.$schema}, expected a path to ${schemaPath}`);
    if (!validate(data))
      for (const e of validate.errors.slice(0, 5)) problems.push(`${rel}: ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
  };
  for (const id of await readdir(path.join(site, 'disclosures'))) {
    const file = path.join(site, 'disclosures', id, 'model.json');
    if (await exists(file)) await check(file, validateModel, 'data/schema/model.schema.json');
  }
  if (await exists(path.join(site, 'compare'))) {
    await check(path.join(site, 'compare/comparisons.json'), validateComparison, 'data/schema/comparison.schema.json');
    for (const id of await readdir(path.join(site, 'compare'))) {
      const file = path.join(site, 'compare', id, 'comparison.json');
      if (await exists(file)) await check(file, validateComparison, 'data/schema/comparison.schema.json');
    }
  }
  for (const name of ['model.schema.json', 'comparison.schema.json']) {
    const published = await readFile(path.join(site, 'data/schema', name), 'utf8').catch(() => null);
    if (published !== await readFile(path.join(REPO, 'schemas', name), 'utf8'))
      problems.push(`data/schema/${name}: not the repository's schemas/${name}`);
  }
  return count;
}

async function validatePackage(site, descriptor, problems) {
  const validate = packageProfile();
  if (!validate(descriptor))
    for (const e of validate.errors.slice(0, 10)) problems.push(`datapackage.json: ${e.instancePath || '/'} ${e.message}`);
  let rows = 0, files = 0;
  const keys = new Map();  // resource name → Set of primary keys
  const foreign = [];
  for (const resource of descriptor.resources || []) {
    const paths = [resource.path].flat();
    for (const p of paths) {
      if (!/^https?:/.test(p) && !(await exists(path.join(site, p)))) problems.push(`datapackage.json: ${resource.name}: ${p} is not in the site`);
    }
    if (resource.profile !== 'tabular-data-resource') continue;
    let schema;
    try {
      schema = await Schema.load(resource.schema, { strict: true });
    } catch (e) {
      problems.push(`datapackage.json: ${resource.name}: its Table Schema is not valid: ${e.errors?.map((x) => x.message).join('; ') || e.message}`);
      continue;
    }
    const pk = [resource.schema.primaryKey || []].flat();
    const seen = new Set();
    keys.set(resource.name, seen);
    for (const p of paths) {
      files++;
      const text = (await readFile(path.join(site, p), 'utf8')).replace(/^\uFEFF/, '');
      const records = parseCsv(text, { relax_column_count: false });
      const header = records.shift() || [];
      const names = schema.fields.map((f) => f.name);
      if (header.join(',') !== names.join(',')) {
        problems.push(`${p}: header ${header.join(',')} is not the fields ${names.join(',')}`);
        continue;
      }
      records.forEach((record, i) => {
        rows++;
        let row;
        try {
          row = schema.castRow(record);
        } catch (e) {
          const why = e.errors ? e.errors.map((x) => x.message).join('; ') : e.message;
          if (problems.length < 200) problems.push(`${p}:${i + 2}: ${why}`);
          return;
        }
        const byName = Object.fromEntries(names.map((n, k) => [n, row[k]]));
        if (pk.length) {
          const key = JSON.stringify(pk.map((f) => byName[f]));
          if (pk.some((f) => byName[f] === null)) problems.push(`${p}:${i + 2}: primary key ${pk.join('+')} has an empty field`);
          if (seen.has(key)) problems.push(`${p}:${i + 2}: primary key ${pk.join('+')} ${key} repeated`);
          seen.add(key);
        }
        for (const fk of resource.schema.foreignKeys || [])
          foreign.push({ where: `${p}:${i + 2}`, value: JSON.stringify([fk.fields].flat().map((f) => byName[f])), fk });
      });
    }
  }
  for (const { where, value, fk } of foreign) {
    const target = keys.get(fk.reference.resource);
    if (!target) { problems.push(`${where}: foreign key to unknown resource ${fk.reference.resource}`); continue; }
    if (!target.has(value)) problems.push(`${where}: ${[fk.fields].flat().join('+')} ${value} is not a ${fk.reference.resource} ${fk.reference.fields}`);
  }
  return { rows, files };
}

async function validateSite(site) {
  const problems = [];
  const models = await validateJsonFiles(site, jsonValidators(), problems);
  const descriptor = await readJson(path.join(site, 'datapackage.json'));
  const { rows, files } = await validatePackage(site, descriptor, problems);
  return { problems, models, rows, files, resources: descriptor.resources.length };
}

// The validators must be able to fail: one broken copy of each kind of file.
async function selfCheck(site) {
  const failures = [];
  const ajv = jsonValidators();
  const validateModel = ajv.compile(await readJson(path.join(REPO, 'schemas/model.schema.json')));
  const someModel = (await readdir(path.join(site, 'disclosures')))[0];
  const model = await readJson(path.join(site, 'disclosures', someModel, 'model.json'));
  model.summary.basic = '12.5';  // a figure as text
  if (validateModel(model)) failures.push('a model.json whose summary.basic is a string passed its schema');
  delete model.summary.basic;
  model.summary.basic = 12.5;
  model.surprise = true;
  if (validateModel(model)) failures.push('a model.json with an unknown field passed its schema');
  const validatePackageProfile = packageProfile();
  if (validatePackageProfile({ name: 'x', resources: [] })) failures.push('a data package without resources passed the profile');
  const schema = await Schema.load({ fields: [{ name: 'year', type: 'integer' }, { name: 'kind', type: 'string', constraints: { enum: ['budget', 'final'] } }] });
  for (const bad of [['2024.5', 'budget'], ['2024', '预算']]) {
    try { schema.castRow(bad); failures.push(`castRow accepted ${bad}`); } catch { /* expected */ }
  }
  return failures;
}

async function main(argv) {
  let site = argv[argv.indexOf('--site') + 1];
  let temp = null;
  if (!argv.includes('--site')) {
    temp = await mkdtemp(path.join(os.tmpdir(), 'budgetsite-opendata-'));
    site = path.join(temp, 'public');
    const binary = process.env.BUDGETSITE_BINARY || path.join(REPO, 'build/budgetsite');
    execFileSync(binary, ['build', '--config', path.join(REPO, 'site-config.yaml'), '--out', site, '--no-cache', '--quiet',
      '--base-url', 'https://example.org/budgetsite/'], { stdio: 'inherit' });
  }
  const started = Date.now();
  const failures = await selfCheck(site);
  for (const f of failures) console.log(`FAIL self-check: ${f}`);
  const { problems, models, rows, files, resources } = await validateSite(site);
  for (const p of problems.slice(0, 100)) console.log(`FAIL ${p}`);
  if (problems.length > 100) console.log(`… and ${problems.length - 100} more`);
  console.log(`open data: ${models} JSON files valid against their schemas, datapackage.json (${resources} resources) ` +
    `against the Data Package profile, ${rows} CSV rows in ${files} files against their Table Schemas: ` +
    `${problems.length} problems, self-check ${failures.length ? 'FAILED' : 'ok'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (temp) await rm(temp, { recursive: true, force: true });
  process.exit(problems.length || failures.length ? 1 : 0);
}

main(process.argv.slice(2)).catch((e) => { console.error(e); process.exit(1); });
