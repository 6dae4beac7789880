#!/usr/bin/env node
// npm run plugin:new -- --kind channel|review|rule --name foo [--dir plugins] [--package @agency/rapport-foo]
//
// Creates a plugin package that compiles, passes the conformance kit (`npm test` in
// the package) and loads by adding one line to rapport.config.js.
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TEMPLATES = join(ROOT, 'scripts/plugin-templates');
const KINDS = {
  channel: { folder: 'network', noun: 'social network', options: "{ baseUrl: 'https://api.example.com' }" },
  review: { folder: 'reviews', noun: 'review site', options: "{ baseUrl: 'https://api.example.com' }" },
  rule: { folder: 'rule', noun: 'policy rule', options: '{}' },
};

function fail(message) {
  process.stderr.write(`plugin:new: ${message}\n`);
  process.exit(1);
}

const { values } = parseArgs({
  options: { kind: { type: 'string' }, name: { type: 'string' }, dir: { type: 'string' }, package: { type: 'string' } },
});
const kind = KINDS[values.kind];
if (!kind) fail(`--kind must be one of ${Object.keys(KINDS).join(', ')}`);
if (!values.name || !/^[a-z][a-z0-9-]*$/.test(values.name)) fail('--name must be lower-case kebab, e.g. --name acme-social');

const name = values.name;
const folder = `${kind.folder}-${name}`;
const parent = resolve(values.dir ?? join(ROOT, 'plugins'));
const target = join(parent, folder);
if (existsSync(target)) fail(`${target} already exists`);

const title = name.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
const insideRepo = parent === join(ROOT, 'plugins');
const specifier = insideRepo ? `./plugins/${folder}` : target;
const replacements = {
  __PACKAGE__: values.package ?? `@rapport/plugin-${folder}`,
  __CODE__: name,
  __TITLE__: title,
  __CAMEL__: title.replace(/ /g, '').replace(/^./, (c) => c.toLowerCase()),
  __DESCRIPTION__: `${title} ${kind.noun} for Rapport.`,
  __SPECIFIER__: specifier,
  __OPTIONS__: kind.options,
};

cpSync(join(TEMPLATES, 'common'), target, { recursive: true });
cpSync(join(TEMPLATES, values.kind), target, { recursive: true });
function fill(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) fill(path);
    else writeFileSync(path, Object.entries(replacements).reduce((text, [key, value]) => text.replaceAll(key, value), readFileSync(path, 'utf8')));
  }
}
fill(target);

// Inside this repository the root build (npm start, npm test) compiles the new package too.
if (insideRepo) {
  const tsconfigPath = join(ROOT, 'tsconfig.json');
  const tsconfig = JSON.parse(readFileSync(tsconfigPath, 'utf8'));
  const reference = { path: `plugins/${folder}` };
  const serverIndex = tsconfig.references.findIndex((r) => r.path === 'apps/server');
  tsconfig.references.splice(serverIndex === -1 ? tsconfig.references.length : serverIndex, 0, reference);
  writeFileSync(tsconfigPath, JSON.stringify(tsconfig, null, 2) + '\n');
}

const shown = relative(process.cwd(), target) || '.';
process.stdout.write(
  [
    `Created ${replacements.__PACKAGE__} in ${shown}`,
    '',
    'Next:',
    `  cd ${shown} && npm test          # build and run the conformance kit against a local fake API`,
    `  then add to rapport.config.js:  ['${specifier}', ${kind.options}]`,
    '',
  ].join('\n'),
);
