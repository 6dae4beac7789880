import { startSandboxNetwork, type SandboxNetwork } from '@rapport/plugin-network-sandbox/server';
import { createWorkspace, ok, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';
import { waitFor } from '../utils/wait.js';

/**
 * The network did what was asked, then recording it failed (PostgreSQL
 * restarting, here a trigger refusing the write once). That failure is the
 * database's, not the network's: the job is retried, the network sees the
 * same idempotency key again and does the work once, and the post, reply or
 * review reply ends up PUBLISHED / SENT with the channel still CONNECTED. It
 * used to be read as the network refusing: FAILED, and the channel in ERROR.
 */
describe('recording what a network did', () => {
  let sandbox: SandboxNetwork;
  let server: TestServer;
  let admin: string;
  let workspaceId: string;
  let channelId: string;

  /**
   * Makes the first write that moves a row of `table` to `column` = `value` fail. A sequence counts the attempts:
   * unlike a row, it keeps counting when the refused transaction rolls back. Returns how many attempts there were.
   */
  const refuseFirst = async (table: string, column: string, value: string) => {
    const counter = `attempts_${table}_${column}`;
    await server.sql(`CREATE SEQUENCE ${counter}`);
    await server.sql(`
      CREATE FUNCTION refuse_first_${table}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.${column}::text = '${value}' AND OLD.${column}::text IS DISTINCT FROM '${value}' AND nextval('${counter}') = 1 THEN
          RAISE EXCEPTION 'refused by the test';
        END IF;
        RETURN NEW;
      END $$`);
    await server.sql(`CREATE TRIGGER refuse_first_${table} BEFORE UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse_first_${table}()`);
    return async () => Number((await server.sql(`SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS n FROM ${counter}`))[0].n);
  };

  beforeAll(async () => {
    sandbox = await startSandboxNetwork();
    server = await createTestServer(
      // Retries at once; no background poll.
      { RAPPORT_JOB_RETRY_DELAY_SECONDS: '0', RAPPORT_SYNC_INTERVAL_SECONDS: '86400' },
      { plugins: [{ specifier: '@rapport/plugin-network-sandbox', baseDir: '/', options: { baseUrl: sandbox.url } }] },
    );
    admin = await setupAdmin(server);
    workspaceId = await createWorkspace(server, admin, 'Recording');
    channelId = ok(
      await server.gql('mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id } }', { input: { workspaceId, type: 'sandbox', displayName: 'Sandbox', credentials: { accessToken: sandbox.accessToken } } }, admin),
    ).connectChannel.id;
  });
  afterAll(async () => {
    await server?.close();
    await sandbox?.close();
  });

  const channelStatus = async (id = channelId) => (await server.sql('SELECT status FROM channel WHERE id = $1', [id]))[0].status as string;

  it('publishes a post once and marks it PUBLISHED when recording the publish failed the first time', async () => {
    const attempts = await refuseFirst('post_target', 'status', 'PUBLISHED');
    const post = ok(await server.gql('mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', { input: { workspaceId, body: 'Recorded on the second try', channelIds: [channelId] } }, admin)).createPost;
    ok(await server.gql('mutation($input: PostActionInput!) { publishPostNow(input: $input) { status } }', { input: { workspaceId, postId: post.id } }, admin));
    const target = await waitFor(async () => {
      const [row] = await server.sql('SELECT status, external_id, last_error FROM post_target WHERE post_id = $1', [post.id]);
      return row.status === 'PUBLISHED' || row.status === 'FAILED' ? row : undefined;
    }, 'the target to settle', 30_000);
    expect(await attempts()).toBe(2); // refused, then recorded
    const onNetwork = [...sandbox.state.posts.values()].filter((p) => p.text === 'Recorded on the second try');
    expect(onNetwork).toHaveLength(1);
    expect(target).toEqual({ status: 'PUBLISHED', external_id: onNetwork[0].id, last_error: null });
    expect(await channelStatus()).toBe('CONNECTED');
  });

  it('sends a reply once and marks it SENT when recording the send failed the first time', async () => {
    await sandbox.inject.comment({ text: 'Do you ship to Ghent?', author: { handle: 'jo' } });
    const conversationId = await waitFor(async () => {
      ok(await server.gql('mutation($ws: ID!, $ch: ID!) { syncChannel(workspaceId: $ws, channelId: $ch) { ok } }', { ws: workspaceId, ch: channelId }, admin));
      return (await server.sql("SELECT conversation_id FROM message WHERE body = 'Do you ship to Ghent?'"))[0]?.conversation_id as string | undefined;
    }, 'the comment to arrive');
    const attempts = await refuseFirst('message', 'delivery_status', 'SENT');
    const reply = ok(await server.gql('mutation($input: ReplyToConversationInput!) { replyToConversation(input: $input) { id } }', { input: { workspaceId, conversationId, body: 'Yes, in two days.' } }, admin)).replyToConversation;
    const settled = await waitFor(async () => {
      const [row] = await server.sql('SELECT delivery_status, delivery_error, external_id FROM message WHERE id = $1', [reply.id]);
      return row.delivery_status === 'SENT' || row.delivery_status === 'FAILED' ? row : undefined;
    }, 'the reply to settle', 30_000);
    expect(await attempts()).toBe(2);
    const onNetwork = [...sandbox.state.ownReplies.values()].filter((r) => r.text === 'Yes, in two days.');
    expect(onNetwork).toHaveLength(1);
    expect(settled).toEqual({ delivery_status: 'SENT', delivery_error: null, external_id: onNetwork[0].id });
    expect(await channelStatus()).toBe('CONNECTED');
  });

  it('sends a review reply once and marks it SENT when recording the send failed the first time', async () => {
    const sourceId = ok(
      await server.gql('mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id } }', { input: { workspaceId, type: 'sandbox-reviews', displayName: 'Reviews', credentials: { accessToken: sandbox.accessToken } } }, admin),
    ).connectChannel.id;
    const injected = await sandbox.inject.review({ rating: 5, text: 'Lovely staff.', author: { handle: 'kim' } });
    // Connecting starts a first sync in the background, which may be running (a second one is then turned away): pull until it is in.
    const reviewId = await waitFor(async () => {
      ok(await server.gql('mutation($ws: ID!, $ch: ID!) { syncReviews(workspaceId: $ws, channelId: $ch) { ok } }', { ws: workspaceId, ch: sourceId }, admin));
      return (await server.sql('SELECT id FROM review WHERE channel_id = $1 AND external_id = $2', [sourceId, injected.id]))[0]?.id as string | undefined;
    }, 'the review to arrive');
    const attempts = await refuseFirst('review', 'reply_status', 'SENT');
    ok(await server.gql('mutation($input: ReplyToReviewInput!) { replyToReview(input: $input) { id } }', { input: { workspaceId, reviewId, body: 'Thank you, Kim!' } }, admin));
    const settled = await waitFor(async () => {
      const [row] = await server.sql('SELECT reply_status, reply_error, reply_external_id FROM review WHERE id = $1', [reviewId]);
      return row.reply_status === 'SENT' || row.reply_status === 'FAILED' ? row : undefined;
    }, 'the review reply to settle', 30_000);
    expect(await attempts()).toBe(2);
    const onSite = sandbox.state.reviews.find(({ review }) => review.id === injected.id)!.review.reply;
    expect(onSite?.text).toBe('Thank you, Kim!');
    expect(settled).toEqual({ reply_status: 'SENT', reply_error: null, reply_external_id: onSite!.id });
    expect(await channelStatus(sourceId)).toBe('CONNECTED');
  });
});
