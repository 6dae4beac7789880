import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { readPluginEntries } from '../../apps/server/src/plugins/plugin-config.js';
import { loadPlugins, PluginLoadError } from '../../apps/server/src/plugins/plugin-loader.js';
import { DataSource } from 'typeorm';
import { createTestServer } from '../utils/test-server.js';

const FIXTURES = resolve('test/fixtures/plugins');
const ACME = join(FIXTURES, 'acme-network');

/** A rapport.config.json in a fresh folder, as an agency would keep next to its install. */
function configDir(config: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-config-'));
  writeFileSync(join(dir, 'rapport.config.json'), JSON.stringify(config));
  return dir;
}

async function load(config: unknown, env: Record<string, string> = {}) {
  return loadPlugins(await readPluginEntries(env, configDir(config)));
}

describe('loading plugins by configuration', () => {
  it('loads a plugin package from a path outside plugins/, with its options', async () => {
    const registry = await load({ plugins: [[ACME, { baseUrl: 'http://127.0.0.1:9/' }]] });
    expect(registry.plugins.map((p) => [p.plugin.name, p.plugin.version])).toEqual([['@agency/plugin-acme-network', '0.3.1']]);
    expect(registry.channelType('acme')?.owner.options).toEqual({ baseUrl: 'http://127.0.0.1:9/' });
  });

  it('takes comma-separated names or paths from RAPPORT_PLUGINS as well, relative to the project', async () => {
    const entries = await readPluginEntries({ RAPPORT_PLUGINS: ' ./incompatible.js , @rapport/plugin-network-sandbox ' }, FIXTURES);
    expect(entries.map((e) => e.specifier)).toEqual(['./incompatible.js', '@rapport/plugin-network-sandbox']);
  });

  it('reads a rapport.config.ts too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-config-'));
    writeFileSync(join(dir, 'rapport.config.ts'), `const plugins: Array<[string, Record<string, string>]> = [[${JSON.stringify(ACME)}, { baseUrl: 'http://127.0.0.1:9/' }]];\nexport default { plugins };\n`);
    const registry = await loadPlugins(await readPluginEntries({}, dir));
    expect(registry.channelType('acme')).toBeDefined();
  });

  const failures: Array<[string, unknown, RegExp]> = [
    ['a missing package', { plugins: ['@agency/plugin-not-installed'] }, /^Plugin @agency\/plugin-not-installed: package not installed \(run: npm install @agency\/plugin-not-installed\)$/],
    ['a missing path', { plugins: ['./nowhere/plugin.js'] }, /^Plugin \.\/nowhere\/plugin\.js: not found \(nothing at .*nowhere\/plugin\.js\)$/],
    ['an import that throws', { plugins: [join(FIXTURES, 'broken-import.js')] }, /^Plugin .*broken-import\.js: failed to import .*: ACME_API_REGION is not set$/],
    ['an export that is not a plugin', { plugins: [join(FIXTURES, 'not-a-plugin.js')] }, /^Plugin .*not-a-plugin\.js: its default export is not a plugin \(make it with definePlugin\(\) from @rapport\/plugin-sdk\)$/],
    ['a plugin-shaped export not made by definePlugin', { plugins: [join(FIXTURES, 'hand-made.js')] }, /^Plugin .*hand-made\.js: its default export is not a plugin \(make it with definePlugin\(\) from @rapport\/plugin-sdk\)$/],
    ['a plugin exported by name only', { plugins: [join(FIXTURES, 'named-export.js')] }, /^Plugin .*named-export\.js: has no default export \(export default definePlugin\(\{ \.\.\. \}\) from @rapport\/plugin-sdk\)$/],
    ['a rule changed after definePlugin checked it', { plugins: [join(FIXTURES, 'altered-after-define.js')] }, /^Plugin @agency\/plugin-altered: is invalid: rules\[0\] \(shouty\)\.argsSchema is not a valid JSON Schema: .*; rules\[0\] \(shouty\)\.evaluate\(\) is required$/],
    ['an incompatible core range', { plugins: [join(FIXTURES, 'incompatible.js')] }, /^Plugin @agency\/plugin-from-the-future: requires Rapport core \^9\.0\.0, but this core is 1\.0\.0$/],
    ['options failing the schema', { plugins: [[ACME, { baseUrl: 'not a url', timeoutMs: 5 }]] }, /^Plugin @agency\/plugin-acme-network: invalid options: baseUrl must match format "uri"; timeoutMs must be >= 100$/],
    ['a duplicate channel code', { plugins: [[ACME, { baseUrl: 'http://x.test/' }], join(FIXTURES, 'duplicate-code.js')] }, /^Plugin @agency\/plugin-acme-clone: channel type code "acme" is already provided by @agency\/plugin-acme-network$/],
    ['the same plugin twice', { plugins: [[ACME, { baseUrl: 'http://x.test/' }], [ACME, { baseUrl: 'http://y.test/' }]] }, /^Plugin @agency\/plugin-acme-network: is loaded twice/],
  ];

  it.each(failures)('stops on %s with one line naming the plugin', async (_case, config, message) => {
    const error = await load(config).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PluginLoadError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('refuses a config whose plugin list is malformed, naming the file', async () => {
    await expect(load({ plugins: [42] })).rejects.toThrow(/rapport\.config\.json: each plugin must be "name", \["name", \{ options \}\] or \{ package: "name", options \}; got 42/);
  });
});

describe('a plugin with its own tables', () => {
  it("runs the plugin's migrations with core's and registers its entities", async () => {
    const server = await createTestServer({}, { plugins: [{ specifier: join(FIXTURES, 'notes'), baseDir: '/', options: {} }] });
    try {
      const applied = await server.sql('SELECT name FROM migrations ORDER BY id');
      expect(applied.map((row) => row.name)).toContain('CreatePluginNotes1795400000000');
      const notes = server.app.get(DataSource).getRepository('PluginNote');
      await notes.save({ text: 'kept by the plugin' });
      expect(await server.sql('SELECT text FROM plugin_notes_note')).toEqual([{ text: 'kept by the plugin' }]);
    } finally {
      await server.close();
    }
  });
});

describe('a bad plugin at boot', () => {
  it('makes `npm start` exit 1 with one clear line and without starting the database', async () => {
    const run = promisify(execFile);
    const result = await run(process.execPath, ['dist/apps/server/src/main.js'], {
      env: { ...process.env, RAPPORT_PLUGINS: '@agency/plugin-not-installed', RAPPORT_STATE_DIR: mkdtempSync(join(tmpdir(), 'rapport-boot-')), LOG_LEVEL: 'silent', NODE_OPTIONS: '' },
    }).catch((error: { code: number; stderr: string }) => error);
    expect('code' in result && result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual(['Rapport failed to start.', 'Plugin @agency/plugin-not-installed: package not installed (run: npm install @agency/plugin-not-installed)']);
  });
});
