import { createHmac } from 'node:crypto';
import { startFakeTrustpilot, type FakeReview, type FakeTrustpilot } from '../../plugins/review-trustpilot/test/fake-trustpilot.js';
import { confirmConsent, createMember, createWorkspace, errorCode, ok, setupAdmin } from '../utils/fixtures.js';
import { subscribe } from '../utils/subscriptions.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';
import { until } from '../utils/wait.js';

const PUBLIC_URL = 'https://rapport.test';
const RETURN_URL = 'https://admin.test/channels';
const WEBHOOK_SECRET = 'the-webhook-password-of-workspace-a';
const PLUGIN_WEBHOOK_SECRET = 'the-plugin-wide-webhook-root-secret';

const CONNECT = 'mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id status externalAccountId externalAccountName externalAccountUrl } }';
const BEGIN = 'mutation($input: BeginChannelConnectionInput!) { beginChannelConnection(input: $input) { authorizeUrl } }';
const CHANNEL = 'query($ws: ID!, $id: ID!) { channel(workspaceId: $ws, id: $id) { id status statusReason displayName externalAccountId } }';
const SYNC = `mutation($ws: ID!, $ch: ID!) { syncReviews(workspaceId: $ws, channelId: $ch) {
  ok itemsSynced pages continuesInBackground failure { classification message }
  channel { status statusReason sync { state itemsSynced estimatedTotal error } } } }`;
const REVIEW_FIELDS = 'id externalId rating title body metadata author { handle } reply { status body error } revisions { totalCount edges { node { previousBody } } }';
const REVIEWS = 'query($ws: ID!, $ch: ID) { reviews(workspaceId: $ws, channelId: $ch, first: 50) { totalCount edges { node { id externalId } } } }';

const basic = (password: string) => `Basic ${Buffer.from(`rapport:${password}`).toString('base64')}`;

describe('Trustpilot through the GraphQL API (plugin loaded by config)', () => {
  let fake: FakeTrustpilot;
  let server: TestServer;
  let admin: string;
  let agentA: string;
  let agentB: string;
  let workspaceA: string;
  let workspaceB: string;
  let sourceA: string;
  let sourceB: string;

  beforeAll(async () => {
    fake = await startFakeTrustpilot({ redirectUris: [`${PUBLIC_URL}/connect/callback`] });
    server = await createTestServer(
      { RAPPORT_PUBLIC_URL: PUBLIC_URL, RAPPORT_CONNECT_RETURN_URL: RETURN_URL, RAPPORT_JOB_RETRY_DELAY_SECONDS: '0' },
      {
        plugins: [
          {
            specifier: '@rapport/plugin-review-trustpilot',
            baseDir: '/',
            // Reviews arrive an hour apart below: a two-day revision window reads back about 48 of them.
            options: { baseUrl: fake.url, authenticateUrl: fake.authenticateUrl, apiKey: fake.app.apiKey, apiSecret: fake.app.apiSecret, webhookSecret: PLUGIN_WEBHOOK_SECRET, revisionWindowDays: 2 },
          },
        ],
      },
    );
    admin = await setupAdmin(server);
    workspaceA = await createWorkspace(server, admin, 'Paws & Claws');
    workspaceB = await createWorkspace(server, admin, 'Paws & Claws (agency copy)');
    agentA = await createMember(server, admin, workspaceA, 'agent@a.test', 'AGENT');
    agentB = await createMember(server, admin, workspaceB, 'agent@b.test', 'AGENT');
  });
  afterAll(async () => {
    await server?.close();
    await fake?.close();
  });

  const reviewsOf = async (ws: string, ch: string | null, token = admin) => {
    const connection = ok(await server.gql(REVIEWS, { ws, ch }, token)).reviews;
    return { total: connection.totalCount as number, externalIds: connection.edges.map((edge: { node: { externalId: string } }) => edge.node.externalId) as string[] };
  };
  const reviewOf = async (externalId: string, ws = workspaceA, ch = sourceA) => {
    const [row] = await server.sql('SELECT id FROM review WHERE channel_id = $1 AND external_id = $2', [ch, externalId]);
    return row ? ok(await server.gql(`query($ws: ID!, $id: ID!) { review(workspaceId: $ws, id: $id) { ${REVIEW_FIELDS} } }`, { ws, id: row.id }, admin)).review : undefined;
  };
  const deliver = (channelId: string, body: string, authorization?: string) => {
    const request = server.http.post(`/webhooks/${channelId}`).set('content-type', 'application/json');
    return (authorization ? request.set('authorization', authorization) : request).send(body);
  };

  it('lists Trustpilot as a review site that replies within its limit, takes webhooks and cannot report', async () => {
    const types = ok(await server.gql('{ reviewSourceTypes { code plugin ratingScale { min max } capabilities { reply deleteReply report webhooks } replyMaxLength } }', {}, admin)).reviewSourceTypes;
    expect(types).toContainEqual({
      code: 'trustpilot',
      plugin: '@rapport/plugin-review-trustpilot',
      ratingScale: { min: 1, max: 5 },
      capabilities: { reply: true, deleteReply: true, report: false, webhooks: true },
      replyMaxLength: 5000,
    });
  });

  it('connects a business unit with an API key and secret, found by its domain', async () => {
    const credentials = { businessUnit: `www.${fake.unit.identifyingName}`, apiKey: fake.app.apiKey, apiSecret: fake.app.apiSecret, businessUserId: fake.user.id, webhookSecret: WEBHOOK_SECRET };
    const wrong = await server.gql(CONNECT, { input: { workspaceId: workspaceA, type: 'trustpilot', displayName: 'Trustpilot', credentials: { ...credentials, apiSecret: 'not-it' } } }, admin);
    expect([errorCode(wrong), wrong.errors![0]!.extensions.field, wrong.errors![0]!.message]).toEqual(['BAD_USER_INPUT', 'credentials', 'credentials: Trustpilot rejected these credentials (Trustpilot refused the API key and secret (HTTP 401))']);
    const unknown = await server.gql(CONNECT, { input: { workspaceId: workspaceA, type: 'trustpilot', displayName: 'Trustpilot', credentials: { ...credentials, businessUnit: 'nobody.example' } } }, admin);
    expect(unknown.errors![0]!.message).toContain('Trustpilot has no business unit "nobody.example"');

    const channel = ok(await server.gql(CONNECT, { input: { workspaceId: workspaceA, type: 'trustpilot', displayName: 'Trustpilot', credentials } }, admin)).connectChannel;
    expect(channel).toMatchObject({ status: 'CONNECTED', externalAccountId: fake.unit.id, externalAccountName: 'Paws & Claws', externalAccountUrl: 'https://www.trustpilot.com/review/pawsandclaws.example' });
    sourceA = channel.id;
    const [row] = await server.sql('SELECT credentials_encrypted FROM channel WHERE id = $1', [sourceA]);
    expect(row.credentials_encrypted).not.toContain(fake.app.apiSecret);
  });

  it('backfills 1,000 reviews across pages, its progress shown page by page against the business unit total', async () => {
    // The sync queued at connect runs first (over no reviews); the backfill below is the next one.
    await until('the first sync to finish', async () => (await server.sql("SELECT 1 FROM channel WHERE id = $1 AND sync_state = 'DONE' AND sync_run_id IS NULL", [sourceA])).length > 0);
    const requestsBefore = fake.requests.length;
    fake.addReviews(1000, { startAt: new Date(Date.UTC(2025, 11, 1)), spacingMs: 3_600_000 });
    const progress = subscribe<{ channelSyncProgress: { sync: { state: string; itemsSynced: number; estimatedTotal: number | null } } }>(
      server.wsUrl,
      'subscription($ws: ID!, $ch: ID) { channelSyncProgress(workspaceId: $ws, channelId: $ch) { sync { state itemsSynced estimatedTotal } } }',
      { ws: workspaceA, ch: sourceA },
      admin,
    );
    try {
      await progress.next(5_000); // the channel as it stands: subscribed
      const result = ok(await server.gql(SYNC, { ws: workspaceA, ch: sourceA }, admin)).syncReviews;
      expect(result).toMatchObject({ ok: true, itemsSynced: 1000, continuesInBackground: false, failure: null, channel: { status: 'CONNECTED', sync: { state: 'DONE', itemsSynced: 1000, estimatedTotal: 1000, error: null } } });
      // Ten pages of reviews (perPage=100), then the pass ends.
      expect(result.pages).toBe(11);
      await until('the last progress event', async () => progress.received.some((event) => event.channelSyncProgress.sync.state === 'DONE'));
      const counts = progress.received.map((event) => event.channelSyncProgress.sync).filter((sync) => sync.state === 'RUNNING' && sync.itemsSynced > 0);
      // Page by page (the pass's closing call adds no review, so 1000 shows twice).
      expect([...new Set(counts.map((sync) => sync.itemsSynced))]).toEqual([100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
      expect(counts.every((sync) => sync.estimatedTotal === 1000)).toBe(true);
    } finally {
      await progress.close();
    }
    const listed = fake.requests.slice(requestsBefore).filter((request) => request.path === `/v1/private/business-units/${fake.unit.id}/reviews` && request.query.orderBy);
    expect(listed.map((request) => request.query.page)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(listed.every((request) => request.query.perPage === '100' && request.query.orderBy === 'createdat.asc' && /^Bearer /.test(request.headers.authorization ?? ''))).toBe(true);

    const { total } = await reviewsOf(workspaceA, sourceA);
    expect(total).toBe(1000);
    const first = await reviewOf(fake.reviews[0]!.id);
    expect(first).toMatchObject({ rating: fake.reviews[0]!.stars, title: 'Visit number 1', author: { handle: 'Customer 1' }, metadata: { source: 'Organic', isVerified: false } });

    // Syncing again stores nothing new: idempotent.
    expect(ok(await server.gql(SYNC, { ws: workspaceA, ch: sourceA }, admin)).syncReviews).toMatchObject({ ok: true, itemsSynced: 0 });
    expect((await reviewsOf(workspaceA, sourceA)).total).toBe(1000);
  }, 300_000);

  it('picks up a revision and a new review on the next sync, keeping what the review said before', async () => {
    const revised = fake.reviews[998]!;
    const before = revised.text;
    fake.revise(revised.id, { text: 'Revised: they called me back and fixed it all.', stars: 5 });
    const [arrived] = fake.addReviews(1, { startAt: new Date(Date.parse(fake.reviews.at(-1)!.createdAt) + 3_600_000) });
    const result = ok(await server.gql(SYNC, { ws: workspaceA, ch: sourceA }, admin)).syncReviews;
    expect(result).toMatchObject({ ok: true, itemsSynced: 2 });
    const review = await reviewOf(revised.id);
    expect(review).toMatchObject({ body: 'Revised: they called me back and fixed it all.', rating: 5, revisions: { totalCount: 1, edges: [{ node: { previousBody: before } }] } });
    expect(await reviewOf(arrived!.id)).toBeDefined();
  }, 60_000);

  it('replies through the queue as the business user, refuses a reply longer than Trustpilot takes, and deletes the reply', async () => {
    const target = fake.reviews[5]!;
    const { id } = (await reviewOf(target.id))!;
    const tooLong = await server.gql('mutation($input: ReplyToReviewInput!) { replyToReview(input: $input) { id } }', { input: { workspaceId: workspaceA, reviewId: id, body: 'x'.repeat(5001) } }, agentA);
    expect([errorCode(tooLong), tooLong.errors![0]!.extensions.field]).toEqual(['BAD_USER_INPUT', 'body']);

    ok(await server.gql('mutation($input: ReplyToReviewInput!) { replyToReview(input: $input) { id } }', { input: { workspaceId: workspaceA, reviewId: id, body: 'Thank you, see you at the next grooming!' } }, agentA));
    await until('the reply to be sent', async () => (await reviewOf(target.id))!.reply?.status === 'SENT');
    expect(target.companyReply).toMatchObject({ text: 'Thank you, see you at the next grooming!', authorBusinessUserId: fake.user.id });
    const posted = fake.requests.filter((request) => request.method === 'POST' && request.path === `/v1/private/reviews/${target.id}/reply`);
    expect(posted.map((request) => request.json)).toEqual([{ message: 'Thank you, see you at the next grooming!', authorBusinessUserId: fake.user.id }]);

    const deleted = ok(await server.gql('mutation($input: ReviewRefInput!) { deleteReviewReply(input: $input) { reply { status } } }', { input: { workspaceId: workspaceA, reviewId: id } }, agentA)).deleteReviewReply;
    expect(deleted.reply).toBeNull();
    expect(target.companyReply).toBeNull();
    expect(fake.requests.filter((request) => request.method === 'DELETE' && request.path === `/v1/private/reviews/${target.id}/reply`)).toHaveLength(1);
  });

  it('refuses to dispute through Trustpilot (its API takes no reports) before saving anything; a dispute filed by hand is recorded', async () => {
    const { id } = (await reviewOf(fake.reviews[6]!.id))!;
    const DISPUTE = 'mutation($input: DisputeReviewInput!) { disputeReview(input: $input) { status platformReference } }';
    const refused = await server.gql(DISPUTE, { input: { workspaceId: workspaceA, reviewId: id, reason: 'Not a customer', evidence: 'No booking under this name' } }, admin);
    expect(errorCode(refused)).toBe('CONFLICT');
    expect((await server.sql('SELECT count(*)::int AS n FROM review_dispute WHERE review_id = $1', [id]))[0].n).toBe(0);
    expect(ok(await server.gql(DISPUTE, { input: { workspaceId: workspaceA, reviewId: id, reason: 'Not a customer', evidence: 'Reported in Trustpilot Business', manual: true } }, admin)).disputeReview).toEqual({ status: 'OPEN', platformReference: null });
  });

  it('takes a webhook with the subscription URL password: the review appears; a wrong or missing password is 401 and nothing is stored', async () => {
    const [forged, genuine] = fake.addReviews(2, { startAt: new Date(Date.UTC(2025, 11, 3)) }) as [FakeReview, FakeReview];
    const forgedBody = fake.webhookBody([{ eventName: 'service-review-created', review: forged }]);
    expect((await deliver(sourceA, forgedBody, basic('guessed-password-123'))).status).toBe(401);
    expect((await deliver(sourceA, forgedBody)).status).toBe(401);
    const accepted = await deliver(sourceA, fake.webhookBody([{ eventName: 'service-review-created', review: genuine }, { eventName: 'service-review-deleted', review: fake.reviews[0]! }]), basic(WEBHOOK_SECRET));
    expect([accepted.status, accepted.body]).toEqual([202, { accepted: 1 }]);
    const arrived = await until('the webhook review', () => reviewOf(genuine.id));
    expect(arrived).toMatchObject({ body: genuine.text, author: { handle: genuine.consumer.displayName } });
    expect(await reviewOf(forged.id)).toBeUndefined();

    // A revision by webhook, delivered twice, is one edit.
    fake.revise(genuine.id, { text: 'Revised by webhook.' });
    const revision = fake.webhookBody([{ eventName: 'service-review-updated', review: genuine }]);
    expect((await deliver(sourceA, revision, basic(WEBHOOK_SECRET))).status).toBe(202);
    expect((await deliver(sourceA, revision, basic(WEBHOOK_SECRET))).status).toBe(202);
    await until('the webhook revision', async () => (await reviewOf(genuine.id))!.body === 'Revised by webhook.');
    expect((await reviewOf(genuine.id))!.revisions.totalCount).toBe(1);
  });

  it("connects the brand's second shop by consent in another workspace: its domain, the authenticate page, the code exchanged with the key and secret", async () => {
    const branchReviews = fake.addReviews(3, { unit: fake.branch });
    const { authorizeUrl } = ok(await server.gql(BEGIN, { input: { workspaceId: workspaceB, type: 'trustpilot', instanceUrl: fake.branch.identifyingName } }, admin)).beginChannelConnection;
    const consent = new URL(authorizeUrl);
    expect(`${consent.origin}${consent.pathname}`).toBe(`${fake.authenticateUrl}/`);
    expect(Object.fromEntries(consent.searchParams)).toEqual({ response_type: 'code', client_id: fake.app.apiKey, redirect_uri: `${PUBLIC_URL}/connect/callback`, state: expect.any(String) });
    const callback = new URL(await fake.authorize(authorizeUrl));
    const response = await server.http.get(`${callback.pathname}${callback.search}`);
    expect(response.status).toBe(303);
    const outcome = new URL(response.headers.location!);
    expect(Object.fromEntries(outcome.searchParams)).toEqual({ connect: 'choose', workspaceId: workspaceB, pendingId: expect.any(String) });
    sourceB = (await confirmConsent(server, admin, outcome)).channel.id;
    expect(ok(await server.gql(CHANNEL, { ws: workspaceB, id: sourceB }, admin)).channel).toEqual({
      id: sourceB,
      status: 'CONNECTED',
      statusReason: null,
      displayName: 'Trustpilot (lyon.pawsandclaws.example)',
      externalAccountId: fake.branch.id,
    });
    const exchange = fake.requests.filter((request) => request.path === '/v1/oauth/oauth-business-users-for-applications/accesstoken').at(-1)!;
    expect(exchange.headers.authorization).toBe(`Basic ${Buffer.from(`${fake.app.apiKey}:${fake.app.apiSecret}`).toString('base64')}`);
    expect(Object.fromEntries(new URLSearchParams(exchange.rawBody.toString()))).toEqual({ grant_type: 'authorization_code', code: expect.any(String), redirect_uri: `${PUBLIC_URL}/connect/callback` });

    // Connecting backfills at once, in the background: its progress ends at the shop's three reviews.
    await until('the backfill at connect', async () => (await server.sql("SELECT 1 FROM channel WHERE id = $1 AND sync_state = 'DONE' AND sync_run_id IS NULL", [sourceB])).length > 0);
    expect((await server.sql('SELECT sync_items_synced AS items, sync_estimated_total AS total FROM channel WHERE id = $1', [sourceB]))[0]).toEqual({ items: 3, total: 3 });
    expect(ok(await server.gql(SYNC, { ws: workspaceB, ch: sourceB }, admin)).syncReviews).toMatchObject({ ok: true, itemsSynced: 0, channel: { sync: { state: 'DONE' } } });
    expect((await reviewsOf(workspaceB, sourceB)).externalIds.sort()).toEqual(branchReviews.map((review) => review.id).sort());

    // Replies are written as the user who consented.
    const [row] = await server.sql('SELECT id FROM review WHERE channel_id = $1 AND external_id = $2', [sourceB, branchReviews[0]!.id]);
    ok(await server.gql('mutation($input: ReplyToReviewInput!) { replyToReview(input: $input) { id } }', { input: { workspaceId: workspaceB, reviewId: row.id, body: 'Merci !' } }, agentB));
    await until('the reply from the consented channel', async () => branchReviews[0]!.companyReply?.text === 'Merci !');
    expect(branchReviews[0]!.companyReply!.authorBusinessUserId).toBe(fake.user.id);

    // Its webhook password is derived from the plugin's secret and its own id; workspace A's does not open it.
    const body = fake.webhookBody([{ eventName: 'service-review-created', review: fake.addReviews(1, { unit: fake.branch })[0]! }]);
    expect((await deliver(sourceB, body, basic(WEBHOOK_SECRET))).status).toBe(401);
    expect((await deliver(sourceB, body, basic(createHmac('sha256', PLUGIN_WEBHOOK_SECRET).update(sourceB).digest('hex')))).status).toBe(202);
    // Accepted deliveries are ingested by the queue: the shop's fourth review appears.
    await until('the delivered review', async () => (await reviewsOf(workspaceB, sourceB)).total === 4);
  });

  it("keeps workspaces apart: another workspace's reviews and sources are NOT_FOUND, and syncing is for ADMINs", async () => {
    const { id } = (await reviewOf(fake.reviews[0]!.id))!;
    expect(errorCode(await server.gql('query($ws: ID!, $id: ID!) { review(workspaceId: $ws, id: $id) { id } }', { ws: workspaceB, id }, agentB))).toBe('NOT_FOUND');
    expect(errorCode(await server.gql('mutation($input: ReplyToReviewInput!) { replyToReview(input: $input) { id } }', { input: { workspaceId: workspaceB, reviewId: id, body: 'Hi' } }, agentB))).toBe('NOT_FOUND');
    expect(errorCode(await server.gql(SYNC, { ws: workspaceB, ch: sourceA }, admin))).toBe('NOT_FOUND');
    expect(errorCode(await server.gql(SYNC, { ws: workspaceA, ch: sourceA }, agentA))).toBe('FORBIDDEN');
    const inB = await reviewsOf(workspaceB, null, agentB);
    expect(inB.total).toBe(4);
    expect(inB.externalIds.some((externalId) => fake.reviews.find((review) => review.id === externalId)!.businessUnitId !== fake.branch.id)).toBe(false);
    expect((await reviewsOf(workspaceB, sourceA, agentB)).total).toBe(0);
  });

  it('a key-mode token Trustpilot refuses is replaced; an expired consent makes the source NEEDS_REAUTH', async () => {
    fake.expireAccessTokens();
    expect(ok(await server.gql(SYNC, { ws: workspaceA, ch: sourceA }, admin)).syncReviews).toMatchObject({ ok: true, channel: { status: 'CONNECTED' } });

    const result = ok(await server.gql(SYNC, { ws: workspaceB, ch: sourceB }, admin)).syncReviews;
    expect(result).toMatchObject({ ok: false, failure: { classification: 'REAUTHORIZE', message: 'Trustpilot: HTTP 401 Unauthorized' }, channel: { status: 'NEEDS_REAUTH', sync: { state: 'FAILED' } } });
    expect(ok(await server.gql(CHANNEL, { ws: workspaceB, id: sourceB }, admin)).channel.status).toBe('NEEDS_REAUTH');
  });
});
