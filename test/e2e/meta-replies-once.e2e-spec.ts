import { startFakeGraph, type FakeGraph } from '../../plugins/meta-graph/test/fake-graph.js';
import { createWorkspace, ok, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';
import { until } from '../utils/wait.js';

const CONNECT = 'mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id status } }';
const REPLY = 'mutation($input: ReplyToConversationInput!) { replyToConversation(input: $input) { id } }';
const INBOX = `query($ws: ID!, $ch: ID!) { conversations(workspaceId: $ws, channelId: $ch, first: 20) { edges { node {
  id contact { handle } messages(first: 20) { edges { node { id direction externalId body deliveryStatus deliveryError } } } } } } }`;

type Message = { id: string; direction: string; externalId: string | null; body: string; deliveryStatus: string | null; deliveryError: string | null };
type Conversation = { id: string; contact: { handle: string }; messages: Message[] };

/**
 * Inbox replies on Meta's networks are sent at most once, through the GraphQL API with the plugins loaded by config
 * against the fake Graph API: the network made the reply but its answer was lost (Threads' threads_publish answered
 * 500, Facebook's POST /{comment-id}/comments dropped the connection); the reply job's retry finds the reply among
 * the account's own and adopts it: one reply on the network, the message SENT with the network's id.
 */
describe('Meta replies sent once when the network answer was lost', () => {
  let fake: FakeGraph;
  let server: TestServer;
  let admin: string;
  let workspaceId: string;
  const channels = { facebook: '', threads: '' };

  const gql = (query: string, variables: Record<string, unknown>) => server.gql(query, variables, admin);
  const inbox = async (channelId: string): Promise<Conversation[]> =>
    ok(await gql(INBOX, { ws: workspaceId, ch: channelId })).conversations.edges.map((edge: { node: Record<string, any> }) => ({
      ...edge.node,
      messages: edge.node.messages.edges.map((message: { node: Message }) => message.node),
    }));
  const deliver = (type: string, payload: object) => {
    const body = JSON.stringify(payload);
    return server.http.post(`/webhooks/apps/${type}`).set('content-type', 'application/json').set('x-hub-signature-256', fake.sign(body)).send(body);
  };
  const published = async (body: string, channelId: string) => {
    const post = ok(await gql('mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', { input: { workspaceId, body, channelIds: [channelId] } })).createPost;
    ok(await gql('mutation($input: PostActionInput!) { publishPostNow(input: $input) { id } }', { input: { workspaceId, postId: post.id } }));
    return until('the post to be published', async () => {
      const [target] = ok(await gql('query($ws: ID!, $id: ID!) { post(workspaceId: $ws, id: $id) { targets { status externalId } } }', { ws: workspaceId, id: post.id })).post.targets;
      return target.status === 'PUBLISHED' && (target.externalId as string);
    });
  };
  /** Answers the conversation holding `inboundId` and waits until the answer is SENT (or FAILED). */
  const answer = async (channelId: string, inboundId: string, body: string) => {
    const conversation = await until('the inbound item in the inbox', async () => (await inbox(channelId)).find((found) => found.messages.some((message) => message.externalId === inboundId)));
    const reply = ok(await gql(REPLY, { input: { workspaceId, conversationId: conversation.id, body } })).replyToConversation;
    return until('the reply to be sent or to fail', async () => {
      const message = (await inbox(channelId)).flatMap((found) => found.messages).find((candidate) => candidate.id === reply.id);
      return message && ['SENT', 'FAILED'].includes(message.deliveryStatus ?? '') && message;
    });
  };

  beforeAll(async () => {
    fake = await startFakeGraph({ containerPolls: 1 });
    const options = { appId: fake.app.id, appSecret: fake.app.secret, webhookVerifyToken: 'meaty-verify-token', graphUrl: fake.url, dialogUrl: fake.url, containerPollIntervalMs: 20 };
    server = await createTestServer(
      { RAPPORT_JOB_RETRY_DELAY_SECONDS: '0' },
      {
        plugins: [
          { specifier: '@rapport/plugin-network-facebook', baseDir: '/', options },
          { specifier: '@rapport/plugin-network-threads', baseDir: '/', options },
        ],
      },
    );
    admin = await setupAdmin(server);
    workspaceId = await createWorkspace(server, admin, 'Paws & Claws');
    const page = fake.pages[0]!;
    const connect = async (type: string, credentials: Record<string, string>) => ok(await gql(CONNECT, { input: { workspaceId, type, displayName: type, credentials } })).connectChannel.id as string;
    channels.facebook = await connect('facebook', { pageId: page.id, accessToken: fake.pageToken(page.id) });
    channels.threads = await connect('threads', { userId: fake.threadsUser.id, accessToken: fake.threadsToken() });
  });
  afterAll(async () => {
    await server?.close();
    await fake?.close();
  });

  it('answers a Threads reply once when threads_publish answered 500 after publishing it', async () => {
    const postId = await published('Open on Sunday', channels.threads);
    const question = fake.replyOnThreads(postId, { from: { id: '11', username: 'cat_lady' }, text: 'Cats too?' });
    expect((await deliver('threads', fake.threadsReplyDelivery(question))).body).toEqual({ accepted: 1, channels: 1 });

    const publishes = (request: { method: string; path: string }) => request.method === 'POST' && request.path === `/v1.0/${fake.threadsUser.id}/threads_publish`;
    const before = fake.requests.filter(publishes).length;
    fake.loseNextAnswer(publishes);
    const sent = await answer(channels.threads, question.id, 'Yes, cats too!');

    const ours = [...fake.comments.values()].filter((reply) => reply.parentId === question.id && reply.from.id === fake.threadsUser.id);
    expect(ours.map((reply) => reply.text)).toEqual(['Yes, cats too!']);
    expect(sent).toMatchObject({ direction: 'OUTBOUND', deliveryStatus: 'SENT', externalId: ours[0]!.id, deliveryError: null });
    expect(fake.requests.filter(publishes).length - before).toBe(1);
    // The retry looked for it among the profile's own replies rather than publishing again.
    expect(fake.requests.filter((request) => request.method === 'GET' && request.path === `/v1.0/${fake.threadsUser.id}/replies`)).toHaveLength(1);
  });

  it('answers a Facebook comment once when the connection dropped after Facebook made the reply', async () => {
    const postId = await published('Grooming slots open', channels.facebook);
    const question = fake.commentOnPost(postId, { from: { id: '6100000000000042', name: 'Bo Lindqvist' }, text: 'Do you do nails?' });
    expect((await deliver('facebook', question.delivery)).body).toEqual({ accepted: 1, channels: 1 });

    const replies = (request: { method: string; path: string }) => request.method === 'POST' && request.path === `/${fake.version}/${question.comment.id}/comments`;
    fake.loseNextAnswer(replies, { drop: true });
    const sent = await answer(channels.facebook, question.comment.id, 'We do, 10 euros.');

    const ours = [...fake.comments.values()].filter((comment) => comment.parentId === question.comment.id && comment.from.id === fake.pages[0]!.id);
    expect(ours.map((comment) => comment.text)).toEqual(['We do, 10 euros.']);
    expect(sent).toMatchObject({ deliveryStatus: 'SENT', externalId: ours[0]!.id, deliveryError: null });
    expect(fake.requests.filter(replies)).toHaveLength(1);
    expect(fake.requests.filter((request) => request.method === 'GET' && request.path === `/${fake.version}/${question.comment.id}/comments`)).toHaveLength(1);
  });
});
