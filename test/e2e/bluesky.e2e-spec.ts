import { startFakeBluesky, type FakeBluesky } from '../../plugins/network-bluesky/test/fake-bluesky.js';
import { createMember, createWorkspace, errorCode, ok, rulePlugins, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';
import { waitFor } from '../utils/wait.js';

const PLUGIN = '@rapport/plugin-network-bluesky';
const BUILT_IN_RULES = ['question-detector', 'spam', 'sentiment-and-criticism', 'profanity', 'inclusive-language', 'inflated-claims', 'sales-pressure'];
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5b2f0b40000000049454e44ae426082', 'hex');
const MESSAGE_FIELDS = 'id kind externalId body visibility labels direction deliveryStatus networkEffect { action state failure { classification message } }';
const CONVERSATION_FIELDS = `id kind escalated awaitingAnswer priority postTargetId contact { handle } messages(first: 20) { edges { node { ${MESSAGE_FIELDS} } } }`;

type Message = { id: string; kind: string | null; externalId: string | null; body: string; visibility: string; labels: string[]; direction: string; deliveryStatus: string | null; networkEffect: { action: string; state: string; failure: { classification: string; message: string } | null } | null };

/**
 * Bluesky end to end: the plugin loaded by config, in production mode, so every request to the (fake) PDS passes
 * the outbound guard with only its address allowed. Connect with an app password, publish with facets and a
 * link card, a mention triaged by the starter policies, a reply in its thread, replies hidden in the post's
 * threadgate, a DM answered, an expired session refreshed, a 429 retried after the advertised reset, and a
 * revoked app password ending in NEEDS_REAUTH.
 */
describe('Bluesky through the GraphQL API', () => {
  let fake: FakeBluesky;
  let server: TestServer;
  let admin: string;
  let agent: string;
  let workspaceId: string;
  let channelId: string;
  let publishedUri: string;

  const gql = (query: string, variables: Record<string, unknown>, token = admin) => server.gql(query, variables, token);
  const connect = (appPassword: string) =>
    gql('mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id status externalAccountId externalAccountName externalAccountUrl } }', {
      input: { workspaceId, type: 'bluesky', displayName: 'Bluesky', credentials: { identifier: fake.account.handle, appPassword } },
    });
  const sync = async () =>
    ok(await gql('mutation($ws: ID!, $ch: ID!) { syncChannel(workspaceId: $ws, channelId: $ch) { ok itemsSynced failure { classification message } channel { status statusReason } } }', { ws: workspaceId, ch: channelId })).syncChannel;
  const conversationOf = (handle: string) =>
    waitFor(async () => {
      const list = ok(await gql(`query($ws: ID!, $search: String!) { conversations(workspaceId: $ws, search: $search, first: 5) { edges { node { ${CONVERSATION_FIELDS} } } } }`, { ws: workspaceId, search: handle }, agent)).conversations;
      return list.edges.map((edge: { node: any }) => edge.node).find((node: any) => node.contact.handle === handle);
    }, `the conversation of ${handle}`);
  const messagesOf = async (conversationId: string): Promise<Message[]> =>
    ok(await gql(`query($ws: ID!, $id: ID!) { conversation(workspaceId: $ws, id: $id) { messages(first: 50) { edges { node { ${MESSAGE_FIELDS} } } } } }`, { ws: workspaceId, id: conversationId }, agent)).conversation.messages.edges.map(
      (edge: { node: Message }) => edge.node,
    );
  const messageWhere = (conversationId: string, test: (message: Message) => boolean, what: string) =>
    waitFor(async () => (await messagesOf(conversationId)).find(test), what).catch(async (error: Error) => {
      throw new Error(`${error.message}; the messages are ${JSON.stringify(await messagesOf(conversationId))}`);
    });
  const publish = async (body: string, media: unknown[] = []) => {
    const created = ok(await gql('mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', { input: { workspaceId, body, channelIds: [channelId], media } })).createPost;
    ok(await gql('mutation($input: PostActionInput!) { publishPostNow(input: $input) { id } }', { input: { workspaceId, postId: created.id } }));
    return created.id as string;
  };
  const targetOf = async (postId: string) => ok(await gql('query($ws: ID!, $id: ID!) { post(workspaceId: $ws, id: $id) { targets { status externalId url lastError } } }', { ws: workspaceId, id: postId })).post.targets[0];
  const xrpcCalls = (nsid: string) => fake.requests.filter((request) => request.path === `/xrpc/${nsid}`);

  beforeAll(async () => {
    fake = await startFakeBluesky();
    server = await createTestServer(
      { NODE_ENV: 'production', RAPPORT_GRAPHQL_STRICT_UNTRUSTED: 'false', RAPPORT_OUTBOUND_ALLOW: `127.0.0.1:${new URL(fake.url).port}` },
      {
        plugins: [
          { specifier: PLUGIN, baseDir: '/', options: { pdsUrl: fake.url } },
          ...rulePlugins(BUILT_IN_RULES),
        ],
      },
    );
    admin = await setupAdmin(server);
    workspaceId = await createWorkspace(server, admin, 'Poodle Parlour');
    agent = await createMember(server, admin, workspaceId, 'agent@poodle.test', 'AGENT');
  });
  afterAll(async () => {
    await server?.close();
    await fake?.close();
  });
  afterEach(() => expect(fake.violations).toEqual([]));

  it('connects an account with its handle and app password, keeping the password and the session sealed', async () => {
    const refused = await connect('wrong-wrong-wrong-wrong');
    expect([errorCode(refused), refused.errors![0]!.extensions.field]).toEqual(['BAD_USER_INPUT', 'credentials']);
    expect(refused.errors![0]!.message).toBe('credentials: Bluesky rejected these credentials (the handle or app password was refused: AuthenticationRequired)');

    const channel = ok(await connect(fake.account.appPassword)).connectChannel;
    channelId = channel.id;
    expect(channel).toEqual({ id: expect.any(String), status: 'CONNECTED', externalAccountId: fake.account.did, externalAccountName: `@${fake.account.handle}`, externalAccountUrl: `https://bsky.app/profile/${fake.account.handle}` });
    const [stored] = await server.sql('SELECT credentials_encrypted FROM channel WHERE id = $1', [channelId]);
    expect(stored!.credentials_encrypted).not.toContain(fake.account.appPassword);
    const store = await server.sql(`SELECT key, value::text AS value FROM plugin_store WHERE plugin = $1 AND scope = $2`, [PLUGIN, channelId]);
    const session = store.find((row) => row.key === 'session');
    expect(session).toBeDefined();
    for (const issued of fake.sessions) expect(session!.value).not.toContain(issued.refreshJwt);
  });

  it('publishes a post with mention, link and hashtag facets at UTF-8 byte offsets and a link card fetched through the outbound guard', async () => {
    const page = fake.serve('rdv', '<html><head><meta property="og:title" content="Prendre rendez-vous"><meta property="og:description" content="Toilettage en 1 heure"></head></html>', 'text/html');
    const body = `Nouveautés ✂️🐩 : demandez @ana.bsky.social ! ${page} #toilettage`;
    const postId = await publish(body);
    const target = await waitFor(async () => ((await targetOf(postId)).status === 'PUBLISHED' ? targetOf(postId) : undefined), 'the post to be published');
    const record = fake.records.get(target.externalId)!;
    publishedUri = target.externalId;
    expect(target.url).toBe(`https://bsky.app/profile/${fake.account.did}/post/${record.rkey}`);
    const bytes = Buffer.from(body);
    expect(record.value.facets.map((facet: any) => [bytes.subarray(facet.index.byteStart, facet.index.byteEnd).toString(), facet.index.byteStart, facet.features[0]])).toEqual([
      ['@ana.bsky.social', Buffer.byteLength('Nouveautés ✂️🐩 : demandez '), { $type: 'app.bsky.richtext.facet#mention', did: fake.people.ana.did }],
      [page, bytes.indexOf(page), { $type: 'app.bsky.richtext.facet#link', uri: page }],
      ['#toilettage', bytes.indexOf('#toilettage'), { $type: 'app.bsky.richtext.facet#tag', tag: 'toilettage' }],
    ]);
    expect(record.value.embed).toEqual({ $type: 'app.bsky.embed.external', external: { uri: page, title: 'Prendre rendez-vous', description: 'Toilettage en 1 heure' } });
  });

  it('publishes an image with its alt text, uploaded as a blob', async () => {
    const image = fake.serve('poodle.png', PNG, 'image/png');
    const postId = await publish('Avant / après', [{ url: image, mimeType: 'image/png', altText: 'Un caniche tout propre' }]);
    const target = await waitFor(async () => ((await targetOf(postId)).status === 'PUBLISHED' ? targetOf(postId) : undefined), 'the image post');
    expect(fake.records.get(target.externalId)!.value.embed.images.map((i: any) => [i.alt, i.image.size])).toEqual([['Un caniche tout propre', PNG.length]]);
  });

  it('brings an inbound mention into the inbox, triaged by the starter policies', async () => {
    fake.inject.post('ben', '@rapport-pets.bsky.social My order is two weeks late and nobody answers my emails. Very disappointed.');
    expect(await sync()).toMatchObject({ ok: true, failure: null, channel: { status: 'CONNECTED' } });
    const conversation = await conversationOf('ben.example.com');
    expect(conversation).toMatchObject({ kind: 'MENTION', escalated: true, awaitingAnswer: true });
    expect(['HIGH', 'URGENT']).toContain(conversation.priority);
    const [message] = conversation.messages.edges.map((edge: { node: Message }) => edge.node);
    expect(message).toMatchObject({ kind: 'MENTION', direction: 'INBOUND', visibility: 'VISIBLE', body: '@rapport-pets.bsky.social My order is two weeks late and nobody answers my emails. Very disappointed.' });
    expect(message.labels).toContain('criticism');
    // Bluesky cannot hide a mention: refused up front, nothing changes.
    const refused = await gql('mutation($input: MessageRefInput!) { hideMessage(input: $input) { id } }', { input: { workspaceId, messageId: message.id } }, agent);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
  });

  it('answers a reply to our post in its thread, with strong refs to the root post and the reply', async () => {
    const question = fake.inject.post('ana', 'Do you groom standard poodles on Saturdays?', { replyTo: publishedUri });
    await sync();
    const conversation = await conversationOf('ana.bsky.social');
    expect(conversation).toMatchObject({ kind: 'COMMENT_THREAD', postTargetId: expect.any(String) });
    ok(await gql('mutation($input: ReplyToConversationInput!) { replyToConversation(input: $input) { id } }', { input: { workspaceId, conversationId: conversation.id, body: 'Yes, from 9am, {{contact.handle}}!' } }, agent));
    const sent = await messageWhere(conversation.id, (m) => m.direction === 'OUTBOUND' && m.deliveryStatus === 'SENT', 'the reply to be sent');
    const reply = fake.records.get(sent.externalId!)!.value;
    expect(reply.text).toBe('Yes, from 9am, ana.bsky.social!');
    expect(reply.reply).toEqual({ root: { uri: publishedUri, cid: fake.records.get(publishedUri)!.cid }, parent: { uri: question.uri, cid: question.cid } });
  });

  it('hides replies under our post in its threadgate: spam by the inbox policy, another by an agent', async () => {
    const spam = fake.inject.post('cy', 'FREE crypto giveaway!!! DM me to claim: bit.ly/free-btc', { replyTo: publishedUri });
    await sync();
    const spamConversation = await conversationOf('cy.bsky.social');
    const hidden = await messageWhere(spamConversation.id, (m) => m.networkEffect?.action === 'HIDE' && m.networkEffect.state !== 'PENDING', 'the spam to be hidden on Bluesky');
    expect([hidden.visibility, hidden.networkEffect!.state]).toEqual(['HIDDEN', 'DONE']);
    const gateUri = publishedUri.replace('app.bsky.feed.post', 'app.bsky.feed.threadgate');
    expect(fake.records.get(gateUri)!.value).toEqual({ $type: 'app.bsky.feed.threadgate', post: publishedUri, hiddenReplies: [spam.uri], createdAt: expect.any(String) });

    const anaConversation = await conversationOf('ana.bsky.social');
    const question = (await messagesOf(anaConversation.id)).find((m) => m.direction === 'INBOUND')!;
    ok(await gql('mutation($input: MessageRefInput!) { hideMessage(input: $input) { id } }', { input: { workspaceId, messageId: question.id } }, agent));
    await messageWhere(anaConversation.id, (m) => m.id === question.id && m.networkEffect?.state === 'DONE', 'the agent’s hide');
    expect(fake.records.get(gateUri)!.value.hiddenReplies).toEqual([spam.uri, question.externalId]);
  });

  it('answers a direct message through the chat service', async () => {
    const { convoId } = fake.inject.dm('cy', 'Can I bring two dogs at once?');
    await sync();
    const conversation = await waitFor(async () => {
      const list = ok(await gql('query($ws: ID!) { conversations(workspaceId: $ws, kind: DIRECT_MESSAGE) { edges { node { id contact { handle } } } } }', { ws: workspaceId }, agent)).conversations;
      return list.edges[0]?.node;
    }, 'the DM conversation');
    expect(conversation.contact.handle).toBe('cy.bsky.social');
    ok(await gql('mutation($input: ReplyToConversationInput!) { replyToConversation(input: $input) { id } }', { input: { workspaceId, conversationId: conversation.id, body: 'Of course!' } }, agent));
    await messageWhere(conversation.id, (m) => m.direction === 'OUTBOUND' && m.deliveryStatus === 'SENT', 'the DM answer');
    expect(fake.convos.get(convoId)!.messages.map((m) => [m.sender.did, m.text])).toEqual([
      [fake.people.cy.did, 'Can I bring two dogs at once?'],
      [fake.account.did, 'Of course!'],
    ]);
    expect(xrpcCalls('chat.bsky.convo.sendMessage').map((r) => r.headers['atproto-proxy'])).toEqual(['did:web:api.bsky.chat#bsky_chat']);
  });

  it('refreshes an expired session and carries on, without signing in again', async () => {
    const before = { ...fake.counts };
    fake.expireAccessTokens();
    fake.inject.post('ben', '@rapport-pets.bsky.social still waiting, any news?');
    expect(await sync()).toMatchObject({ ok: true, itemsSynced: 1, channel: { status: 'CONNECTED' } });
    expect(fake.counts.refreshSession).toBeGreaterThan(before.refreshSession);
    expect(fake.counts.createSession).toBe(before.createSession);
    expect(xrpcCalls('com.atproto.server.refreshSession').at(-1)!.headers.authorization).toMatch(/^Bearer /);
  });

  it('retries a publish answered 429 no sooner than the ratelimit-reset Bluesky advertised', async () => {
    const resetAt = fake.exhaust('com.atproto.repo.createRecord', { resetInSeconds: 5 });
    const postId = await publish('Créneaux du samedi ouverts 🐶');
    let retry: { started_on: Date; start_after: Date } | undefined;
    await waitFor(async () => {
      [retry] = await server.sql(`SELECT started_on, start_after FROM pgboss.job WHERE name = 'publish-post-target' AND state = 'retry' AND data->>'targetId' IN (SELECT id::text FROM post_target WHERE post_id = $1)`, [postId]);
      return retry;
    }, 'the publish job to wait for its retry');
    expect(retry!.start_after.getTime()).toBeGreaterThanOrEqual(resetAt * 1000);
    const target = await waitFor(async () => ((await targetOf(postId)).status === 'PUBLISHED' ? targetOf(postId) : undefined), 'the retried publish', 30_000);
    expect(fake.records.get(target.externalId)!.value.text).toBe('Créneaux du samedi ouverts 🐶');
  }, 45_000);

  it('marks the channel NEEDS_REAUTH when the app password is revoked: the refresh and a new sign-in are both refused', async () => {
    fake.revokeAppPassword();
    const result = await sync();
    expect(result).toEqual({
      ok: false,
      itemsSynced: 0,
      failure: { classification: 'REAUTHORIZE', message: 'Bluesky: the handle or app password was refused: AuthenticationRequired' },
      channel: { status: 'NEEDS_REAUTH', statusReason: 'Bluesky: the handle or app password was refused: AuthenticationRequired' },
    });
  });
});
