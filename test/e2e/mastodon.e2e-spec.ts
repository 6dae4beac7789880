import { startFakeServer, type FakeServer } from '@rapport/plugin-sdk/testing';
import { startFakeMastodon, type FakeMastodon } from '../../plugins/network-mastodon/test/fake-mastodon.js';
import { confirmConsent, createWorkspace, errorCode, ok, rulePlugins, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';
import { until } from '../utils/wait.js';

const PUBLIC_URL = 'http://rapport.test';
const RETURN_URL = 'http://admin.test/channels';
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const COMPLAINT = 'My order is two weeks late. Very disappointed.';
const QUESTION = 'Do you groom cats too?';

const BEGIN = 'mutation($input: BeginChannelConnectionInput!) { beginChannelConnection(input: $input) { authorizeUrl } }';
const CHANNEL = 'query($ws: ID!, $id: ID!) { channel(workspaceId: $ws, id: $id) { id status statusReason displayName externalAccountId externalAccountName } }';
const POST = 'query($ws: ID!, $id: ID!) { post(workspaceId: $ws, id: $id) { status targets { id status externalId url lastError } } }';
const INBOX = `query($ws: ID!, $ch: ID!) { conversations(workspaceId: $ws, channelId: $ch, first: 20) { edges { node {
  id kind labels escalated postTargetId contact { handle }
  messages(first: 20) { edges { node { id body direction externalId deliveryStatus } } } } } } }`;

describe('Mastodon through the GraphQL API (plugin loaded by config)', () => {
  let fake: FakeMastodon;
  let files: FakeServer;
  let server: TestServer;
  let admin: string;
  let workspaceId: string;
  let channelId: string;
  let publishedStatusId: string;

  beforeAll(async () => {
    // A server allowing longer statuses than Mastodon's default 500.
    fake = await startFakeMastodon({ maxCharacters: 1000 });
    files = await startFakeServer({ 'GET /media/:name': () => ({ body: PNG, headers: { 'content-type': 'image/png' } }) });
    server = await createTestServer(
      { RAPPORT_PUBLIC_URL: PUBLIC_URL, RAPPORT_CONNECT_RETURN_URL: RETURN_URL, RAPPORT_JOB_RETRY_DELAY_SECONDS: '0' },
      {
        plugins: [
          { specifier: '@rapport/plugin-network-mastodon', baseDir: '/', options: { mediaPollIntervalMs: 20 } },
          ...rulePlugins(['question-detector', 'spam', 'sentiment-and-criticism']),
        ],
      },
    );
    admin = await setupAdmin(server);
    workspaceId = await createWorkspace(server, admin, 'Pet Store');
  });
  afterAll(async () => {
    await server.close();
    await files.close();
    await fake.close();
  });

  /** beginChannelConnection → @brand consents on the server → the browser follows the redirect to Rapport. */
  async function connectByConsent(input: Record<string, unknown>, ws = workspaceId) {
    const { authorizeUrl } = ok(await server.gql(BEGIN, { input: { workspaceId: ws, type: 'mastodon', ...input } }, admin)).beginChannelConnection;
    const callback = new URL(await fake.authorize(authorizeUrl));
    const response = await server.http.get(`${callback.pathname}${callback.search}`);
    expect(response.status).toBe(303);
    return { authorizeUrl: new URL(authorizeUrl), outcome: new URL(response.headers.location!) };
  }

  const inbox = async () =>
    ok(await server.gql(INBOX, { ws: workspaceId, ch: channelId }, admin)).conversations.edges.map((edge: { node: Record<string, any> }) => ({
      ...edge.node,
      messages: edge.node.messages.edges.map((message: { node: unknown }) => message.node),
    }));

  it('connects an account on the server the user names, by OAuth: app registered there once, PKCE, tokens stored encrypted', async () => {
    const missing = await server.gql(BEGIN, { input: { workspaceId, type: 'mastodon' } }, admin);
    expect([errorCode(missing), missing.errors![0]!.extensions.field]).toEqual(['BAD_USER_INPUT', 'instanceUrl']);
    const profile = await server.gql(BEGIN, { input: { workspaceId, type: 'mastodon', instanceUrl: `${fake.url}/@brand` } }, admin);
    expect([errorCode(profile), profile.errors![0]!.extensions.field]).toEqual(['BAD_USER_INPUT', 'instanceUrl']);

    const { authorizeUrl, outcome } = await connectByConsent({ instanceUrl: `${fake.url}/` });
    expect(`${authorizeUrl.origin}${authorizeUrl.pathname}`).toBe(`${fake.url}/oauth/authorize`);
    expect(authorizeUrl.searchParams.get('code_challenge_method')).toBe('S256');
    expect(fake.apps).toHaveLength(1);
    expect(fake.apps[0]).toMatchObject({ name: 'Rapport', redirectUris: [`${PUBLIC_URL}/connect/callback`] });
    expect(Object.fromEntries(outcome.searchParams)).toEqual({ connect: 'choose', workspaceId, pendingId: expect.any(String) });
    const { pending, channel } = await confirmConsent(server, admin, outcome);
    expect(pending.accounts).toEqual([{ id: expect.any(String), name: expect.any(String), details: expect.stringContaining('@brand'), connectedChannelId: null }]);
    channelId = channel.id;

    const host = new URL(fake.url).host;
    expect(ok(await server.gql(CHANNEL, { ws: workspaceId, id: channelId }, admin)).channel).toEqual({
      id: channelId,
      status: 'CONNECTED',
      statusReason: null,
      displayName: `Mastodon (${host})`,
      externalAccountId: `${fake.brand.id}@${host}`,
      externalAccountName: `@brand@${host}`,
    });
    const token = fake.requests.find((request) => request.path === '/api/v1/accounts/verify_credentials')!.headers.authorization!.replace('Bearer ', '');
    const [row] = await server.sql('SELECT credentials_encrypted FROM channel WHERE id = $1', [channelId]);
    expect(row.credentials_encrypted).not.toContain(token);
    const cached = await server.sql(`SELECT value::text AS value FROM plugin_store WHERE plugin = '@rapport/plugin-network-mastodon' AND scope = ''`);
    expect(cached).toHaveLength(1);
    expect(cached[0].value).not.toContain(fake.apps[0]!.clientSecret);

    // Another workspace on the same server reuses the registered app.
    const other = await createWorkspace(server, admin, 'Sister Store');
    await server.gql(BEGIN, { input: { workspaceId: other, type: 'mastodon', instanceUrl: fake.url } }, admin);
    expect(fake.requests.filter((request) => request.path === '/api/v1/apps')).toHaveLength(1);
  });

  it('publishes a post with an image: uploaded, then the status with the Idempotency-Key of the target', async () => {
    const post = ok(
      await server.gql('mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', {
        input: { workspaceId, body: 'Spring grooming slots are open!', channelIds: [channelId], media: [{ url: `${files.url}/media/salon.png`, mimeType: 'image/png', altText: 'Our salon' }] },
      }, admin),
    ).createPost;
    ok(await server.gql('mutation($input: PostActionInput!) { publishPostNow(input: $input) { id } }', { input: { workspaceId, postId: post.id } }, admin));
    const target = await until('the post to be published', async () => {
      const found = ok(await server.gql(POST, { ws: workspaceId, id: post.id }, admin)).post.targets[0];
      return found.status === 'PUBLISHED' && found;
    });
    publishedStatusId = target.externalId;
    const status = fake.statuses.get(publishedStatusId)!;
    expect(status).toMatchObject({ text: 'Spring grooming slots are open!', visibility: 'public' });
    expect(target.url).toBe(status.url);
    expect(status.media_attachments.map((item) => item.file)).toEqual([{ filename: 'salon.png', contentType: 'image/png', bytes: PNG }]);
    const create = fake.requests.filter((request) => request.path === '/api/v1/statuses' && request.method === 'POST').at(-1)!;
    expect(create.headers['idempotency-key']).toBe(target.id);
  });

  it("checks posts against the server's own limits before publishing, counting a link as 23 characters as Mastodon does", async () => {
    const LIMITS = 'query($ws: ID!, $id: ID!) { post(workspaceId: $ws, id: $id) { limitErrors } }';
    const create = async (body: string) =>
      ok(await server.gql('mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', { input: { workspaceId, body, channelIds: [channelId] } }, admin)).createPost.id;
    const link = `https://shop.example/spring/${'grooming-'.repeat(20)}`;
    // 900 letters, a space and a 208-character link: 924 as Mastodon counts, within this server's 1,000 (not within the default 500).
    const fits = await create(`${'a'.repeat(900)} ${link}`);
    expect(ok(await server.gql(LIMITS, { ws: workspaceId, id: fits }, admin)).post.limitErrors).toEqual([]);
    const tooLong = await create(`${'a'.repeat(990)} ${link}`);
    expect(ok(await server.gql(LIMITS, { ws: workspaceId, id: tooLong }, admin)).post.limitErrors).toEqual([`text is 1014 characters; ${ok(await server.gql(CHANNEL, { ws: workspaceId, id: channelId }, admin)).channel.displayName} allows 1000`]);
    // A composer measures a draft the same way, before anything is saved.
    const FIT = 'query($ws: ID!, $body: String!, $ch: [ID!]!) { postFit(workspaceId: $ws, body: $body, channelIds: $ch) { channelId length maxLength maxMedia problems } }';
    expect(ok(await server.gql(FIT, { ws: workspaceId, body: `${'a'.repeat(900)} ${link}`, ch: [channelId] }, admin)).postFit).toEqual([{ channelId, length: 924, maxLength: 1000, maxMedia: 4, problems: [] }]);
    // Publishing refuses it up front, and the server never saw it.
    const statuses = fake.statuses.size;
    expect(errorCode(await server.gql('mutation($input: PostActionInput!) { publishPostNow(input: $input) { id } }', { input: { workspaceId, postId: tooLong } }, admin))).toBe('BAD_USER_INPUT');
    expect(fake.statuses.size).toBe(statuses);
  });

  it('brings mentions and replies into the inbox with policy triage, and answers in the thread', async () => {
    const complaint = fake.mention({ from: 'ana', text: COMPLAINT, inReplyTo: publishedStatusId });
    const question = fake.mention({ from: 'ben@other.example', text: QUESTION });
    ok(await server.gql('mutation($ws: ID!, $ch: ID!) { syncChannel(workspaceId: $ws, channelId: $ch) { ok } }', { ws: workspaceId, ch: channelId }, admin));
    const conversations = await until('both messages in the inbox', async () => {
      const found = await inbox();
      return found.length === 2 && found;
    });
    const byMessage = (externalId: string) => conversations.find((conversation: any) => conversation.messages.some((message: any) => message.externalId === externalId));
    const comment = byMessage(complaint.id);
    expect(comment).toMatchObject({ kind: 'COMMENT_THREAD', escalated: true, contact: { handle: `ana@${new URL(fake.url).host}` } });
    expect(comment.labels).toContain('criticism');
    expect(comment.postTargetId).toEqual(expect.any(String));
    expect(comment.messages[0]).toMatchObject({ body: `@brand ${COMPLAINT}`, direction: 'INBOUND' });
    const mention = byMessage(question.id);
    expect(mention).toMatchObject({ kind: 'MENTION', contact: { handle: 'ben@other.example' } });
    expect(mention.labels).toContain('question');

    const reply = ok(
      await server.gql('mutation($input: ReplyToConversationInput!) { replyToConversation(input: $input) { id deliveryStatus } }', {
        input: { workspaceId, conversationId: comment.id, body: 'So sorry, Ana: it ships today with express delivery.' },
      }, admin),
    ).replyToConversation;
    const sent = await until('the reply to be sent', async () => {
      const message = (await inbox()).flatMap((conversation: any) => conversation.messages).find((candidate: any) => candidate.id === reply.id);
      return message?.deliveryStatus === 'SENT' && message;
    });
    expect(fake.statuses.get(sent.externalId)).toMatchObject({ in_reply_to_id: complaint.id, visibility: 'public', text: '@ana So sorry, Ana: it ships today with express delivery.' });
    expect(fake.requests.filter((request) => request.path === '/api/v1/statuses' && request.method === 'POST').at(-1)!.headers['idempotency-key']).toBe(reply.id);
  });

  it('honours a 429: the publish is retried no sooner than X-RateLimit-Reset, then succeeds', async () => {
    fake.exhaustRateLimit(3);
    const post = ok(await server.gql('mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', { input: { workspaceId, body: 'Open on Sunday too', channelIds: [channelId] } }, admin)).createPost;
    ok(await server.gql('mutation($input: PostActionInput!) { publishPostNow(input: $input) { id } }', { input: { workspaceId, postId: post.id } }, admin));
    const retry = await until('the throttled attempt to wait for its retry', async () => {
      const [job] = await server.sql(
        `SELECT started_on, start_after FROM pgboss.job WHERE name = 'publish-post-target' AND state = 'retry' AND data->>'targetId' IN (SELECT id::text FROM post_target WHERE post_id = $1)`,
        [post.id],
      );
      return job;
    });
    // started_on is when the attempt that got the 429 began, before Mastodon answered.
    expect(retry.start_after.getTime() - retry.started_on.getTime()).toBeGreaterThanOrEqual(2_000);
    const target = await until('the post to be published after the reset', async () => {
      const found = ok(await server.gql(POST, { ws: workspaceId, id: post.id }, admin)).post.targets[0];
      return found.status === 'PUBLISHED' && found;
    });
    expect(fake.statuses.get(target.externalId)!.text).toBe('Open on Sunday too');
  });

  it('marks the channel NEEDS_REAUTH when the token is revoked, and reconnecting by consent brings it back', async () => {
    const token = fake.requests.filter((request) => request.headers.authorization?.startsWith('Bearer ')).at(-1)!.headers.authorization!.replace('Bearer ', '');
    fake.revoke(token);
    const sync = ok(await server.gql('mutation($ws: ID!, $ch: ID!) { syncChannel(workspaceId: $ws, channelId: $ch) { ok failure { classification message } } }', { ws: workspaceId, ch: channelId }, admin)).syncChannel;
    expect(sync).toEqual({ ok: false, failure: { classification: 'REAUTHORIZE', message: 'Mastodon: HTTP 401 Unauthorized' } });
    const revoked = await until('the channel to need reauthorisation', async () => {
      const found = ok(await server.gql(CHANNEL, { ws: workspaceId, id: channelId }, admin)).channel;
      return found.status === 'NEEDS_REAUTH' && found;
    });
    expect(revoked.statusReason).toBe('Mastodon: HTTP 401 Unauthorized');

    // The server is remembered: reconnecting needs no URL.
    const { outcome } = await connectByConsent({ channelId });
    expect((await confirmConsent(server, admin, outcome)).channel.id).toBe(channelId);
    expect(ok(await server.gql(CHANNEL, { ws: workspaceId, id: channelId }, admin)).channel.status).toBe('CONNECTED');
    expect(fake.requests.filter((request) => request.path === '/api/v1/apps')).toHaveLength(1);
  });
});

describe('Mastodon server URLs and the outbound guard, in production', () => {
  let fake: FakeMastodon;
  let server: TestServer;
  let admin: string;
  let workspaceId: string;

  beforeAll(async () => {
    fake = await startFakeMastodon();
    server = await createTestServer(
      { NODE_ENV: 'production', RAPPORT_GRAPHQL_STRICT_UNTRUSTED: 'false', RAPPORT_PUBLIC_URL: PUBLIC_URL, RAPPORT_OUTBOUND_ALLOW: `127.0.0.1:${new URL(fake.url).port}` },
      { plugins: [{ specifier: '@rapport/plugin-network-mastodon', baseDir: '/', options: {} }] },
    );
    admin = await setupAdmin(server);
    workspaceId = await createWorkspace(server, admin, 'Pet Store');
  });
  afterAll(async () => {
    await server.close();
    await fake.close();
  });

  it.each([
    ['Rapport itself', () => server.wsUrl.replace('ws://', 'http://').replace('/graphql', ''), /127\.0\.0\.1 is a loopback address/],
    ['the cloud metadata service', () => 'http://169.254.169.254', /169\.254\.169\.254 is a link-local address/],
  ])('refuses a server URL pointing at %s as BAD_USER_INPUT on instanceUrl, registering nothing', async (_name, url, reason) => {
    const refused = await server.gql(BEGIN, { input: { workspaceId, type: 'mastodon', instanceUrl: url() } }, admin);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.extensions.field).toBe('instanceUrl');
    expect(refused.errors![0]!.message).toMatch(reason);
    expect(await server.sql('SELECT * FROM channel_connect_attempt')).toEqual([]);
  });

  it('reaches an allow-listed server', async () => {
    const started = ok(await server.gql(BEGIN, { input: { workspaceId, type: 'mastodon', instanceUrl: fake.url } }, admin)).beginChannelConnection;
    expect(new URL(started.authorizeUrl).origin).toBe(fake.url);
    expect(fake.apps).toHaveLength(1);
  });
});
