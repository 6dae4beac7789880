import { createVerify } from 'node:crypto';
import { classifyHttpError, CORE_API_VERSION, createMemoryStore, decodeJwt, isCompatible, isDriverError, retryAfterOf, type DriverContext, type InboundReview } from '@rapport/plugin-sdk';
import { assertConformance, createTestContext, runReviewSourceConformance } from '@rapport/plugin-sdk/testing';
import googlePlayPlugin, { googlePlayDriver } from '../src/index.js';
import { startFakeGooglePlay, type FakeGooglePlay } from './fake-google-play.js';

describe('Google Play plugin', () => {
  let fake: FakeGooglePlay;
  beforeEach(async () => {
    fake = await startFakeGooglePlay();
  });
  afterEach(() => fake.close());

  const contextFor = (credentials = fake.credentials(), store = createMemoryStore()): DriverContext => createTestContext({ credentials, options: fake.options(), store });
  const tokenRequests = () => fake.requests.filter((request) => request.path === '/token');

  async function syncAll(ctx: DriverContext, cursor: string | null) {
    const items: InboundReview[] = [];
    for (let page = 0; page < 50; page++) {
      const result = await googlePlayDriver.sync(ctx, cursor);
      items.push(...result.items);
      const moved = result.nextCursor !== cursor;
      cursor = result.nextCursor;
      if (!result.items.length || !moved) break;
    }
    return { items, cursor };
  }

  it('is a valid plugin for this core, declaring what Play takes: 350-character replies, no deletes, reports or webhooks', () => {
    expect(googlePlayPlugin.reviewSources.map((driver) => driver.code)).toEqual(['google-play']);
    expect(isCompatible(googlePlayPlugin.compatibility, CORE_API_VERSION)).toBe(true);
    expect(googlePlayDriver.capabilities).toEqual({ reply: true, deleteReply: false, report: false, webhooks: false });
    expect(googlePlayDriver.replyLimits).toEqual({ maxLength: 350 });
    expect([googlePlayDriver.deleteReply, googlePlayDriver.report, googlePlayDriver.oauth]).toEqual([undefined, undefined, undefined]);
  });

  it('passes the review-source conformance kit, skipping only what the API does not offer', async () => {
    const report = await runReviewSourceConformance(googlePlayDriver, {
      context: contextFor(),
      fakeServer: fake,
      samples: {
        seedReviews: () => [fake.addReview(), fake.addReview({ starRating: 1, text: 'Crashes on start' })],
        invalidCredentials: { ...fake.credentials(), private_key_id: 'a-deleted-key' },
      },
    });
    assertConformance(report);
    expect(report.checks.filter((check) => check.skipped).map((check) => check.name)).toEqual(['delete-reply', 'report', 'webhook-verify', 'webhook-parse']);
  });

  it('signs an RS256 assertion with the service account key (iss, scope, aud, an hour) and keeps the token, sealed, until it nears expiry', async () => {
    const store = createMemoryStore();
    const ctx = contextFor(fake.credentials(), store);
    fake.addReview();
    await googlePlayDriver.verifyCredentials(ctx);
    await googlePlayDriver.sync(ctx, null);
    expect(tokenRequests()).toHaveLength(1);
    const form = Object.fromEntries(new URLSearchParams(tokenRequests()[0]!.rawBody.toString('utf8')));
    expect(form.grant_type).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer');
    const jwt = decodeJwt(form.assertion!)!;
    expect(jwt.header).toEqual({ alg: 'RS256', typ: 'JWT', kid: fake.serviceAccount.private_key_id });
    expect(jwt.claims).toEqual({ iss: fake.serviceAccount.client_email, scope: 'https://www.googleapis.com/auth/androidpublisher', aud: `${fake.url}/token`, iat: expect.any(Number), exp: jwt.claims.iat! + 3600 });
    expect(createVerify('RSA-SHA256').update(jwt.signingInput).verify(fake.serviceAccount.private_key, jwt.signature)).toBe(true);
    const api = fake.requests.filter((request) => request.path.startsWith('/androidpublisher'));
    expect(new Set(api.map((request) => request.headers.authorization)).size).toBe(1);
    const kept = JSON.stringify(await store.get('access-token'));
    expect(kept).not.toContain(api[0]!.headers.authorization!.slice('Bearer '.length));

    // Another process (a fresh context on the same store) reuses it; a token the API refuses is replaced once.
    await googlePlayDriver.sync(contextFor(fake.credentials(), store), null);
    expect(tokenRequests()).toHaveLength(1);
    fake.failNext({ status: 401, json: { error: { code: 401, message: 'Request had invalid authentication credentials.', status: 'UNAUTHENTICATED' } } });
    await googlePlayDriver.sync(ctx, null);
    expect(tokenRequests()).toHaveLength(2);
  });

  it('syncs every page of the week the API shows, with app version, device and language, then only newer ones', async () => {
    const old = fake.addReview({ daysAgo: 10, text: 'From long ago' });
    const added = Array.from({ length: 230 }, (_, index) => fake.addReview({ daysAgo: 2, text: `Review ${index}` }));
    const [special] = [fake.addReview({ text: 'Crashes on my tablet', starRating: 1, appVersionName: '4.2.0-beta', device: 'gts7l', androidOsVersion: 34, reviewerLanguage: 'fr_FR', authorName: 'Zoé' })];
    const ctx = contextFor();
    const first = await syncAll(ctx, null);
    expect(first.items).toHaveLength(231);
    expect(first.items.map((item) => item.externalId)).not.toContain(old.reviewId);
    const lists = fake.requests.filter((request) => request.method === 'GET' && request.path.endsWith('/reviews'));
    // Three pages hold the week; the call after them walks it again (skipping pages with nothing new) and ends the sync.
    const page = (token: boolean) => (token ? { maxResults: '100', token: expect.any(String) } : { maxResults: '100' });
    expect(lists.map((request) => request.query)).toEqual([page(false), page(true), page(true), page(false), page(true), page(true)]);
    expect(lists[0]!.path).toBe('/androidpublisher/v3/applications/com.pawsandclaws.app/reviews');
    expect(first.items.find((item) => item.externalId === special!.reviewId)).toEqual({
      externalId: special!.reviewId,
      author: { externalId: `review:${special!.reviewId}`, handle: 'Zoé', name: 'Zoé' },
      rating: 1,
      text: 'Crashes on my tablet',
      language: 'fr-FR',
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      metadata: { appVersionName: '4.2.0-beta', appVersionCode: 412, androidOsVersion: 34, device: 'gts7l', reviewerLanguage: 'fr_FR', deviceManufacturer: 'Samsung', deviceName: 'a52q (Galaxy A52)' },
    });
    expect(added).toHaveLength(230);

    const newer = fake.addReview({ text: 'Update fixed it, thanks' });
    const next = await syncAll(ctx, first.cursor);
    expect(next.items.map((item) => item.externalId)).toEqual([newer.reviewId]);
  });

  it('replies with POST …/reviews/{id}:reply and { replyText }', async () => {
    const review = fake.addReview();
    await googlePlayDriver.reply!(contextFor(), { idempotencyKey: 'k', reviewExternalId: review.reviewId, text: 'Thanks for playing!' });
    const post = fake.requests.find((request) => request.method === 'POST' && request.path !== '/token')!;
    expect([post.path, post.json]).toEqual([`/androidpublisher/v3/applications/com.pawsandclaws.app/reviews/${encodeURIComponent(review.reviewId)}:reply`, { replyText: 'Thanks for playing!' }]);
    expect(fake.developerReply(review.reviewId)).toBe('Thanks for playing!');
  });

  it('maps failures: a deleted key reauthorize, 429 retry after the advertised delay, 400 invalid', async () => {
    const review = fake.addReview();
    const ctx = contextFor();
    fake.failNext({ status: 429, headers: { 'retry-after': '30' }, json: { error: { code: 429, message: 'quota', status: 'RESOURCE_EXHAUSTED' } } });
    const throttled = await googlePlayDriver.sync(ctx, null).catch((error: unknown) => error);
    expect([classifyHttpError(throttled), retryAfterOf(throttled), (throttled as Error).message]).toEqual(['retry', 30, 'Listing reviews: HTTP 429, RESOURCE_EXHAUSTED']);
    const tooLong = await googlePlayDriver.reply!(ctx, { idempotencyKey: 'k', reviewExternalId: review.reviewId, text: 'x'.repeat(351) }).catch((error: unknown) => error);
    expect(classifyHttpError(tooLong)).toBe('invalid');
    fake.deleteKey();
    const refused = await googlePlayDriver.verifyCredentials(contextFor()).catch((error: unknown) => error);
    expect(isDriverError(refused) && [refused.classification, refused.message]).toEqual(['reauthorize', 'The token endpoint refused the signed assertion (HTTP 400, invalid_grant)']);
  });
});
