import { startSandboxNetwork, type SandboxNetwork } from '@rapport/plugin-network-sandbox/server';
import { startFakeServer, type FakeServer } from '@rapport/plugin-sdk/testing';
import { createWorkspace, errorCode, ok, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';

const CONNECT = 'mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id status } }';
const INTERNAL_SECRET = 'hunter2-internal-admin-page';

describe('outbound guard (SSRF) and Retry-After, in production', () => {
  let sandbox: SandboxNetwork;
  let internal: FakeServer;
  let internalAnswer: { status: number; text: string };
  let server: TestServer;
  let rapportPort: string;
  let admin: string;
  let workspaceId: string;

  const connect = (credentials: Record<string, unknown>) =>
    server.gql(CONNECT, { input: { workspaceId, type: 'sandbox', displayName: 'Sandbox', credentials } }, admin);
  const channelCount = async () => (await server.sql('SELECT count(*)::int AS n FROM channel'))[0].n as number;
  const portOf = (url: string) => new URL(url).port;

  beforeAll(async () => {
    // A second account for the second channel: one account is connected at most once per workspace.
    sandbox = await startSandboxNetwork({ otherAccounts: [{ accessToken: 'sandbox-token-2', handle: 'pet-store-2' }] });
    // A service on the private network that the instance's admin allow-listed, answering with something private.
    internal = await startFakeServer(() => ({ status: internalAnswer.status, text: internalAnswer.text }));
    server = await createTestServer(
      { NODE_ENV: 'production', RAPPORT_GRAPHQL_STRICT_UNTRUSTED: 'false', RAPPORT_OUTBOUND_ALLOW: `127.0.0.1:${portOf(sandbox.url)}, 127.0.0.1:${portOf(internal.url)}` },
      { plugins: [{ specifier: '@rapport/plugin-network-sandbox', baseDir: '/', options: { baseUrl: sandbox.url } }] },
    );
    rapportPort = portOf(server.wsUrl.replace(/^ws/, 'http'));
    admin = await setupAdmin(server);
    workspaceId = await createWorkspace(server, admin, 'Pet Store');
  });
  afterAll(async () => {
    await server.close();
    await sandbox.close();
    await internal.close();
  });

  it.each([
    ['Rapport itself', (port: string) => `http://127.0.0.1:${port}`, /127\.0\.0\.1 is a loopback address/],
    ['Rapport by host name', (port: string) => `http://localhost:${port}`, /is a loopback address/],
    ['Rapport as IPv4-mapped IPv6', (port: string) => `http://[::ffff:127.0.0.1]:${port}`, /::ffff:7f00:1 is a loopback address/],
    ['Rapport as 0.0.0.0', (port: string) => `http://0.0.0.0:${port}`, /0\.0\.0\.0 is a unspecified address/],
    ['the cloud metadata service', () => 'http://169.254.169.254/latest', /169\.254\.169\.254 is a link-local address/],
  ])('refuses credentials.baseUrl pointing at %s, as BAD_USER_INPUT on that field, storing nothing', async (_name, baseUrl, reason) => {
    const before = await channelCount();
    const refused = await connect({ accessToken: sandbox.accessToken, baseUrl: baseUrl(rapportPort) });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions.field).toBe('credentials.baseUrl');
    expect(refused.errors![0].message).toMatch(reason);
    expect(await channelCount()).toBe(before);
    // The request never reached Rapport: no request log line for the sandbox API path.
    expect(server.logLines.filter((line) => line.includes('/v1/me'))).toEqual([]);
  });

  it('refuses a port of an allow-listed host that is not itself allow-listed', async () => {
    const refused = await connect({ accessToken: sandbox.accessToken, baseUrl: `http://127.0.0.1:${Number(portOf(sandbox.url)) + 1}` });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions.field).toBe('credentials.baseUrl');
  });

  it('connects to an allow-listed destination', async () => {
    const channel = ok(await connect({ accessToken: sandbox.accessToken })).connectChannel;
    expect(channel.status).toBe('CONNECTED');
  });

  it.each([
    ['an error status', { status: 401, text: `{"error":"${INTERNAL_SECRET}"}` }, 'BAD_USER_INPUT', /rejected these credentials \(HTTP 401 Unauthorized\)/],
    ['a page that is not the API', { status: 200, text: INTERNAL_SECRET }, 'UPSTREAM_UNAVAILABLE', /\(unexpected response\)/],
  ])('tells the caller the status or a short classification, never the upstream body (%s)', async (_name, answer, code, message) => {
    internalAnswer = answer;
    const failed = await connect({ accessToken: sandbox.accessToken, baseUrl: internal.url });
    expect(errorCode(failed)).toBe(code);
    expect(failed.errors![0].message).toMatch(message);
    expect(JSON.stringify(failed)).not.toContain('hunter2');
    expect(internal.requests.at(-1)!.path).toBe('/v1/me');
  });

  it('retries a publish answered 429 with Retry-After: 5 no sooner than 5 s later', async () => {
    const channelId = ok(await connect({ accessToken: 'sandbox-token-2' })).connectChannel.id;
    sandbox.setFaults({ status: 429, count: 100, retry_after: 5 });
    const created = ok(
      await server.gql('mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', { input: { workspaceId, body: 'Spring grooming slots are open', channelIds: [channelId] } }, admin),
    ).createPost;
    ok(await server.gql('mutation($input: PostActionInput!) { publishPostNow(input: $input) { id } }', { input: { workspaceId, postId: created.id } }, admin));

    // The failed attempt is waiting to be retried: look at when the queue will run it.
    let retry: { started_on: Date; start_after: Date } | undefined;
    const deadline = Date.now() + 15_000;
    while (!retry && Date.now() < deadline) {
      [retry] = await server.sql(`SELECT started_on, start_after FROM pgboss.job WHERE name = 'publish-post-target' AND state = 'retry' AND data->>'targetId' IN (SELECT id::text FROM post_target WHERE post_id = $1)`, [created.id]);
      if (!retry) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(retry).toBeDefined();
    // started_on is when the attempt that got the 429 began, before the answer came.
    expect(retry!.start_after.getTime() - retry!.started_on.getTime()).toBeGreaterThanOrEqual(5_000);
    sandbox.setFaults({ status: 429, count: 0 });
  });
});
