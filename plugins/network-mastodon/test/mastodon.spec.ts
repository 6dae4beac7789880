import { CORE_API_VERSION, classifyHttpError, createHttpClient, createMemoryStore, isCompatible, isDriverError, postOptionsSchemaProblems, silentLogger, validateAgainstSchema, type DriverContext, type InboundItem } from '@rapport/plugin-sdk';
import { assertConformance, createTestContext, runChannelConformance, runOAuthConformance, startFakeServer, type FakeServer } from '@rapport/plugin-sdk/testing';
import mastodonPlugin, { countCharacters, htmlToText, mastodonDriver, splitContentWarning } from '../src/index.js';
import { startFakeMastodon, type FakeMastodon } from './fake-mastodon.js';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

function contextFor(fake: FakeMastodon, token: string, options: Record<string, unknown> = {}): DriverContext {
  return createTestContext({ credentials: { instanceUrl: fake.url, accessToken: token }, options: { mediaPollIntervalMs: 10, ...options } });
}

const requestsTo = (fake: FakeMastodon, method: string, path: string | RegExp) =>
  fake.requests.filter((request) => request.method === method && (typeof path === 'string' ? request.path === path : path.test(request.path)));

const form = (body: Buffer) => {
  const result: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(body.toString('utf8'))) {
    if (key.endsWith('[]')) ((result[key] ??= []) as string[]).push(value);
    else result[key] = value;
  }
  return result;
};

describe('Mastodon plugin', () => {
  let fake: FakeMastodon;
  let files: FakeServer;

  beforeEach(async () => {
    fake = await startFakeMastodon();
    files = await startFakeServer({ 'GET /img/:name': () => ({ body: PNG, headers: { 'content-type': 'image/png' } }) });
  });
  afterEach(async () => {
    await fake.close();
    await files.close();
  });

  it('is a valid plugin for this core, declaring OAuth and no hiding', () => {
    expect(mastodonPlugin.name).toBe('@rapport/plugin-network-mastodon');
    expect(mastodonPlugin.channels.map((driver) => driver.code)).toEqual(['mastodon']);
    expect(isCompatible(mastodonPlugin.compatibility, CORE_API_VERSION)).toBe(true);
    expect(mastodonDriver.capabilities).toMatchObject({ hide: false, delete: true, deletableKinds: [] });
    expect(mastodonDriver.hide).toBeUndefined();
    expect(mastodonDriver.oauth).toMatchObject({ pkce: true, instance: { required: true } });
  });

  it('passes the OAuth conformance kit: app registered once per server, PKCE, code exchanged for a working token', async () => {
    const context = createTestContext({ credentials: {}, options: { appName: 'Rapport Test', website: 'https://rapport.example' } });
    const report = await runOAuthConformance(mastodonDriver, { context, instanceUrl: fake.url, redirectUri: 'https://rapport.example/connect/callback', consent: (url) => fake.authorize(url) });
    assertConformance(report);
    expect(report.checks.filter((check) => check.skipped)).toEqual([]);

    const [registration] = requestsTo(fake, 'POST', '/api/v1/apps');
    expect(registration!.json).toEqual({
      client_name: 'Rapport Test',
      redirect_uris: ['https://rapport.example/connect/callback'],
      scopes: 'read:accounts read:statuses read:notifications write:statuses write:media',
      website: 'https://rapport.example',
    });
    expect(requestsTo(fake, 'POST', '/api/v1/apps')).toHaveLength(1);
    const exchange = requestsTo(fake, 'POST', '/oauth/token')[0]!;
    expect(exchange.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.keys(form(exchange.rawBody)).sort()).toEqual(['client_id', 'client_secret', 'code', 'code_verifier', 'grant_type', 'redirect_uri']);
  });

  it('passes the channel conformance kit, skipping only what Mastodon does not offer', async () => {
    const token = fake.issueToken();
    const report = await runChannelConformance(mastodonDriver, {
      context: contextFor(fake, token),
      fakeServer: fake,
      samples: {
        post: { text: 'Spring grooming slots are open', media: [{ url: `${files.url}/img/cat.png`, mimeType: 'image/png', altText: 'A cat' }] },
        seedInbound: () => {
          const question = fake.mention({ from: 'ana', text: 'What time do you open?' });
          fake.mention({ from: 'ben@other.example', text: 'Same question!', inReplyTo: question.id });
          fake.mention({ from: 'cy', text: 'Is my order shipped?', visibility: 'direct' });
        },
        invalidCredentials: { instanceUrl: fake.url, accessToken: 'revoked-token' },
      },
    });
    assertConformance(report);
    expect(report.checks.filter((check) => check.skipped).map((check) => check.name)).toEqual(['hide-unhide', 'delete-inbound', 'webhook-verify', 'webhook-parse']);
  });

  it("publishes with the post's own visibility and content warning over the plugin's, and declares them as post options", async () => {
    expect(postOptionsSchemaProblems(mastodonDriver.postOptionsSchema)).toEqual([]);
    expect(validateAgainstSchema(mastodonDriver.postOptionsSchema!, { visibility: 'secret' }).valid).toBe(false);
    const ctx = contextFor(fake, fake.issueToken(), { visibility: 'public' });
    const result = await mastodonDriver.publish(ctx, { idempotencyKey: 'target-opts', text: 'CW: stays text\nFollowers only today', media: [], options: { visibility: 'private', spoilerText: 'prices' } });
    const [create] = requestsTo(fake, 'POST', '/api/v1/statuses');
    expect(form(create!.rawBody)).toEqual({ status: 'CW: stays text\nFollowers only today', visibility: 'private', spoiler_text: 'prices' });
    expect(fake.statuses.get(result.externalId)).toMatchObject({ visibility: 'private', spoiler_text: 'prices' });
    const direct = await mastodonDriver.publish(ctx, { idempotencyKey: 'target-dm', text: '@ana your order is ready', media: [], options: { visibility: 'direct' } });
    expect(fake.statuses.get(direct.externalId)).toMatchObject({ visibility: 'direct' });
  });

  it('publishes with media it waits for (202, then 206 until 200), a content warning, the visibility and an Idempotency-Key', async () => {
    await fake.close();
    fake = await startFakeMastodon({ mediaProcessingPolls: 2 });
    const ctx = contextFor(fake, fake.issueToken(), { visibility: 'unlisted' });
    const result = await mastodonDriver.publish(ctx, {
      idempotencyKey: 'target-1',
      text: 'CW: food\nOur new menu is out',
      media: [{ url: `${files.url}/img/menu.png`, mimeType: 'image/png', altText: 'The menu' }],
    });

    const [upload] = requestsTo(fake, 'POST', '/api/v2/media');
    expect(upload!.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    const uploaded = [...fake.media.values()][0]!;
    expect(uploaded.file).toEqual({ filename: 'menu.png', contentType: 'image/png', bytes: PNG });
    expect(uploaded.description).toBe('The menu');
    expect(requestsTo(fake, 'GET', /^\/api\/v1\/media\//)).toHaveLength(3);

    const [create] = requestsTo(fake, 'POST', '/api/v1/statuses');
    expect(create!.headers['idempotency-key']).toBe('target-1');
    expect(create!.headers.authorization).toMatch(/^Bearer /);
    expect(form(create!.rawBody)).toEqual({ status: 'Our new menu is out', 'media_ids[]': [uploaded.id], visibility: 'unlisted', spoiler_text: 'food' });
    const status = fake.statuses.get(result.externalId)!;
    expect(status).toMatchObject({ visibility: 'unlisted', spoiler_text: 'food', content: '<p>Our new menu is out</p>' });
    expect(status.media_attachments.map((item) => item.id)).toEqual([uploaded.id]);
    expect(result.url).toBe(status.url);

    // The same key: the same status, whether the driver or the server remembers it.
    expect(await mastodonDriver.publish(ctx, { idempotencyKey: 'target-1', text: 'CW: food\nOur new menu is out', media: [] })).toEqual(result);
    const freshStore = { ...ctx, store: createMemoryStore() };
    expect((await mastodonDriver.publish(freshStore, { idempotencyKey: 'target-1', text: 'Our new menu is out', media: [] })).externalId).toBe(result.externalId);
    expect(fake.statuses.size).toBe(1);
  });

  it("checks the server's own limits from /api/v2/instance before posting (URLs count 23)", async () => {
    await fake.close();
    fake = await startFakeMastodon({ maxCharacters: 40 });
    const ctx = contextFor(fake, fake.issueToken());
    const url = `https://example.com/${'a'.repeat(80)}`;
    await expect(mastodonDriver.publish(ctx, { idempotencyKey: 'k1', text: `Read this: ${url}`, media: [] })).resolves.toMatchObject({ externalId: expect.any(String) });
    const refused = await mastodonDriver.publish(ctx, { idempotencyKey: 'k2', text: 'x'.repeat(41), media: [] }).catch((error: unknown) => error);
    expect(isDriverError(refused) && refused.classification).toBe('invalid');
    expect((refused as Error).message).toBe(`The status has 41 characters; ${new URL(fake.url).host} allows 40`);
    const tooMany = { url: `${files.url}/img/a.png`, mimeType: 'image/png' };
    await expect(mastodonDriver.publish(ctx, { idempotencyKey: 'k3', text: 'pics', media: [tooMany, tooMany, tooMany, tooMany, tooMany] })).rejects.toThrow('allows 4');
    await expect(mastodonDriver.publish(ctx, { idempotencyKey: 'k4', text: 'doc', media: [{ url: `${files.url}/img/a.pdf`, mimeType: 'application/pdf' }] })).rejects.toThrow('does not accept application/pdf');
    expect(requestsTo(fake, 'POST', '/api/v1/statuses')).toHaveLength(1);
    expect(requestsTo(fake, 'GET', '/api/v2/instance')).toHaveLength(1);
  });

  it('syncs mentions from the oldest on, paging forward with min_id from the Link header', async () => {
    const ctx = contextFor(fake, fake.issueToken());
    const sent = Array.from({ length: 45 }, (_, index) => fake.mention({ from: `fan${index % 3}`, text: `hello ${index}` }));
    const first = await mastodonDriver.sync(ctx, null);
    expect(first.items.map((item) => item.externalId)).toEqual(sent.slice(0, 40).map((status) => status.id));
    const firstRequest = requestsTo(fake, 'GET', '/api/v1/notifications')[0]!;
    expect(firstRequest.query).toEqual({ 'types[]': 'mention', limit: '40', include_filtered: 'true', min_id: '0' });
    const second = await mastodonDriver.sync(ctx, first.nextCursor);
    expect(second.items.map((item) => item.externalId)).toEqual(sent.slice(40).map((status) => status.id));
    const third = await mastodonDriver.sync(ctx, second.nextCursor);
    expect(third).toEqual({ items: [], nextCursor: second.nextCursor });
    expect(first.items[0]).toEqual({
      kind: 'mention',
      externalId: sent[0]!.id,
      threadExternalId: sent[0]!.id,
      author: { externalId: sent[0]!.account.id, handle: `fan0@${new URL(fake.url).host}`, name: 'fan0', avatarUrl: sent[0]!.account.avatar },
      text: '@brand hello 0',
      createdAt: sent[0]!.created_at,
    });
  });

  it('threads by in_reply_to_id: replies to our post are comments on it, DMs are their own thread, context is asked only for unknown parents', async () => {
    const ctx = contextFor(fake, fake.issueToken());
    const post = await mastodonDriver.publish(ctx, { idempotencyKey: 'p', text: 'Launch day', media: [] });
    const comment = fake.mention({ from: 'ana', text: 'Congrats!', inReplyTo: post.externalId });
    const deeper = fake.mention({ from: 'ben@other.example', text: 'Agreed', inReplyTo: comment.id });
    const unrelated = fake.post({ from: 'cy', text: 'Best dog groomers in town?' });
    const branch = fake.mention({ from: 'dee', text: 'try these', inReplyTo: unrelated.id });
    const dm = fake.mention({ from: 'eve', text: 'My order is late', visibility: 'direct', spoiler: 'order' });

    const items = (await mastodonDriver.sync(ctx, null)).items;
    const byId = (id: string) => items.find((item: InboundItem) => item.externalId === id)!;
    expect(byId(comment.id)).toMatchObject({ kind: 'comment', threadExternalId: post.externalId, postExternalId: post.externalId, inReplyToExternalId: post.externalId });
    expect(byId(deeper.id)).toMatchObject({ kind: 'comment', threadExternalId: post.externalId, postExternalId: post.externalId, inReplyToExternalId: comment.id });
    expect(byId(branch.id)).toMatchObject({ kind: 'mention', threadExternalId: unrelated.id, inReplyToExternalId: unrelated.id });
    expect(byId(branch.id).postExternalId).toBeUndefined();
    expect(byId(dm.id)).toMatchObject({ kind: 'direct_message', threadExternalId: `direct:${dm.id}`, text: 'CW: order\n\n@brand My order is late' });
    // Parents seen or sent before are remembered: only the unknown one is looked up.
    expect(requestsTo(fake, 'GET', /\/context$/).map((request) => request.path)).toEqual([`/api/v1/statuses/${unrelated.id}/context`]);
  });

  it('replies in thread, addressing the author (and, in a DM, every participant) with the narrower visibility', async () => {
    const ctx = contextFor(fake, fake.issueToken());
    const question = fake.mention({ from: 'ana', text: 'Open on Sunday?' });
    const reply = await mastodonDriver.reply(ctx, { idempotencyKey: 'msg-1', inReplyToExternalId: question.id, text: 'Yes, 10 to 4.' });
    expect(fake.statuses.get(reply.externalId)).toMatchObject({ in_reply_to_id: question.id, visibility: 'public', text: '@ana Yes, 10 to 4.' });
    expect(requestsTo(fake, 'POST', '/api/v1/statuses').at(-1)!.headers['idempotency-key']).toBe('msg-1');
    expect(await mastodonDriver.reply(ctx, { idempotencyKey: 'msg-1', inReplyToExternalId: question.id, text: 'Yes, 10 to 4.' })).toEqual(reply);

    const dm = fake.mention({ from: 'ben@other.example', text: '@brand @cy where is our order?', visibility: 'direct' });
    const answer = await mastodonDriver.reply(ctx, { idempotencyKey: 'msg-2', inReplyToExternalId: dm.id, conversationExternalId: `direct:${dm.id}`, text: '@cy it ships today.' });
    expect(fake.statuses.get(answer.externalId)).toMatchObject({ visibility: 'direct', text: '@ben@other.example @cy it ships today.' });
  });

  it('deletes its own statuses; one already gone counts as done', async () => {
    const ctx = contextFor(fake, fake.issueToken());
    const post = await mastodonDriver.publish(ctx, { idempotencyKey: 'p', text: 'Oops', media: [] });
    await mastodonDriver.delete!(ctx, post.externalId);
    expect(fake.statuses.has(post.externalId)).toBe(false);
    await expect(mastodonDriver.delete!(ctx, post.externalId)).resolves.toBeUndefined();
  });

  it('honours the rate limit: a 429 waits until X-RateLimit-Reset, and no request is made before it', async () => {
    const ctx = contextFor(fake, fake.issueToken());
    fake.exhaustRateLimit(30);
    const limited = await mastodonDriver.publish(ctx, { idempotencyKey: 'k', text: 'hi', media: [] }).catch((error: unknown) => error);
    expect(classifyHttpError(limited)).toBe('retry');
    expect(isDriverError(limited) && limited.retryAfterSeconds).toBeGreaterThanOrEqual(29);
    expect(isDriverError(limited) && limited.retryAfterSeconds).toBeLessThanOrEqual(30);
    const before = fake.requests.length;
    await expect(mastodonDriver.sync(ctx, null)).rejects.toMatchObject({ classification: 'retry' });
    expect(fake.requests.length).toBe(before);
  });

  it('maps refusals: revoked token → reauthorize, missing scope → reauthorize, an invalid status → invalid', async () => {
    const token = fake.issueToken();
    const ctx = contextFor(fake, token);
    await mastodonDriver.verifyCredentials(ctx);
    const blank = await mastodonDriver.publish(ctx, { idempotencyKey: 'blank', text: '   ', media: [] }).catch((error: unknown) => error);
    expect(classifyHttpError(blank)).toBe('invalid');
    const readOnly = contextFor(fake, fake.issueToken(['read']));
    await expect(mastodonDriver.publish(readOnly, { idempotencyKey: 'x', text: 'hi', media: [] }).catch((error: unknown) => classifyHttpError(error))).resolves.toBe('reauthorize');
    fake.revoke(token);
    await expect(mastodonDriver.sync(ctx, null).catch((error: unknown) => classifyHttpError(error))).resolves.toBe('reauthorize');
  });

  it('reads status HTML as text and counts characters as Mastodon does', () => {
    expect(htmlToText('<p><span class="h-card"><a href="https://m.example/@trwnh" class="u-url mention">@<span>trwnh</span></a></span> sup!</p><p>Line<br />two &amp; <a href="https://example.com/long"><span class="invisible">https://</span><span class="ellipsis">example.com/lo</span><span class="invisible">ng</span></a></p>')).toBe(
      '@trwnh sup!\n\nLine\ntwo & https://example.com/long',
    );
    expect(countCharacters(`hi https://example.com/${'x'.repeat(100)} @ana@other.example 👍🏽`, 23)).toBe(3 + 23 + 1 + 4 + 1 + 1);
    expect(splitContentWarning('CW: spoilers\n\nThe end')).toEqual({ spoiler: 'spoilers', body: 'The end' });
    expect(splitContentWarning('CW: only a line')).toEqual({ spoiler: '', body: 'CW: only a line' });
  });

  it('refuses a malformed server URL in pasted credentials as invalid, before any request', async () => {
    const ctx = { ...contextFor(fake, 't'), credentials: { instanceUrl: 'https://mastodon.social/@brand', accessToken: 't' }, http: createHttpClient(), logger: silentLogger };
    const error = await mastodonDriver.verifyCredentials(ctx).catch((caught: unknown) => caught);
    expect(isDriverError(error) && error.classification).toBe('invalid');
  });
});
