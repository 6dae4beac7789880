#!/usr/bin/env node
// npm run plugin:new -- --kind channel|review|rule --name foo [--dir plugins] [--package @agency/rapport-foo]
//
// Creates a plugin package that compiles, passes the conformance kit (`npm test` in
// the package) and loads by adding one line to rapport.config.js. Outside this
// repository the package gets the SDK as a tarball of its own (vendor/), so
// `npm install` needs no registry for @rapport/*.
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_PACK_DIR, packSdk } from './sdk-pack.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TEMPLATES = join(ROOT, 'scripts/plugin-templates');
const KINDS = {
  channel: { folder: 'network', noun: 'social network', options: "{ baseUrl: 'https://api.example.com' }" },
  review: { folder: 'reviews', noun: 'review site', options: "{ baseUrl: 'https://api.example.com' }" },
  rule: { folder: 'rule', noun: 'policy rule', options: '{}' },
};

const USAGE = `Usage: npm run plugin:new -- --kind channel|review|rule --name NAME [--dir DIR] [--package NAME]
  --kind      channel (a social network), review (a review site) or rule (a policy rule)
  --name      lower-case kebab, e.g. acme-social: the driver or rule code, and the folder <kind>-NAME
  --dir       where to create the folder (default: plugins/ of this repository, built with it); elsewhere the
              package gets @rapport/plugin-sdk as a tarball in vendor/ (see npm run sdk:pack)
  --package   the npm package name (default: @rapport/plugin-<kind>-NAME)
  --help      prints this help
`;

/** A mistake in the command line: one line, the usage, exit status 2. */
function usageError(message) {
  process.stderr.write(`plugin:new: ${message}\n\n${USAGE}`);
  process.exit(2);
}

function fail(message) {
  process.stderr.write(`plugin:new: ${message}\n`);
  process.exit(1);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      kind: { type: 'string' },
      name: { type: 'string' },
      dir: { type: 'string' },
      package: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  // parseArgs goes on to explain `--` for positionals; its first sentence says what is wrong.
  usageError(error.message.split('\n')[0].replace(/\. To specify .*$/, ''));
}
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const kind = KINDS[values.kind];
if (!kind) usageError(`--kind must be one of ${Object.keys(KINDS).join(', ')}`);
if (!values.name || !/^[a-z][a-z0-9-]*$/.test(values.name)) usageError('--name must be lower-case kebab, e.g. --name acme-social');
if (values.package !== undefined && !/^(@[a-z0-9][a-z0-9._-]*\/)?[a-z0-9][a-z0-9._-]*$/.test(values.package)) {
  usageError('--package must be an npm package name, e.g. --package @agency/rapport-acme-social');
}

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

/** The SDK tarball: dist/packages' when it is newer than the SDK's sources, otherwise packed afresh. */
function sdkTarball() {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'plugins/sdk/package.json'), 'utf8'));
  const packed = join(DEFAULT_PACK_DIR, `rapport-plugin-sdk-${version}.tgz`);
  const newestSource = (path) => (statSync(path).isDirectory() ? Math.max(0, ...readdirSync(path).map((entry) => newestSource(join(path, entry)))) : statSync(path).mtimeMs);
  const sources = ['src', 'package.json', 'README.md', 'LICENSE'].map((entry) => join(ROOT, 'plugins/sdk', entry));
  if (existsSync(packed) && statSync(packed).mtimeMs > Math.max(...sources.map(newestSource))) return packed;
  return packSdk();
}

// Packed before anything is written, so a failure leaves no half-made package behind.
let tarball;
if (!insideRepo) {
  try {
    tarball = sdkTarball();
  } catch (error) {
    fail(`could not pack @rapport/plugin-sdk (${error.message.split('\n')[0]})`);
  }
}

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
} else {
  // The SDK is not on a public registry: the package carries its tarball and depends on it by path.
  mkdirSync(join(target, 'vendor'));
  copyFileSync(tarball, join(target, 'vendor', basename(tarball)));
  const manifestPath = join(target, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.devDependencies['@rapport/plugin-sdk'] = `file:vendor/${basename(tarball)}`;
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
}

const shown = relative(process.cwd(), target) || '.';
process.stdout.write(
  [
    `Created ${replacements.__PACKAGE__} in ${shown}`,
    '',
    'Next:',
    insideRepo
      ? `  cd ${shown} && npm test          # build and run the conformance kit against a local fake API`
      : `  cd ${shown} && npm install && npm test   # the SDK installs from vendor/; then build and run the conformance kit`,
    `  then add to rapport.config.js:  ['${specifier}', ${kind.options}]`,
    '',
  ].join('\n'),
);
