import { signWebhookBody, SIGNATURE_HEADER } from '@rapport/plugin-network-sandbox';
import { startSandboxNetwork, type SandboxNetwork } from '@rapport/plugin-network-sandbox/server';
import type { InboundItem } from '@rapport/plugin-sdk';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { Channel } from '../../apps/server/src/channels/channel.entity.js';
import { MessageAddedEvent } from '../../apps/server/src/conversations/conversation-events.js';
import { INGEST_ITEMS } from '../../apps/server/src/conversations/conversation.jobs.js';
import { IngestionService } from '../../apps/server/src/conversations/ingestion.service.js';
import { JobQueue } from '../../apps/server/src/jobs/job-queue.js';
import { createMember, createWorkspace, ok, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';
import { waitFor as waitForAnswer } from '../utils/wait.js';

const SECRET = 'whsec-batches-test';
const MESSAGES = `query($ws: ID!) { conversations(workspaceId: $ws, first: 20) { edges { node { labels
  contact { handle name } messages(first: 10) { totalCount edges { node { body labels visibility } } } } } } }`;
const MESSAGE_FIELDS = 'id conversationId direction kind externalId contactId body sentAt visibility labels findings { rule } networkEffect { action state }';
const FAILED_JOBS = 'query($ws: ID!) { failedJobs(workspaceId: $ws) { edges { node { kind attempts lastError } } } }';

/**
 * Webhook deliveries are worked many per job batch (INGEST_ITEMS batchSize)
 * and written many per transaction. What a user sees must not change: one
 * message per network item however often and however together it arrives,
 * and one bad delivery fails alone.
 */
describe('ingestion in batches', () => {
  let sandbox: SandboxNetwork;
  let server: TestServer;
  let workspaceId: string;
  let agent: string;
  let admin: string;
  let channelId: string;

  const waitFor = <T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 30_000) => waitForAnswer(probe, what, timeoutMs);
  const item = (id: string, text: string, author = 'ana', thread = `thr_${id}`): InboundItem => ({
    kind: 'comment',
    externalId: `cmt_${id}`,
    threadExternalId: thread,
    author: { externalId: `usr_${author}`, handle: author, name: author.toUpperCase() },
    text,
    createdAt: new Date().toISOString(),
  });
  /** Every message body the inbox shows, by conversation. */
  const inbox = async () =>
    ok(await server.gql<{ conversations: { edges: Array<{ node: { labels: string[]; contact: { handle: string }; messages: { totalCount: number; edges: Array<{ node: { body: string } }> } } }> } }>(MESSAGES, { ws: workspaceId }, agent))
      .conversations.edges.map((e) => e.node);
  const bodies = async () => (await inbox()).flatMap((c) => c.messages.edges.map((e) => e.node.body)).sort();
  const ingestJobsOpen = async () => (await server.sql("SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'ingest-inbound-items' AND state IN ('created', 'retry', 'active')"))[0].n as number;

  beforeAll(async () => {
    sandbox = await startSandboxNetwork();
    server = await createTestServer({ RAPPORT_JOB_RETRY_DELAY_SECONDS: '0' }, {
      plugins: [
        { specifier: '@rapport/plugin-network-sandbox', baseDir: '/', options: { baseUrl: sandbox.url } },
        { specifier: '@rapport/plugin-rule-question-detector', baseDir: '/', options: {} },
        { specifier: '@rapport/plugin-rule-spam', baseDir: '/', options: {} },
      ],
    });
    const owner = await setupAdmin(server);
    workspaceId = await createWorkspace(server, owner, 'Batches');
    agent = await createMember(server, owner, workspaceId, 'agent@batches.test', 'AGENT');
    admin = await createMember(server, owner, workspaceId, 'admin@batches.test', 'ADMIN');
    channelId = ok(
      await server.gql('mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id } }', {
        input: { workspaceId, type: 'sandbox', displayName: 'Sandbox', credentials: { accessToken: sandbox.accessToken, webhookSecret: SECRET } },
      }, owner),
    ).connectChannel.id;
    await waitFor(async () => ((await server.sql('SELECT last_synced_at FROM channel WHERE id = $1', [channelId]))[0].last_synced_at ? true : undefined), 'the first sync');
    // A question labels its message and conversation: a sign the policies ran on the batch.
    ok(await server.gql('mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { id } }', {
      input: { workspaceId, name: 'Triage', scope: 'INBOUND_MESSAGE', rules: [{ rule: 'question-detector', action: 'LABEL' }, { rule: 'spam', action: 'HIDE' }] },
    }, admin));
  });

  afterAll(async () => {
    await server?.close();
    await sandbox?.close();
  });

  it('stores an item delivered twice in one batch, or twice in one delivery, once; and again once when it comes back in a later batch', async () => {
    const queue = server.app.get(JobQueue);
    const live = await server.subscribed<{ messageAdded: { id: string } & Record<string, unknown> }>(MessageAddedEvent.eventName, workspaceId, `subscription($ws: ID!) { messageAdded(workspaceId: $ws) { ${MESSAGE_FIELDS} } }`, { ws: workspaceId }, agent);
    const first = item('twice', 'Do you ship to Lyon?', 'bo');
    const other = item('once', 'Lovely shop', 'bo', first.threadExternalId);
    // Written in one statement, so the workers fetch them together.
    await queue.sendMany(INGEST_ITEMS, [
      { workspaceId, channelId, items: [first] },
      { workspaceId, channelId, items: [first, other, first] },
      { workspaceId, channelId, items: [first] },
    ]);
    await waitFor(async () => ((await ingestJobsOpen()) === 0 ? true : undefined), 'the batch to be worked');
    expect(await bodies()).toEqual(['Do you ship to Lyon?', 'Lovely shop']);
    const [conversation] = (await inbox()).filter((c) => c.contact.handle === 'bo');
    expect(conversation.messages.totalCount).toBe(2);
    expect(conversation.labels).toContain('question');
    // Subscribers are told of each new message once, as the API shows it.
    await waitFor(async () => (live.received.length >= 2 ? true : undefined), 'the live messages');
    const conversationId = (await server.sql('SELECT conversation_id FROM message WHERE external_id = $1', [first.externalId]))[0].conversation_id;
    const stored = ok(await server.gql<{ conversation: { messages: { edges: Array<{ node: Record<string, unknown> }> } } }>(
      `query($ws: ID!, $id: ID!) { conversation(workspaceId: $ws, id: $id) { messages(first: 10) { edges { node { ${MESSAGE_FIELDS} } } } } }`, { ws: workspaceId, id: conversationId }, agent,
    )).conversation.messages.edges.map((e) => e.node);
    expect(live.received.map((m) => m.messageAdded).sort((a, b) => String(a.body).localeCompare(String(b.body)))).toEqual(stored.sort((a, b) => String(a.body).localeCompare(String(b.body))));
    await live.close();

    // Later: the same item as a signed webhook delivery, then in a job of its own.
    const body = JSON.stringify({
      id: 'evt_again', type: 'activity.created', created_at: new Date().toISOString(),
      data: { id: first.externalId, type: 'comment', thread_id: first.threadExternalId, in_reply_to_id: null, post_id: null, author: { id: 'usr_bo', handle: 'bo', name: 'BO', avatar_url: null }, text: first.text, hidden: false, created_at: first.createdAt },
    });
    const response = await server.http.post(`/webhooks/${channelId}`).set('content-type', 'application/json').set(SIGNATURE_HEADER, signWebhookBody(SECRET, body)).send(body);
    expect(response.status).toBe(202);
    await queue.send(INGEST_ITEMS, { workspaceId, channelId, items: [first, item('new', 'And to Porto?', 'bo', first.threadExternalId)] });
    await waitFor(async () => ((await bodies()).includes('And to Porto?') && (await ingestJobsOpen()) === 0 ? true : undefined), 'the later batches');
    expect(await bodies()).toEqual(['And to Porto?', 'Do you ship to Lyon?', 'Lovely shop']);
  });

  it('stores each item of a batch mixing hidden and visible ones with its own visibility', async () => {
    await server.app.get(JobQueue).sendMany(INGEST_ITEMS, [
      { workspaceId, channelId, items: [item('plain1', 'See you on Saturday', 'eve')] },
      { workspaceId, channelId, items: [item('spam1', 'FREE crypto giveaway!!! DM me to claim: bit.ly/3xYz9 bit.ly/3xYz9', 'bot')] },
      { workspaceId, channelId, items: [item('plain2', 'Lovely staff', 'eve')] },
    ]);
    await waitFor(async () => ((await ingestJobsOpen()) === 0 ? true : undefined), 'the batch to be worked');
    const visibility = new Map(
      (await inbox())
        .flatMap((c) => c.messages.edges.map((e) => e.node as unknown as { body: string; visibility: string }))
        .map((m) => [m.body, m.visibility]),
    );
    expect(visibility.get('See you on Saturday')).toBe('VISIBLE');
    expect(visibility.get('Lovely staff')).toBe('VISIBLE');
    expect(visibility.get('FREE crypto giveaway!!! DM me to claim: bit.ly/3xYz9 bit.ly/3xYz9')).toBe('HIDDEN');
  });

  it('lands the valid deliveries of a batch and fails the one with an invalid item alone, at once, among the failed jobs', async () => {
    const queue = server.app.get(JobQueue);
    const bad = { ...item('bad', 'x', 'cy'), text: 42 as unknown as string };
    await queue.sendMany(INGEST_ITEMS, [
      { workspaceId, channelId, items: [item('good1', 'Great service', 'cy')] },
      { workspaceId, channelId, items: [item('fine', 'Is it open on Sunday?', 'cy'), bad] },
      { workspaceId, channelId, items: [item('good2', 'Thanks a lot', 'dee')] },
    ]);
    await waitFor(async () => ((await ingestJobsOpen()) === 0 ? true : undefined), 'the batch to be worked');
    const stored = await bodies();
    expect(stored).toEqual(expect.arrayContaining(['Great service', 'Thanks a lot']));
    // The invalid delivery stores nothing, not even its valid item.
    expect(stored).not.toContain('Is it open on Sunday?');
    const failed = await waitFor(async () => {
      const jobs = ok(await server.gql<{ failedJobs: { edges: Array<{ node: { kind: string; attempts: number; lastError: string } }> } }>(FAILED_JOBS, { ws: workspaceId }, admin)).failedJobs.edges.map((e) => e.node);
      return jobs.length ? jobs : undefined;
    }, 'the failed job');
    expect(failed).toEqual([{ kind: 'ingest-inbound-items', attempts: 1, lastError: expect.stringContaining('items[1].text must be a string') }]);
  });
  it('writes deliveries of one channel that arrive together as one job, and an item that cannot be stored fails alone', async () => {
    const queue = server.app.get(JobQueue);
    // An item the database refuses, whatever it says: a stand-in for a row no retry can store.
    await server.sql(`CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.body = 'poison' THEN RAISE EXCEPTION 'poisoned'; END IF; RETURN NEW; END $$`);
    await server.sql('CREATE TRIGGER refuse_poison BEFORE INSERT ON message FOR EACH ROW EXECUTE FUNCTION refuse_poison()');
    try {
      const jobsBefore = (await server.sql("SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'ingest-inbound-items'"))[0].n as number;
      // Sent together: the first is written at once, the three behind it in one job.
      await Promise.all([
        queue.sendSoon(INGEST_ITEMS, { workspaceId, channelId, items: [item('m1', 'First of the burst', 'eve')] }),
        queue.sendSoon(INGEST_ITEMS, { workspaceId, channelId, items: [item('m2', 'Second of the burst', 'eve')] }),
        queue.sendSoon(INGEST_ITEMS, { workspaceId, channelId, items: [item('m3', 'poison', 'fay')] }),
        queue.sendSoon(INGEST_ITEMS, { workspaceId, channelId, items: [item('m4', 'Fourth of the burst', 'gus')] }),
      ]);
      const rows = await server.sql("SELECT data FROM pgboss.job WHERE name = 'ingest-inbound-items' ORDER BY created_on OFFSET $1", [jobsBefore]);
      expect(rows.map((row) => (row.data as { items: InboundItem[] }).items.map((i) => i.externalId))).toEqual([['cmt_m1'], ['cmt_m2', 'cmt_m3', 'cmt_m4']]);
      await waitFor(async () => ((await bodies()).includes('Fourth of the burst') ? true : undefined), 'the burst to be stored');
      expect(await bodies()).toEqual(expect.arrayContaining(['First of the burst', 'Second of the burst', 'Fourth of the burst']));
      // The poisoned item went on as a job of its own, retried, then kept among the failed jobs; the others stand.
      const failed = await waitFor(async () => {
        const jobs = ok(await server.gql<{ failedJobs: { edges: Array<{ node: { kind: string; attempts: number; lastError: string } }> } }>(FAILED_JOBS, { ws: workspaceId }, admin)).failedJobs.edges.map((e) => e.node);
        const poisoned = jobs.filter((job) => job.lastError.includes('poisoned'));
        return poisoned.length ? poisoned : undefined;
      }, 'the poisoned item to fail alone');
      expect(failed).toEqual([{ kind: 'ingest-inbound-items', attempts: INGEST_ITEMS.retryLimit + 1, lastError: expect.stringContaining('poisoned') }]);
      expect(await bodies()).not.toContain('poison');
    } finally {
      await server.sql('DROP TRIGGER refuse_poison ON message');
      await server.sql('DROP FUNCTION refuse_poison()');
    }
  });

  it('writes a page of many items (several statements) once each, deciding each item on its author\'s earlier items of the page', async () => {
    const ingestion = server.app.get(IngestionService);
    const channel = await server.app.get(DataSource).getRepository(Channel).findOneByOrFail({ id: channelId });
    const start = Date.parse('2026-03-01T10:00:00Z');
    const at = (minute: number) => new Date(start + minute * 60_000).toISOString();
    // Keys run against time ("pg_249" is the oldest), so items are not written in the order they are decided on.
    const page: InboundItem[] = Array.from({ length: 250 }, (_, i) => ({
      ...item(`pg_${249 - i}`, `Note number ${i} about the shop`, `page_${i % 40}`, `thr_page_${i % 30}`),
      createdAt: at(i),
    }));
    // One author sends the same text four times across the page: the third and fourth copies are a copy-paste campaign.
    const copies = [20, 90, 160, 230];
    for (const index of copies) page[index] = { ...page[index], author: { externalId: 'usr_copy', handle: 'copy', name: 'COPY' }, text: 'Visit my profile for a surprise' };
    page[245] = { ...page[245], text: 'Do you open on Sunday?' };

    expect(await ingestion.ingest(channel, [...page].reverse())).toEqual({ created: 250, duplicates: 0 });
    const rows: Array<{ external_id: string; visibility: string; network_action: string | null }> = await server.sql(
      "SELECT external_id, visibility, network_action FROM message WHERE channel_id = $1 AND external_id LIKE 'cmt_pg_%'",
      [channelId],
    );
    expect(rows).toHaveLength(250);
    const hidden = rows.filter((r) => r.visibility === 'HIDDEN').map((r) => r.external_id).sort();
    expect(hidden).toEqual([page[160].externalId, page[230].externalId].sort());
    expect(rows.filter((r) => r.network_action === 'HIDE').map((r) => r.external_id).sort()).toEqual(hidden);
    // A thread's items are spread over the page: its conversation ends at its newest item, with the question's label.
    const [thread] = await server.sql('SELECT last_message_at, labels, awaiting_answer FROM conversation WHERE channel_id = $1 AND thread_external_id = $2', [channelId, 'thr_page_5']);
    expect(thread).toEqual({ last_message_at: new Date(at(245)), labels: ['question'], awaiting_answer: true });

    expect(await ingestion.ingest(channel, page)).toEqual({ created: 0, duplicates: 250 });
  });

  it('sends a page\'s statements one after another while the database is slow, never queueing one behind a busy connection', async () => {
    const ingestion = server.app.get(IngestionService);
    const channel = await server.app.get(DataSource).getRepository(Channel).findOneByOrFail({ id: channelId });
    // Every insert into message takes 0.2 s: the policies decide the next chunks long before the first is written.
    await server.sql(`CREATE FUNCTION slow_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(0.2); RETURN NULL; END $$`);
    await server.sql('CREATE TRIGGER slow_insert BEFORE INSERT ON message FOR EACH STATEMENT EXECUTE FUNCTION slow_insert()');
    // A query sent while another still waits for the connection is what the driver deprecates (pg@9 refuses it):
    // count, at each call, the queries already waiting on that connection.
    const waiting: number[] = [];
    const query = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: { _queryQueue: unknown[] }, ...args: unknown[]) {
      waiting.push(this._queryQueue.length);
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof query;
    try {
      const page: InboundItem[] = Array.from({ length: 450 }, (_, i) => item(`slow_${i}`, `Slow note ${i}`, `slow_${i % 50}`, `thr_slow_${i % 60}`));
      expect(await ingestion.ingest(channel, page)).toEqual({ created: 450, duplicates: 0 });
      expect(waiting.length).toBeGreaterThan(5);
      expect(waiting.filter((count) => count > 0)).toEqual([]);
      expect((await server.sql("SELECT count(*)::int AS n FROM message WHERE channel_id = $1 AND external_id LIKE 'cmt_slow_%'", [channelId]))[0].n).toBe(450);
    } finally {
      pg.Client.prototype.query = query;
      await server.sql('DROP TRIGGER slow_insert ON message');
      await server.sql('DROP FUNCTION slow_insert()');
    }
  });
});
