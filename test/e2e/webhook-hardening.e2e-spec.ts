import { signWebhookBody, SIGNATURE_HEADER } from '@rapport/plugin-network-sandbox';
import { startSandboxNetwork, type SandboxNetwork } from '@rapport/plugin-network-sandbox/server';
import { INGEST_ITEMS } from '../../apps/server/src/conversations/conversation.jobs.js';
import { JobQueue } from '../../apps/server/src/jobs/job-queue.js';
import { createMember, createWorkspace, errorCode, ok, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';
import { waitFor } from '../utils/wait.js';

const SECRET = 'whsec-hardening-test';
const FAILED_JOBS = `query($workspaceId: ID!) { failedJobs(workspaceId: $workspaceId) {
  totalCount edges { node { id kind subjectType subjectId lastError attempts failedAt } } } }`;
const RETRY = 'mutation($workspaceId: ID!, $id: ID!) { retryFailedJob(workspaceId: $workspaceId, id: $id) { id kind } }';

interface FailedJobNode {
  id: string;
  kind: string;
  subjectType: string | null;
  subjectId: string | null;
  lastError: string | null;
  attempts: number;
  failedAt: string;
}

describe('webhook hardening: payload validation, replay window, failed jobs', () => {
  let sandbox: SandboxNetwork;
  let server: TestServer;
  let workspaceA: string;
  let workspaceB: string;
  let adminA: string;
  let agentA: string;
  let adminB: string;
  let channelId: string;

  const deliver = (body: string, signature = signWebhookBody(SECRET, body)) =>
    server.http.post(`/webhooks/${channelId}`).set('content-type', 'application/json').set(SIGNATURE_HEADER, signature).send(body);
  const activityEvent = (id: string, data: Record<string, unknown> = {}) =>
    JSON.stringify({
      id: `evt_${id}`,
      type: 'activity.created',
      created_at: new Date().toISOString(),
      data: {
        id: `cmt_${id}`, type: 'comment', thread_id: `cmt_${id}`, in_reply_to_id: null, post_id: null,
        author: { id: 'usr_ana', handle: 'ana', name: 'Ana', avatar_url: null }, text: 'Hello', hidden: false, created_at: new Date().toISOString(),
        ...data,
      },
    });
  const messageCount = async (externalId: string) => (await server.sql('SELECT count(*)::int AS n FROM message WHERE external_id = $1', [externalId]))[0].n as number;
  const failedJobs = async (workspaceId: string, token = adminA) => ok(await server.gql<{ failedJobs: { totalCount: number; edges: Array<{ node: FailedJobNode }> } }>(FAILED_JOBS, { workspaceId }, token)).failedJobs;
  const failedJobOf = (kind: string, subjectId: string) =>
    waitFor(async () => (await failedJobs(workspaceA)).edges.map((edge) => edge.node).find((job) => job.kind === kind && job.subjectId === subjectId), `a failed ${kind} job`);

  beforeAll(async () => {
    sandbox = await startSandboxNetwork();
    // Retries at once, so a job that keeps failing runs out of retries in the test's time.
    server = await createTestServer({ RAPPORT_JOB_RETRY_DELAY_SECONDS: '0' }, {
      plugins: [{ specifier: '@rapport/plugin-network-sandbox', baseDir: '/', options: { baseUrl: sandbox.url } }],
    });
    const owner = await setupAdmin(server);
    workspaceA = await createWorkspace(server, owner, 'Brand A');
    workspaceB = await createWorkspace(server, owner, 'Brand B');
    adminA = await createMember(server, owner, workspaceA, 'admin@a.test', 'ADMIN');
    agentA = await createMember(server, owner, workspaceA, 'agent@a.test', 'AGENT');
    adminB = await createMember(server, owner, workspaceB, 'admin@b.test', 'ADMIN');
    channelId = ok(
      await server.gql('mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id } }', {
        input: { workspaceId: workspaceA, type: 'sandbox', displayName: 'Sandbox', credentials: { accessToken: sandbox.accessToken, webhookSecret: SECRET } },
      }, owner),
    ).connectChannel.id;
    // The backfill that connecting queues is done before any test counts jobs or injects faults.
    await waitFor(async () => ((await server.sql('SELECT last_synced_at FROM channel WHERE id = $1', [channelId]))[0].last_synced_at ? true : undefined), 'the first sync');
  });

  afterAll(async () => {
    await server?.close();
    await sandbox?.close();
  });

  it('refuses a signed payload with fields of the wrong type: 400 naming them, nothing stored, no job queued', async () => {
    const jobsBefore = (await server.sql("SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'ingest-inbound-items'"))[0].n;
    const response = await deliver(activityEvent('wrong', { text: 42, author: { id: 'usr_ana', handle: ['ana'], name: 'Ana', avatar_url: null }, created_at: 'yesterday' }));

    expect(response.status).toBe(400);
    expect(response.body.error).toContain('data.text: must be string');
    expect(response.body.error).toContain('data.author.handle: must be string');
    expect(response.body.error).toContain('data.created_at: must match format "date-time"');
    expect((await server.sql("SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'ingest-inbound-items'"))[0].n).toBe(jobsBefore);
    expect(await messageCount('cmt_wrong')).toBe(0);
  });

  it('accepts a freshly signed delivery, and refuses the same delivery signed an hour ago or ahead (401, nothing stored)', async () => {
    const hourAgo = Math.floor(Date.now() / 1000) - 3600;
    const stale = activityEvent('replayed');
    expect((await deliver(stale, signWebhookBody(SECRET, stale, hourAgo))).status).toBe(401);
    expect((await deliver(stale, signWebhookBody(SECRET, stale, hourAgo + 7200))).status).toBe(401);

    const fresh = activityEvent('fresh');
    expect((await deliver(fresh)).status).toBe(202);
    await waitFor(async () => ((await messageCount('cmt_fresh')) === 1 ? true : undefined), 'the fresh delivery ingested');
    expect(await messageCount('cmt_replayed')).toBe(0);
  });

  it('stores what PostgreSQL cannot hold as it can: a NUL or a lone surrogate in a delivery or a sync becomes U+FFFD, nothing is lost', async () => {
    const response = await deliver(activityEvent('nul', { text: 'Open at 9\u0000am?', author: { id: 'usr_ivy', handle: 'ivy', name: 'Ivy \ud83d', avatar_url: null } }));
    expect(response.status).toBe(202);
    const stored = async (externalId: string) => (await server.sql('SELECT m.body, c.name FROM message m JOIN contact c ON c.id = m.contact_id WHERE m.external_id = $1', [externalId]))[0];
    expect(await waitFor(() => stored('cmt_nul'), 'the delivery ingested')).toEqual({ body: 'Open at 9\ufffdam?', name: 'Ivy \ufffd' });
    // The same through a sync (no webhook).
    const injected = await sandbox.inject.comment({ text: 'Love it \ud83d\u0000', author: { handle: 'jo' } });
    ok(await server.gql('mutation($w: ID!, $c: ID!) { syncChannel(workspaceId: $w, channelId: $c) { ok } }', { w: workspaceA, c: channelId }, adminA));
    expect(await waitFor(() => stored(injected.id), 'the synced comment')).toMatchObject({ body: 'Love it \ufffd\ufffd' });
  });

  it('keeps a job that ran out of retries among the failed jobs, for ADMINs of its workspace only, and retrying it works', async () => {
    sandbox.setFaults({ status: 503, count: 1000 });
    await sandbox.inject.comment({ text: 'Are you open on Sunday?', author: { handle: 'ben' } });
    // The sync now fails (RETRY) and leaves a background sync to retry with backoff.
    expect(ok(await server.gql('mutation($w: ID!, $c: ID!) { syncChannel(workspaceId: $w, channelId: $c) { ok continuesInBackground } }', { w: workspaceA, c: channelId }, adminA)).syncChannel).toEqual({ ok: false, continuesInBackground: true });

    const failed = await failedJobOf('sync-channel', channelId);
    expect(failed).toMatchObject({ subjectType: 'CHANNEL', attempts: 4 });
    expect(failed.lastError).toMatch(/503/);

    expect(errorCode(await server.gql(FAILED_JOBS, { workspaceId: workspaceA }, agentA))).toBe('FORBIDDEN');
    expect(await failedJobs(workspaceB, adminB)).toEqual({ totalCount: 0, edges: [] });
    expect(errorCode(await server.gql(RETRY, { workspaceId: workspaceB, id: failed.id }, adminB))).toBe('NOT_FOUND');
    expect(errorCode(await server.gql(RETRY, { workspaceId: workspaceA, id: failed.id }, agentA))).toBe('FORBIDDEN');

    await fetch(`${sandbox.url}/v1/_faults`, { method: 'DELETE' });
    expect(ok(await server.gql(RETRY, { workspaceId: workspaceA, id: failed.id }, adminA)).retryFailedJob).toEqual({ id: failed.id, kind: 'sync-channel' });
    expect((await failedJobs(workspaceA)).edges.map((edge) => edge.node.id)).not.toContain(failed.id);
    await waitFor(async () => ((await server.sql("SELECT 1 FROM message WHERE body = 'Are you open on Sunday?'")).length ? true : undefined), 'the retried sync to bring the comment');
    expect(errorCode(await server.gql(RETRY, { workspaceId: workspaceA, id: failed.id }, adminA))).toBe('NOT_FOUND');
  });

  it('fails an ingestion job whose items are invalid at once, without retrying it, and an ADMIN can discard it', async () => {
    const jobId = await server.app.get(JobQueue).send(INGEST_ITEMS, {
      workspaceId: workspaceA,
      channelId,
      items: [{ kind: 'comment', externalId: 'cmt_bad', threadExternalId: 'cmt_bad', author: { externalId: 'usr_x', handle: 'x' }, text: 42 as unknown as string, createdAt: 'not a date' }],
    });

    const failed = await failedJobOf('ingest-inbound-items', channelId);
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toContain('items[0].text must be a string');
    expect(failed.lastError).toContain('items[0].createdAt must be an ISO 8601 date');
    expect((await server.sql('SELECT retry_count FROM pgboss.job WHERE id = $1', [jobId]))[0].retry_count).toBe(0);

    const discard = 'mutation($workspaceId: ID!, $id: ID!) { discardFailedJob(workspaceId: $workspaceId, id: $id) { id } }';
    expect(errorCode(await server.gql(discard, { workspaceId: workspaceB, id: failed.id }, adminB))).toBe('NOT_FOUND');
    expect(ok(await server.gql(discard, { workspaceId: workspaceA, id: failed.id }, adminA)).discardFailedJob).toEqual({ id: failed.id });
    expect((await failedJobs(workspaceA)).totalCount).toBe(0);
    expect(await messageCount('cmt_bad')).toBe(0);
  });
});
