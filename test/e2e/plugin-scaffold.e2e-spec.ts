import { execFile } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { loadPlugins } from '../../apps/server/src/plugins/plugin-loader.js';

const run = promisify(execFile);
const ROOT = resolve('.');

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
    const error = await run(process.execPath, ['scripts/plugin-new.mjs', '--kind', 'channel', '--name', 'Not Kebab', '--dir', workdir]).catch((e: { stderr: string }) => e);
    expect((error as { stderr: string }).stderr).toBe('plugin:new: --name must be lower-case kebab, e.g. --name acme-social\n');
  });
});
