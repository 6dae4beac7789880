import { createHmac } from 'node:crypto';
import {
  beginOAuthConnection,
  CORE_API_VERSION,
  createMemoryStore,
  isCompatible,
  isDriverError,
  isWebhookPayloadError,
  retryAfterOf,
  type DriverContext,
  type InboundReview,
  type KeyValueStore,
} from '@rapport/plugin-sdk';
import { assertConformance, createTestContext, runOAuthConformance, runReviewSourceConformance } from '@rapport/plugin-sdk/testing';
import trustpilotPlugin, { MAX_REPLY_LENGTH, trustpilotDriver, webhookPasswordOf } from '../src/index.js';
import { startFakeTrustpilot, type FakeTrustpilot } from './fake-trustpilot.js';

const REDIRECT_URI = 'https://rapport.example/connect/callback';
const WEBHOOK_SECRET = 'a-webhook-password-of-some-length';

const optionsFor = (fake: FakeTrustpilot, extra: Record<string, unknown> = {}) => ({ baseUrl: fake.url, authenticateUrl: fake.authenticateUrl, ...extra });

/** A channel connected with the application's key and secret (client credentials) and the replying business user. */
function keyContext(fake: FakeTrustpilot, extra: Record<string, unknown> = {}, options: Record<string, unknown> = {}, store: KeyValueStore = createMemoryStore()): DriverContext {
  return createTestContext({
    credentials: { businessUnit: fake.unit.identifyingName, apiKey: fake.app.apiKey, apiSecret: fake.app.apiSecret, businessUserId: fake.user.id, webhookSecret: WEBHOOK_SECRET, ...extra },
    options: optionsFor(fake, options),
    store,
    channelId: '5f0c7e0a-1c9a-4f59-9d1e-3f4d2f1a0b11',
  });
}

const requestsTo = (fake: FakeTrustpilot, method: string, path: string | RegExp) =>
  fake.requests.filter((request) => request.method === method && (typeof path === 'string' ? request.path === path : path.test(request.path)));
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
const webhook = (body: string, authorization?: string) => ({ headers: authorization ? { authorization, 'content-type': 'application/json' } : { 'content-type': 'application/json' }, rawBody: Buffer.from(body) });

async function syncAll(ctx: DriverContext, cursor: string | null): Promise<{ pages: Array<{ items: InboundReview[]; estimatedTotal?: number }>; cursor: string | null }> {
  const pages = [];
  // As Rapport's sync loop does: until an empty page or a cursor that does not move.
  for (;;) {
    const page = await trustpilotDriver.sync(ctx, cursor);
    pages.push(page);
    const moved = page.nextCursor !== cursor;
    cursor = page.nextCursor;
    if (!page.items.length || !moved) return { pages, cursor };
  }
}

describe('Trustpilot plugin', () => {
  let fake: FakeTrustpilot;

  beforeEach(async () => {
    fake = await startFakeTrustpilot({ redirectUris: [REDIRECT_URI] });
  });
  afterEach(async () => {
    await fake.close();
  });

  it('is a valid review-source plugin that replies, deletes replies, takes webhooks, connects by consent and declares it cannot report', () => {
    expect(trustpilotPlugin.name).toBe('@rapport/plugin-review-trustpilot');
    expect(isCompatible(trustpilotPlugin.compatibility, CORE_API_VERSION)).toBe(true);
    expect(trustpilotPlugin.reviewSources.map((driver) => driver.code)).toEqual(['trustpilot']);
    expect(trustpilotDriver.capabilities).toEqual({ reply: true, deleteReply: true, report: false, webhooks: true });
    expect(trustpilotDriver.report).toBeUndefined();
    expect(trustpilotDriver.replyLimits).toEqual({ maxLength: MAX_REPLY_LENGTH });
    expect(trustpilotDriver.ratingScale).toEqual({ min: 1, max: 5 });
    expect(trustpilotDriver.oauth).toMatchObject({ pkce: false, scopes: [], clientAuthentication: 'client_secret_basic', instance: { required: true } });
  });

  it('passes the review-source conformance kit with an API key and secret (webhooks checked below: Trustpilot signs no body)', async () => {
    const context = keyContext(fake);
    const report = await runReviewSourceConformance(trustpilotDriver, {
      context,
      fakeServer: fake,
      samples: {
        seedReviews: () => fake.addReviews(3),
        replyText: 'Thank you, see you at the next grooming!',
        invalidCredentials: { businessUnit: fake.unit.identifyingName, apiKey: fake.app.apiKey, apiSecret: 'not-the-secret', businessUserId: fake.user.id },
      },
    });
    assertConformance(report);
    expect(report.checks.filter((check) => check.skipped).map((check) => check.name).sort()).toEqual(['report', 'webhook-parse', 'webhook-verify']);
    expect(fake.reviews[0]!.companyReply).toBeNull(); // replied, then the reply deleted
  });

  it('passes the OAuth conformance kit: consent at authenticate.trustpilot.com, code and refresh with the key and secret as Basic credentials', async () => {
    fake.addReviews(1);
    const context = createTestContext({ credentials: {}, options: optionsFor(fake, { apiKey: fake.app.apiKey, apiSecret: fake.app.apiSecret }) });
    const report = await runOAuthConformance(trustpilotDriver, { context, instanceUrl: fake.unit.identifyingName, redirectUri: REDIRECT_URI, consent: (url) => fake.authorize(url) });
    assertConformance(report);
    expect(report.checks.filter((check) => check.skipped).map((check) => check.name).sort()).toEqual(['oauth-client-cached']);

    const [exchange, refresh] = [
      requestsTo(fake, 'POST', '/v1/oauth/oauth-business-users-for-applications/accesstoken')[0]!,
      requestsTo(fake, 'POST', '/v1/oauth/oauth-business-users-for-applications/refresh')[0]!,
    ];
    const credentials = basic(fake.app.apiKey, fake.app.apiSecret);
    expect(exchange.headers).toMatchObject({ authorization: credentials, 'content-type': 'application/x-www-form-urlencoded' });
    expect(Object.fromEntries(new URLSearchParams(exchange.rawBody.toString()))).toEqual({ grant_type: 'authorization_code', code: expect.stringMatching(/^code-/), redirect_uri: REDIRECT_URI });
    expect(refresh.headers.authorization).toBe(credentials);
    expect(Object.fromEntries(new URLSearchParams(refresh.rawBody.toString()))).toEqual({ grant_type: 'refresh_token', refresh_token: expect.stringMatching(/^tpr-/) });
    // The business unit is looked up by the domain typed, with the API key header; private reads carry the user's token.
    const find = requestsTo(fake, 'GET', '/v1/business-units/find')[0]!;
    expect([find.query.name, find.headers.apikey, find.headers.authorization]).toEqual([fake.unit.identifyingName, fake.app.apiKey, undefined]);
    expect(requestsTo(fake, 'GET', `/v1/private/business-units/${fake.unit.id}/reviews`)[0]!.headers.authorization).toMatch(/^Bearer tpa-/);
  });

  it('builds the consent URL Trustpilot documents: client_id (the API key), redirect_uri, response_type=code and the state, no scope or PKCE', async () => {
    const context = createTestContext({ credentials: {}, options: optionsFor(fake, { apiKey: fake.app.apiKey, apiSecret: fake.app.apiSecret }) });
    const pending = await beginOAuthConnection(trustpilotDriver.oauth!, context, { instanceUrl: 'https://PawsAndClaws.example/', redirectUri: REDIRECT_URI });
    const url = new URL(pending.authorizeUrl);
    expect(`${url.origin}${url.pathname}`).toBe(`${fake.authenticateUrl}/`);
    expect(Object.fromEntries(url.searchParams)).toEqual({ response_type: 'code', client_id: fake.app.apiKey, redirect_uri: REDIRECT_URI, state: pending.state });
    expect(pending.endpoints.tokenUrl).toBe(`${fake.url}/v1/oauth/oauth-business-users-for-applications/accesstoken`);
    expect(trustpilotDriver.oauth!.credentials({ accessToken: 't', tokenType: 'BearerToken', raw: { app_enduser: 'u1' } }, pending.connection)).toEqual({ businessUnit: 'pawsandclaws.example', accessToken: 't', businessUserId: 'u1' });

    const unconfigured = createTestContext({ credentials: {}, options: optionsFor(fake) });
    const refusal = await beginOAuthConnection(trustpilotDriver.oauth!, unconfigured, { instanceUrl: 'pawsandclaws.example', redirectUri: REDIRECT_URI }).catch((error: unknown) => error);
    expect(isDriverError(refusal) && [refusal.classification, refusal.message]).toEqual(['invalid', expect.stringContaining('apiKey and apiSecret')]);
  });

  it('backfills oldest first across pages (page, perPage, orderBy=createdat.asc; next-page links), with the business unit count as the total', async () => {
    fake.addReviews(250);
    const ctx = keyContext(fake);
    const { pages, cursor } = await syncAll(ctx, null);
    expect(pages.map((page) => page.items.length)).toEqual([100, 100, 50, 0]);
    expect(pages[0]!.estimatedTotal).toBe(250);
    expect(pages.slice(1).map((page) => page.estimatedTotal)).toEqual([undefined, undefined, undefined]);
    const ids = pages.flatMap((page) => page.items.map((item) => item.externalId));
    expect(ids).toEqual(fake.reviews.map((review) => review.id));
    expect(pages[0]!.items[0]).toEqual({
      externalId: fake.reviews[0]!.id,
      author: { externalId: fake.reviews[0]!.consumer.id, handle: 'Customer 1', name: 'Customer 1' },
      rating: fake.reviews[0]!.stars,
      title: 'Visit number 1',
      text: fake.reviews[0]!.text,
      language: 'en',
      createdAt: fake.reviews[0]!.createdAt,
      metadata: { isVerified: false, source: 'Organic', experiencedAt: fake.reviews[0]!.createdAt },
    });

    const listed = requestsTo(fake, 'GET', `/v1/private/business-units/${fake.unit.id}/reviews`).filter((request) => request.query.orderBy);
    expect(listed.map((request) => request.query)).toEqual([1, 2, 3].map((page) => ({ orderBy: 'createdat.asc', page: String(page), perPage: '100' })));
    expect(listed.every((request) => /^Bearer tpa-/.test(request.headers.authorization ?? '') && request.headers.apikey === undefined)).toBe(true);
    expect(JSON.parse(cursor!)).toEqual({ v: 1, phase: 'rest', high: fake.reviews[249]!.createdAt });
    // One token for the whole backfill, kept sealed in the channel's store.
    expect(requestsTo(fake, 'POST', '/v1/oauth/oauth-business-users-for-applications/accesstoken')).toHaveLength(1);
  });

  it('syncs incrementally: new reviews and revisions within the window from startDateTime; an older revision waits for its webhook', async () => {
    const old = fake.addReviews(1, { startAt: new Date(Date.UTC(2025, 0, 1)) })[0]!;
    fake.addReviews(5, { startAt: new Date(Date.UTC(2026, 0, 10)) });
    const ctx = keyContext(fake, {}, { pageSize: 2, revisionWindowDays: 7 });
    const backfill = await syncAll(ctx, null);
    expect(backfill.pages.map((page) => page.items.length)).toEqual([2, 2, 2, 0]);

    const recent = fake.reviews[3]!;
    fake.revise(recent.id, { text: 'Updated: they called back and fixed everything.', stars: 5 });
    fake.revise(old.id, { text: 'An edit long after.' });
    const [arrived] = fake.addReviews(1, { startAt: new Date(Date.UTC(2026, 0, 12)) });
    const before = fake.requests.length;
    const next = await syncAll(ctx, backfill.cursor);
    const items = next.pages.flatMap((page) => page.items);
    expect(items.map((item) => item.externalId)).toEqual([...fake.reviews.slice(1, 6).map((review) => review.id), arrived!.id]);
    expect(items.find((item) => item.externalId === recent.id)).toMatchObject({ text: 'Updated: they called back and fixed everything.', rating: 5, updatedAt: recent.updatedAt });
    expect(items.some((item) => item.externalId === old.id)).toBe(false);
    const scans = fake.requests.slice(before).filter((request) => request.path.endsWith('/reviews'));
    // 7 days before the newest review seen (2026-01-10T00:04:00Z), to the second, as Trustpilot's format has it.
    expect(scans.map((request) => [request.query.startDateTime, request.query.page])).toEqual([
      ['2026-01-03T00:04:00', '1'],
      ['2026-01-03T00:04:00', '2'],
      ['2026-01-03T00:04:00', '3'],
    ]);
    expect(JSON.parse(next.cursor!)).toMatchObject({ phase: 'rest', high: arrived!.createdAt });
  });

  it('replies as the business user and deletes the reply; a reply to no review, or one Trustpilot refuses, is invalid in words', async () => {
    const [review] = fake.addReviews(1);
    const ctx = keyContext(fake);
    expect(await trustpilotDriver.reply!(ctx, { idempotencyKey: 'r1', reviewExternalId: review!.id, text: 'Thanks for visiting!' })).toEqual({});
    const [posted] = requestsTo(fake, 'POST', `/v1/private/reviews/${review!.id}/reply`);
    expect(posted!.json).toEqual({ message: 'Thanks for visiting!', authorBusinessUserId: fake.user.id });
    expect(posted!.headers).toMatchObject({ 'content-type': 'application/json', authorization: expect.stringMatching(/^Bearer tpa-/) });
    expect(review!.companyReply).toMatchObject({ text: 'Thanks for visiting!', authorBusinessUserId: fake.user.id });

    await trustpilotDriver.deleteReply!(ctx, review!.id);
    expect(review!.companyReply).toBeNull();
    await trustpilotDriver.deleteReply!(ctx, review!.id); // already gone: done
    expect(requestsTo(fake, 'DELETE', `/v1/private/reviews/${review!.id}/reply`).map((request) => request.headers.authorization !== undefined)).toEqual([true, true]);

    const missing = await trustpilotDriver.reply!(ctx, { idempotencyKey: 'r2', reviewExternalId: 'nope', text: 'Hello' }).catch((error: unknown) => error);
    expect(isDriverError(missing) && [missing.classification, missing.message]).toEqual(['invalid', 'Trustpilot has no such review (HTTP 404)']);
    const blank = await trustpilotDriver.reply!(ctx, { idempotencyKey: 'r3', reviewExternalId: review!.id, text: '   ' }).catch((error: unknown) => error);
    expect(trustpilotDriver.classifyError(blank)).toBe('invalid');
    expect((blank as Error).message).toContain('refused the reply');
  });

  it('with a business user login, uses the password grant and replies as the user the token names', async () => {
    const [review] = fake.addReviews(1);
    const ctx = keyContext(fake, { businessUserId: undefined, username: fake.user.email, password: fake.user.password });
    const account = await trustpilotDriver.verifyCredentials(ctx);
    expect(account).toEqual({ accountId: fake.unit.id, displayName: 'Paws & Claws', url: 'https://www.trustpilot.com/review/pawsandclaws.example' });
    await trustpilotDriver.reply!(ctx, { idempotencyKey: 'r1', reviewExternalId: review!.id, text: 'Thank you!' });
    expect(requestsTo(fake, 'POST', `/v1/private/reviews/${review!.id}/reply`)[0]!.json).toEqual({ message: 'Thank you!', authorBusinessUserId: fake.user.id });
    const token = requestsTo(fake, 'POST', '/v1/oauth/oauth-business-users-for-applications/accesstoken');
    expect(token).toHaveLength(1);
    expect(Object.fromEntries(new URLSearchParams(token[0]!.rawBody.toString()))).toEqual({ grant_type: 'password', username: fake.user.email, password: fake.user.password });

    const clientOnly = keyContext(fake, { businessUserId: undefined });
    const refusal = await trustpilotDriver.verifyCredentials(clientOnly).catch((error: unknown) => error);
    expect(isDriverError(refusal) && [refusal.classification, refusal.message]).toEqual(['invalid', expect.stringContaining('businessUserId')]);
  });

  it('keeps the key-mode token sealed in the store, and asks for a new one once when Trustpilot refuses it', async () => {
    fake.addReviews(2);
    const store = createMemoryStore();
    const ctx = keyContext(fake, {}, {}, store);
    await trustpilotDriver.sync(ctx, null);
    const token = requestsTo(fake, 'GET', `/v1/private/business-units/${fake.unit.id}/reviews`)[0]!.headers.authorization!.replace('Bearer ', '');
    expect(JSON.stringify(await store.get('access-token'))).not.toContain(token);
    // Another call of the same channel (another job, another process) reuses it.
    await trustpilotDriver.sync(keyContext(fake, {}, {}, store), null);
    expect(requestsTo(fake, 'POST', '/v1/oauth/oauth-business-users-for-applications/accesstoken')).toHaveLength(1);

    fake.expireAccessTokens();
    expect((await trustpilotDriver.sync(keyContext(fake, {}, {}, store), null)).items).toHaveLength(2);
    expect(requestsTo(fake, 'POST', '/v1/oauth/oauth-business-users-for-applications/accesstoken')).toHaveLength(2);
  });

  it('maps refusals: 429 retries after Retry-After, 5xx retries, 400 is invalid, a refused consent token or key is reauthorize, an unknown business is invalid', async () => {
    fake.addReviews(1);
    const ctx = keyContext(fake);
    await trustpilotDriver.verifyCredentials(ctx);

    fake.failNext(1, { status: 429, headers: { 'retry-after': '30' }, json: { message: 'Too Many Requests' } });
    const limited = await trustpilotDriver.sync(ctx, null).catch((error: unknown) => error);
    expect([trustpilotDriver.classifyError(limited), retryAfterOf(limited)]).toEqual(['retry', 30]);
    fake.failNext(1, { status: 503, json: { message: 'Service Unavailable' } });
    expect(trustpilotDriver.classifyError(await trustpilotDriver.sync(ctx, null).catch((error: unknown) => error))).toBe('retry');
    fake.failNext(1, { status: 400, json: { message: 'perPage must be between 1 and 100' } });
    expect(trustpilotDriver.classifyError(await trustpilotDriver.sync(ctx, null).catch((error: unknown) => error))).toBe('invalid');

    const consented = createTestContext({ credentials: { businessUnit: fake.unit.id, accessToken: 'tpa-revoked', businessUserId: fake.user.id }, options: optionsFor(fake, { apiKey: fake.app.apiKey }) });
    expect(trustpilotDriver.classifyError(await trustpilotDriver.sync(consented, null).catch((error: unknown) => error))).toBe('reauthorize');
    const wrongSecret = keyContext(fake, { apiSecret: 'wrong' });
    const refused = await trustpilotDriver.verifyCredentials(wrongSecret).catch((error: unknown) => error);
    expect(isDriverError(refused) && [refused.classification, refused.message]).toEqual(['reauthorize', 'Trustpilot refused the API key and secret (HTTP 401)']);
    const unknown = await trustpilotDriver.verifyCredentials(keyContext(fake, { businessUnit: 'nobody.example' })).catch((error: unknown) => error);
    expect(isDriverError(unknown) && [unknown.classification, unknown.message]).toEqual(['invalid', 'Trustpilot has no business unit "nobody.example"']);
    const foreign = await trustpilotDriver.verifyCredentials(keyContext(fake, { businessUnit: fake.otherUnit.identifyingName })).catch((error: unknown) => error);
    expect(trustpilotDriver.classifyError(foreign)).toBe('reauthorize'); // 403: these credentials may not read that business
  });

  it('accepts webhook deliveries carrying the subscription URL password (HTTP Basic), and reads created and revised reviews', async () => {
    const [created, revised] = fake.addReviews(2);
    fake.revise(revised!.id, { text: 'Revised: even better the second time.' });
    const ctx = keyContext(fake);
    const body = fake.webhookBody([
      { eventName: 'service-review-created', review: created! },
      { eventName: 'service-review-updated', review: revised! },
      { eventName: 'service-review-deleted', review: created! },
    ]);
    expect(await trustpilotDriver.verifyWebhook!(ctx, webhook(body, basic('rapport', WEBHOOK_SECRET)))).toBe(true);
    expect(await trustpilotDriver.verifyWebhook!(ctx, webhook(body, basic('rapport', `${WEBHOOK_SECRET}x`)))).toBe(false);
    expect(await trustpilotDriver.verifyWebhook!(ctx, webhook(body, `Bearer ${WEBHOOK_SECRET}`))).toBe(false);
    expect(await trustpilotDriver.verifyWebhook!(ctx, webhook(body))).toBe(false);
    expect(await trustpilotDriver.verifyWebhook!(keyContext(fake, { webhookSecret: undefined }), webhook(body, basic('rapport', WEBHOOK_SECRET)))).toBe(false);

    const reviews = await trustpilotDriver.parseWebhook!(ctx, webhook(body));
    expect(reviews.map((review) => [review.externalId, review.text, review.updatedAt])).toEqual([
      [created!.id, created!.text, undefined],
      [revised!.id, 'Revised: even better the second time.', revised!.updatedAt],
    ]);
    expect(reviews[0]).toMatchObject({ author: { externalId: created!.consumer.id, handle: created!.consumer.displayName }, rating: created!.stars, metadata: { isVerified: false } });

    const malformed = await Promise.resolve()
      .then(() => trustpilotDriver.parseWebhook!(ctx, webhook(JSON.stringify({ events: [{ eventName: 'service-review-created', version: '1', eventData: { id: 'x', stars: 9 } }] }))))
      .catch((error: unknown) => error);
    expect(isWebhookPayloadError(malformed) && malformed.message).toContain('stars');
  });

  it('derives a channel\'s webhook password from the plugin option when the channel has none (channels connected by consent)', async () => {
    const channelId = '0d9c2b1e-7a1f-4e5b-8c61-2f0e6a7b9c10';
    const ctx = createTestContext({ credentials: { businessUnit: fake.unit.id, accessToken: 'tpa-x' }, options: optionsFor(fake, { webhookSecret: WEBHOOK_SECRET }), channelId });
    const password = createHmac('sha256', WEBHOOK_SECRET).update(channelId).digest('hex');
    expect(webhookPasswordOf(ctx)).toBe(password);
    const body = fake.webhookBody([{ eventName: 'service-review-created', review: fake.addReviews(1)[0]! }]);
    expect(await trustpilotDriver.verifyWebhook!(ctx, webhook(body, basic('rapport', password)))).toBe(true);
    expect(await trustpilotDriver.verifyWebhook!({ ...ctx, channelId: '11111111-1111-4111-8111-111111111111' }, webhook(body, basic('rapport', password)))).toBe(false);
  });
});
