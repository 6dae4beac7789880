import { startFakeGraph, type FakeGraph } from '../../plugins/meta-graph/test/fake-graph.js';
import { createWorkspace, ok, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';
import { until } from '../utils/wait.js';

const VERIFY_TOKEN = 'meaty-verify-token';
const CONNECT = 'mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id status } }';
const POST = 'query($ws: ID!, $id: ID!) { post(workspaceId: $ws, id: $id) { status limitErrors targets { channelId status externalId url lastError attempts } } }';
const INBOX = `query($ws: ID!, $ch: ID!) { conversations(workspaceId: $ws, channelId: $ch, first: 20) { edges { node {
  id kind contact { handle } messages(first: 10) { edges { node { externalId body } } } } } } }`;

type Conversation = { id: string; kind: string; contact: { handle: string }; messages: Array<{ externalId: string; body: string }> };

/**
 * What #14 left for later, through the GraphQL API with the Meta plugins loaded by config against the fake Graph
 * API: a publish whose answer Meta lost is adopted on the retry (one post on the network, the target PUBLISHED with
 * its id), Instagram @mentions and Threads webhooks (replies, mentions) in the inbox, a Facebook video, and media
 * dimensions checked against each network's aspect ratios and durations before publishing.
 */
describe('Meta networks: publishing exactly once, mentions, Threads webhooks, videos and media limits', () => {
  let fake: FakeGraph;
  let server: TestServer;
  let admin: string;
  let workspaceId: string;
  const channels: Record<'facebook' | 'instagram' | 'threads', string> = { facebook: '', instagram: '', threads: '' };

  const gql = (query: string, variables: Record<string, unknown>) => server.gql(query, variables, admin);
  const inbox = async (channelId: string): Promise<Conversation[]> =>
    ok(await gql(INBOX, { ws: workspaceId, ch: channelId })).conversations.edges.map((edge: { node: Record<string, any> }) => ({
      ...edge.node,
      messages: edge.node.messages.edges.map((message: { node: unknown }) => message.node),
    }));
  const deliver = (type: string, payload: object, signature?: string) => {
    const body = JSON.stringify(payload);
    return server.http.post(`/webhooks/apps/${type}`).set('content-type', 'application/json').set('x-hub-signature-256', signature ?? fake.sign(body)).send(body);
  };
  const createPost = async (body: string, channelIds: string[], media: unknown[] = []) =>
    ok(await gql('mutation($input: CreatePostInput!) { createPost(input: $input) { id limitErrors } }', { input: { workspaceId, body, channelIds, media } })).createPost as { id: string; limitErrors: string[] };
  const publishNow = async (postId: string) => ok(await gql('mutation($input: PostActionInput!) { publishPostNow(input: $input) { id } }', { input: { workspaceId, postId } }));
  const publishedTarget = (postId: string) =>
    until('the target to be published', async () => {
      const post = ok(await gql(POST, { ws: workspaceId, id: postId })).post;
      return post.targets[0].status === 'PUBLISHED' && post.targets[0];
    });

  beforeAll(async () => {
    fake = await startFakeGraph({ containerPolls: 1 });
    const options = { appId: fake.app.id, appSecret: fake.app.secret, webhookVerifyToken: VERIFY_TOKEN, graphUrl: fake.url, dialogUrl: fake.url, containerPollIntervalMs: 20 };
    server = await createTestServer(
      { RAPPORT_JOB_RETRY_DELAY_SECONDS: '0' },
      {
        plugins: [
          { specifier: '@rapport/plugin-network-facebook', baseDir: '/', options },
          { specifier: '@rapport/plugin-network-instagram', baseDir: '/', options },
          { specifier: '@rapport/plugin-network-threads', baseDir: '/', options },
        ],
      },
    );
    admin = await setupAdmin(server);
    workspaceId = await createWorkspace(server, admin, 'Paws & Claws');
    const page = fake.pages[0]!;
    const connect = async (type: string, credentials: Record<string, string>) => {
      const channel = ok(await gql(CONNECT, { input: { workspaceId, type, displayName: type, credentials } })).connectChannel;
      expect(channel.status).toBe('CONNECTED');
      return channel.id as string;
    };
    channels.facebook = await connect('facebook', { pageId: page.id, accessToken: fake.pageToken(page.id) });
    channels.instagram = await connect('instagram', { igUserId: page.instagram!.id, pageId: page.id, accessToken: fake.pageToken(page.id) });
    channels.threads = await connect('threads', { userId: fake.threadsUser.id, accessToken: fake.threadsToken() });
  });
  afterAll(async () => {
    await server.close();
    await fake.close();
  });

  it('publishes once when Facebook made the post but the connection dropped before its answer: the retry adopts it', async () => {
    const feed = (request: { method: string; path: string }) => request.method === 'POST' && request.path === `/${fake.version}/${fake.pages[0]!.id}/feed`;
    fake.loseNextAnswer(feed, { drop: true });
    const post = await createPost('Grooming slots open for the holidays', [channels.facebook]);
    await publishNow(post.id);
    const target = await publishedTarget(post.id);
    const made = [...fake.posts.values()].filter((candidate) => candidate.message === 'Grooming slots open for the holidays');
    expect(made).toHaveLength(1);
    expect(target).toMatchObject({ externalId: made[0]!.id, url: `https://www.facebook.com/${made[0]!.id}`, lastError: null });
    // Two attempts, one request that made a post.
    expect(target.attempts).toBe(2);
    expect(fake.requests.filter(feed)).toHaveLength(1);
  });

  it('publishes once on Instagram when media_publish answered 500 after publishing', async () => {
    fake.loseNextAnswer((request) => request.method === 'POST' && request.path.endsWith('/media_publish'));
    const post = await createPost('Spa day for Biscuit', [channels.instagram], [{ url: 'https://cdn.example/biscuit.jpg', mimeType: 'image/jpeg', width: 1080, height: 1350 }]);
    expect(post.limitErrors).toEqual([]);
    await publishNow(post.id);
    const target = await publishedTarget(post.id);
    const made = [...fake.media.values()].filter((media) => media.caption === 'Spa day for Biscuit');
    expect(made).toHaveLength(1);
    expect(target.externalId).toBe(made[0]!.id);
  });

  it('publishes a video to the Page through /{page-id}/videos', async () => {
    const post = await createPost('A day at the salon', [channels.facebook], [{ url: 'https://cdn.example/day.mp4', mimeType: 'video/mp4', width: 1280, height: 720, durationSeconds: 75 }]);
    expect(post.limitErrors).toEqual([]);
    await publishNow(post.id);
    const target = await publishedTarget(post.id);
    const made = [...fake.posts.values()].find((candidate) => candidate.video?.id === target.externalId);
    expect(made).toMatchObject({ message: 'A day at the salon', video: { fileUrl: 'https://cdn.example/day.mp4' } });
    expect(target.url).toBe(`https://www.facebook.com/${fake.pages[0]!.id}/videos/${target.externalId}`);
  });

  it('checks media dimensions against each network before publishing; declares the rules in channelTypes; refuses bad dimensions at the edge', async () => {
    const types = ok(await gql('{ channelTypes { code limits { mediaRules { mimeTypes description minAspectRatio maxAspectRatio maxDurationSeconds } } } }', {})).channelTypes;
    const instagram = types.find((type: { code: string }) => type.code === 'instagram');
    expect(instagram.limits.mediaRules[0]).toEqual({ mimeTypes: ['image/jpeg'], description: 'images', minAspectRatio: 0.8, maxAspectRatio: 1.91, maxDurationSeconds: null });

    const tall = { url: 'https://cdn.example/tall.jpg', mimeType: 'image/jpeg', width: 1080, height: 1920 };
    const post = await createPost('Before and after', [channels.instagram, channels.threads], [tall]);
    expect(post.limitErrors).toEqual(['media 1 is 1080×1920 (aspect ratio 0.56); instagram takes images with an aspect ratio from 0.8 to 1.91']);
    const longVideo = { url: 'https://cdn.example/long.mp4', mimeType: 'video/mp4', width: 1080, height: 1920, durationSeconds: 600 };
    expect((await createPost('The full groom', [channels.threads], [longVideo])).limitErrors).toEqual(['media 1 lasts 600 seconds; threads takes videos of at most 300 seconds long']);
    // Without dimensions nothing is judged (they are optional); nonsense ones are refused before anything is saved.
    expect((await createPost('No sizes', [channels.instagram], [{ url: tall.url, mimeType: 'image/jpeg' }])).limitErrors).toEqual([]);
    const refused = await gql('mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', { input: { workspaceId, body: 'x', channelIds: [channels.instagram], media: [{ ...tall, width: -5 }] } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('takes Instagram @mentions from the signed mentions webhook into the inbox as MENTION conversations', async () => {
    const igUserId = fake.pages[0]!.instagram!.id;
    const mention = fake.mentionOnInstagram(igUserId, { from: { username: 'groomer_fan' }, text: '@pawsandclaws_lyon did my poodle today!' });
    const response = await deliver('instagram', mention.delivery);
    expect([response.status, response.body]).toEqual([200, { accepted: 1, channels: 1 }]);
    const conversation = await until('the mention in the inbox', async () => (await inbox(channels.instagram)).find((found) => found.kind === 'MENTION'));
    expect(conversation.contact.handle).toBe('groomer_fan');
    expect(conversation.messages).toEqual([{ externalId: mention.mention.commentId, body: '@pawsandclaws_lyon did my poodle today!' }]);
  });

  it('takes Threads replies and mentions from the app-level Threads webhook, routed by Threads user id; refuses a bad signature', async () => {
    const handshake = await server.http.get('/webhooks/apps/threads').query({ 'hub.mode': 'subscribe', 'hub.challenge': '31337', 'hub.verify_token': VERIFY_TOKEN });
    expect([handshake.status, handshake.text]).toEqual([200, '31337']);

    const post = await createPost('Open on Sunday', [channels.threads]);
    await publishNow(post.id);
    const target = await publishedTarget(post.id);
    const reply = fake.replyOnThreads(target.externalId, { from: { id: '11', username: 'cat_lady' }, text: 'Cats too?' });
    const mention = fake.mentionOnThreads({ from: { id: '12', username: 'dog_dad' }, text: 'Great groomers: @pawsandclaws' });

    const forged = await deliver('threads', fake.threadsReplyDelivery(reply), `sha256=${'0'.repeat(64)}`);
    expect(forged.status).toBe(401);
    expect((await deliver('threads', fake.threadsReplyDelivery(reply))).body).toEqual({ accepted: 1, channels: 1 });
    expect((await deliver('threads', mention.delivery)).body).toEqual({ accepted: 1, channels: 1 });
    // A delivery for a Threads user no channel connects is accepted and dropped.
    expect((await deliver('threads', { ...(mention.delivery as Record<string, unknown>), target_id: '999' })).body).toEqual({ accepted: 0, channels: 0 });

    const conversations = await until('the reply and the mention in the inbox', async () => {
      const found = await inbox(channels.threads);
      return found.length === 2 && found;
    });
    expect(conversations.map((conversation) => [conversation.kind, conversation.contact.handle, conversation.messages[0]!.body]).sort()).toEqual([
      ['COMMENT_THREAD', 'cat_lady', 'Cats too?'],
      ['MENTION', 'dog_dad', 'Great groomers: @pawsandclaws'],
    ]);
  });
});
