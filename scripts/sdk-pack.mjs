#!/usr/bin/env node
// npm run sdk:pack [-- --out dir]
//
// Packs @rapport/plugin-sdk into <out>/rapport-plugin-sdk-<version>.tgz (dist/packages by default) with its
// runtime dependencies bundled inside, so the tarball installs with no registry at all:
// `npm install --offline ./rapport-plugin-sdk-1.0.0.tgz`. plugins/sdk itself stays a plain package, ready for
// `npm publish -w plugins/sdk` (its prepack builds it).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SDK = join(ROOT, 'plugins/sdk');
export const DEFAULT_PACK_DIR = join(ROOT, 'dist/packages');

const USAGE = `Usage: npm run sdk:pack [-- --out DIR]
  Builds @rapport/plugin-sdk and writes DIR/rapport-plugin-sdk-<version>.tgz (DIR defaults to dist/packages),
  its dependencies bundled, for \`npm install\` without a registry (plugin:new --dir wires it into new plugins).
`;

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** Where Node would find package `name` from `fromDir`: the nearest node_modules/<name> up the tree. */
function findPackage(fromDir, name) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    if (dirname(dir) === dir) return undefined;
  }
}

/** Copies `names` and everything they depend on, as installed here, flat into `nodeModules`. */
function copyDependencies(names, fromDir, nodeModules, placed = new Map()) {
  for (const name of names) {
    const dir = findPackage(fromDir, name);
    if (!dir) throw new Error(`${name}, needed by ${relative(ROOT, fromDir) || '.'}, is not installed: run npm install`);
    const { version, dependencies = {}, optionalDependencies = {} } = readJson(join(dir, 'package.json'));
    if (placed.has(name)) {
      // Flat is enough for the SDK's few dependencies; say so plainly if that ever stops being true.
      if (placed.get(name) !== version) throw new Error(`two versions of ${name} (${placed.get(name)}, ${version}) would be bundled`);
      continue;
    }
    placed.set(name, version);
    cpSync(dir, join(nodeModules, name), { recursive: true, dereference: true, filter: (path) => !relative(dir, path).split(sep).includes('node_modules') });
    copyDependencies(Object.keys({ ...dependencies, ...optionalDependencies }).filter((dep) => findPackage(dir, dep)), dir, nodeModules, placed);
  }
}

/** Runs `npm pack` in `cwd`; returns the tarball's file name (npm's: `@scope/name` becomes `scope-name-<version>.tgz`). */
function npmPack(cwd, destination, extraArgs = []) {
  execFileSync('npm', ['pack', '--silent', '--pack-destination', destination, ...extraArgs], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  const { name, version } = readJson(join(cwd, 'package.json'));
  return `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`;
}

/** Builds and packs the SDK; returns the tarball's absolute path. */
export function packSdk(outDir = DEFAULT_PACK_DIR) {
  const stage = mkdtempSync(join(tmpdir(), 'rapport-sdk-pack-'));
  try {
    // 1. The package exactly as `npm publish` would ship it (prepack builds dist/).
    const plain = npmPack(SDK, stage);
    execFileSync('tar', ['-xzf', join(stage, plain), '-C', stage]);
    const packageDir = join(stage, 'package');
    // 2. Its runtime dependencies inside it, declared as bundled so npm packs and installs them from the tarball.
    const manifest = readJson(join(packageDir, 'package.json'));
    const dependencies = Object.keys(manifest.dependencies ?? {});
    copyDependencies(dependencies, SDK, join(packageDir, 'node_modules'));
    writeFileSync(join(packageDir, 'package.json'), JSON.stringify({ ...manifest, bundleDependencies: dependencies }, null, 2) + '\n');
    const bundled = npmPack(packageDir, stage, ['--ignore-scripts']);
    // 3. Moved into place in one step, so a reader never sees half a tarball.
    mkdirSync(outDir, { recursive: true });
    const target = join(outDir, bundled);
    renameSync(join(stage, bundled), target);
    return target;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  let values;
  try {
    ({ values } = parseArgs({ options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    process.stderr.write(`sdk:pack: ${error.message.split('\n')[0].replace(/\. To specify .*$/, '')}\n\n${USAGE}`);
    process.exit(2);
  }
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  try {
    const tarball = packSdk(values.out ? resolve(values.out) : undefined);
    process.stdout.write(`Packed ${relative(process.cwd(), tarball)}\n  install it anywhere, offline: npm install ${tarball}\n`);
  } catch (error) {
    process.stderr.write(`sdk:pack: ${error.message.split('\n')[0]}\n`);
    process.exit(1);
  }
}
