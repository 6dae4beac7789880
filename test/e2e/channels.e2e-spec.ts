import { ACME_TOKEN, startFakeAcme, type FakeAcme } from '../utils/fake-acme.js';
import { createMember, createWorkspace, errorCode, ok, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';

const GOOD_TOKEN = ACME_TOKEN;
const NEW_TOKEN = 'acme-token-NEW-7654321';
const CHANNEL_FIELDS = 'id type kind displayName purpose audience status statusReason externalAccountId externalAccountName verifiedAt';
const CONNECT = `mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { ${CHANNEL_FIELDS} } }`;

describe('channels (connected accounts) through a plugin driver', () => {
  let fake: FakeAcme;
  let acme: FakeAcme['server'];
  let server: TestServer;
  let admin: string;
  let workspaceId: string;
  const responses: string[] = [];

  const gql = async (query: string, variables: Record<string, unknown>, token: string) => {
    const response = await server.gql(query, variables, token);
    responses.push(JSON.stringify(response));
    return response;
  };
  const connect = (input: Record<string, unknown>, token = admin) => gql(CONNECT, { input: { workspaceId, type: 'acme', displayName: 'Acme – Lyon', ...input } }, token);

  beforeAll(async () => {
    fake = await startFakeAcme();
    fake.validTokens.add(NEW_TOKEN);
    acme = fake.server;
    server = await createTestServer({}, { plugins: [fake.plugin], logLevel: 'debug' });
    admin = await setupAdmin(server);
    workspaceId = await createWorkspace(server, admin, 'Pet Store Lyon');
  });
  afterAll(async () => {
    await server.close();
    await acme.close();
  });

  it('lists the loaded plugin and its channel type with capabilities, limits and credential form', async () => {
    const data = ok(await server.gql('{ plugins { name version channelTypes } channelTypes { code displayName plugin capabilities { publish hide polling } limits { maxLength maxMedia mediaTypes } credentialsSchema } }', {}, admin));
    expect(data.plugins).toEqual([{ name: '@agency/plugin-acme-network', version: '0.3.1', channelTypes: ['acme'] }]);
    expect(data.channelTypes).toEqual([
      {
        code: 'acme',
        displayName: 'Acme Social',
        plugin: '@agency/plugin-acme-network',
        capabilities: { publish: true, hide: false, polling: true },
        limits: { maxLength: 280, maxMedia: 1, mediaTypes: ['image/png'] },
        credentialsSchema: expect.objectContaining({ required: ['token'] }),
      },
    ]);
  });

  it('verifies credentials with the network, then stores them encrypted and reports the account', async () => {
    const channel = ok(await connect({ purpose: 'grooming tips', audience: 'dog owners in Lyon', credentials: { token: GOOD_TOKEN } })).connectChannel;
    expect(channel).toMatchObject({ type: 'acme', kind: 'NETWORK', status: 'CONNECTED', externalAccountId: 'acct_42', externalAccountName: '@petstore_lyon', purpose: 'grooming tips' });
    const meCall = acme.requests.filter((r) => r.path === '/v2/me').at(-1)!;
    expect(meCall.method).toBe('GET');
    expect(meCall.headers.authorization).toBe(`Bearer ${GOOD_TOKEN}`);

    const [row] = await server.sql('SELECT credentials_encrypted FROM channel WHERE id = $1', [channel.id]);
    expect(row.credentials_encrypted).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(row.credentials_encrypted).not.toContain(GOOD_TOKEN);
    // One account is connected at most once per workspace: free it for the next tests.
    ok(await gql('mutation($ws: ID!, $id: ID!) { disconnectChannel(workspaceId: $ws, id: $id) { id } }', { ws: workspaceId, id: channel.id }, admin));
  });

  it('rejects credentials of the wrong shape before calling the network, naming the field', async () => {
    const calls = acme.requests.length;
    const bad = await connect({ credentials: { token: 'short', extra: 1 } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions.fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'credentials.token' }), expect.objectContaining({ field: 'credentials.extra' })]),
    );
    expect(acme.requests.length).toBe(calls);
  });

  it('stores nothing when the network rejects the credentials or cannot be reached', async () => {
    const before = await server.sql('SELECT count(*)::int AS n FROM channel');
    const rejected = await connect({ credentials: { token: 'acme-token-REVOKED' } });
    expect(errorCode(rejected)).toBe('BAD_USER_INPUT');
    expect(rejected.errors![0].message).toMatch(/Acme Social rejected these credentials/);
    fake.down = true;
    try {
      expect(errorCode(await connect({ credentials: { token: GOOD_TOKEN } }))).toBe('UPSTREAM_UNAVAILABLE');
    } finally {
      fake.down = false;
    }
    expect(await server.sql('SELECT count(*)::int AS n FROM channel')).toEqual(before);
  });

  it('turns a revoked token into NEEDS_REAUTH, and reconnects with new credentials', async () => {
    const channel = ok(await connect({ credentials: { token: GOOD_TOKEN } })).connectChannel;
    fake.validTokens.delete(GOOD_TOKEN);
    try {
      const checked = ok(await gql(`mutation($ws: ID!, $id: ID!) { checkChannel(workspaceId: $ws, id: $id) { status statusReason } }`, { ws: workspaceId, id: channel.id }, admin)).checkChannel;
      expect(checked.status).toBe('NEEDS_REAUTH');
      expect(checked.statusReason).toMatch(/^Acme Social: .*401/);
      const update = `mutation($input: UpdateChannelInput!) { updateChannel(input: $input) { status statusReason displayName } }`;
      const fixed = ok(await gql(update, { input: { workspaceId, channelId: channel.id, credentials: { token: NEW_TOKEN }, displayName: 'Acme – Lyon (new token)' } }, admin));
      expect(fixed.updateChannel).toEqual({ status: 'CONNECTED', statusReason: null, displayName: 'Acme – Lyon (new token)' });
      expect(acme.requests.at(-1)!.headers.authorization).toBe(`Bearer ${NEW_TOKEN}`);
      const disabled = ok(await gql(update, { input: { workspaceId, channelId: channel.id, enabled: false } }, admin));
      expect(disabled.updateChannel.status).toBe('DISABLED');
      const enabled = ok(await gql(update, { input: { workspaceId, channelId: channel.id, enabled: true } }, admin));
      expect(enabled.updateChannel.status).toBe('CONNECTED');
    } finally {
      fake.validTokens.add(GOOD_TOKEN);
    }
  });

  it('filters and paginates channels, and disconnecting deletes the credentials', async () => {
    const list = ok(await gql('query($ws: ID!) { channels(workspaceId: $ws, status: CONNECTED, first: 1) { totalCount edges { node { id } } pageInfo { hasNextPage } } }', { ws: workspaceId }, admin)).channels;
    expect(list.edges).toHaveLength(1);
    expect(list.pageInfo.hasNextPage).toBe(list.totalCount > 1);
    const id = list.edges[0].node.id;
    ok(await gql('mutation($ws: ID!, $id: ID!) { disconnectChannel(workspaceId: $ws, id: $id) { id } }', { ws: workspaceId, id }, admin));
    expect(await server.sql('SELECT id FROM channel WHERE id = $1', [id])).toEqual([]);
    expect(errorCode(await gql('query($ws: ID!, $id: ID!) { channel(workspaceId: $ws, id: $id) { id } }', { ws: workspaceId, id }, admin))).toBe('NOT_FOUND');
  });

  it('lets VIEWERs see channels, only ADMINs change them, and nobody from another workspace touch them', async () => {
    const channel = ok(await connect({ credentials: { token: GOOD_TOKEN } })).connectChannel;
    const viewer = await createMember(server, admin, workspaceId, 'viewer@lyon.test', 'VIEWER');
    const editor = await createMember(server, admin, workspaceId, 'editor@lyon.test', 'EDITOR');
    expect(ok(await gql('query($ws: ID!, $id: ID!) { channel(workspaceId: $ws, id: $id) { displayName } }', { ws: workspaceId, id: channel.id }, viewer)).channel.displayName).toBe('Acme – Lyon');
    expect(errorCode(await connect({ credentials: { token: GOOD_TOKEN } }, editor))).toBe('FORBIDDEN');

    const otherWorkspace = await createWorkspace(server, admin, 'Competitor');
    const outsider = await createMember(server, admin, otherWorkspace, 'admin@competitor.test', 'ADMIN');
    const attempts: Array<[string, Record<string, unknown>]> = [
      ['query($ws: ID!, $id: ID!) { channel(workspaceId: $ws, id: $id) { id } }', { ws: workspaceId, id: channel.id }],
      ['query($ws: ID!) { channels(workspaceId: $ws) { totalCount } }', { ws: workspaceId }],
      ['mutation($ws: ID!, $id: ID!) { checkChannel(workspaceId: $ws, id: $id) { id } }', { ws: workspaceId, id: channel.id }],
      ['mutation($ws: ID!, $id: ID!) { disconnectChannel(workspaceId: $ws, id: $id) { id } }', { ws: workspaceId, id: channel.id }],
      ['mutation($ws: ID!, $id: ID!) { updateChannel(input: { workspaceId: $ws, channelId: $id, displayName: "pwned" }) { id } }', { ws: workspaceId, id: channel.id }],
      // Their own workspace id with our channel id: the row is scoped by workspace, so it does not exist there.
      ['mutation($ws: ID!, $id: ID!) { disconnectChannel(workspaceId: $ws, id: $id) { id } }', { ws: otherWorkspace, id: channel.id }],
      ['mutation($ws: ID!, $id: ID!) { updateChannel(input: { workspaceId: $ws, channelId: $id, displayName: "pwned" }) { id } }', { ws: otherWorkspace, id: channel.id }],
    ];
    for (const [query, variables] of attempts) expect(errorCode(await gql(query, variables, outsider))).toBe('NOT_FOUND');
    expect(await server.sql('SELECT display_name FROM channel WHERE id = $1', [channel.id])).toEqual([{ display_name: 'Acme – Lyon' }]);
  });

  it('never returns or logs a credential', () => {
    const everything = [...responses, ...server.logLines].join('\n');
    expect(server.logLines.some((line) => line.includes('channel connected'))).toBe(true);
    for (const secret of [GOOD_TOKEN, NEW_TOKEN, 'acme-token-REVOKED']) expect(everything).not.toContain(secret);
  });
});
