import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../apps/server/src/bootstrap.js';
import { loadConfig } from '../../apps/server/src/config/rapport-config.js';

const SANDBOX_DEFAULT_TOKEN = 'sandbox-token';

async function graphql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data?: any; errors?: Array<{ extensions: { code: string } }> };
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => socket.end(() => resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** What `npm start` does on a machine without a database: embedded PostgreSQL, kept between runs. */
describe('npm start on an empty machine', () => {
  const stateDir = mkdtempSync(join(tmpdir(), 'rapport-start-'));
  chmodSync(stateDir, 0o755);
  const pgPort = 20000 + (process.pid % 20000);
  const sandboxPort = pgPort + 1;
  // The shipped rapport.config.js, but with the embedded sandbox network on a port of this test's own.
  const configFile = join(stateDir, 'rapport.config.json');
  writeFileSync(configFile, JSON.stringify({ plugins: [['@rapport/plugin-network-sandbox', { baseUrl: `http://127.0.0.1:${sandboxPort}`, embedded: true }]] }));
  const env = { NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', RAPPORT_STATE_DIR: stateDir, RAPPORT_EMBEDDED_PG_PORT: String(pgPort), RAPPORT_CONFIG: configFile };
  const start = () => startServer(loadConfig(env), env);
  afterAll(() => rmSync(stateDir, { recursive: true, force: true }));

  it('starts PostgreSQL, migrates, serves GraphQL, and keeps the data for the next start', async () => {
    const first = await start();
    try {
      expect(first.database.description).toContain('embedded PostgreSQL');
      expect((await graphql(first.apiUrl, '{ setupRequired }')).data).toEqual({ setupRequired: true });
      const setup = await graphql(first.apiUrl, 'mutation($input: SetupInput!) { setup(input: $input) { token user { email } } }', {
        input: { email: 'first@run.test', name: 'First', password: 'first-run-password' },
      });
      expect(setup.data.setup.user.email).toBe('first@run.test');
      // The embedded sandbox network answers, so a channel connects with no internet.
      const token = setup.data.setup.token;
      const demo = await graphql(first.apiUrl, '{ workspaces { edges { node { id } } } }', {}, token);
      const connected = await graphql(
        first.apiUrl,
        'mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { status externalAccountName } }',
        { input: { workspaceId: demo.data.workspaces.edges[0].node.id, type: 'sandbox', displayName: 'Sandbox', credentials: { accessToken: SANDBOX_DEFAULT_TOKEN } } },
        token,
      );
      expect(connected.data.connectChannel.status).toBe('CONNECTED');
    } finally {
      await first.close();
    }
    expect(await portOpen(pgPort)).toBe(false);
    expect(await portOpen(sandboxPort)).toBe(false);

    const second = await start();
    try {
      expect((await graphql(second.apiUrl, '{ setupRequired }')).data).toEqual({ setupRequired: false });
      const login = await graphql(second.apiUrl, 'mutation { login(input: { email: "first@run.test", password: "first-run-password" }) { user { email } } }');
      expect(login.data.login.user.email).toBe('first@run.test');
      expect((await fetch(second.adminUrl + '/')).status).toBe(200);
    } finally {
      await second.close();
    }
  });

  it('refuses to start in production without RAPPORT_SECRET, with a message saying what to set', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/RAPPORT_SECRET is required/);
  });
});
