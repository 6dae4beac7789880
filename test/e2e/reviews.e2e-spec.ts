import { signWebhookBody, SIGNATURE_HEADER } from '@rapport/plugin-network-sandbox';
import { startSandboxNetwork, type SandboxNetwork } from '@rapport/plugin-network-sandbox/server';
import { ReviewAddedEvent } from '../../apps/server/src/reviews/review-events.js';
import { createMember, createWorkspace, errorCode, ok, setupAdmin } from '../utils/fixtures.js';
import { subscribe } from '../utils/subscriptions.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';
import { until } from '../utils/wait.js';

const SECRET = 'whsec-reviews-test';
const REVIEW_FIELDS = `id externalId rating rawRating title body urgent sentiment labels flags suspicion
  suspicionReasons { signal weight detail } author { externalId handle name }
  reply { body status sentAt error externalId }`;

describe('reviews: ingestion, triage, replies, suspicion, disputes and reputation', () => {
  let sandbox: SandboxNetwork;
  let server: TestServer;
  let admin: string;
  let workspaceA: string;
  let workspaceB: string;
  let agentA: string;
  let agentB: string;
  let adminB: string;
  let sourceA: string;
  let sourceB: string;

  const sql = (text: string, params: unknown[] = []) => server.sql(text, params);
  const waitFor = async (condition: () => Promise<boolean> | boolean, what: string, timeoutMs = 15_000) => void (await until(what, condition, timeoutMs));
  const jobsSettled = () => waitFor(async () => (await sql("SELECT count(*)::int AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active') AND name <> 'reviews-housekeeping' AND name <> 'inbox-housekeeping'"))[0].n === 0, 'queued jobs');
  const reviewRow = async (externalId: string, channelId = sourceA) => (await sql('SELECT * FROM review WHERE channel_id = $1 AND external_id = $2', [channelId, externalId]))[0];
  const arrived = (externalId: string) => waitFor(async () => Boolean(await reviewRow(externalId)), `review ${externalId}`);
  const review = async (id: string, token = agentA, workspaceId = workspaceA) =>
    ok(await server.gql(`query($ws: ID!, $id: ID!) { review(workspaceId: $ws, id: $id) { ${REVIEW_FIELDS} revisions { totalCount edges { node { previousRating previousBody editedAt } } } } }`, { ws: workspaceId, id }, token)).review;
  const mutate = (name: string, inputType: string, input: Record<string, unknown>, token: string, fields = 'id reply { status body }') =>
    server.gql(`mutation($input: ${inputType}!) { ${name}(input: $input) { ${fields} } }`, { input }, token);
  const deliver = (channelId: string, body: string) =>
    server.http.post(`/webhooks/${channelId}`).set('content-type', 'application/json').set(SIGNATURE_HEADER, signWebhookBody(SECRET, body)).send(body);
  const syncA = () => server.gql('mutation($ws: ID!, $ch: ID!) { syncReviews(workspaceId: $ws, channelId: $ch) { ok } }', { ws: workspaceA, ch: sourceA }, admin);

  beforeAll(async () => {
    sandbox = await startSandboxNetwork();
    server = await createTestServer({}, {
      plugins: [
        { specifier: '@rapport/plugin-network-sandbox', baseDir: '/', options: { baseUrl: sandbox.url } },
        { specifier: '@rapport/plugin-rule-sentiment-and-criticism', baseDir: '/', options: {} },
        { specifier: '@rapport/plugin-rule-banned-terms', baseDir: '/', options: {} },
      ],
    });
    admin = await setupAdmin(server);
    workspaceA = await createWorkspace(server, admin, 'Pizzeria A');
    workspaceB = await createWorkspace(server, admin, 'Pizzeria B');
    agentA = await createMember(server, admin, workspaceA, 'agent@a.test', 'AGENT');
    agentB = await createMember(server, admin, workspaceB, 'agent@b.test', 'AGENT');
    adminB = await createMember(server, admin, workspaceB, 'admin@b.test', 'ADMIN');
    const connect = async (workspaceId: string, displayName: string) =>
      ok(await server.gql('mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id kind } }', { input: { workspaceId, type: 'sandbox-reviews', displayName, credentials: { accessToken: sandbox.accessToken, webhookSecret: SECRET } } }, admin)).connectChannel;
    const a = await connect(workspaceA, 'Reviews (webhooks)');
    expect(a.kind).toBe('REVIEW_SOURCE');
    sourceA = a.id;
    sourceB = (await connect(workspaceB, 'Reviews (polling)')).id;
    const policy = 'mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { id } }';
    ok(await server.gql(policy, { input: { workspaceId: workspaceA, name: 'Review triage', scope: 'REVIEW', rules: [{ rule: 'sentiment-and-criticism', action: 'ESCALATE' }] } }, admin));
    ok(await server.gql(policy, {
      input: {
        workspaceId: workspaceA,
        name: 'Voice',
        scope: 'OUTBOUND_REPLY',
        rules: [
          { rule: 'banned-terms', args: { terms: [{ term: 'calm down' }] }, action: 'BLOCK' },
          { rule: 'banned-terms', args: { terms: [{ term: 'refund' }] }, action: 'REQUIRE_APPROVAL' },
        ],
      },
    }, admin));
    const httpUrl = server.wsUrl.replace('ws://', 'http://').replace(/\/graphql$/, '');
    sandbox.configure({ webhook: { url: `${httpUrl}/webhooks/${sourceA}`, secret: SECRET } });
  });
  afterAll(async () => {
    await server?.close();
    await sandbox?.close();
  });

  let dan: string; // sandbox id of the review edited in the first test, replied to in the second
  let danReviewId: string;

  it('ingests pushed reviews live, keeps edits as revisions, and never duplicates on replays or resyncs', async () => {
    const live = await server.subscribed<{ reviewAdded: { externalId: string; rating: number } }>(ReviewAddedEvent.eventName, workspaceA, 'subscription($ws: ID!) { reviewAdded(workspaceId: $ws) { externalId rating } }', { ws: workspaceA }, agentA);
    let original;
    try {
      original = await sandbox.inject.review({ rating: 2, title: 'Meh', text: 'Cold pizza and a rude waiter. Very disappointed.', author: { handle: 'dan', name: 'Dan' } });
      dan = original.id;
      await arrived(dan);
      expect((await live.next()).reviewAdded).toEqual({ externalId: dan, rating: 2 });
    } finally {
      await live.close();
    }
    danReviewId = (await reviewRow(dan)).id;
    const first = await review(danReviewId);
    expect(first).toMatchObject({ rating: 2, rawRating: 2, title: 'Meh', urgent: true, sentiment: 'NEGATIVE', author: { handle: 'dan', name: 'Dan' }, reply: null });
    expect(first.labels).toContain('criticism');

    const edited = await sandbox.inject.review({ id: dan, rating: 4, text: 'Second visit was much better, the pizza was great.' });
    await waitFor(async () => (await reviewRow(dan)).raw_rating === 4, 'the edit');
    const after = await review(danReviewId);
    expect(after).toMatchObject({ rating: 4, title: 'Meh', body: edited.text, urgent: false });
    expect(after.revisions.totalCount).toBe(1);
    expect(after.revisions.edges[0].node).toMatchObject({ previousRating: 2, previousBody: original.text });

    // Replays of both deliveries (the stale original after the edit), and two syncs: nothing new.
    const event = (type: string, data: unknown) => JSON.stringify({ id: `evt_${type}`, type, created_at: new Date().toISOString(), data });
    for (const body of [event('review.created', original), event('review.updated', edited), event('review.created', original)]) expect((await deliver(sourceA, body)).status).toBe(202);
    // Properly signed but older than the edit we have: accepted, and ignored.
    expect((await deliver(sourceA, event('review.created', { ...original, title: 'Stale' }))).status).toBe(202);
    expect((await server.http.post(`/webhooks/${sourceA}`).set('content-type', 'application/json').set(SIGNATURE_HEADER, 'sha256=00').send(event('review.created', original))).status).toBe(401);
    expect((await deliver(sourceA, '{"not": "an event"')).status).toBe(400);
    ok(await syncA());
    ok(await syncA());
    await jobsSettled();
    expect((await sql('SELECT count(*)::int AS n FROM review WHERE channel_id = $1', [sourceA]))[0].n).toBe(1);
    expect((await sql('SELECT count(*)::int AS n FROM review_revision WHERE review_id = $1', [danReviewId]))[0].n).toBe(1);
    expect(await review(danReviewId)).toMatchObject({ rating: 4, title: 'Meh', body: edited.text });

    // The polling source of workspace B pulled the same site into its own rows, edit included.
    ok(await server.gql('mutation($ws: ID!, $ch: ID!) { syncReviews(workspaceId: $ws, channelId: $ch) { ok } }', { ws: workspaceB, ch: sourceB }, adminB));
    await waitFor(async () => (await reviewRow(dan, sourceB))?.raw_rating === 4, 'the polled review');
    expect((await sql('SELECT workspace_id FROM review WHERE channel_id = $1', [sourceB])).map((r) => r.workspace_id)).toEqual([workspaceB]);
  });

  it('replies through policies (block, approval) and delivers to the site; deletes replies there too', async () => {
    const reply = (body: string, token = agentA) => mutate('replyToReview', 'ReplyToReviewInput', { workspaceId: workspaceA, reviewId: danReviewId, body }, token);
    const blocked = await reply('Please calm down, Dan.');
    expect(errorCode(blocked)).toBe('BAD_USER_INPUT');
    expect(blocked.errors![0].message).toContain('Blocked by policy');
    const tooLong = await reply('x'.repeat(1001));
    expect(errorCode(tooLong)).toBe('BAD_USER_INPUT');
    expect(tooLong.errors![0].extensions.field).toBe('body');
    const viewer = await createMember(server, admin, workspaceA, 'viewer@a.test', 'VIEWER');
    expect(errorCode(await reply('Thanks!', viewer))).toBe('FORBIDDEN');

    const queued = ok(await reply('Thanks {{author.name}} for the {{rating}} stars!')).replyToReview;
    expect(queued.reply).toEqual({ status: 'QUEUED', body: 'Thanks Dan for the 4 stars!' });
    const onSite = () => sandbox.state.reviews.find(({ review }) => review.id === dan)!.review.reply;
    await waitFor(() => onSite()?.text === 'Thanks Dan for the 4 stars!', 'the reply on the site');
    await waitFor(async () => (await review(danReviewId)).reply?.status === 'SENT', 'the reply to be marked sent');
    expect((await review(danReviewId)).reply.externalId).toBe(onSite()!.id);

    const held = ok(await reply('Sorry, we will refund you.')).replyToReview;
    expect(held.reply.status).toBe('PENDING_APPROVAL');
    const approve = (token: string) => mutate('approveReviewReply', 'ReviewRefInput', { workspaceId: workspaceA, reviewId: danReviewId }, token);
    expect(errorCode(await approve(agentA))).toBe('FORBIDDEN');
    expect(ok(await approve(admin)).approveReviewReply.reply.status).toBe('QUEUED');
    expect(errorCode(await approve(admin))).toBe('CONFLICT');
    await waitFor(() => onSite()?.text === 'Sorry, we will refund you.', 'the approved reply on the site');
    await waitFor(async () => (await review(danReviewId)).reply?.status === 'SENT', 'the approved reply to be marked sent');

    const listed = async (awaitingReply: boolean) =>
      ok(await server.gql('query($ws: ID!, $a: Boolean) { reviews(workspaceId: $ws, awaitingReply: $a) { totalCount edges { node { id } } } }', { ws: workspaceA, a: awaitingReply }, viewer)).reviews;
    expect((await listed(false)).edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([danReviewId]);
    expect((await listed(true)).totalCount).toBe(0);

    const deleted = ok(await mutate('deleteReviewReply', 'ReviewRefInput', { workspaceId: workspaceA, reviewId: danReviewId }, agentA)).deleteReviewReply;
    expect(deleted.reply).toBeNull();
    expect(onSite()).toBeNull();
    expect((await listed(true)).totalCount).toBe(1);
    expect(errorCode(await mutate('deleteReviewReply', 'ReviewRefInput', { workspaceId: workspaceA, reviewId: danReviewId }, agentA))).toBe('CONFLICT');
  });

  it('scores suspicion with explained reasons: a burst of low ratings, near-duplicates, watched names, rating/tone mismatch', async () => {
    ok(await mutate('updateReviewSettings', 'UpdateReviewSettingsInput', { workspaceId: workspaceA, watchedNames: ['Marco Rossi'] }, admin, 'lowRatingThreshold watchedNames'));
    const inject = async (rating: number, text: string, handle: string) => {
      const injected = await sandbox.inject.review({ rating, text, author: { handle } });
      await arrived(injected.id);
      return review((await reviewRow(injected.id)).id);
    };
    const signals = (r: { suspicionReasons: Array<{ signal: string }> }) => r.suspicionReasons.map((reason) => reason.signal).sort();

    const burst1 = await inject(1, 'Waited an hour for a table.', 'burst1');
    expect(signals(burst1)).toEqual(['NEW_REVIEWER']);
    expect(burst1.suspicion).toBeCloseTo(0.1);
    await inject(2, 'Parking is impossible around here.', 'burst2');
    const burst3 = await inject(1, 'The dessert menu was tiny.', 'burst3');
    expect(signals(burst3)).toEqual(['LOW_RATING_BURST', 'NEW_REVIEWER']);
    expect(burst3.suspicionReasons.find((r: { signal: string }) => r.signal === 'LOW_RATING_BURST').detail).toMatch(/^3 ratings/);
    expect(burst3.suspicion).toBeGreaterThan(burst1.suspicion);
    expect(burst3.flags).toContain('suspicious');
    expect(burst3.urgent).toBe(true);

    const praise = 'Absolutely amazing pizza, friendly staff and quick service. Highly recommend!';
    const original = await inject(5, praise, 'fan1');
    expect(signals(original)).toEqual(['NEW_REVIEWER']);
    expect(original.sentiment).toBe('POSITIVE');
    const copy = await inject(5, 'absolutely AMAZING pizza - friendly staff, quick service; highly recommend', 'fan2');
    expect(signals(copy)).toEqual(['NEAR_DUPLICATE', 'NEW_REVIEWER']);
    expect(copy.flags).toContain('suspicious');

    const mismatch = await inject(5, 'Terrible, awful food and horrible service. Marco Rossi was rude.', 'fan3');
    expect(signals(mismatch)).toEqual(['MENTIONS_WATCHED_NAME', 'NEW_REVIEWER', 'SENTIMENT_MISMATCH']);
    expect(mismatch.suspicion).toBeLessThanOrEqual(1);

    const suspicious = ok(await server.gql('query($ws: ID!) { reviews(workspaceId: $ws, minSuspicion: 0.45) { edges { node { id } } } }', { ws: workspaceA }, agentA)).reviews;
    expect(suspicious.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual([burst3.id, copy.id, mismatch.id].sort());

    const flagged = ok(await mutate('flagReview', 'FlagReviewInput', { workspaceId: workspaceA, reviewId: burst1.id, reason: 'competitor' }, agentA, 'flags')).flagReview;
    expect(flagged.flags).toEqual(['competitor']);
  });

  it('disputes a review with the site and records the verdict', async () => {
    const disputeInput = { workspaceId: workspaceA, reviewId: danReviewId, reason: 'Not a customer', evidence: 'No order under this name' };
    const fields = 'id status platformReference submittedAt resolvedAt reason evidence';
    expect(errorCode(await mutate('disputeReview', 'DisputeReviewInput', disputeInput, agentA, fields))).toBe('FORBIDDEN');
    const queued = ok(await mutate('disputeReview', 'DisputeReviewInput', disputeInput, admin, fields)).disputeReview;
    expect(queued).toMatchObject({ status: 'QUEUED', reason: 'Not a customer', platformReference: null });
    // Reported on the queue.
    const disputeNow = async () => ok(await server.gql(`query($ws: ID!, $id: ID!) { review(workspaceId: $ws, id: $id) { disputes { edges { node { ${fields} } } } } }`, { ws: workspaceA, id: danReviewId }, agentA)).review.disputes.edges[0].node;
    await waitFor(async () => (await disputeNow()).status === 'SUBMITTED', 'the dispute to be reported');
    const dispute = await disputeNow();
    expect(dispute).toMatchObject({ id: queued.id, reason: 'Not a customer', resolvedAt: null });
    expect(dispute.platformReference).toMatch(/^rpt_/);
    expect(sandbox.state.reports).toEqual([expect.objectContaining({ reference: dispute.platformReference, review_id: dan, reason: 'Not a customer', evidence: 'No order under this name' })]);
    expect(errorCode(await mutate('disputeReview', 'DisputeReviewInput', disputeInput, admin, fields))).toBe('CONFLICT');

    const resolve = (status: string) => mutate('resolveDispute', 'ResolveDisputeInput', { workspaceId: workspaceA, disputeId: dispute.id, status }, admin, fields);
    expect(errorCode(await resolve('OPEN'))).toBe('BAD_USER_INPUT');
    const resolved = ok(await resolve('REJECTED')).resolveDispute;
    expect(resolved.status).toBe('REJECTED');
    expect(resolved.resolvedAt).not.toBeNull();
    expect(errorCode(await resolve('UPHELD'))).toBe('CONFLICT');
    const listed = ok(await server.gql('query($ws: ID!, $id: ID!) { review(workspaceId: $ws, id: $id) { disputes { edges { node { id status } } } } }', { ws: workspaceA, id: danReviewId }, agentA)).review;
    expect(listed.disputes.edges.map((e: { node: unknown }) => e.node)).toEqual([{ id: dispute.id, status: 'REJECTED' }]);
  });

  it('backtests a draft REVIEW policy over stored reviews without changing them', async () => {
    const stored = (await server.sql('SELECT count(*)::int AS n FROM review WHERE workspace_id = $1', [workspaceA]))[0].n;
    const before = await server.sql('SELECT id, updated_at FROM review ORDER BY id');
    const report = ok(
      await server.gql('query($input: BacktestPolicyInput!) { backtestPolicy(input: $input) { evaluated sources outcomes { outcome count } } }', {
        input: { workspaceId: workspaceA, since: '2000-01-01T00:00:00Z', draft: { scope: 'REVIEW', rules: [{ rule: 'sentiment-and-criticism', action: 'ESCALATE' }] } },
      }, admin),
    ).backtestPolicy;
    expect(report.sources).toEqual(['reviews']);
    expect(report.evaluated).toBe(stored);
    expect(report.outcomes.reduce((sum: number, o: { count: number }) => sum + o.count, 0)).toBe(stored);
    expect(report.outcomes.some((o: { outcome: string; count: number }) => o.outcome.split('+').includes('ESCALATE') && o.count > 0)).toBe(true);
    expect(await server.sql('SELECT id, updated_at FROM review ORDER BY id')).toEqual(before);
  });

  it('drafts replies from templates by rating band and shows what the REVIEW policies found', async () => {
    const create = 'mutation($input: CreateReviewReplyTemplateInput!) { createReviewReplyTemplate(input: $input) { id name } }';
    const low = ok(await server.gql(create, { input: { workspaceId: workspaceA, name: 'sorry', minRating: 1, maxRating: 2, body: 'We are sorry, {{author.name}}. Please write to us.' } }, admin)).createReviewReplyTemplate;
    ok(await server.gql(create, { input: { workspaceId: workspaceA, name: 'thanks', minRating: 4, maxRating: 5, body: 'Thank you {{author.name}} for the {{rating}} stars!' } }, admin));
    const inverted = await server.gql(create, { input: { workspaceId: workspaceA, name: 'upside down', minRating: 5, maxRating: 1, body: 'x' } }, admin);
    expect(inverted.errors![0].extensions.field).toBe('maxRating');

    const reviews = ok(await server.gql('query($ws: ID!) { reviews(workspaceId: $ws, first: 100) { edges { node { id rating author { name handle } suggestedReply findings { rule labels } labels } } } }', { ws: workspaceA }, admin)).reviews.edges.map((e: { node: any }) => e.node);
    const oneStar = reviews.find((r: { rating: number }) => r.rating <= 2);
    const fiveStar = reviews.find((r: { rating: number }) => r.rating >= 4);
    const name = (r: { author: { name: string | null; handle: string } }) => r.author.name ?? r.author.handle;
    expect(oneStar.suggestedReply).toBe(`We are sorry, ${name(oneStar)}. Please write to us.`);
    expect(fiveStar.suggestedReply).toMatch(new RegExp(`^Thank you ${name(fiveStar)} for the \\d+(\\.\\d+)? stars!$`));
    expect(reviews.some((r: { findings: Array<{ rule: string }> }) => r.findings.some((f) => f.rule === 'sentiment-and-criticism'))).toBe(true);

    const reply = ok(
      await server.gql('mutation($input: ReplyToReviewInput!) { replyToReview(input: $input) { reply { body status } } }', { input: { workspaceId: workspaceA, reviewId: oneStar.id, templateId: low.id } }, admin),
    ).replyToReview.reply;
    expect(reply.body).toBe(oneStar.suggestedReply);
    const both = await server.gql('mutation($input: ReplyToReviewInput!) { replyToReview(input: $input) { id } }', { input: { workspaceId: workspaceA, reviewId: oneStar.id, templateId: low.id, body: 'x' } }, admin);
    expect(both.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('edits reply templates with the same checks as creating them, for ADMINs of the workspace only', async () => {
    const fields = 'id name minRating maxRating body';
    const create = (name: string, minRating: number, maxRating: number) =>
      mutate('createReviewReplyTemplate', 'CreateReviewReplyTemplateInput', { workspaceId: workspaceA, name, minRating, maxRating, body: 'Thanks {{contact.name}}.' }, admin, fields);
    const middling = ok(await create('middling', 3, 3)).createReviewReplyTemplate;
    ok(await create('glowing', 5, 5));
    const update = (input: Record<string, unknown>, token = admin, workspaceId = workspaceA) =>
      mutate('updateReviewReplyTemplate', 'UpdateReviewReplyTemplateInput', { workspaceId, id: middling.id, ...input }, token, fields);

    expect(ok(await update({ maxRating: 4, body: 'Thank you for the {{rating}} stars, {{contact.name}}.' })).updateReviewReplyTemplate).toEqual({
      id: middling.id,
      name: 'middling',
      minRating: 3,
      maxRating: 4,
      body: 'Thank you for the {{rating}} stars, {{contact.name}}.',
    });
    expect(ok(await update({ name: ' three to four ' })).updateReviewReplyTemplate.name).toBe('three to four');
    // A band that would be upside down, with the field that made it so.
    const lowMax = await update({ maxRating: 2 });
    expect([errorCode(lowMax), lowMax.errors![0].extensions.field]).toEqual(['BAD_USER_INPUT', 'maxRating']);
    const highMin = await update({ minRating: 5 });
    expect([errorCode(highMin), highMin.errors![0].extensions.field]).toEqual(['BAD_USER_INPUT', 'minRating']);
    expect(errorCode(await update({ name: 'glowing' }))).toBe('CONFLICT');
    const unknown = await update({ body: 'Hi {{reviewer.name}}' });
    expect([errorCode(unknown), unknown.errors![0].extensions.field]).toEqual(['BAD_USER_INPUT', 'body']);
    expect(errorCode(await update({ name: '   ' }))).toBe('BAD_USER_INPUT');
    // Creations racing for one name: one wins, the other is a CONFLICT, never an internal error.
    const raced = await Promise.all([create('twin', 1, 1), create('twin', 2, 2)]);
    expect(raced.map((response) => errorCode(response) ?? 'ok').sort()).toEqual(['CONFLICT', 'ok']);
    expect(errorCode(await update({ body: 'x' }, agentA))).toBe('FORBIDDEN');
    expect(errorCode(await update({ body: 'x' }, adminB, workspaceB))).toBe('NOT_FOUND');
    // Nothing the refused edits tried was kept.
    expect((await sql('SELECT name, min_rating, max_rating, body FROM review_reply_template WHERE id = $1', [middling.id]))[0]).toEqual({
      name: 'three to four',
      min_rating: 3,
      max_rating: 4,
      body: 'Thank you for the {{rating}} stars, {{contact.name}}.',
    });
    for (const id of [middling.id, ...raced.filter((response) => !response.errors).map((response) => response.data!.createReviewReplyTemplate.id)]) {
      ok(await server.gql('mutation($ws: ID!, $id: ID!) { deleteReviewReplyTemplate(workspaceId: $ws, id: $id) { id } }', { ws: workspaceA, id }, admin));
    }
    const [glowing] = await sql("SELECT id FROM review_reply_template WHERE workspace_id = $1 AND name = 'glowing'", [workspaceA]);
    ok(await server.gql('mutation($ws: ID!, $id: ID!) { deleteReviewReplyTemplate(workspaceId: $ws, id: $id) { id } }', { ws: workspaceA, id: glowing.id }, admin));
  });

  it('computes reputation figures from known reviews', async () => {
    const workspace = await createWorkspace(server, admin, 'Stats');
    const channel = '00000000-0000-4000-8000-000000000001';
    const insert = (externalId: string, rating: number, writtenAt: string, replySentAt: string | null, flags: string[] = []) =>
      sql(
        `INSERT INTO review (workspace_id, channel_id, external_id, author_external_id, author_handle, rating, raw_rating, body, source_created_at, source_updated_at, reply_status, reply_sent_at, reply_body, flags)
         VALUES ($1, $2, $3, 'usr_x', 'x', $4, $4, 'text', $5, $5, $6, $7, $8, $9)`,
        [workspace, channel, externalId, rating, writtenAt, replySentAt ? 'SENT' : null, replySentAt, replySentAt ? 'Thanks' : null, flags],
      );
    await insert('r1', 5, '2025-01-06T10:00:00Z', '2025-01-06T11:00:00Z'); // ISO week 2, answered in 1 h
    await insert('r2', 3, '2025-01-07T10:00:00Z', '2025-01-07T13:00:00Z'); // week 2, answered in 3 h
    await insert('r3', 1, '2025-01-14T10:00:00Z', null, ['fake']); // week 3
    await insert('r4', 4, '2025-01-15T10:00:00Z', null); // week 3
    await insert('r0', 1, '2024-12-31T10:00:00Z', null); // before the period
    const query = `query($ws: ID!, $from: String!, $to: String!) { reputation(workspaceId: $ws, from: $from, to: $to) {
      count averageRating distribution { stars count } trend { week weekStart count averageRating replyRate medianReplySeconds } replyRate medianReplySeconds flaggedShare } }`;
    const { reputation } = ok(await server.gql(query, { ws: workspace, from: '2025-01-01T00:00:00Z', to: '2025-02-01T00:00:00Z' }, admin));
    expect(reputation).toEqual({
      count: 4,
      averageRating: 3.25,
      distribution: [{ stars: 1, count: 1 }, { stars: 2, count: 0 }, { stars: 3, count: 1 }, { stars: 4, count: 1 }, { stars: 5, count: 1 }],
      trend: [
        // Week 2: both answered, in 1 h and 3 h; week 3: neither.
        { week: '2025-W02', weekStart: '2025-01-06T00:00:00.000Z', count: 2, averageRating: 4, replyRate: 1, medianReplySeconds: 7200 },
        { week: '2025-W03', weekStart: '2025-01-13T00:00:00.000Z', count: 2, averageRating: 2.5, replyRate: 0, medianReplySeconds: null },
      ],
      replyRate: 0.5,
      medianReplySeconds: 7200,
      flaggedShare: 0.25,
    });
    const empty = ok(await server.gql(query, { ws: workspace, from: '2030-01-01T00:00:00Z', to: '2030-02-01T00:00:00Z' }, admin)).reputation;
    expect(empty).toMatchObject({ count: 0, averageRating: null, replyRate: null, medianReplySeconds: null, flaggedShare: null, trend: [] });
  });

  it("keeps every review operation inside its workspace: another workspace's members get NOT_FOUND", async () => {
    const disputeId = (await sql('SELECT id FROM review_dispute WHERE review_id = $1', [danReviewId]))[0].id;
    const ref = { reviewId: danReviewId };
    const attempts = (ws: string, token: string) => [
      server.gql(`query($ws: ID!, $id: ID!) { review(workspaceId: $ws, id: $id) { id } }`, { ws, id: danReviewId }, token),
      mutate('replyToReview', 'ReplyToReviewInput', { workspaceId: ws, ...ref, body: 'Hi' }, token),
      mutate('approveReviewReply', 'ReviewRefInput', { workspaceId: ws, ...ref }, token),
      mutate('deleteReviewReply', 'ReviewRefInput', { workspaceId: ws, ...ref }, token),
      mutate('flagReview', 'FlagReviewInput', { workspaceId: ws, ...ref, reason: 'x' }, token),
      mutate('unflagReview', 'UnflagReviewInput', { workspaceId: ws, ...ref, flag: 'x' }, token),
      mutate('disputeReview', 'DisputeReviewInput', { workspaceId: ws, ...ref, reason: 'x' }, token, 'id'),
      mutate('resolveDispute', 'ResolveDisputeInput', { workspaceId: ws, disputeId, status: 'UPHELD' }, token, 'id'),
      server.gql('mutation($ws: ID!, $ch: ID!) { syncReviews(workspaceId: $ws, channelId: $ch) { ok } }', { ws, ch: sourceA }, token),
    ];
    // Naming workspace A: B's agent cannot see it at all.
    for (const response of await Promise.all(attempts(workspaceA, agentB))) expect(errorCode(response)).toBe('NOT_FOUND');
    // Naming their own workspace with A's ids (as B's admin, so no role check stops it first).
    for (const response of await Promise.all(attempts(workspaceB, adminB))) expect(errorCode(response)).toBe('NOT_FOUND');
    const listedInB = ok(await server.gql('query($ws: ID!) { reviews(workspaceId: $ws, first: 100) { edges { node { id } } } }', { ws: workspaceB }, agentB)).reviews;
    expect(listedInB.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(danReviewId);
    const forbidden = subscribe(server.wsUrl, 'subscription($ws: ID!) { reviewUpdated(workspaceId: $ws) { id } }', { ws: workspaceA }, agentB);
    try {
      await waitFor(() => forbidden.errors.length > 0, 'the subscription to be refused', 5000);
    } finally {
      await forbidden.close();
    }
    // Nothing changed in A.
    expect((await reviewRow(dan)).flags).toEqual([]);
  });
});
