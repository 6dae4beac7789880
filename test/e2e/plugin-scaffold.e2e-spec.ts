import { execFile } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { loadPlugins } from '../../apps/server/src/plugins/plugin-loader.js';

const run = promisify(execFile);
const ROOT = resolve('.');
type Failed = { code: number; stdout: string; stderr: string };

/**
 * What an agency does: scaffold a plugin outside this repository, build it,
 * run its own conformance test, then load it by naming its path in config.
 */
describe('npm run plugin:new', () => {
  const workdir = mkdtempSync(join(tmpdir(), 'rapport-scaffold-'));
  // Stands in for the agency's `npm install @rapport/plugin-sdk typescript`.
  symlinkSync(join(ROOT, 'node_modules'), join(workdir, 'node_modules'));

  it.each([
    ['channel', 'network-fabrikam', (r: Awaited<ReturnType<typeof loadPlugins>>) => r.channelType('fabrikam')?.driver.displayName],
    ['review', 'reviews-fabrikam', (r: Awaited<ReturnType<typeof loadPlugins>>) => r.reviewSourceType('fabrikam')?.driver.displayName],
    ['rule', 'rule-fabrikam', (r: Awaited<ReturnType<typeof loadPlugins>>) => r.rule('fabrikam')?.driver.code],
  ])('scaffolds a %s plugin that builds, passes the conformance kit and loads by config', async (kind, folder, provided) => {
    const created = await run(process.execPath, ['scripts/plugin-new.mjs', '--kind', kind, '--name', 'fabrikam', '--dir', workdir, '--package', `@agency/rapport-${folder}`]);
    expect(created.stdout).toContain(`Created @agency/rapport-${folder}`);
    const dir = join(workdir, folder);
    await run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir]);
    const tested = await run(process.execPath, ['--test', 'test/'], { cwd: dir, env: { ...process.env, NODE_OPTIONS: '' } });
    expect(tested.stdout).toMatch(/# pass 1\n# fail 0/);

    const registry = await loadPlugins([{ specifier: dir, baseDir: '/', options: kind === 'rule' ? {} : { baseUrl: 'https://api.example.com' } }]);
    expect(registry.plugins.map((p) => p.plugin.name)).toEqual([`@agency/rapport-${folder}`]);
    expect(provided(registry)).toBe(kind === 'rule' ? 'fabrikam' : 'Fabrikam');
  }, 60_000);

  it('refuses a bad name or kind with a clear message', async () => {
    const error = (await run(process.execPath, ['scripts/plugin-new.mjs', '--kind', 'channel', '--name', 'Not Kebab', '--dir', workdir]).catch((e: Failed) => e)) as Failed;
    expect(error.code).toBe(2);
    expect(error.stderr.split('\n')[0]).toBe('plugin:new: --name must be lower-case kebab, e.g. --name acme-social');
  });

  it('prints its usage for --help, and one line plus the usage (exit 2, no stack trace) for arguments it does not know', async () => {
    const help = await run(process.execPath, ['scripts/plugin-new.mjs', '--help']);
    expect(help.stdout).toMatch(/^Usage: npm run plugin:new -- --kind channel\|review\|rule --name NAME/);
    expect(help.stderr).toBe('');

    for (const [args, line] of [
      [['--kind', 'channel', '--name', 'x', '--colour', 'blue'], "plugin:new: Unknown option '--colour'"],
      [['--kind', 'widget', '--name', 'x'], 'plugin:new: --kind must be one of channel, review, rule'],
      [['--kind', 'rule', '--name', 'x', '--package', 'Not A Name'], 'plugin:new: --package must be an npm package name, e.g. --package @agency/rapport-acme-social'],
    ] as const) {
      const error = (await run(process.execPath, ['scripts/plugin-new.mjs', ...args]).catch((e: Failed) => e)) as Failed;
      expect(error.code).toBe(2);
      expect(error.stderr).toBe(`${line}\n\n${help.stdout}`);
      expect(error.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

/**
 * An agency's machine: a folder outside this repository, no registry for @rapport/* (nor, here, for anything:
 * a dead registry and an empty cache). The scaffold carries the SDK tarball; `npm install` takes it from there.
 */
describe('npm run plugin:new --dir outside the repository', () => {
  it('wires the packed SDK, so `npm install --offline && npm test` works there and Rapport loads the result', async () => {
    const workdir = mkdtempSync(join(tmpdir(), 'rapport-agency-'));
    await run(process.execPath, ['scripts/plugin-new.mjs', '--kind', 'channel', '--name', 'contoso', '--dir', workdir, '--package', '@agency/rapport-contoso']);
    const dir = join(workdir, 'network-contoso');
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    expect(manifest.devDependencies['@rapport/plugin-sdk']).toBe('file:vendor/rapport-plugin-sdk-1.0.0.tgz');
    expect(existsSync(join(dir, 'vendor/rapport-plugin-sdk-1.0.0.tgz'))).toBe(true);

    // The public packages come from this repository's installed copies, standing in for the npm registry.
    for (const name of ['typescript', '@types/node']) manifest.devDependencies[name] = `file:${join(ROOT, 'node_modules', name)}`;
    writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
    const npm = (...args: string[]) => run('npm', args, { cwd: dir, env: { ...env, NODE_OPTIONS: '' } });
    await npm('install', '--offline', '--no-audit', '--no-fund', '--cache', join(workdir, 'empty-npm-cache'), '--registry', 'http://127.0.0.1:9/');

    const sdk = join(dir, 'node_modules/@rapport/plugin-sdk');
    expect(lstatSync(sdk).isSymbolicLink()).toBe(false);
    expect(existsSync(join(sdk, 'node_modules/ajv/package.json'))).toBe(true); // its dependencies travel inside the tarball
    expect((await npm('test')).stdout).toMatch(/# pass 1\n# fail 0/);

    // The plugin's own copy of the SDK made it; the host still recognises it as a plugin.
    const registry = await loadPlugins([{ specifier: dir, baseDir: '/', options: { baseUrl: 'https://api.example.com' } }]);
    expect(registry.channelType('contoso')?.driver.displayName).toBe('Contoso');
  }, 120_000);
});
