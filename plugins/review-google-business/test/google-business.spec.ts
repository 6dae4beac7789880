import { classifyHttpError, CORE_API_VERSION, isCompatible, isDriverError, isWebhookPayloadError, retryAfterOf, type DriverContext, type InboundReview } from '@rapport/plugin-sdk';
import { assertConformance, createTestContext, runOAuthConformance, runReviewSourceConformance } from '@rapport/plugin-sdk/testing';
import googleBusinessPlugin, { googleBusinessDriver, toInboundReview } from '../src/index.js';
import { PUSH_AUDIENCE, PUSH_SERVICE_ACCOUNT, startFakeGoogleBusiness, type FakeGoogleBusiness } from './fake-google-business.js';

const form = (body: Buffer) => Object.fromEntries(new URLSearchParams(body.toString('utf8')));

describe('Google Business Profile plugin', () => {
  let fake: FakeGoogleBusiness;
  let lyon: string;

  beforeEach(async () => {
    fake = await startFakeGoogleBusiness();
    lyon = fake.locations[0]!;
  });
  afterEach(() => fake.close());

  const contextFor = (token = fake.issueToken(), location = lyon, extra: Record<string, unknown> = {}): DriverContext =>
    createTestContext({ credentials: { accessToken: token, location }, options: fake.options(extra) });
  const listRequests = () => fake.requests.filter((request) => request.method === 'GET' && /\/reviews$/.test(request.path));

  /** Every page from a cursor, as the host pulls them. */
  async function syncAll(ctx: DriverContext, cursor: string | null) {
    const items: InboundReview[] = [];
    const totals: Array<number | undefined> = [];
    for (let page = 0; page < 100; page++) {
      const result = await googleBusinessDriver.sync(ctx, cursor);
      items.push(...result.items);
      totals.push(result.estimatedTotal);
      const moved = result.nextCursor !== cursor;
      cursor = result.nextCursor;
      if (!result.items.length || !moved) break;
    }
    return { items, cursor, totals };
  }

  it('is a valid plugin for this core, declaring what Google takes: 4096-byte replies, no reports', () => {
    expect(googleBusinessPlugin.reviewSources.map((driver) => driver.code)).toEqual(['google-business']);
    expect(isCompatible(googleBusinessPlugin.compatibility, CORE_API_VERSION)).toBe(true);
    expect(googleBusinessDriver.capabilities).toEqual({ reply: true, deleteReply: true, report: false, webhooks: true });
    expect(googleBusinessDriver.report).toBeUndefined();
    expect(googleBusinessDriver.replyLimits).toEqual({ maxLength: 4096, maxBytes: 4096 });
    expect(googleBusinessDriver.ratingScale).toEqual({ min: 1, max: 5 });
  });

  it('passes the OAuth conformance kit: PKCE, offline access, code exchange, locations listed, refresh keeping the location', async () => {
    const context = createTestContext({ credentials: {}, options: fake.options() });
    const report = await runOAuthConformance(googleBusinessDriver, { context, redirectUri: 'https://rapport.example/connect/callback', consent: (url) => fake.authorize(url) });
    assertConformance(report);
    expect(report.checks.filter((check) => check.skipped).map((check) => check.name)).toEqual(['oauth-client-cached']);

    const authorize = fake.requests.find((request) => request.path === '/o/oauth2/v2/auth')!;
    expect(authorize.query).toMatchObject({ access_type: 'offline', prompt: 'consent', scope: 'https://www.googleapis.com/auth/business.manage', code_challenge_method: 'S256' });
    const [exchange, refresh] = fake.requests.filter((request) => request.path === '/token');
    expect(Object.keys(form(exchange!.rawBody)).sort()).toEqual(['client_id', 'client_secret', 'code', 'code_verifier', 'grant_type', 'redirect_uri']);
    expect(form(refresh!.rawBody)).toMatchObject({ grant_type: 'refresh_token', client_id: fake.client.clientId });
    // accounts.list, then locations.list of each account with the required readMask.
    const listed = fake.requests.filter((request) => /^\/v1\/accounts(\/[^/]+\/locations)?$/.test(request.path));
    expect(listed.map((request) => request.path)).toEqual(['/v1/accounts', '/v1/accounts/1010/locations', '/v1/accounts/2020/locations']);
    expect(listed[0]!.query).toEqual({ pageSize: '20' });
    expect(listed[1]!.query).toEqual({ pageSize: '100', readMask: 'name,title,storefrontAddress,metadata' });
    expect(listed.every((request) => request.headers.authorization?.startsWith('Bearer ya29.'))).toBe(true);
  });

  it('lists every location the consent covers, named and told apart by address', async () => {
    const accounts = await googleBusinessDriver.oauth!.listConnectableAccounts!(createTestContext({ credentials: {}, options: fake.options() }), { accessToken: fake.issueToken(), tokenType: 'Bearer', raw: {} }, { redirectUri: 'https://rapport.example/connect/callback', scopes: [] });
    expect(accounts).toEqual([
      { id: 'accounts/1010/locations/7000', name: 'Paws & Claws – Lyon', details: '1 rue des Chats, 69000 Lyon · account Paws & Claws (personal)' },
      { id: 'accounts/2020/locations/7001', name: 'Paws & Claws – Paris', details: '2 rue des Chats, 69010 Paris · account Paws & Claws Group' },
      { id: 'accounts/2020/locations/7002', name: 'Paws & Claws – Nantes', details: '3 rue des Chats, 69020 Nantes · account Paws & Claws Group' },
    ]);
  });

  it('passes the review-source conformance kit, skipping only reports (none in the API) and signed-body webhook checks', async () => {
    const report = await runReviewSourceConformance(googleBusinessDriver, {
      context: contextFor(),
      fakeServer: fake,
      samples: {
        seedReviews: () => fake.addReviews(lyon, 3),
        replyText: 'Thank you, see you soon!',
        invalidCredentials: { accessToken: 'ya29.revoked', location: lyon },
      },
    });
    assertConformance(report);
    // Pub/Sub's push token does not cover the body, so the kit's tampered-body check cannot apply: push is tested below.
    expect(report.checks.filter((check) => check.skipped).map((check) => check.name)).toEqual(['report', 'webhook-verify', 'webhook-parse']);
  });

  it('verifies the location by its Business Information record', async () => {
    const account = await googleBusinessDriver.verifyCredentials(contextFor());
    expect(account).toEqual({ accountId: lyon, displayName: 'Paws & Claws – Lyon', url: 'https://maps.google.com/maps?cid=7000' });
    const request = fake.requests.at(-1)!;
    expect([request.path, request.query]).toEqual(['/v1/locations/7000', { readMask: 'name,title,storefrontAddress,metadata' }]);
  });

  it('backfills across pages newest first with the total Google announces, then syncs only what is newer, edits included', async () => {
    const added = fake.addReviews(lyon, 120);
    const ctx = contextFor();
    const backfill = await syncAll(ctx, null);
    expect(backfill.items.map((item) => item.externalId).sort()).toEqual(added.map((review) => review.reviewId).sort());
    expect(backfill.totals.filter((total) => total !== undefined)).toEqual([120, 120, 120]);
    const lists = listRequests();
    expect(lists).toHaveLength(4); // 50 + 50 + 20, then the next sync finds nothing newer
    expect(lists[0]!.query).toEqual({ pageSize: '50', orderBy: 'updateTime desc' });
    expect(lists[1]!.query).toEqual({ pageSize: '50', orderBy: 'updateTime desc', pageToken: expect.any(String) });
    expect(lists[0]!.path).toBe('/v4/accounts/1010/locations/7000/reviews');

    const edited = fake.editReview(lyon, added[10]!.reviewId, { comment: 'Changed my mind: they lost my dog for an hour.', starRating: 'ONE' });
    const [fresh] = fake.addReviews(lyon, 1, { start: new Date() });
    const next = await syncAll(ctx, backfill.cursor);
    expect(next.items.map((item) => item.externalId).sort()).toEqual([fresh!.reviewId, edited.reviewId].sort());
    expect(next.items.find((item) => item.externalId === edited.reviewId)).toMatchObject({ rating: 1, text: 'Changed my mind: they lost my dog for an hour.', updatedAt: new Date(edited.updateTime).toISOString() });
    expect(next.totals.every((total) => total === undefined)).toBe(true);
    expect((await syncAll(ctx, next.cursor)).items).toEqual([]);
  });

  it('maps star ratings ONE..FIVE to 1–5 and keeps anonymous reviewers apart', () => {
    const base = { reviewId: 'r1', createTime: '2026-01-02T03:04:05.123456789Z', updateTime: '2026-01-03T03:04:05.5Z' };
    expect(['ONE', 'TWO', 'THREE', 'FOUR', 'FIVE'].map((starRating) => toInboundReview({ ...base, starRating: starRating as 'ONE' })!.rating)).toEqual([1, 2, 3, 4, 5]);
    expect(toInboundReview({ ...base, starRating: 'STAR_RATING_UNSPECIFIED' })).toBeNull();
    const anonymous = toInboundReview({ ...base, starRating: 'FOUR', reviewer: { isAnonymous: true, displayName: 'x' } })!;
    expect(anonymous).toEqual({ externalId: 'r1', author: { externalId: 'review:r1', handle: 'Anonymous', name: 'Anonymous' }, rating: 4, text: '', createdAt: '2026-01-02T03:04:05.123Z', updatedAt: '2026-01-03T03:04:05.500Z' });
    const named = toInboundReview({ ...base, reviewId: 'r2', starRating: 'FIVE', comment: 'Great', reviewer: { displayName: 'Ana', profilePhotoUrl: 'https://lh3.example/a' } })!;
    const again = toInboundReview({ ...base, reviewId: 'r3', starRating: 'FIVE', reviewer: { displayName: 'Ana', profilePhotoUrl: 'https://lh3.example/a' } })!;
    expect(named.author.externalId).toBe(again.author.externalId);
    expect(named.author).toMatchObject({ handle: 'Ana', avatarUrl: 'https://lh3.example/a' });
  });

  it('replies with PUT …/reply and { comment }, replaces it, and deletes it (one already gone counts as deleted)', async () => {
    const [review] = fake.addReviews(lyon, 1);
    const ctx = contextFor();
    await googleBusinessDriver.reply!(ctx, { idempotencyKey: 'k1', reviewExternalId: review!.reviewId, text: 'Thank you Ana!' });
    await googleBusinessDriver.reply!(ctx, { idempotencyKey: 'k2', reviewExternalId: review!.reviewId, text: 'Thank you Ana, see you soon!' });
    const puts = fake.requests.filter((request) => request.method === 'PUT');
    expect(puts.map((request) => [request.path, request.json, request.headers['content-type']])).toEqual([
      [`/v4/accounts/1010/locations/7000/reviews/${review!.reviewId}/reply`, { comment: 'Thank you Ana!' }, 'application/json'],
      [`/v4/accounts/1010/locations/7000/reviews/${review!.reviewId}/reply`, { comment: 'Thank you Ana, see you soon!' }, 'application/json'],
    ]);
    expect(fake.review(lyon, review!.reviewId).reviewReply?.comment).toBe('Thank you Ana, see you soon!');
    await googleBusinessDriver.deleteReply!(ctx, review!.reviewId);
    expect(fake.review(lyon, review!.reviewId).reviewReply).toBeUndefined();
    await googleBusinessDriver.deleteReply!(ctx, review!.reviewId);
    expect(fake.requests.filter((request) => request.method === 'DELETE')).toHaveLength(2);
  });

  it('maps Google errors: 401 reauthorize, 429/503 retry after the advertised delay, 400 invalid, never repeating Google\'s text', async () => {
    const [review] = fake.addReviews(lyon, 1);
    const ctx = contextFor();
    const failure = async (response: Parameters<FakeGoogleBusiness['failNext']>[0]) => {
      fake.failNext(response);
      return googleBusinessDriver.sync(ctx, null).then(() => undefined, (error: unknown) => error);
    };
    const throttled = await failure({ status: 429, headers: { 'retry-after': '7' }, json: { error: { code: 429, message: 'Quota exceeded for quota metric', status: 'RESOURCE_EXHAUSTED' } } });
    expect([classifyHttpError(throttled), retryAfterOf(throttled), (throttled as Error).message]).toEqual(['retry', 7, 'Listing reviews: HTTP 429, RESOURCE_EXHAUSTED']);
    const unavailable = await failure({ status: 503, json: { error: { code: 503, message: 'The service is currently unavailable.', status: 'UNAVAILABLE', details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '12.5s' }] } } });
    expect([classifyHttpError(unavailable), retryAfterOf(unavailable)]).toEqual(['retry', 13]);
    const invalid = await failure({ status: 400, json: { error: { code: 400, message: 'secret words', status: 'INVALID_ARGUMENT' } } });
    expect([classifyHttpError(invalid), (invalid as Error).message]).toEqual(['invalid', 'Listing reviews: HTTP 400, INVALID_ARGUMENT']);
    const expired = await googleBusinessDriver.reply!(contextFor('ya29.expired'), { idempotencyKey: 'k', reviewExternalId: review!.reviewId, text: 'Hi' }).catch((error: unknown) => error);
    expect(isDriverError(expired) && [expired.classification, expired.message]).toEqual(['reauthorize', 'Replying to a review: HTTP 401, UNAUTHENTICATED']);
  });

  describe('Pub/Sub push', () => {
    const pubsub = { audience: PUSH_AUDIENCE, serviceAccountEmail: PUSH_SERVICE_ACCOUNT };

    it("accepts only pushes whose OIDC token Google signed for the configured audience and service account", async () => {
      const ctx = contextFor(undefined, lyon, { pubsub });
      const notification = { type: 'NEW_REVIEW', reviewName: `${lyon}/reviews/x`, locationName: lyon };
      expect(await googleBusinessDriver.verifyWebhook!(ctx, fake.push(notification))).toBe(true);
      expect(fake.requests.filter((request) => request.path === '/oauth2/v3/certs')).toHaveLength(1);
      expect(await googleBusinessDriver.verifyWebhook!(ctx, fake.push(notification))).toBe(true);
      expect(fake.requests.filter((request) => request.path === '/oauth2/v3/certs')).toHaveLength(1); // keys cached
      for (const token of [{ audience: 'https://elsewhere.example' }, { email: 'someone@else.iam.gserviceaccount.com' }, { emailVerified: false }, { expiresIn: -3600 }, { signWith: 'other' as const }]) {
        expect({ token, verified: await googleBusinessDriver.verifyWebhook!(ctx, fake.push(notification, token)) }).toEqual({ token, verified: false });
      }
      const unsigned = fake.push(notification);
      expect(await googleBusinessDriver.verifyWebhook!(ctx, { ...unsigned, headers: {} })).toBe(false);
      // Not configured: polling only, every push refused.
      expect(await googleBusinessDriver.verifyWebhook!(contextFor(), fake.push(notification))).toBe(false);
    });

    it("fetches the review a NEW_REVIEW or UPDATED_REVIEW points at, only for the channel's location", async () => {
      const [review] = fake.addReviews(lyon, 1, { comment: 'Lovely haircut for Rex' });
      const [elsewhere] = fake.addReviews(fake.locations[1]!, 1);
      const ctx = contextFor(undefined, lyon, { pubsub });
      const parsed = await googleBusinessDriver.parseWebhook!(ctx, fake.push({ type: 'NEW_REVIEW', reviewName: `${lyon}/reviews/${review!.reviewId}`, locationName: lyon }));
      expect(parsed).toEqual([expect.objectContaining({ externalId: review!.reviewId, text: 'Lovely haircut for Rex' })]);
      expect(fake.requests.at(-1)!.path).toBe(`/v4/${lyon}/reviews/${review!.reviewId}`);
      // The v1 spelling of the fields is read too.
      expect(await googleBusinessDriver.parseWebhook!(ctx, fake.push({ notificationType: 'UPDATED_REVIEW', review_name: `${lyon}/reviews/${review!.reviewId}`, location_name: lyon }))).toHaveLength(1);
      const before = fake.requests.length;
      expect(await googleBusinessDriver.parseWebhook!(ctx, fake.push({ type: 'NEW_REVIEW', reviewName: `${fake.locations[1]}/reviews/${elsewhere!.reviewId}` }))).toEqual([]);
      expect(await googleBusinessDriver.parseWebhook!(ctx, fake.push({ type: 'GOOGLE_UPDATE', locationName: lyon }))).toEqual([]);
      expect(fake.requests.length).toBe(before);
      expect(await googleBusinessDriver.parseWebhook!(ctx, fake.push({ type: 'NEW_REVIEW', reviewName: `${lyon}/reviews/gone` }))).toEqual([]);
      for (const bad of [{ reviewName: `${lyon}/reviews/x` }, { type: 'NEW_REVIEW' }, { type: 'NEW_REVIEW', reviewName: 'reviews/x' }]) {
        const error = await Promise.resolve(googleBusinessDriver.parseWebhook!(ctx, fake.push(bad))).catch((caught: unknown) => caught);
        expect(isWebhookPayloadError(error)).toBe(true);
      }
      const notBase64 = { headers: {}, rawBody: Buffer.from(JSON.stringify({ message: { data: '!!!' } })) };
      expect(isWebhookPayloadError(await Promise.resolve(googleBusinessDriver.parseWebhook!(ctx, notBase64)).catch((caught: unknown) => caught))).toBe(true);
    });
  });
});
