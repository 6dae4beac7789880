import { CORE_API_VERSION, createHttpClient, createMemoryStore, createOutboundGuard, isCompatible, isDriverError, retryAfterOf, textLength, HttpError, type DriverContext, type KeyValueStore } from '@rapport/plugin-sdk';
import { assertConformance, createTestContext, runChannelConformance } from '@rapport/plugin-sdk/testing';
import blueskyPlugin, { blueskyChannelDriver as driver } from '../src/index.js';
import { startFakeBluesky, type FakeBluesky } from './fake-bluesky.js';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5b2f0b40000000049454e44ae426082', 'hex');

function contextFor(fake: FakeBluesky, init: { store?: KeyValueStore; credentials?: Record<string, unknown>; http?: DriverContext['http'] } = {}): DriverContext {
  return createTestContext({
    credentials: { identifier: fake.account.handle, appPassword: fake.account.appPassword, pdsUrl: fake.url, ...init.credentials },
    store: init.store,
    http: init.http,
  });
}

const calls = (fake: FakeBluesky, nsid: string) => fake.requests.filter((request) => request.path === `/xrpc/${nsid}`);
const failureOf = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);

describe('Bluesky plugin', () => {
  let fake: FakeBluesky;

  beforeEach(async () => {
    fake = await startFakeBluesky();
  });
  afterEach(async () => {
    expect(fake.violations).toEqual([]);
    await fake.close();
  });

  it('is a valid plugin for this core, hiding only replies in its own threads', () => {
    expect(blueskyPlugin.name).toBe('@rapport/plugin-network-bluesky');
    expect(blueskyPlugin.channels.map((d) => d.code)).toEqual(['bluesky']);
    expect(isCompatible(blueskyPlugin.compatibility, CORE_API_VERSION)).toBe(true);
    expect(driver.capabilities).toMatchObject({ hide: true, hideableKinds: ['comment'], delete: true, deletableKinds: [], webhooks: false, polling: true });
    expect(driver.limits).toEqual({ maxLength: 300, countLength: expect.any(Function), maxMedia: 4, mediaTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] });
    // Graphemes, not code points: a family emoji is one, an accent typed as a combining mark belongs to its letter.
    expect(textLength(driver.limits, '👨‍👩‍👧 cafe\u0301')).toBe(6);
  });

  it('passes the channel conformance kit, skipping only webhooks (Bluesky has none) and deleting others’ posts', async () => {
    const ctx = contextFor(fake);
    const image = fake.serve('dog.png', PNG, 'image/png');
    const ours = await driver.publish(ctx, { idempotencyKey: 'seed', text: 'Grooming slots open this week', media: [] });
    const report = await runChannelConformance(driver, {
      context: ctx,
      fakeServer: fake,
      samples: {
        post: { text: 'Hello from the kit, @ana.bsky.social! #dogs https://example.com', media: [{ url: image, mimeType: 'image/png', altText: 'A dog' }] },
        seedInbound: () => {
          fake.inject.post('ana', 'Do you take cats?', { replyTo: ours.externalId });
          fake.inject.post('ben', '@rapport-pets.bsky.social are you open on Sunday?');
          fake.inject.dm('cy', 'Is my order shipped?');
        },
        invalidCredentials: { identifier: fake.account.handle, appPassword: 'wrong-pass-word-here', pdsUrl: fake.url },
      },
    });
    assertConformance(report);
    expect(report.checks.filter((check) => check.skipped).map((check) => check.name)).toEqual(['delete-inbound', 'webhook-verify', 'webhook-parse']);
  });

  describe('connecting', () => {
    it('signs in with the handle and app password and names the account by DID', async () => {
      const account = await driver.verifyCredentials(contextFor(fake));
      expect(account).toEqual({ accountId: fake.account.did, displayName: `@${fake.account.handle}`, url: `https://bsky.app/profile/${fake.account.handle}` });
      expect(calls(fake, 'com.atproto.server.createSession').map((r) => r.json)).toEqual([{ identifier: fake.account.handle, password: fake.account.appPassword }]);
    });

    it('refuses a wrong app password as reauthorize, in words that name no secret', async () => {
      const error = await failureOf(driver.verifyCredentials(contextFor(fake, { credentials: { appPassword: 'nope-nope-nope-nope' } })));
      expect(driver.classifyError(error)).toBe('reauthorize');
      expect((error as Error).message).toBe('the handle or app password was refused: AuthenticationRequired');
    });

    it('keeps the session in the store, sealed with the app password: later calls, even with a new context, do not sign in again', async () => {
      const store = createMemoryStore();
      await driver.verifyCredentials(contextFor(fake, { store }));
      await driver.publish(contextFor(fake, { store }), { idempotencyKey: 'a', text: 'one', media: [] });
      await driver.sync(contextFor(fake, { store }), null);
      expect(fake.counts.createSession).toBe(1);
      const auth = new Set(fake.requests.filter((r) => r.path.startsWith('/xrpc/') && !r.path.includes('createSession')).map((r) => r.headers.authorization));
      expect([...auth]).toEqual([`Bearer ${fake.sessions[0]!.accessJwt}`]);
      const stored = JSON.stringify(await store.get('session'));
      for (const secret of [fake.sessions[0]!.accessJwt, fake.sessions[0]!.refreshJwt, fake.account.did]) expect(stored).not.toContain(secret);
      // Another app password for the account opens nothing: it signs in afresh.
      await driver.sync(contextFor(fake, { store, credentials: { appPassword: 'another-app-pass-word' } }), null).catch(() => undefined);
      expect(fake.counts.createSession).toBe(2);
    });

    it('refreshes an expired access token with the refresh token and tries the call once more', async () => {
      const store = createMemoryStore();
      await driver.verifyCredentials(contextFor(fake, { store }));
      const { refreshJwt } = fake.sessions[0]!;
      fake.expireAccessTokens();
      const published = await driver.publish(contextFor(fake, { store }), { idempotencyKey: 'b', text: 'after expiry', media: [] });
      expect(fake.records.get(published.externalId)?.value.text).toBe('after expiry');
      const refresh = calls(fake, 'com.atproto.server.refreshSession');
      expect(refresh).toHaveLength(1);
      expect(refresh[0]!.headers.authorization).toBe(`Bearer ${refreshJwt}`);
      expect(fake.counts.createSession).toBe(1);
      // The rotated session is the one kept: the next call uses the new access token, without refreshing again.
      await driver.sync(contextFor(fake, { store }), null);
      expect(calls(fake, 'app.bsky.notification.listNotifications')[0]!.headers.authorization).toBe(`Bearer ${fake.sessions[1]!.accessJwt}`);
      expect(fake.counts.refreshSession).toBe(1);
    });

    it('refreshes before a call when the access token is past its exp', async () => {
      await fake.close();
      fake = await startFakeBluesky({ loginTokenSeconds: -10 });
      const ctx = contextFor(fake);
      await driver.verifyCredentials(ctx);
      await driver.sync(ctx, null);
      expect(fake.counts.refreshSession).toBe(1);
      expect(calls(fake, 'app.bsky.notification.listNotifications')[0]!.headers.authorization).not.toBe(calls(fake, 'com.atproto.server.refreshSession')[0]!.headers.authorization);
    });

    it('signs in again with the app password when the refresh token has expired', async () => {
      const store = createMemoryStore();
      await driver.verifyCredentials(contextFor(fake, { store }));
      fake.expireAccessTokens();
      fake.expireRefreshTokens();
      await driver.sync(contextFor(fake, { store }), null);
      expect(fake.counts).toEqual({ createSession: 2, refreshSession: 1 });
    });

    it('needs reauthorizing when the app password was revoked: refresh and sign-in both refused', async () => {
      const store = createMemoryStore();
      await driver.verifyCredentials(contextFor(fake, { store }));
      const password = fake.account.appPassword;
      fake.revokeAppPassword();
      const error = await failureOf(driver.sync(contextFor(fake, { store, credentials: { appPassword: password } }), null));
      expect(driver.classifyError(error)).toBe('reauthorize');
      expect(fake.counts).toEqual({ createSession: 2, refreshSession: 1 });
    });
  });

  describe('publishing', () => {
    it('writes an app.bsky.feed.post with link, mention and tag facets at UTF-8 byte offsets, resolving the handle to a DID', async () => {
      const text = 'Café ouvert ☕️ 👩‍👩‍👧 demandez @ana.bsky.social ou @nobody.bsky.social https://example.com/menu #été';
      const { externalId, url } = await driver.publish(contextFor(fake), { idempotencyKey: 'p1', text, media: [] });
      const record = fake.records.get(externalId)!;
      expect(externalId).toMatch(new RegExp(`^at://${fake.account.did}/app\\.bsky\\.feed\\.post/[2-7a-z]{13}$`));
      expect(url).toBe(`https://bsky.app/profile/${fake.account.did}/post/${record.rkey}`);
      const bytes = Buffer.from(text);
      expect(record.value.facets.map((f: any) => [bytes.subarray(f.index.byteStart, f.index.byteEnd).toString(), f.features])).toEqual([
        ['@ana.bsky.social', [{ $type: 'app.bsky.richtext.facet#mention', did: fake.people.ana.did }]],
        ['https://example.com/menu', [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://example.com/menu' }]],
        ['#été', [{ $type: 'app.bsky.richtext.facet#tag', tag: 'été' }]],
      ]);
      expect(calls(fake, 'com.atproto.identity.resolveHandle').map((r) => r.query.handle)).toEqual(['ana.bsky.social', 'nobody.bsky.social']);
    });

    it('publishes once per idempotency key, also when the answer to createRecord was lost', async () => {
      const store = createMemoryStore();
      const first = await driver.publish(contextFor(fake, { store }), { idempotencyKey: 'same', text: 'Once', media: [] });
      const again = await driver.publish(contextFor(fake, { store }), { idempotencyKey: 'same', text: 'Once', media: [] });
      expect(again.externalId).toBe(first.externalId);
      // The network wrote the post but the answer never came back: the key's record key finds it.
      fake.failNext('com.atproto.repo.createRecord', { status: 502, json: { error: 'UpstreamFailure', message: 'Upstream Failure' } });
      const lost = await failureOf(driver.publish(contextFor(fake, { store }), { idempotencyKey: 'lost', text: 'Lost answer', media: [] }));
      expect(driver.classifyError(lost)).toBe('retry');
      const retried = await driver.publish(contextFor(fake, { store }), { idempotencyKey: 'lost', text: 'Lost answer', media: [] });
      const rkeys = calls(fake, 'com.atproto.repo.createRecord').map((r) => (r.json as { rkey: string }).rkey);
      expect(rkeys.at(-1)).toBe(rkeys.at(-2));
      expect([...fake.records.values()].filter((r) => r.value.text === 'Lost answer').map((r) => r.uri)).toEqual([retried.externalId]);
      expect([...fake.records.values()].filter((r) => r.value.text === 'Once')).toHaveLength(1);
    });

    it('takes 300 graphemes (even of many code points each) and refuses 301 as invalid without calling Bluesky', async () => {
      const ctx = contextFor(fake);
      const family = '👩‍👩‍👧';
      await driver.publish(ctx, { idempotencyKey: 'max', text: family.repeat(100) + 'é'.repeat(200), media: [] });
      const before = fake.requests.length;
      const error = await failureOf(driver.publish(ctx, { idempotencyKey: 'over', text: 'x'.repeat(301), media: [] }));
      expect(isDriverError(error) && error.classification).toBe('invalid');
      expect((error as Error).message).toBe('the text is 301 characters (graphemes); Bluesky takes at most 300');
      const bytes = await failureOf(driver.publish(ctx, { idempotencyKey: 'bytes', text: family.repeat(300), media: [] }));
      expect((bytes as Error).message).toBe('the text is 5400 bytes in UTF-8; Bluesky takes at most 3000');
      expect(fake.requests.length).toBe(before);
    });

    it('uploads images with uploadBlob and embeds them with their alt text', async () => {
      const media = [
        { url: fake.serve('a.png', PNG, 'image/png'), mimeType: 'image/png', altText: 'A pug in a bath' },
        { url: fake.serve('b.png', PNG, 'image/png'), mimeType: 'image/png' },
      ];
      const { externalId } = await driver.publish(contextFor(fake), { idempotencyKey: 'img', text: 'Bath day https://example.com', media });
      const embed = fake.records.get(externalId)!.value.embed;
      expect(embed.$type).toBe('app.bsky.embed.images');
      expect(embed.images.map((i: any) => [i.alt, i.image.mimeType, i.image.size])).toEqual([
        ['A pug in a bath', 'image/png', PNG.length],
        ['', 'image/png', PNG.length],
      ]);
      const uploads = calls(fake, 'com.atproto.repo.uploadBlob');
      expect(uploads.map((u) => [u.headers['content-type'], u.rawBody.equals(PNG)])).toEqual([['image/png', true], ['image/png', true]]);
      // Media are fetched without the account's token.
      expect(fake.requests.filter((r) => r.path.startsWith('/web/')).map((r) => r.headers.authorization)).toEqual([undefined, undefined]);
    });

    it('refuses an image over 1,000,000 bytes or a URL that is not an image, as invalid', async () => {
      const ctx = contextFor(fake);
      const big = fake.serve('big.png', Buffer.alloc(1_000_001, 1), 'image/png');
      const page = fake.serve('page.html', '<html></html>', 'text/html');
      const tooBig = await failureOf(driver.publish(ctx, { idempotencyKey: 'big', text: 'Big', media: [{ url: big, mimeType: 'image/png' }] }));
      const notImage = await failureOf(driver.publish(ctx, { idempotencyKey: 'html', text: 'Html', media: [{ url: page, mimeType: 'image/png' }] }));
      expect([(tooBig as Error).message, driver.classifyError(tooBig)]).toEqual(['image 1 is 1000001 bytes; Bluesky takes at most 1000000', 'invalid']);
      expect([(notImage as Error).message, driver.classifyError(notImage)]).toEqual(['image 1 is not an image (text/html)', 'invalid']);
      expect(calls(fake, 'com.atproto.repo.createRecord')).toEqual([]);
    });

    it('adds a link card from the page’s Open Graph tags, with its image as thumbnail, when the post has no image', async () => {
      const thumb = fake.serve('card.png', PNG, 'image/png');
      const page = fake.serve(
        'article',
        `<html><head><title>Ignored</title><meta property="og:title" content="Spring &amp; grooming"><meta content="Ten tips for a happy dog" property="og:description"><meta property="og:image" content="/web/card.png"></head></html>`,
        'text/html; charset=utf-8',
      );
      const { externalId } = await driver.publish(contextFor(fake), { idempotencyKey: 'card', text: `Our tips: ${page}`, media: [] });
      const { external } = fake.records.get(externalId)!.value.embed;
      expect(external).toEqual({ uri: page, title: 'Spring & grooming', description: 'Ten tips for a happy dog', thumb: expect.objectContaining({ $type: 'blob', mimeType: 'image/png', size: PNG.length }) });
      expect(fake.requests.some((r) => r.path === new URL(thumb).pathname)).toBe(true);
    });

    it('posts without a card when the page cannot be fetched or the outbound guard refuses it', async () => {
      const gone = await driver.publish(contextFor(fake), { idempotencyKey: 'gone', text: `Read ${fake.url}/web/missing`, media: [] });
      expect(fake.records.get(gone.externalId)!.value.embed).toBeUndefined();
      // Only the fake PDS is allowed: the card's page on another local port is never requested.
      const guard = createOutboundGuard({ allow: [`127.0.0.1:${new URL(fake.url).port}`] });
      const guarded = contextFor(fake, { http: createHttpClient({ guard, timeoutMs: 2_000 }) });
      const internal = await driver.publish(guarded, { idempotencyKey: 'internal', text: 'Read http://127.0.0.1:1/admin', media: [] });
      expect(fake.records.get(internal.externalId)!.value.embed).toBeUndefined();
      const blockedMedia = await failureOf(driver.publish(guarded, { idempotencyKey: 'media', text: 'Pic', media: [{ url: 'http://169.254.169.254/latest.png', mimeType: 'image/png' }] }));
      expect([driver.classifyError(blockedMedia), (blockedMedia as Error).message]).toEqual(['invalid', expect.stringMatching(/^image 1 may not be fetched: .*169\.254\.169\.254 is a link-local address/)]);
    });
  });

  describe('the inbox', () => {
    it('syncs mentions, replies, quotes and DMs, oldest first, a conversation per branch under our post, and never twice', async () => {
      const ctx = contextFor(fake);
      const post = (await driver.publish(ctx, { idempotencyKey: 'post', text: 'New menu!', media: [] })).externalId;
      const reply = fake.inject.post('ana', 'Vegan options?', { replyTo: post });
      const deeper = fake.inject.post('ben', 'Seconded!', { replyTo: reply.uri });
      const mention = fake.inject.post('ben', 'Loving @rapport-pets.bsky.social today');
      const quote = fake.inject.post('cy', 'Look at this', { quote: post });
      const foreign = fake.inject.post('cy', 'My own thread');
      const inForeign = fake.inject.post('ana', '@rapport-pets.bsky.social what do you think?', { replyTo: foreign.uri });
      const deleted = fake.inject.post('cy', '@rapport-pets.bsky.social spam spam');
      fake.records.delete(deleted.uri);
      const { convoId } = fake.inject.dm('cy', 'Where is my order?');
      const other = fake.inject.post('cy', 'Gluten-free?', { replyTo: post });

      const first = await driver.sync(ctx, null);
      expect(first.items.map((i) => [i.kind, i.externalId, i.threadExternalId, i.inReplyToExternalId, i.postExternalId, i.author.handle, i.text])).toEqual([
        ['comment', reply.uri, reply.uri, post, post, 'ana.bsky.social', 'Vegan options?'],
        ['comment', deeper.uri, reply.uri, reply.uri, post, 'ben.example.com', 'Seconded!'],
        ['mention', mention.uri, mention.uri, undefined, undefined, 'ben.example.com', 'Loving @rapport-pets.bsky.social today'],
        ['mention', quote.uri, quote.uri, undefined, post, 'cy.bsky.social', 'Look at this'],
        ['mention', inForeign.uri, foreign.uri, foreign.uri, undefined, 'ana.bsky.social', '@rapport-pets.bsky.social what do you think?'],
        ['direct_message', `chat:${convoId}:${fake.convos.get(convoId)!.messages[0]!.id}`, `chat:${convoId}`, undefined, undefined, 'cy.bsky.social', 'Where is my order?'],
        ['comment', other.uri, other.uri, post, post, 'cy.bsky.social', 'Gluten-free?'],
      ]);
      expect(first.items[0]!.author).toEqual({ externalId: fake.people.ana.did, handle: 'ana.bsky.social', name: 'Ana Lima', avatarUrl: expect.stringContaining('https://') });
      const listCall = calls(fake, 'app.bsky.notification.listNotifications')[0]!;
      expect(listCall.queryAll.reasons).toEqual(['mention', 'reply', 'quote']);
      expect(calls(fake, 'chat.bsky.convo.listConvos')[0]!.headers['atproto-proxy']).toBe('did:web:api.bsky.chat#bsky_chat');

      expect((await driver.sync(ctx, first.nextCursor)).items).toEqual([]);
      // Ana answers our answer: her branch, found through our reply (which no notification brings).
      const ours = await driver.reply(ctx, { idempotencyKey: 'ours', inReplyToExternalId: reply.uri, text: 'Yes, three!' });
      const later = fake.inject.post('ana', 'Thanks!', { replyTo: ours.externalId });
      fake.inject.dm('cy', 'Hello?');
      const third = await driver.sync(ctx, first.nextCursor);
      expect(third.items.map((i) => [i.externalId, i.threadExternalId, i.inReplyToExternalId, i.text])).toEqual([
        [later.uri, reply.uri, ours.externalId, 'Thanks!'],
        [expect.stringMatching(/^chat:/), `chat:${convoId}`, undefined, 'Hello?'],
      ]);
    });

    it('pages back through notifications to where the last sync stopped', async () => {
      const ctx = contextFor(fake);
      const start = await driver.sync(ctx, null);
      for (let i = 0; i < 130; i++) fake.inject.post('ana', `@rapport-pets.bsky.social hello ${i}`);
      const { items } = await driver.sync(ctx, start.nextCursor);
      expect(items).toHaveLength(130);
      expect(items[0]!.text).toBe('@rapport-pets.bsky.social hello 0');
      expect(calls(fake, 'app.bsky.notification.listNotifications').slice(1).map((r) => r.query.cursor)).toEqual([undefined, '100']);
    });

    it('syncs posts only when the app password may not read DMs, and says so in the log once', async () => {
      fake.account.dmAccess = false;
      const warnings: string[] = [];
      const ctx = createTestContext({
        credentials: { identifier: fake.account.handle, appPassword: fake.account.appPassword, pdsUrl: fake.url },
        logger: { debug() {}, info() {}, warn: (message) => void warnings.push(message), error() {} },
      });
      fake.inject.post('ana', 'Hi @rapport-pets.bsky.social');
      fake.inject.dm('cy', 'Private question');
      const { items, nextCursor } = await driver.sync(ctx, null);
      expect(items.map((i) => i.kind)).toEqual(['mention']);
      await driver.sync(ctx, nextCursor);
      expect(calls(fake, 'chat.bsky.convo.listConvos')).toHaveLength(1);
      expect(warnings).toEqual([expect.stringContaining('Allow access to your direct messages')]);
    });
  });

  describe('replying', () => {
    it('replies in thread with strong refs to the root and the parent', async () => {
      const ctx = contextFor(fake);
      const post = (await driver.publish(ctx, { idempotencyKey: 'root', text: 'Open house Saturday', media: [] })).externalId;
      const question = fake.inject.post('ana', 'What time?', { replyTo: post });
      const { externalId } = await driver.reply(ctx, { idempotencyKey: 'r1', inReplyToExternalId: question.uri, conversationExternalId: post, text: 'From 10am, @ana.bsky.social!' });
      const reply = fake.records.get(externalId)!.value.reply;
      expect(reply).toEqual({ root: { uri: post, cid: fake.records.get(post)!.cid }, parent: { uri: question.uri, cid: question.cid } });
      const again = await driver.reply(ctx, { idempotencyKey: 'r1', inReplyToExternalId: question.uri, conversationExternalId: post, text: 'From 10am, @ana.bsky.social!' });
      expect(again.externalId).toBe(externalId);
    });

    it('answers a direct message in its conversation through the chat proxy, once per key', async () => {
      const ctx = contextFor(fake);
      const { convoId, message } = fake.inject.dm('cy', 'Order 42?');
      const input = { idempotencyKey: 'dm1', inReplyToExternalId: `chat:${convoId}:${message.id}`, conversationExternalId: `chat:${convoId}`, text: 'Shipped today 📦' };
      const sent = await driver.reply(ctx, input);
      expect(await driver.reply(ctx, input)).toEqual(sent);
      const sends = calls(fake, 'chat.bsky.convo.sendMessage');
      expect(sends.map((r) => [r.headers['atproto-proxy'], r.json])).toEqual([['did:web:api.bsky.chat#bsky_chat', { convoId, message: { text: 'Shipped today 📦' } }]]);
      expect(sent.externalId).toBe(`chat:${convoId}:${fake.convos.get(convoId)!.messages[1]!.id}`);
    });
  });

  describe('hiding and deleting', () => {
    it('hides a reply to our post in the root post’s threadgate (created without reply rules), and shows it again', async () => {
      const ctx = contextFor(fake);
      const post = (await driver.publish(ctx, { idempotencyKey: 'gated', text: 'Adoption day', media: [] })).externalId;
      const spam = fake.inject.post('ben', 'Buy followers!', { replyTo: post });
      const rude = fake.inject.post('cy', 'Rude', { replyTo: spam.uri });
      await driver.hide!(ctx, spam.uri);
      const gateUri = post.replace('app.bsky.feed.post', 'app.bsky.feed.threadgate');
      expect(fake.records.get(gateUri)!.value).toEqual({ $type: 'app.bsky.feed.threadgate', post, hiddenReplies: [spam.uri], createdAt: expect.any(String) });
      // The account limited replies in the app meanwhile: that stays, and the write is a compare-and-swap.
      fake.records.get(gateUri)!.value.allow = [{ $type: 'app.bsky.feed.threadgate#followingRule' }];
      const gateCid = fake.records.get(gateUri)!.cid;
      await driver.hide!(ctx, rude.uri);
      expect(fake.records.get(gateUri)!.value).toMatchObject({ allow: [{ $type: 'app.bsky.feed.threadgate#followingRule' }], hiddenReplies: [spam.uri, rude.uri] });
      expect(calls(fake, 'com.atproto.repo.putRecord').map((r) => (r.json as { swapRecord: string }).swapRecord)).toEqual([gateCid]);
      await driver.unhide!(ctx, spam.uri);
      expect(fake.records.get(gateUri)!.value.hiddenReplies).toEqual([rude.uri]);
    });

    it('refuses, as invalid, to hide what Bluesky cannot: a reply in someone else’s thread, a post that is not a reply, a DM', async () => {
      const ctx = contextFor(fake);
      const foreign = fake.inject.post('cy', 'My thread');
      const reply = fake.inject.post('ana', '@rapport-pets.bsky.social look', { replyTo: foreign.uri });
      const mention = fake.inject.post('ben', '@rapport-pets.bsky.social hi');
      const refusals = await Promise.all([reply.uri, mention.uri, 'chat:convo-cy:abc'].map((id) => failureOf(driver.hide!(ctx, id))));
      expect(refusals.map((e) => [driver.classifyError(e), (e as Error).message])).toEqual([
        ['invalid', "this reply is in a thread another account started: only the thread's author can hide replies on Bluesky"],
        ['invalid', 'only replies can be hidden on Bluesky, and this post is not one'],
        ['invalid', 'Bluesky cannot hide a direct message'],
      ]);
      expect([...fake.records.values()].filter((r) => r.collection === 'app.bsky.feed.threadgate')).toEqual([]);
    });

    it('deletes our own post with deleteRecord and refuses others’ posts', async () => {
      const ctx = contextFor(fake);
      const { externalId } = await driver.publish(ctx, { idempotencyKey: 'del', text: 'Oops', media: [] });
      await driver.delete!(ctx, externalId);
      expect(fake.records.has(externalId)).toBe(false);
      expect(calls(fake, 'com.atproto.repo.deleteRecord')[0]!.json).toEqual({ repo: fake.account.did, collection: 'app.bsky.feed.post', rkey: externalId.split('/').at(-1) });
      const theirs = fake.inject.post('ana', 'Mine');
      expect(driver.classifyError(await failureOf(driver.delete!(ctx, theirs.uri)))).toBe('invalid');
      expect(fake.records.has(theirs.uri)).toBe(true);
    });
  });

  describe('rate limits and errors', () => {
    it('waits for ratelimit-reset after a 429, and holds the method back until then without asking', async () => {
      const ctx = contextFor(fake);
      await driver.verifyCredentials(ctx);
      fake.exhaust('com.atproto.repo.createRecord', { resetInSeconds: 120 });
      const error = await failureOf(driver.publish(ctx, { idempotencyKey: 'limited', text: 'Later', media: [] }));
      expect(driver.classifyError(error)).toBe('retry');
      expect(retryAfterOf(error)).toBeGreaterThanOrEqual(119);
      const before = calls(fake, 'com.atproto.repo.createRecord').length;
      const held = await failureOf(driver.publish(ctx, { idempotencyKey: 'limited', text: 'Later', media: [] }));
      expect([driver.classifyError(held), retryAfterOf(held)! >= 118]).toEqual(['retry', true]);
      expect(calls(fake, 'com.atproto.repo.createRecord').length).toBe(before);
    });

    it('honours Retry-After when it asks for longer', async () => {
      fake.exhaust('app.bsky.notification.listNotifications', { resetInSeconds: 30, retryAfter: true });
      const error = await failureOf(driver.sync(contextFor(fake), null));
      expect([driver.classifyError(error), retryAfterOf(error)! >= 29]).toEqual(['retry', true]);
      expect((error as Error).message).toMatch(/^rate limit reached on app\.bsky\.notification\.listNotifications; try again in \d+ s$/);
    });

    it('classifies InvalidRequest as invalid and server errors as retry', async () => {
      const ctx = contextFor(fake);
      fake.failNext('app.bsky.notification.listNotifications', { status: 400, json: { error: 'InvalidRequest', message: 'secret detail' } });
      const refused = await failureOf(driver.sync(ctx, null));
      expect([driver.classifyError(refused), (refused as Error).message]).toEqual(['invalid', 'app.bsky.notification.listNotifications was refused: InvalidRequest']);
      fake.failNext('app.bsky.notification.listNotifications', { status: 503, json: { error: 'NotEnoughResources', message: 'busy' } });
      expect(driver.classifyError(await failureOf(driver.sync(ctx, null)))).toBe('retry');
      expect(driver.classifyError(new HttpError({ status: 401, method: 'GET', url: 'https://bsky.social/xrpc/x' }))).toBe('reauthorize');
    });
  });
});
