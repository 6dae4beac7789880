import { startFakeGraph, type FakeGraph } from '../../plugins/meta-graph/test/fake-graph.js';
import { confirmConsent, createWorkspace, errorCode, ok, rulePlugins, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';
import { until } from '../utils/wait.js';

const PUBLIC_URL = 'http://rapport.test';
const RETURN_URL = 'http://admin.test/channels';
const VERIFY_TOKEN = 'meatyhamhock-verify';
const RULES = ['question-detector', 'spam', 'sentiment-and-criticism'];
const JPEG = { url: 'https://cdn.example/salon.jpg', mimeType: 'image/jpeg', altText: 'Our salon' };
const CUSTOMER = { id: '6100000000000042', name: 'Bo Lindqvist' };
const SPAMMER = { id: '6100000000000666', name: 'Crypto Deals' };

const BEGIN = 'mutation($input: BeginChannelConnectionInput!) { beginChannelConnection(input: $input) { authorizeUrl } }';
const PENDING = 'query($ws: ID!, $id: ID!) { pendingChannelConnection(workspaceId: $ws, id: $id) { type accounts { id name details connectedChannelId } } }';
const CHANNEL = 'query($ws: ID!, $id: ID!) { channel(workspaceId: $ws, id: $id) { status statusReason } }';
const POST = 'query($ws: ID!, $id: ID!) { post(workspaceId: $ws, id: $id) { status limitErrors targets { id channelId status externalId url lastError } } }';
const MESSAGE_FIELDS = 'id direction externalId body visibility labels deliveryStatus deliveryError networkEffect { action state failure { classification message } }';
const INBOX = `query($ws: ID!, $ch: ID!) { conversations(workspaceId: $ws, channelId: $ch, first: 10) { edges { node {
  id kind postTargetId contact { handle } messages(first: 10) { edges { node { ${MESSAGE_FIELDS} } } } } } } }`;

type Message = { id: string; direction: string; externalId: string | null; body: string; visibility: string; deliveryStatus: string | null; deliveryError: string | null; networkEffect: { action: string; state: string; failure: { classification: string; message: string } | null } | null };
type Conversation = { id: string; kind: string; postTargetId: string | null; contact: { handle: string }; messages: Message[] };

/**
 * Facebook Pages and Instagram end to end, with the plugins loaded by config against the local fake Graph API:
 * connect by Facebook Login choosing the Page and the Instagram account, the app-level webhook's handshake and
 * signature, publishing to both (Instagram through a polled container), a signed comment in the inbox with spam
 * hidden on the network by the starter policies, replies, the Messenger window, throttling retried later and an
 * expired token ending in NEEDS_REAUTH.
 */
describe('Facebook Pages and Instagram through the GraphQL API (plugins loaded by config)', () => {
  let fake: FakeGraph;
  let server: TestServer;
  let admin: string;
  let workspaceId: string;
  let facebookId: string;
  let instagramId: string;
  let facebookPostId: string;
  let instagramMediaId: string;

  const gql = (query: string, variables: Record<string, unknown>) => server.gql(query, variables, admin);
  const inbox = async (channelId: string): Promise<Conversation[]> =>
    ok(await gql(INBOX, { ws: workspaceId, ch: channelId })).conversations.edges.map((edge: { node: Record<string, any> }) => ({
      ...edge.node,
      messages: edge.node.messages.edges.map((message: { node: Message }) => message.node),
    }));
  const messageWhere = (channelId: string, test: (message: Message) => boolean, what: string) =>
    until(what, async () => (await inbox(channelId)).flatMap((conversation) => conversation.messages).find(test));
  const deliver = (type: string, payload: object, signature?: string) => {
    const body = JSON.stringify(payload);
    return server.http.post(`/webhooks/apps/${type}`).set('content-type', 'application/json').set('x-hub-signature-256', signature ?? fake.sign(body)).send(body);
  };
  const publish = async (body: string, channelIds: string[], media: unknown[] = []) => {
    const post = ok(await gql('mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', { input: { workspaceId, body, channelIds, media } })).createPost;
    ok(await gql('mutation($input: PostActionInput!) { publishPostNow(input: $input) { id } }', { input: { workspaceId, postId: post.id } }));
    return post.id as string;
  };
  const targetsOf = async (postId: string) => ok(await gql(POST, { ws: workspaceId, id: postId })).post;

  /** beginChannelConnection → the user consents on Facebook → the callback sends the browser to choose → the chosen account is connected. */
  async function connect(type: string, choose: (accounts: Array<{ id: string; name: string; details: string | null }>) => string) {
    const { authorizeUrl } = ok(await gql(BEGIN, { input: { workspaceId, type } })).beginChannelConnection;
    const callback = new URL(await fake.authorize(authorizeUrl));
    const response = await server.http.get(`${callback.pathname}${callback.search}`);
    expect(response.status).toBe(303);
    const { pending, channel, failures } = await confirmConsent(server, admin, new URL(response.headers.location!), (accounts) => [choose(accounts)]);
    expect(failures).toEqual([]);
    return { authorizeUrl: new URL(authorizeUrl), pending, channel };
  }

  beforeAll(async () => {
    fake = await startFakeGraph({ containerPolls: 1 });
    const options = { appId: fake.app.id, appSecret: fake.app.secret, webhookVerifyToken: VERIFY_TOKEN, graphUrl: fake.url, dialogUrl: fake.url, containerPollIntervalMs: 20 };
    server = await createTestServer(
      { RAPPORT_PUBLIC_URL: PUBLIC_URL, RAPPORT_CONNECT_RETURN_URL: RETURN_URL, RAPPORT_JOB_RETRY_DELAY_SECONDS: '0' },
      {
        plugins: [
          { specifier: '@rapport/plugin-network-facebook', baseDir: '/', options },
          { specifier: '@rapport/plugin-network-instagram', baseDir: '/', options },
          ...rulePlugins(RULES),
        ],
      },
    );
    admin = await setupAdmin(server);
    workspaceId = await createWorkspace(server, admin, 'Paws & Claws');
  });
  afterAll(async () => {
    await server.close();
    await fake.close();
  });

  it('connects a Page and its Instagram account by Facebook Login, the user choosing among what the consent covers', async () => {
    const [lyon, paris] = fake.pages;
    const facebook = await connect('facebook', (accounts) => accounts.find((account) => account.name === lyon!.name)!.id);
    expect(`${facebook.authorizeUrl.origin}${facebook.authorizeUrl.pathname}`).toBe(`${fake.url}/${fake.version}/dialog/oauth`);
    expect(facebook.authorizeUrl.searchParams.get('client_id')).toBe(fake.app.id);
    expect(facebook.authorizeUrl.searchParams.get('scope')!.split(' ')).toEqual(expect.arrayContaining(['pages_show_list', 'pages_manage_posts', 'pages_manage_engagement', 'pages_messaging']));
    expect(facebook.pending.accounts).toEqual([
      { id: lyon!.id, name: lyon!.name, details: 'Pet Service', connectedChannelId: null },
      { id: paris!.id, name: paris!.name, details: 'Pet Store', connectedChannelId: null },
    ]);
    expect(facebook.channel).toMatchObject({ status: 'CONNECTED', displayName: lyon!.name, externalAccountId: lyon!.id });
    facebookId = facebook.channel.id;
    // The long-lived exchange happened, and the Page now sends its webhooks to the app.
    expect(fake.requests.some((request) => request.query.grant_type === 'fb_exchange_token')).toBe(true);
    expect(lyon!.subscribedFields).toEqual(['feed', 'messages']);
    const [row] = await server.sql('SELECT credentials_encrypted FROM channel WHERE id = $1', [facebookId]);
    expect(row.credentials_encrypted).not.toContain(fake.pageToken(lyon!.id));

    const instagram = await connect('instagram', (accounts) => accounts[0]!.id);
    expect(instagram.pending.accounts).toEqual([{ id: lyon!.instagram!.id, name: '@pawsandclaws_lyon', details: `Linked to the Facebook Page ${lyon!.name}`, connectedChannelId: null }]);
    expect(instagram.channel).toMatchObject({ status: 'CONNECTED', externalAccountId: lyon!.instagram!.id });
    instagramId = instagram.channel.id;
  });

  it('answers the webhook verification handshake with hub.challenge only for the app\'s verify token', async () => {
    const handshake = (type: string, token: string) => server.http.get(`/webhooks/apps/${type}`).query({ 'hub.mode': 'subscribe', 'hub.challenge': '1158201444', 'hub.verify_token': token });
    const accepted = await handshake('facebook', VERIFY_TOKEN);
    expect([accepted.status, accepted.text]).toEqual([200, '1158201444']);
    expect((await handshake('instagram', VERIFY_TOKEN)).text).toBe('1158201444');
    expect((await handshake('facebook', 'guessed')).status).toBe(403);
    expect((await handshake('mastodon', VERIFY_TOKEN)).status).toBe(404);
  });

  it('checks posts against each network before publishing, then publishes to the Page and to Instagram through a polled container', async () => {
    const types = ok(await gql('{ channelTypes { code limits { maxLength maxMedia minMedia maxHashtags mediaTypes } } }', {})).channelTypes;
    expect(types.filter((type: { code: string }) => type.code === 'facebook' || type.code === 'instagram')).toEqual([
      { code: 'facebook', limits: { maxLength: 63_206, maxMedia: 10, minMedia: 0, maxHashtags: null, mediaTypes: ['image/jpeg', 'image/png', 'image/gif', 'image/bmp', 'image/tiff', 'video/mp4', 'video/quicktime'] } },
      { code: 'instagram', limits: { maxLength: 2200, maxMedia: 10, minMedia: 1, maxHashtags: 30, mediaTypes: ['image/jpeg', 'video/mp4', 'video/quicktime'] } },
    ]);
    const textOnly = ok(await gql('mutation($input: CreatePostInput!) { createPost(input: $input) { id limitErrors } }', { input: { workspaceId, body: `Hello ${'#tag '.repeat(31)}`, channelIds: [facebookId, instagramId] } })).createPost;
    expect(textOnly.limitErrors).toEqual(['@pawsandclaws_lyon needs at least 1 media attached; this post has 0', 'text has 31 hashtags; @pawsandclaws_lyon allows 30']);

    const postId = await publish('Spring grooming slots are open: https://paws.example/book', [facebookId, instagramId], [JPEG]);
    const post = await until('both targets to be published', async () => {
      const found = await targetsOf(postId);
      return found.targets.every((target: { status: string }) => target.status === 'PUBLISHED') && found;
    });
    const facebookTarget = post.targets.find((target: { channelId: string }) => target.channelId === facebookId);
    const instagramTarget = post.targets.find((target: { channelId: string }) => target.channelId === instagramId);
    facebookPostId = facebookTarget.externalId;
    instagramMediaId = instagramTarget.externalId;
    expect(fake.posts.get(facebookPostId)).toMatchObject({ pageId: fake.pages[0]!.id, message: 'Spring grooming slots are open: https://paws.example/book', photos: [{ url: JPEG.url }] });
    expect(facebookTarget.url).toBe(`https://www.facebook.com/${facebookPostId}`);
    const media = fake.media.get(instagramMediaId)!;
    expect(media).toMatchObject({ caption: 'Spring grooming slots are open: https://paws.example/book', mediaType: 'IMAGE' });
    expect(instagramTarget.url).toBe(`https://www.instagram.com/p/${instagramMediaId}/`);
    // The container was asked for until FINISHED, then published.
    const polls = fake.requests.filter((request) => request.path === `/${fake.version}/${media.containerId}` && request.query.fields === 'status_code,status');
    expect(polls.length).toBeGreaterThanOrEqual(2);
    expect(fake.containers.get(media.containerId)!.status).toBe('PUBLISHED');
  });

  it('takes a signed feed webhook into the inbox; spam is hidden on Facebook by policy (is_hidden sent); the reply goes under the comment', async () => {
    const question = fake.commentOnPost(facebookPostId, { from: CUSTOMER, text: 'Do you groom cats too?' });
    const spam = fake.commentOnPost(facebookPostId, { from: SPAMMER, text: 'FREE crypto giveaway!!! DM me to claim: bit.ly/free-btc' });
    const payload = { object: 'page', entry: [question.delivery, spam.delivery].flatMap((each) => (each as { entry: unknown[] }).entry) };
    const response = await deliver('facebook', payload);
    expect([response.status, response.body]).toEqual([200, { accepted: 2, channels: 1 }]);

    const hidden = await messageWhere(facebookId, (message) => message.externalId === spam.comment.id && message.networkEffect?.state === 'DONE', 'the spam to be hidden on Facebook');
    expect([hidden.visibility, hidden.networkEffect!.action]).toEqual(['HIDDEN', 'HIDE']);
    expect(fake.comments.get(spam.comment.id)!.hidden).toBe(true);
    const hide = fake.requests.find((request) => request.method === 'POST' && request.path === `/${fake.version}/${spam.comment.id}`)!;
    expect(new URLSearchParams(hide.rawBody.toString()).get('is_hidden')).toBe('true');

    const conversation = (await inbox(facebookId)).find((found) => found.messages.some((message) => message.externalId === question.comment.id))!;
    expect(conversation).toMatchObject({ kind: 'COMMENT_THREAD', postTargetId: expect.any(String), contact: { handle: CUSTOMER.name } });
    const reply = ok(await gql('mutation($input: ReplyToConversationInput!) { replyToConversation(input: $input) { id } }', { input: { workspaceId, conversationId: conversation.id, body: 'Yes, cats too! Book here: https://paws.example/book' } })).replyToConversation;
    const sent = await messageWhere(facebookId, (message) => message.id === reply.id && message.deliveryStatus === 'SENT', 'the reply to be sent');
    expect(fake.comments.get(sent.externalId!)).toMatchObject({ parentId: question.comment.id, from: { id: fake.pages[0]!.id }, text: 'Yes, cats too! Book here: https://paws.example/book' });
  });

  it('refuses a delivery with a bad signature (401) or an unknown shape (400), storing nothing; accepts one for an unconnected Page with 200', async () => {
    const before = (await inbox(facebookId)).flatMap((conversation) => conversation.messages).length;
    const forged = fake.commentOnPost(facebookPostId, { from: CUSTOMER, text: 'Forged' });
    const bad = await deliver('facebook', forged.delivery, `sha256=${'0'.repeat(64)}`);
    expect([bad.status, bad.body]).toEqual([401, { error: 'invalid signature' }]);
    expect((await deliver('facebook', forged.delivery, '')).status).toBe(401);
    const malformed = await deliver('facebook', { object: 'page', entry: [{ time: 1 }] });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toMatch(/^malformed payload: /);
    const other = await deliver('facebook', { object: 'page', entry: [{ ...(forged.delivery as { entry: Array<Record<string, unknown>> }).entry[0], id: fake.pages[1]!.id }] });
    expect([other.status, other.body]).toEqual([200, { accepted: 0, channels: 0 }]);
    // Give a wrongly queued item every chance to show up before checking that none did.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await inbox(facebookId)).flatMap((conversation) => conversation.messages)).toHaveLength(before);
  });

  it('routes Instagram comments from the same kind of app webhook to the Instagram channel and answers under the comment', async () => {
    const comment = fake.commentOnMedia(instagramMediaId, { from: { id: '17841400000000777', username: 'cat_lady' }, text: 'How much for a Persian?' });
    const response = await deliver('instagram', comment.delivery);
    expect([response.status, response.body]).toEqual([200, { accepted: 1, channels: 1 }]);
    const conversation = await until('the Instagram comment in the inbox', async () => (await inbox(instagramId)).find((found) => found.contact.handle === 'cat_lady'));
    expect(conversation.postTargetId).toEqual(expect.any(String));
    ok(await gql('mutation($input: ReplyToConversationInput!) { replyToConversation(input: $input) { id } }', { input: { workspaceId, conversationId: conversation.id, body: '45 euros, with a bath.' } }));
    const sent = await messageWhere(instagramId, (message) => message.direction === 'OUTBOUND' && message.deliveryStatus === 'SENT', 'the Instagram reply');
    expect(fake.comments.get(sent.externalId!)).toMatchObject({ parentId: comment.comment.id, text: '45 euros, with a bath.' });
    // A Facebook delivery is not Instagram's: the object must match the endpoint.
    expect((await deliver('instagram', { object: 'page', entry: [] })).status).toBe(400);
  });

  it('answers Messenger within 24 hours; an older conversation is refused up front with the reason', async () => {
    const fresh = fake.messagePage(fake.pages[0]!.id, { from: CUSTOMER, text: 'Are you open on Sunday?' });
    const old = fake.messagePage(fake.pages[0]!.id, { from: { id: '6100000000000099', name: 'Di' }, text: 'Hello?', at: Date.now() - 3 * 24 * 3600_000 });
    const payload = { object: 'page', entry: [fresh.delivery, old.delivery].flatMap((each) => (each as { entry: unknown[] }).entry) };
    expect((await deliver('facebook', payload)).status).toBe(200);
    const conversations = await until('both Messenger conversations', async () => {
      const found = (await inbox(facebookId)).filter((conversation) => conversation.kind === 'DIRECT_MESSAGE');
      return found.length === 2 && found;
    });
    const byMessage = (externalId: string) => conversations.find((conversation) => conversation.messages.some((message) => message.externalId === externalId))!;
    for (const [conversation, body] of [[byMessage(fresh.message.id), 'Yes, 10 to 4.'], [byMessage(old.message.id), 'Sorry for the wait!']] as const) {
      ok(await gql('mutation($input: ReplyToConversationInput!) { replyToConversation(input: $input) { id } }', { input: { workspaceId, conversationId: conversation.id, body } }));
    }
    await messageWhere(facebookId, (message) => message.body === 'Yes, 10 to 4.' && message.deliveryStatus === 'SENT', 'the answer within the window');
    expect(fake.messages.find((message) => message.fromPage && message.text === 'Yes, 10 to 4.')).toMatchObject({ personId: CUSTOMER.id, messagingType: 'RESPONSE' });
    const refused = await messageWhere(facebookId, (message) => message.body === 'Sorry for the wait!' && message.deliveryStatus === 'FAILED', 'the late answer to be refused');
    expect(refused.networkEffect!.failure).toEqual({ classification: 'INVALID', message: expect.stringContaining("only lets a business answer within 24 hours of the person's last message") });
    expect(fake.messages.some((message) => message.text === 'Sorry for the wait!')).toBe(false);
  });

  it('retries a throttled publish: code 613 again at once, code 32 no sooner than estimated_time_to_regain_access', async () => {
    fake.failNext((request) => request.method === 'POST' && request.path.endsWith('/feed'), { error: { message: '(#613) Calls to this api have exceeded the rate limit.', type: 'OAuthException', code: 613 } });
    const first = await publish('Open on Sunday too', [facebookId]);
    const published = await until('the post to be published after the retry', async () => {
      const found = await targetsOf(first);
      return found.targets[0].status === 'PUBLISHED' && found.targets[0];
    });
    expect(fake.posts.get(published.externalId)!.message).toBe('Open on Sunday too');

    const usage = JSON.stringify({ [fake.pages[0]!.id]: [{ type: 'pages', call_count: 100, total_cputime: 12, total_time: 14, estimated_time_to_regain_access: 3 }] });
    fake.failNext((request) => request.method === 'POST' && request.path.endsWith('/feed'), { error: { message: '(#32) Page request limit reached', type: 'OAuthException', code: 32 }, headers: { 'x-business-use-case-usage': usage } });
    const second = await publish('Late slots on Friday', [facebookId]);
    const retry = await until('the throttled attempt to wait for its retry', async () => {
      const [job] = await server.sql(
        `SELECT started_on, start_after FROM pgboss.job WHERE name = 'publish-post-target' AND state = 'retry' AND data->>'targetId' IN (SELECT id::text FROM post_target WHERE post_id = $1)`,
        [second],
      );
      return job;
    });
    expect(retry.start_after.getTime() - retry.started_on.getTime()).toBeGreaterThanOrEqual(180_000);
    // Waiting for its retry, not failed.
    expect((await targetsOf(second)).targets[0]).toMatchObject({ status: 'PENDING', externalId: null });
  });

  it('marks the channel NEEDS_REAUTH when Meta says the token expired (code 190)', async () => {
    fake.expire(fake.pageToken(fake.pages[0]!.id));
    const sync = ok(await gql('mutation($ws: ID!, $ch: ID!) { syncChannel(workspaceId: $ws, channelId: $ch) { ok failure { classification message } } }', { ws: workspaceId, ch: instagramId })).syncChannel;
    expect(sync).toEqual({ ok: false, failure: { classification: 'REAUTHORIZE', message: expect.stringContaining('Instagram refused the request (code 190/463)') } });
    const channel = ok(await gql(CHANNEL, { ws: workspaceId, id: instagramId })).channel;
    expect(channel.status).toBe('NEEDS_REAUTH');
    expect(channel.statusReason).toContain('Session has expired');
    expect(errorCode(await gql(PENDING, { ws: workspaceId, id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
  });
});
