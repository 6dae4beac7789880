import { startSandboxNetwork, type InjectReviewInput, type SandboxNetwork } from '@rapport/plugin-network-sandbox/server';
import { resolve } from 'node:path';
import { ReviewUpdatedEvent } from '../../apps/server/src/reviews/review-events.js';
import { createMember, createWorkspace, errorCode, ok, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';
import { until } from '../utils/wait.js';

type Node<T> = { edges: Array<{ node: T }> };
const nodes = <T>(connection: Node<T>): T[] => connection.edges.map((edge) => edge.node);

/**
 * Reviews tell the truth: flags can be taken off (with who and when), an upheld
 * dispute leaves the reputation figures, and a reply, reply deletion or dispute
 * the review site refuses is an error to the caller, or a FAILED state with the
 * reason on the row (announced by reviewUpdated), never only a log line.
 */
describe('reviews tell the truth: flags, upheld disputes and refused side effects', () => {
  let sandbox: SandboxNetwork;
  /** A second site, behind a driver that can reply but neither report nor delete replies. */
  let replyOnlySite: SandboxNetwork;
  let server: TestServer;
  let admin: string;
  let workspaceA: string;
  let workspaceB: string;
  let agentA: string;
  let agentAId: string;
  let viewerA: string;
  let agentB: string;
  let adminB: string;
  let sourceA: string;
  let replyOnlyA: string;

  const sql = (text: string, params: unknown[] = []) => server.sql(text, params);
  const waitFor = async (condition: () => Promise<boolean> | boolean, what: string, timeoutMs = 15_000) => void (await until(what, condition, timeoutMs));
  const REVIEW = `id externalId flags suspicion reply { status body error sentAt }
    disputes { totalCount edges { node { id status error platformReference } } }
    flagHistory { edges { node { flag action byUserId bySuspicionCheck createdAt } } }`;
  const review = async (id: string, token = agentA) => ok(await server.gql(`query($ws: ID!, $id: ID!) { review(workspaceId: $ws, id: $id) { ${REVIEW} } }`, { ws: workspaceA, id }, token)).review;
  const mutate = (name: string, inputType: string, input: Record<string, unknown>, token: string, fields = 'id') =>
    server.gql(`mutation($input: ${inputType}!) { ${name}(input: $input) { ${fields} } }`, { input }, token);
  const unflag = (reviewId: string, flag: string, token = agentA, workspaceId = workspaceA) =>
    mutate('unflagReview', 'UnflagReviewInput', { workspaceId, reviewId, flag }, token, 'id flags');
  const dispute = (reviewId: string, token = admin, extra: Record<string, unknown> = {}) =>
    mutate('disputeReview', 'DisputeReviewInput', { workspaceId: workspaceA, reviewId, reason: 'Not a customer of ours', evidence: 'No booking under this name', ...extra }, token, 'id status error platformReference');
  const reply = (reviewId: string, body: string) => mutate('replyToReview', 'ReplyToReviewInput', { workspaceId: workspaceA, reviewId, body }, agentA, 'id reply { status body error }');
  /** Puts a review on a site and pulls it into the source; answers its Rapport id. */
  const arrive = async (site: SandboxNetwork, channelId: string, input: InjectReviewInput) => {
    const injected = await site.inject.review(input);
    ok(await server.gql('mutation($ws: ID!, $ch: ID!) { syncReviews(workspaceId: $ws, channelId: $ch) { ok } }', { ws: workspaceA, ch: channelId }, admin));
    let id = '';
    await waitFor(async () => {
      const [row] = await sql('SELECT id, body FROM review WHERE channel_id = $1 AND external_id = $2', [channelId, injected.id]);
      id = row?.body === input.text ? row.id : '';
      return Boolean(id);
    }, `review ${injected.id}`);
    return { id, externalId: injected.id };
  };
  const disputeOf = async (reviewId: string, disputeId: string) => nodes<{ id: string; status: string; error: string | null; platformReference: string | null }>((await review(reviewId)).disputes).find((d) => d.id === disputeId)!;
  const watchReviews = async () => {
    return server.subscribed<{ reviewUpdated: Record<string, any> }>(ReviewUpdatedEvent.eventName, workspaceA, `subscription($ws: ID!) { reviewUpdated(workspaceId: $ws) { ${REVIEW} } }`, { ws: workspaceA }, agentA);
  };

  beforeAll(async () => {
    sandbox = await startSandboxNetwork();
    replyOnlySite = await startSandboxNetwork();
    server = await createTestServer({ RAPPORT_JOB_RETRY_DELAY_SECONDS: '0' }, {
      plugins: [
        { specifier: '@rapport/plugin-network-sandbox', baseDir: '/', options: { baseUrl: sandbox.url } },
        { specifier: resolve('test/fixtures/plugins/review-site-without-reports.js'), baseDir: '/', options: {} },
      ],
    });
    admin = await setupAdmin(server);
    workspaceA = await createWorkspace(server, admin, 'Trattoria A');
    workspaceB = await createWorkspace(server, admin, 'Trattoria B');
    agentA = await createMember(server, admin, workspaceA, 'agent@a.test', 'AGENT');
    agentAId = ok(await server.gql('{ me { id } }', {}, agentA)).me.id;
    viewerA = await createMember(server, admin, workspaceA, 'viewer@a.test', 'VIEWER');
    agentB = await createMember(server, admin, workspaceB, 'agent@b.test', 'AGENT');
    adminB = await createMember(server, admin, workspaceB, 'admin@b.test', 'ADMIN');
    const connect = async (type: string, credentials: Record<string, string>) =>
      ok(await server.gql('mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id } }', { input: { workspaceId: workspaceA, type, displayName: type, credentials } }, admin)).connectChannel.id;
    sourceA = await connect('sandbox-reviews', { accessToken: sandbox.accessToken });
    replyOnlyA = await connect('reply-only-reviews', { accessToken: replyOnlySite.accessToken, baseUrl: replyOnlySite.url });
  });
  afterAll(async () => {
    await server?.close();
    await sandbox?.close();
    await replyOnlySite?.close();
  });

  it('takes a flag off a review (AGENT), recording who and when; a person\'s "suspicious" verdict stands when the review is edited', async () => {
    await arrive(sandbox, sourceA, { rating: 5, text: 'Absolutely amazing pizza, friendly staff and quick service. Highly recommend!', author: { handle: 'fan1' } });
    const copyText = 'absolutely AMAZING pizza - friendly staff, quick service; highly recommend';
    const copy = await arrive(sandbox, sourceA, { rating: 5, text: copyText, author: { handle: 'fan2' } });
    const before = await review(copy.id);
    expect(before.flags).toEqual(['suspicious']);
    const suspicion = before.suspicion;
    expect(suspicion).toBeGreaterThanOrEqual(0.45);

    const live = await watchReviews();
    try {
      expect(ok(await mutate('flagReview', 'FlagReviewInput', { workspaceId: workspaceA, reviewId: copy.id, reason: 'fake' }, agentA, 'flags')).flagReview.flags).toEqual(['suspicious', 'fake']);
      expect(ok(await unflag(copy.id, 'suspicious')).unflagReview.flags).toEqual(['fake']);
      await waitFor(() => live.received.some((event) => event.reviewUpdated.id === copy.id && event.reviewUpdated.flags.join() === 'fake'), 'the unflagged review to be announced');
      expect(ok(await unflag(copy.id, ' fake ')).unflagReview.flags).toEqual([]);
    } finally {
      await live.close();
    }

    // Everything that reads flags sees it unflagged; the score stays as evidence.
    const listed = async (flagged: boolean) =>
      nodes<{ id: string }>(ok(await server.gql('query($ws: ID!, $f: Boolean) { reviews(workspaceId: $ws, flagged: $f, first: 100) { edges { node { id } } } }', { ws: workspaceA, f: flagged }, viewerA)).reviews).map((r) => r.id);
    expect(await listed(true)).not.toContain(copy.id);
    expect(await listed(false)).toContain(copy.id);
    const after = await review(copy.id);
    expect(after.suspicion).toBe(suspicion);
    const history = nodes<{ flag: string; action: string; byUserId: string | null; bySuspicionCheck: boolean; createdAt: string }>(after.flagHistory);
    expect(history.map(({ createdAt: _at, ...change }) => change)).toEqual([
      { flag: 'suspicious', action: 'ADDED', byUserId: null, bySuspicionCheck: true },
      { flag: 'fake', action: 'ADDED', byUserId: agentAId, bySuspicionCheck: false },
      { flag: 'suspicious', action: 'REMOVED', byUserId: agentAId, bySuspicionCheck: false },
      { flag: 'fake', action: 'REMOVED', byUserId: agentAId, bySuspicionCheck: false },
    ]);
    expect(history.map((change) => change.createdAt)).toEqual([...history.map((change) => change.createdAt)].sort());

    // Edited on the site and still a near-duplicate: the check does not put back what a person took off.
    await arrive(sandbox, sourceA, { id: copy.externalId, rating: 5, text: `${copyText}!` });
    const edited = await review(copy.id);
    expect(edited.suspicion).toBeGreaterThanOrEqual(0.45);
    expect(edited.flags).toEqual([]);
    expect(edited.flagHistory.edges).toHaveLength(4);

    // Refusals: a flag it does not have, a blank flag, too low a role, another workspace.
    const missing = await unflag(copy.id, 'fake');
    expect(errorCode(missing)).toBe('CONFLICT');
    expect(missing.errors![0].message).toContain('no flag "fake"');
    expect((await unflag(copy.id, '   ')).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'flag' });
    ok(await mutate('flagReview', 'FlagReviewInput', { workspaceId: workspaceA, reviewId: copy.id, reason: 'staff' }, agentA, 'flags'));
    expect(errorCode(await unflag(copy.id, 'staff', viewerA))).toBe('FORBIDDEN');
    expect(errorCode(await unflag(copy.id, 'staff', agentB))).toBe('NOT_FOUND');
    expect(errorCode(await unflag(copy.id, 'staff', adminB, workspaceB))).toBe('NOT_FOUND');
    expect((await review(copy.id)).flags).toEqual(['staff']);
  });

  it('leaves a review whose dispute the site upheld out of every reputation figure', async () => {
    const workspace = await createWorkspace(server, admin, 'Stats');
    const channel = '00000000-0000-4000-8000-000000000002';
    const insert = async (externalId: string, rating: number, writtenAt: string, replyHours: number | null, flags: string[], dispute: 'SUBMITTED' | 'OPEN' | null) => {
      const replySentAt = replyHours === null ? null : new Date(Date.parse(writtenAt) + replyHours * 3_600_000).toISOString();
      const [row] = await sql(
        `INSERT INTO review (workspace_id, channel_id, external_id, author_external_id, author_handle, rating, raw_rating, body, source_created_at, source_updated_at, reply_status, reply_sent_at, reply_body, flags)
         VALUES ($1, $2, $3, 'usr_x', 'x', $4, $4, 'text', $5, $5, $6, $7, $8, $9) RETURNING id`,
        [workspace, channel, externalId, rating, writtenAt, replySentAt ? 'SENT' : null, replySentAt, replySentAt ? 'Thanks' : null, flags],
      );
      if (!dispute) return null;
      // As if reported earlier (SUBMITTED) or filed by hand (OPEN).
      const [disputed] = await sql(`INSERT INTO review_dispute (workspace_id, review_id, status, reason) VALUES ($1, $2, $3, 'fake') RETURNING id`, [workspace, row.id, dispute]);
      return disputed.id as string;
    };
    await insert('r1', 5, '2025-01-06T10:00:00Z', 1, [], null); // ISO week 2
    await insert('r2', 3, '2025-01-07T10:00:00Z', 3, [], null); // week 2
    const upheld = await insert('r3', 1, '2025-01-08T10:00:00Z', 10, ['fake'], 'SUBMITTED'); // week 2: the site will remove it
    const rejected = await insert('r4', 4, '2025-01-15T10:00:00Z', null, ['rude'], 'SUBMITTED'); // week 3: the site keeps it
    await insert('r5', 2, '2025-01-16T10:00:00Z', null, [], 'OPEN'); // week 3: no verdict yet
    const resolveDispute = (disputeId: string, status: string) =>
      mutate('resolveDispute', 'ResolveDisputeInput', { workspaceId: workspace, disputeId, status }, admin, 'status');
    expect(ok(await resolveDispute(upheld!, 'UPHELD')).resolveDispute.status).toBe('UPHELD');
    expect(ok(await resolveDispute(rejected!, 'REJECTED')).resolveDispute.status).toBe('REJECTED');

    const query = `query($ws: ID!, $from: String!, $to: String!) { reputation(workspaceId: $ws, from: $from, to: $to) {
      count averageRating distribution { stars count } trend { week count averageRating } replyRate medianReplySeconds flaggedShare upheldDisputeCount } }`;
    const { reputation } = ok(await server.gql(query, { ws: workspace, from: '2025-01-01T00:00:00Z', to: '2025-02-01T00:00:00Z' }, admin));
    expect(reputation).toEqual({
      count: 4,
      averageRating: 3.5,
      distribution: [{ stars: 1, count: 0 }, { stars: 2, count: 1 }, { stars: 3, count: 1 }, { stars: 4, count: 1 }, { stars: 5, count: 1 }],
      trend: [
        { week: '2025-W02', count: 2, averageRating: 4 },
        { week: '2025-W03', count: 2, averageRating: 3 },
      ],
      replyRate: 0.5,
      medianReplySeconds: 7200,
      flaggedShare: 0.25,
      upheldDisputeCount: 1,
    });
    // The review itself stays on record, with its verdict.
    expect(ok(await server.gql('query($ws: ID!) { reviews(workspaceId: $ws) { totalCount } }', { ws: workspace }, admin)).reviews.totalCount).toBe(5);
  });

  it('refuses up front what the source cannot do, before changing anything: a report (unless recorded by hand) or a reply deletion', async () => {
    const r = await arrive(replyOnlySite, replyOnlyA, { rating: 1, text: 'The waiter insulted my mother.', author: { handle: 'troll' } });
    const refused = await dispute(r.id);
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors![0].message).toContain('cannot take reports');
    expect(refused.errors![0].message).toContain('manual: true');
    expect((await review(r.id)).disputes.totalCount).toBe(0);

    const manual = ok(await dispute(r.id, admin, { manual: true })).disputeReview;
    expect(manual).toMatchObject({ status: 'OPEN', platformReference: null, error: null });
    expect(replyOnlySite.state.reports).toEqual([]);

    // Replies work on this site; deleting one is refused, and the reply stays where it is.
    expect(ok(await reply(r.id, 'We are sorry to hear this.')).replyToReview.reply.status).toBe('QUEUED');
    await waitFor(async () => (await review(r.id)).reply?.status === 'SENT', 'the reply to be sent');
    const deletion = await mutate('deleteReviewReply', 'ReviewRefInput', { workspaceId: workspaceA, reviewId: r.id }, agentA, 'id');
    expect(errorCode(deletion)).toBe('CONFLICT');
    expect(deletion.errors![0].message).toContain('cannot delete replies');
    expect((await review(r.id)).reply.status).toBe('SENT');
    expect(replyOnlySite.state.reviews.find((entry) => entry.review.id === r.externalId)!.review.reply?.text).toBe('We are sorry to hear this.');
  });

  it('reports disputes on the queue: SUBMITTED with the reference, retried through outages, FAILED with the reason when the site refuses', async () => {
    const r = await arrive(sandbox, sourceA, { rating: 1, text: 'Worst place in town, the owner is a crook.', author: { handle: 'angry' } });
    const live = await watchReviews();
    try {
      const queued = ok(await dispute(r.id)).disputeReview;
      expect(queued.status).toBe('QUEUED');
      await waitFor(async () => (await disputeOf(r.id, queued.id)).status === 'SUBMITTED', 'the report to be submitted');
      const [report] = sandbox.state.reports.filter((entry) => entry.review_id === r.externalId);
      expect(await disputeOf(r.id, queued.id)).toMatchObject({ platformReference: report.reference, error: null });
      ok(await mutate('resolveDispute', 'ResolveDisputeInput', { workspaceId: workspaceA, disputeId: queued.id, status: 'REJECTED' }, admin));

      // The site investigates a review once: the second report is refused in the job.
      const again = ok(await dispute(r.id, admin, { reason: 'Still not a customer' })).disputeReview;
      expect(again.status).toBe('QUEUED');
      await waitFor(async () => (await disputeOf(r.id, again.id)).status === 'FAILED', 'the refused report to fail');
      expect((await disputeOf(r.id, again.id)).error).toBe('the site takes one report per review, and this review was reported before (HTTP 409)');
      await waitFor(
        () => live.received.some((event) => event.reviewUpdated.id === r.id && nodes<{ id: string; status: string }>(event.reviewUpdated.disputes).some((d) => d.id === again.id && d.status === 'FAILED')),
        'the failed report to be announced',
      );
      expect(errorCode(await mutate('resolveDispute', 'ResolveDisputeInput', { workspaceId: workspaceA, disputeId: again.id, status: 'UPHELD' }, admin))).toBe('CONFLICT');
      expect(sandbox.state.reports.filter((entry) => entry.review_id === r.externalId)).toHaveLength(1);
    } finally {
      await live.close();
    }

    // An outage is retried, not reported as a failure.
    const other = await arrive(sandbox, sourceA, { rating: 1, text: 'They poisoned my dog, avoid.', author: { handle: 'liar' } });
    sandbox.setFaults({ status: 503, count: 1 });
    const retried = ok(await dispute(other.id)).disputeReview;
    await waitFor(async () => (await disputeOf(other.id, retried.id)).status === 'SUBMITTED', 'the report to be retried and submitted');
    expect(sandbox.state.faults).toBeNull();
  });

  it('shows a reply the site refuses in the queued job as FAILED with the reason, and refuses to delete a reply the site will not delete', async () => {
    const r = await arrive(sandbox, sourceA, { rating: 2, text: 'Slow service on a quiet evening.', author: { handle: 'slowpoke' } });
    ok(await reply(r.id, 'Sorry for the wait!'));
    await waitFor(async () => (await review(r.id)).reply?.status === 'SENT', 'the reply to be sent');

    // The site takes the review down (as when it upholds a report).
    sandbox.removeReview(r.externalId);
    const deletion = await mutate('deleteReviewReply', 'ReviewRefInput', { workspaceId: workspaceA, reviewId: r.id }, agentA, 'id');
    expect(errorCode(deletion)).toBe('CONFLICT');
    expect(deletion.errors![0].message).toBe('The review site refused it: the review (or our reply to it) is no longer on the site (HTTP 404)');
    expect((await review(r.id)).reply).toMatchObject({ status: 'SENT', body: 'Sorry for the wait!' });

    const live = await watchReviews();
    try {
      expect(ok(await reply(r.id, 'Any news on your side?')).replyToReview.reply.status).toBe('QUEUED');
      await waitFor(async () => (await review(r.id)).reply?.status === 'FAILED', 'the refused reply to fail');
      expect((await review(r.id)).reply).toMatchObject({ body: 'Any news on your side?', sentAt: null, error: 'the review (or our reply to it) is no longer on the site (HTTP 404)' });
      await waitFor(() => live.received.some((event) => event.reviewUpdated.id === r.id && event.reviewUpdated.reply?.status === 'FAILED'), 'the failed reply to be announced');
    } finally {
      await live.close();
    }
    const failed = ok(await server.gql('query($ws: ID!) { reviews(workspaceId: $ws, replyStatus: FAILED, awaitingReply: true) { edges { node { id } } } }', { ws: workspaceA }, viewerA)).reviews;
    expect(nodes<{ id: string }>(failed).map((node) => node.id)).toEqual([r.id]);
  });
});
