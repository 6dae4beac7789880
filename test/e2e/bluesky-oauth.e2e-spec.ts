import { TokenRefresher } from '../../apps/server/src/channels/connect/token-refresher.js';
import { startFakeBluesky, type FakeBluesky } from '../../plugins/network-bluesky/test/fake-bluesky.js';
import { confirmConsent, createWorkspace, errorCode, ok, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';
import { until } from '../utils/wait.js';

const PLUGIN = '@rapport/plugin-network-bluesky';
const PUBLIC_URL = 'https://rapport.test';
const RETURN_URL = 'https://rapport.test/admin/channels';
const CLIENT_ID = `${PUBLIC_URL}/connect/bluesky/client-metadata.json`;
const BEGIN = 'mutation($input: BeginChannelConnectionInput!) { beginChannelConnection(input: $input) { authorizeUrl } }';
const CHANNEL = 'query($ws: ID!, $id: ID!) { channel(workspaceId: $ws, id: $id) { id status statusReason externalAccountId externalAccountName } }';

/**
 * Bluesky connected by OAuth through the GraphQL API, the plugin loaded by config in production mode (every request
 * to the fake PDS and authorization server passes the outbound guard): beginChannelConnection from a handle →
 * consent → /connect/callback → CONNECTED with its DPoP-bound tokens and key encrypted → a post published with
 * DPoP proofs → the refresh job renews the token → a refused refresh makes the channel NEEDS_REAUTH.
 */
describe('Bluesky OAuth through the GraphQL API', () => {
  let fake: FakeBluesky;
  let server: TestServer;
  let admin: string;
  let workspaceId: string;
  let channelId: string;

  const gql = (query: string, variables: Record<string, unknown>) => server.gql(query, variables, admin);
  const channel = async () => ok(await gql(CHANNEL, { ws: workspaceId, id: channelId })).channel;
  const createRecords = () => fake.requests.filter((request) => request.path === '/xrpc/com.atproto.repo.createRecord');
  const publish = async (body: string) => {
    const created = ok(await gql('mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', { input: { workspaceId, body, channelIds: [channelId] } })).createPost;
    ok(await gql('mutation($input: PostActionInput!) { publishPostNow(input: $input) { id } }', { input: { workspaceId, postId: created.id } }));
    const target = await until(`the post "${body}" published or failed`, async () => {
      const [found] = ok(await gql('query($ws: ID!, $id: ID!) { post(workspaceId: $ws, id: $id) { targets { status externalId lastError } } }', { ws: workspaceId, id: created.id })).post.targets;
      return ['PUBLISHED', 'FAILED'].includes(found.status) && found;
    });
    expect(target).toMatchObject({ status: 'PUBLISHED', lastError: null });
    return target;
  };

  beforeAll(async () => {
    // The fake authorization server fetches Rapport's client metadata document from Rapport itself (its client id
    // is a URL on RAPPORT_PUBLIC_URL, which this test serves from the test server).
    fake = await startFakeBluesky({
      oauthTokenSeconds: 300, // inside the refresh margin: due for renewal at once
      resolveClientMetadata: async (clientId) => {
        const response = await server.http.get(new URL(clientId).pathname);
        if (response.status !== 200) throw new Error(`client metadata: HTTP ${response.status}`);
        return response.body;
      },
    });
    server = await createTestServer(
      { NODE_ENV: 'production', RAPPORT_GRAPHQL_STRICT_UNTRUSTED: 'false', RAPPORT_PUBLIC_URL: PUBLIC_URL, RAPPORT_CONNECT_RETURN_URL: RETURN_URL, RAPPORT_OUTBOUND_ALLOW: `127.0.0.1:${new URL(fake.url).port}`, RAPPORT_JOB_RETRY_DELAY_SECONDS: '0' },
      { plugins: [{ specifier: PLUGIN, baseDir: '/', options: { pdsUrl: fake.url, handleResolverUrl: fake.url, plcDirectoryUrl: `${fake.url}/plc` } }] },
    );
    admin = await setupAdmin(server);
    workspaceId = await createWorkspace(server, admin, 'Beagle Bakery');
  });
  afterAll(async () => {
    await server?.close();
    await fake?.close();
  });
  afterEach(() => expect(fake.violations).toEqual([]));

  it('serves its client metadata document and tells the connect form to ask for a handle or server', async () => {
    const metadata = await server.http.get('/connect/bluesky/client-metadata.json');
    expect(metadata.status).toBe(200);
    expect(metadata.body).toMatchObject({ client_id: CLIENT_ID, redirect_uris: [`${PUBLIC_URL}/connect/callback`], scope: 'atproto transition:generic', dpop_bound_access_tokens: true, token_endpoint_auth_method: 'none' });
    expect((await server.http.get('/connect/mastodon/client-metadata.json')).status).toBe(404);
    const types = ok(await gql('{ channelTypes { code oauth { scopes pkce instance { required label defaultUrl } } } }', {})).channelTypes;
    expect(types.find((type: { code: string }) => type.code === 'bluesky').oauth).toEqual({ scopes: ['atproto', 'transition:generic'], pkce: true, instance: { required: false, label: 'Handle or server', defaultUrl: 'https://bsky.social' } });
  });

  it('refuses a handle that is not one, on the instanceUrl field, before sending anyone away', async () => {
    const refused = await gql(BEGIN, { input: { workspaceId, type: 'bluesky', instanceUrl: 'not a handle!' } });
    expect([errorCode(refused), refused.errors![0]!.extensions.field]).toEqual(['BAD_USER_INPUT', 'instanceUrl']);
    expect(fake.oauth.counts.par).toBe(0);
  });

  it('connects from a handle: PAR with DPoP, consent, callback with iss, CONNECTED as the DID, tokens and DPoP key encrypted', async () => {
    const { authorizeUrl } = ok(await gql(BEGIN, { input: { workspaceId, type: 'bluesky', instanceUrl: `@${fake.account.handle}` } })).beginChannelConnection;
    const sent = new URL(authorizeUrl);
    expect(`${sent.origin}${sent.pathname}`).toBe(`${fake.url}/oauth/authorize`);
    expect([...sent.searchParams.keys()].sort()).toEqual(['client_id', 'request_uri']);
    expect(sent.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(fake.oauth.pushed.at(-1)).toMatchObject({ login_hint: fake.account.handle, code_challenge_method: 'S256', redirect_uri: `${PUBLIC_URL}/connect/callback` });

    const callback = new URL(await fake.authorize(authorizeUrl));
    expect(callback.searchParams.get('iss')).toBe(fake.url);
    const response = await server.http.get(`${callback.pathname}${callback.search}`);
    expect(response.status).toBe(303);
    const outcome = new URL(response.headers.location!);
    expect(Object.fromEntries(outcome.searchParams)).toMatchObject({ connect: 'choose', workspaceId });
    channelId = (await confirmConsent(server, admin, outcome)).channel.id;
    expect(await channel()).toMatchObject({ status: 'CONNECTED', externalAccountId: fake.account.did, externalAccountName: `@${fake.account.handle}` });

    const [accessToken] = [...fake.oauth.accessTokens.keys()];
    const [refreshToken] = [...fake.oauth.refreshTokens.keys()];
    const [stored] = await server.sql('SELECT c.credentials_encrypted, g.grant_encrypted, g.refreshable FROM channel c JOIN channel_oauth_grant g ON g.channel_id = c.id WHERE c.id = $1', [channelId]);
    expect(stored!.refreshable).toBe(true);
    for (const secret of [accessToken!, refreshToken!, '"d":']) {
      expect(stored!.credentials_encrypted).not.toContain(secret);
      expect(stored!.grant_encrypted).not.toContain(secret);
    }
  });

  it('publishes with DPoP-bound calls to the PDS', async () => {
    const target = await publish('Fresh dog biscuits today! #dogs');
    expect(target.externalId).toMatch(new RegExp(`^at://${fake.account.did}/app.bsky.feed.post/`));
    const call = createRecords().at(-1)!;
    expect(call.headers.authorization).toMatch(/^DPoP /);
    expect(fake.oauth.accessTokens.has(call.headers.authorization!.slice('DPoP '.length))).toBe(true);
    expect(call.headers.dpop).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  });

  it('renews the token through the refresh job with a DPoP proof, and the next post uses the new one', async () => {
    const before = fake.oauth.counts.refreshes;
    const used = createRecords().at(-1)!.headers.authorization;
    // (The every-minute sweep may renew it too, since these tokens are due at once: either way it is renewed.)
    expect(await server.app.get(TokenRefresher).refresh(channelId)).toBe('refreshed');
    expect(fake.oauth.counts.refreshes).toBeGreaterThan(before);
    await publish('Still baking');
    const now = createRecords().at(-1)!.headers.authorization!;
    expect(now).not.toBe(used);
    expect(fake.oauth.accessTokens.has(now.slice('DPoP '.length))).toBe(true);
    expect(await channel()).toMatchObject({ status: 'CONNECTED' });
  });

  it('marks the channel NEEDS_REAUTH when the authorization server refuses the refresh token', async () => {
    fake.oauth.revokeRefreshTokens();
    expect(await server.app.get(TokenRefresher).refresh(channelId)).toBe('needs-reauth');
    expect(await channel()).toMatchObject({ status: 'NEEDS_REAUTH', statusReason: expect.stringMatching(/renewing the access token failed.*invalid_grant/) });
  });
});
