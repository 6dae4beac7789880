import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startSandboxNetwork } from '@rapport/plugin-network-sandbox/server';
import { createLogger } from '../../apps/server/src/logging/logger.js';
import { loadPlugins } from '../../apps/server/src/plugins/plugin-loader.js';
import { startPluginServices, type RunningPluginServices } from '../../apps/server/src/plugins/plugin-services.js';
import { createWorkspace, ok, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';

const run = promisify(execFile);
const CLI = 'plugins/network-sandbox/dist/cli.js';
type Failed = { code: number; stdout: string; stderr: string };

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/**
 * What `npm start` does with the shipped config: the sandbox network runs inside Rapport (a plugin service with
 * its folder under RAPPORT_STATE_DIR), and Rapport keeps each channel's sync cursor in its database. Both
 * survive a restart, so the sandbox must too.
 */
describe('the embedded sandbox network across a restart', () => {
  let server: TestServer;
  let services: RunningPluginServices | undefined;
  const stateDir = mkdtempSync(join(tmpdir(), 'rapport-state-'));
  const warnings: string[] = [];
  afterAll(async () => {
    await services?.stop();
    await server?.close();
  });

  it("keeps ids, feeds and cursors in the state directory, so Rapport's sync sees what comes after", async () => {
    const baseUrl = `http://127.0.0.1:${await freePort()}`;
    const registry = await loadPlugins([{ specifier: '@rapport/plugin-network-sandbox', baseDir: '/', options: { baseUrl, embedded: true } }]);
    const logger = createLogger('warn', { write: (line: string) => void warnings.push(line) });
    const startSandbox = async () => (services = await startPluginServices(registry, logger, stateDir));
    await startSandbox();

    server = await createTestServer({}, { plugins: [{ specifier: '@rapport/plugin-network-sandbox', baseDir: '/', options: { baseUrl } }] });
    const admin = await setupAdmin(server);
    const workspaceId = await createWorkspace(server, admin, 'Groomers');
    const input = { workspaceId, type: 'sandbox', displayName: 'Sandbox', credentials: { accessToken: 'sandbox-token' } };
    const channelId = ok(await server.gql('mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id } }', { input }, admin)).connectChannel.id as string;

    const inject = (text: string) => run(process.execPath, [CLI, 'inject', 'comment', '--text', text, '--author', 'cat_lady', '--url', baseUrl]);
    const inbox = async () => {
      const page = ok(
        await server.gql(
          'query($ws: ID!, $ch: ID!) { conversations(workspaceId: $ws, channelId: $ch, first: 10) { edges { node { messages(first: 10) { edges { node { body externalId } } } } } } }',
          { ws: workspaceId, ch: channelId },
          admin,
        ),
      ).conversations as { edges: Array<{ node: { messages: { edges: Array<{ node: { body: string; externalId: string } }> } } }> };
      return page.edges.flatMap((c) => c.node.messages.edges.map((m) => m.node)).sort((a, b) => a.body.localeCompare(b.body));
    };
    // Asks again now and then: a sync already running when the comment arrived may have missed it.
    const syncUntil = async (count: number) => {
      const deadline = Date.now() + 30_000;
      for (let attempt = 0; (await inbox()).length < count; attempt++) {
        if (Date.now() > deadline) throw new Error(`the inbox never got ${count} messages: ${JSON.stringify(await inbox())}`);
        if (attempt % 30 === 0) ok(await server.gql('mutation($ws: ID!, $ch: ID!) { syncChannel(workspaceId: $ws, channelId: $ch) { ok } }', { ws: workspaceId, ch: channelId }, admin));
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return inbox();
    };

    await inject('Do you groom cats too?');
    expect(await syncUntil(1)).toEqual([{ body: 'Do you groom cats too?', externalId: expect.any(String) }]);

    await services!.stop();
    await startSandbox();
    await inject('And rabbits?');
    const messages = await syncUntil(2);
    expect(messages.map((m) => m.body)).toEqual(['And rabbits?', 'Do you groom cats too?']);
    expect(new Set(messages.map((m) => m.externalId)).size).toBe(2);
    expect(readdirSync(join(stateDir, 'plugins', 'rapport-plugin-network-sandbox'))).toEqual(['sandbox-network.json']);
    expect(warnings).toEqual([]);
  }, 60_000);

  it('moves a corrupt state file aside with a warning naming it, and starts empty', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rapport-sandbox-')), 'sandbox-network.json');
    writeFileSync(file, '{"version":1,"lastId":');
    const told: string[] = [];
    const network = await startSandboxNetwork({ stateFile: file, onWarning: (message) => told.push(message) });
    try {
      expect(told).toEqual([expect.stringMatching(new RegExp(`^state file ${file} is unreadable \\(.*JSON.*\\); moved it to ${file}\\.corrupt-\\S+ and started empty$`))]);
      expect(readFileSync(told[0]!.match(/moved it to (\S+)/)![1]!, 'utf8')).toBe('{"version":1,"lastId":');
      const comment = await network.inject.comment({ text: 'Hello again' });
      expect(comment.id).toBe('cmt_1');
      expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ version: 1, lastId: 1, lastSeq: 1 });
    } finally {
      await network.close();
    }
  });
});

describe('npm run sandbox', () => {
  it('prints its usage for --help and exits 0', async () => {
    const help = await run(process.execPath, [CLI, '--help']);
    expect(help.stdout).toMatch(/^Usage \(in the Rapport repository: npm run sandbox -- <command> \.\.\.\):\n {2}rapport-sandbox-network inject <comment\|mention\|dm\|review>/);
    expect(help.stderr).toBe('');
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
    expect((await run('npm', ['run', '--silent', 'sandbox', '--', '--help'], { env })).stdout).toBe(help.stdout);
  });

  it.each([
    [['--bogus'], "Unknown option '--bogus'"],
    [['inject'], 'inject needs one of: comment, mention, dm, review'],
    [['inject', 'like', '--text', 'hi'], 'inject needs one of: comment, mention, dm, review (got "like")'],
    [['inject', 'comment'], 'inject needs --text "..."'],
    [['inject', 'comment', 'Do', 'you', 'groom', 'cats?'], 'unexpected argument "Do" (quote the text: --text "...")'],
    [['inject', 'review', '--text', 'Great', '--rating', '9'], '--rating must be an integer from 1 to 5, got "9"'],
    [['serve', '--port', 'http'], '--port must be an integer from 0 to 65535, got "http"'],
    [['publish'], 'unknown command "publish"; use inject or serve'],
  ])('answers %j with one line and the usage, exit 2, no stack trace', async (args, line) => {
    const help = (await run(process.execPath, [CLI, '--help'])).stdout;
    const error = (await run(process.execPath, [CLI, ...args]).catch((e: Failed) => e)) as Failed;
    expect(error.code).toBe(2);
    expect(error.stderr).toBe(`rapport-sandbox-network: ${line}\n\n${help}`);
  });

  it('says in one line, exit 1, when no sandbox answers', async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    const error = (await run(process.execPath, [CLI, 'inject', 'comment', '--text', 'hi', '--url', url]).catch((e: Failed) => e)) as Failed;
    expect(error.code).toBe(1);
    expect(error.stderr).toBe(`rapport-sandbox-network: no sandbox network at ${url} (connect ECONNREFUSED ${url.slice(7)}); is Rapport running with the embedded sandbox?\n`);
  });
});
