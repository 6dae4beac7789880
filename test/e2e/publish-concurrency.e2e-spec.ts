import { startSandboxNetwork, type SandboxNetwork } from '@rapport/plugin-network-sandbox/server';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { JobQueue, RetryLater } from '../../apps/server/src/jobs/job-queue.js';
import { PostPublisher } from '../../apps/server/src/posts/post-publisher.js';
import { PUBLISH_TARGET } from '../../apps/server/src/posts/publish-target.job.js';
import { createWorkspace, ok, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';

const CLIENTS = 4;
const POSTS_PER_CLIENT = 50;
const LIVE_JOB_STATES = ['created', 'retry', 'active'];

/**
 * Many clients publish two-channel posts at the same moment. Every accepted
 * publish must reach the network exactly once per channel, and every post must
 * end PUBLISHED: no job may be dropped because a worker saw the post before its
 * transaction committed, and two targets finishing together must not leave the
 * post PUBLISHING.
 */
describe('publishing under concurrent load', () => {
  let sandbox: SandboxNetwork;
  let server: TestServer;
  let admin: string;
  let workspaceId: string;
  let channelIds: string[];

  beforeAll(async () => {
    // Two accounts: one account is connected at most once per workspace.
    sandbox = await startSandboxNetwork({ otherAccounts: [{ accessToken: 'sandbox-token-b', handle: 'rapport-demo-b' }] });
    // Many pollers looking for work often: a job is picked up within milliseconds of being visible.
    server = await createTestServer(
      { RAPPORT_JOB_POLLING_SECONDS: '0.5', RAPPORT_JOB_CONCURRENCY: '12' },
      { plugins: [{ specifier: '@rapport/plugin-network-sandbox', baseDir: '/', options: { baseUrl: sandbox.url } }], logLevel: 'info' },
    );
    admin = await setupAdmin(server);
    workspaceId = await createWorkspace(server, admin, 'Busy Brand');
    channelIds = [];
    for (const [name, accessToken] of [['Sandbox A', sandbox.accessToken], ['Sandbox B', 'sandbox-token-b']]) {
      const { connectChannel } = ok(
        await server.gql('mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id } }', { input: { workspaceId, type: 'sandbox', displayName: name, credentials: { accessToken } } }, admin),
      );
      channelIds.push(connectChannel.id);
    }
  });
  afterAll(async () => {
    await server.close();
    await sandbox.close();
  });

  /** One variant per channel, unique per target, so the network's side can be counted per target. */
  const text = (body: string, channelId: string) => `${body} on ${channelId}`;

  async function publishNewPost(body: string): Promise<string> {
    const variants = channelIds.map((channelId) => ({ channelId, text: text(body, channelId) }));
    const post = ok(await server.gql('mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', { input: { workspaceId, body, channelIds, variants } }, admin)).createPost;
    ok(await server.gql('mutation($input: PostActionInput!) { publishPostNow(input: $input) { status } }', { input: { workspaceId, postId: post.id } }, admin));
    return post.id;
  }

  const liveJobs = async () =>
    (await server.sql<{ n: number }>('SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state::text = ANY($2)', [PUBLISH_TARGET.name, LIVE_JOB_STATES]))[0].n;

  /** Polls until nothing is left to do: no publish job waiting, running or retrying. */
  async function untilQueueIdle(timeoutMs = 40_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((await liveJobs()) > 0) {
      if (Date.now() > deadline) throw new Error(`publish jobs still live after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  it('publishes every target of every post exactly once, and every post ends PUBLISHED', async () => {
    const perClient = await Promise.all(
      Array.from({ length: CLIENTS }, async (_, client) => {
        const ids: string[] = [];
        for (let n = 0; n < POSTS_PER_CLIENT; n++) ids.push(await publishNewPost(`client ${client} post ${n}`));
        return ids;
      }),
    );
    const postIds = perClient.flat();
    await untilQueueIdle();

    const posts = await server.sql<{ id: string; status: string }>('SELECT id, status FROM post WHERE id = ANY($1)', [postIds]);
    const byStatus = (rows: Array<{ status: string }>) => rows.reduce<Record<string, number>>((counts, row) => ({ ...counts, [row.status]: (counts[row.status] ?? 0) + 1 }), {});
    expect(byStatus(posts)).toEqual({ PUBLISHED: CLIENTS * POSTS_PER_CLIENT });

    const targets = await server.sql<{ body: string; channel_id: string; status: string; attempts: number; external_id: string }>(
      'SELECT p.body, t.channel_id, t.status, t.attempts, t.external_id FROM post_target t JOIN post p ON p.id = t.post_id WHERE p.id = ANY($1)',
      [postIds],
    );
    expect(targets).toHaveLength(CLIENTS * POSTS_PER_CLIENT * channelIds.length);
    expect(byStatus(targets)).toEqual({ PUBLISHED: targets.length });
    // Every target was sent; a retry after a transient failure (seen once in ~6 CI runs, cause not yet found)
    // calls again with the same idempotency key, so exactly-once is asserted where it matters: the network holds
    // one post per target text, the one Rapport recorded.
    expect(targets.filter((t) => t.attempts < 1)).toEqual([]);
    const onNetwork = new Map<string, string[]>();
    for (const post of sandbox.state.posts.values()) onNetwork.set(post.text, [...(onNetwork.get(post.text) ?? []), post.id]);
    const mismatched = targets.filter((t) => JSON.stringify(onNetwork.get(text(t.body, t.channel_id))) !== JSON.stringify([t.external_id]));
    expect(mismatched).toEqual([]);
    expect(sandbox.state.posts.size).toBe(targets.length);
  }, 60_000);

  it('re-enqueues due targets whose job was lost, and leaves targets with a live job alone', async () => {
    const publisher = server.app.get(PostPublisher);
    // Scheduled for later, so no worker touches them yet.
    const later = new Date(Date.now() + 3_600_000).toISOString();
    const schedule = async (body: string) => {
      const post = ok(await server.gql('mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', { input: { workspaceId, body, channelIds: [channelIds[0]] } }, admin)).createPost;
      ok(await server.gql('mutation($input: SchedulePostInput!) { schedulePost(input: $input) { status } }', { input: { workspaceId, postId: post.id, at: later } }, admin));
      return post.id as string;
    };
    const jobsOf = (postId: string) =>
      server.sql<{ state: string }>("SELECT j.state::text FROM pgboss.job j JOIN post_target t ON j.data->>'targetId' = t.id::text WHERE t.post_id = $1 AND j.name = $2", [postId, PUBLISH_TARGET.name]);
    const loseJob = (postId: string) => server.sql("DELETE FROM pgboss.job WHERE name = $1 AND data->>'targetId' IN (SELECT id::text FROM post_target WHERE post_id = $2)", [PUBLISH_TARGET.name, postId]);

    const lost = await schedule('My job was lost');
    // A worker claimed this one and its job vanished mid-publish.
    const stuck = await schedule('My job vanished mid-publish');
    const queued = await schedule('My job is still queued');
    expect(await jobsOf(lost)).toHaveLength(1);
    await loseJob(lost);
    await loseJob(stuck);
    await server.sql("UPDATE post_target SET status = 'PUBLISHING', attempts = 1 WHERE post_id = $1", [stuck]);
    await server.sql("UPDATE post SET status = 'PUBLISHING' WHERE id = $1", [stuck]);
    // All three are now long overdue; the queued one's job waits for later still.
    const overdue = new Date(Date.now() - 600_000).toISOString();
    await server.sql('UPDATE post SET scheduled_at = $2 WHERE id = ANY($1)', [[lost, stuck, queued], overdue]);

    expect(await publisher.requeueLostTargets()).toBe(2);
    expect(await publisher.requeueLostTargets()).toBe(0);

    const deadline = Date.now() + 20_000;
    const statusOf = async (postId: string) => (await server.sql('SELECT status FROM post WHERE id = $1', [postId]))[0].status;
    while ((await statusOf(lost)) !== 'PUBLISHED' || (await statusOf(stuck)) !== 'PUBLISHED') {
      if (Date.now() > deadline) throw new Error(`the requeued posts never published: ${await statusOf(lost)}, ${await statusOf(stuck)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    for (const body of ['My job was lost', 'My job vanished mid-publish']) expect([...sandbox.state.posts.values()].filter((p) => p.text === body)).toHaveLength(1);
    expect(await jobsOf(queued)).toEqual([{ state: 'created' }]);
    expect(await statusOf(queued)).toBe('SCHEDULED');
    expect(server.logLines.some((line) => line.includes('"requeued":2'))).toBe(true);
  }, 30_000);

  it('writes a job sent in a transaction with it: invisible before commit, gone on rollback', async () => {
    const queue = server.app.get(JobQueue);
    const jobsFor = (targetId: string) => server.sql("SELECT id FROM pgboss.job WHERE name = $1 AND data->>'targetId' = $2", [PUBLISH_TARGET.name, targetId]);
    const later = new Date(Date.now() + 3_600_000);
    const send = (targetId: string, transaction: EntityManager) =>
      queue.send(PUBLISH_TARGET, { workspaceId, targetId, scheduledAt: later.toISOString() }, { startAfter: later, transaction });

    const rolledBack = randomUUID();
    await expect(
      server.app.get(DataSource).transaction(async (manager) => {
        await send(rolledBack, manager);
        throw new Error('the caller failed after enqueueing');
      }),
    ).rejects.toThrow('the caller failed after enqueueing');
    expect(await jobsFor(rolledBack)).toEqual([]);

    const committed = randomUUID();
    await server.app.get(DataSource).transaction(async (manager) => {
      await send(committed, manager);
      expect(await jobsFor(committed)).toEqual([]);
    });
    expect(await jobsFor(committed)).toHaveLength(1);
    await server.sql("DELETE FROM pgboss.job WHERE name = $1 AND data->>'targetId' = $2", [PUBLISH_TARGET.name, committed]);
  });

  it('retries a job that is ahead of its post instead of dropping it, and ignores one of an earlier schedule', async () => {
    const publisher = server.app.get(PostPublisher);
    const at = new Date(Date.now() + 3_600_000);
    const post = ok(await server.gql('mutation($input: CreatePostInput!) { createPost(input: $input) { id targets { id } } }', { input: { workspaceId, body: 'Not due yet', channelIds: [channelIds[0]] } }, admin)).createPost;
    ok(await server.gql('mutation($input: SchedulePostInput!) { schedulePost(input: $input) { status } }', { input: { workspaceId, postId: post.id, at: at.toISOString() } }, admin));
    const job = (scheduledAt: Date) => publisher.publish({ workspaceId, targetId: post.targets[0].id, scheduledAt: scheduledAt.toISOString() }, { id: randomUUID(), retryCount: 0 });

    // A schedule the post has not reached: its transaction may not be visible yet.
    await expect(job(new Date(at.getTime() + 60_000))).rejects.toBeInstanceOf(RetryLater);
    // A schedule the post has moved past: the new schedule has its own job.
    await expect(job(new Date(at.getTime() - 60_000))).resolves.toBeUndefined();
    expect(await server.sql('SELECT status, attempts FROM post_target WHERE post_id = $1', [post.id])).toEqual([{ status: 'PENDING', attempts: 0 }]);
    expect([...sandbox.state.posts.values()].filter((p) => p.text === 'Not due yet')).toEqual([]);
  });
});
