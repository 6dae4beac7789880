import { CORE_API_VERSION, isCompatible, isDriverError, retryAfterOf, type DriverContext, type InboundItem } from '@rapport/plugin-sdk';
import { assertConformance, createTestContext, runChannelConformance, runOAuthConformance } from '@rapport/plugin-sdk/testing';
import { createHmac } from 'node:crypto';
import { startFakeGraph, type FakeGraph } from '../../meta-graph/test/fake-graph.js';
import facebookPlugin, { facebookDriver, FACEBOOK_SCOPES } from '../src/index.js';

const CUSTOMER = { id: '6100000000000042', name: 'Bo Lindqvist' };

function optionsFor(fake: FakeGraph, extra: Record<string, unknown> = {}) {
  return { appId: fake.app.id, appSecret: fake.app.secret, webhookVerifyToken: 'verify-me-please', graphUrl: fake.url, dialogUrl: fake.url, ...extra };
}

function contextFor(fake: FakeGraph, extra: Record<string, unknown> = {}, pageIndex = 0): DriverContext {
  const page = fake.pages[pageIndex]!;
  return createTestContext({ credentials: { pageId: page.id, accessToken: fake.pageToken(page.id) }, options: optionsFor(fake, extra) });
}

const delivery = (fake: FakeGraph, payload: object, secret = fake.app.secret) => {
  const rawBody = Buffer.from(JSON.stringify(payload));
  return { headers: { 'x-hub-signature-256': `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}` }, rawBody };
};

const form = (request: { rawBody: Buffer }) => Object.fromEntries(new URLSearchParams(request.rawBody.toString('utf8')));
const requestsTo = (fake: FakeGraph, method: string, path: string | RegExp) =>
  fake.requests.filter((request) => request.method === method && (typeof path === 'string' ? request.path === path : path.test(request.path)));

async function refusal(work: Promise<unknown>): Promise<unknown> {
  return work.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: unknown) => error,
  );
}

describe('Facebook Pages plugin', () => {
  let fake: FakeGraph;

  beforeEach(async () => {
    fake = await startFakeGraph();
  });
  afterEach(async () => {
    await fake.close();
  });

  it('is a valid plugin for this core: comments hidden and deleted, Messenger, one app webhook', () => {
    expect(facebookPlugin.name).toBe('@rapport/plugin-network-facebook');
    expect(isCompatible(facebookPlugin.compatibility, CORE_API_VERSION)).toBe(true);
    expect(facebookDriver.capabilities).toMatchObject({ hide: true, hideableKinds: ['comment'], delete: true, deletableKinds: ['comment'], directMessages: true, webhooks: true });
    expect(facebookDriver.limits.maxLength).toBe(63_206);
    expect(facebookDriver.appWebhook).toBeDefined();
  });

  it('passes the OAuth conformance kit: Facebook Login, long-lived token, the Pages to choose from with their Page tokens', async () => {
    const context = createTestContext({ credentials: {}, options: optionsFor(fake) });
    const report = await runOAuthConformance(facebookDriver, { context, redirectUri: 'https://rapport.example/connect/callback', consent: (url) => fake.authorize(url) });
    assertConformance(report);

    const dialog = new URL((await facebookDriver.oauth!.endpoints(context, { redirectUri: 'x', scopes: [] })).authorizationUrl);
    expect(dialog.pathname).toBe(`/${fake.version}/dialog/oauth`);
    const [code, exchange] = requestsTo(fake, 'GET', `/${fake.version}/oauth/access_token`);
    expect(code!.query).toMatchObject({ client_id: fake.app.id, client_secret: fake.app.secret, redirect_uri: 'https://rapport.example/connect/callback' });
    expect(exchange!.query).toMatchObject({ grant_type: 'fb_exchange_token', client_id: fake.app.id });
    const accounts = requestsTo(fake, 'GET', `/${fake.version}/me/accounts`)[0]!;
    expect(accounts.query.appsecret_proof).toBe(createHmac('sha256', fake.app.secret).update(accounts.query.access_token!).digest('hex'));
    // The Pages are listed with the long-lived token, not the short-lived one the code gave.
    expect(accounts.query.access_token).not.toBe(exchange!.query.fb_exchange_token);

    const tokens = await facebookDriver.oauth!.exchangeCode!(context, {
      code: new URL(await fake.authorize(`${fake.url}/${fake.version}/dialog/oauth?client_id=${fake.app.id}&redirect_uri=https://r.example/cb&state=s&response_type=code`)).searchParams.get('code')!,
      client: { clientId: fake.app.id, clientSecret: fake.app.secret },
      endpoints: { authorizationUrl: '', tokenUrl: `${fake.url}/${fake.version}/oauth/access_token` },
      connection: { redirectUri: 'https://r.example/cb', scopes: FACEBOOK_SCOPES },
    });
    expect(tokens.expiresAt).toBeUndefined();
    const listed = await facebookDriver.oauth!.listConnectableAccounts!(context, tokens, { redirectUri: 'x', scopes: [] });
    expect(listed).toEqual(fake.pages.map((page) => ({ id: page.id, name: page.name, details: page.category })));
    expect(facebookDriver.oauth!.credentials(tokens, { redirectUri: 'x', scopes: [] }, listed[1])).toEqual({ pageId: fake.pages[1]!.id, accessToken: fake.pageToken(fake.pages[1]!.id) });
  });

  it('passes the channel conformance kit against the fake Graph API', async () => {
    const context = contextFor(fake);
    const page = fake.pages[0]!;
    const report = await runChannelConformance(facebookDriver, {
      context,
      fakeServer: fake,
      samples: {
        seedInbound: async () => {
          const post = await facebookDriver.publish(context, { idempotencyKey: 'seed-post', text: 'Seeded post', media: [] });
          fake.commentOnPost(post.externalId, { from: CUSTOMER, text: 'Do you groom cats too?', at: Date.now() - 60_000 });
          fake.messagePage(page.id, { from: CUSTOMER, text: 'Are you open on Sunday?' });
        },
        webhook: delivery(fake, { object: 'page', entry: [{ id: page.id, time: 1_700_000_000, changes: [{ field: 'feed', value: { item: 'comment', verb: 'add', comment_id: '1_2', post_id: `${page.id}_1`, parent_id: `${page.id}_1`, message: 'Hi', created_time: 1_700_000_000, from: CUSTOMER } }] }] }),
        invalidCredentials: { pageId: page.id, accessToken: 'EAAnot-a-token' },
      },
    });
    assertConformance(report);
    expect(report.checks.filter((check) => check.skipped)).toEqual([]);
    expect(page.subscribedFields).toEqual(['feed', 'messages']);
    // Every call was versioned and signed with the app secret proof.
    for (const request of fake.requests.filter((candidate) => !candidate.path.includes('/oauth/'))) {
      expect(request.path.startsWith(`/${fake.version}/`)).toBe(true);
      expect(request.query.appsecret_proof).toBe(createHmac('sha256', fake.app.secret).update(request.query.access_token!).digest('hex'));
    }
  });

  it('publishes text with a link preview, one photo, and several photos attached to one post', async () => {
    const context = contextFor(fake);
    const page = fake.pages[0]!;
    const text = await facebookDriver.publish(context, { idempotencyKey: 'k1', text: 'Spring slots: https://paws.example/book.', media: [] });
    expect(form(requestsTo(fake, 'POST', `/${fake.version}/${page.id}/feed`).at(-1)!)).toEqual({ message: 'Spring slots: https://paws.example/book.', link: 'https://paws.example/book' });
    expect(text).toEqual({ externalId: expect.stringMatching(new RegExp(`^${page.id}_`)), url: `https://www.facebook.com/${text.externalId}` });

    const one = await facebookDriver.publish(context, { idempotencyKey: 'k2', text: 'Our salon', media: [{ url: 'https://cdn.example/salon.jpg', mimeType: 'image/jpeg', altText: 'The salon' }] });
    expect(form(requestsTo(fake, 'POST', `/${fake.version}/${page.id}/photos`).at(-1)!)).toEqual({ url: 'https://cdn.example/salon.jpg', caption: 'Our salon', alt_text_custom: 'The salon' });
    expect(fake.posts.get(one.externalId)!.photos).toHaveLength(1);

    const many = await facebookDriver.publish(context, { idempotencyKey: 'k3', text: 'Before and after', media: [{ url: 'https://cdn.example/a.jpg', mimeType: 'image/jpeg' }, { url: 'https://cdn.example/b.png', mimeType: 'image/png' }] });
    expect(fake.posts.get(many.externalId)).toMatchObject({ message: 'Before and after', photos: [{ url: 'https://cdn.example/a.jpg' }, { url: 'https://cdn.example/b.png' }] });
    const unpublished = requestsTo(fake, 'POST', `/${fake.version}/${page.id}/photos`).slice(-2).map(form);
    expect(unpublished.map((photo) => photo.published)).toEqual(['false', 'false']);
    // The same key is the same post: nothing is sent again.
    const before = fake.requests.length;
    expect(await facebookDriver.publish(context, { idempotencyKey: 'k3', text: 'Before and after', media: [] })).toEqual(many);
    expect(fake.requests.length).toBe(before);
  });

  it('publishes a video alone to /{page-id}/videos with file_url and description, refusing it among other media', async () => {
    const context = contextFor(fake);
    const page = fake.pages[0]!;
    const video = await facebookDriver.publish(context, { idempotencyKey: 'v1', text: 'A day at the salon', media: [{ url: 'https://cdn.example/day.mp4', mimeType: 'video/mp4', width: 1280, height: 720, durationSeconds: 42 }] });
    expect(form(requestsTo(fake, 'POST', `/${fake.version}/${page.id}/videos`)[0]!)).toEqual({ file_url: 'https://cdn.example/day.mp4', description: 'A day at the salon' });
    const post = [...fake.posts.values()].find((candidate) => candidate.video?.id === video.externalId)!;
    expect(post).toMatchObject({ pageId: page.id, message: 'A day at the salon', video: { fileUrl: 'https://cdn.example/day.mp4' } });
    expect(video.url).toBe(`https://www.facebook.com/${page.id}/videos/${video.externalId}`);
    expect(requestsTo(fake, 'POST', /\/(feed|photos)$/)).toEqual([]);

    const mixed = await refusal(facebookDriver.publish(context, { idempotencyKey: 'v2', text: 'Mixed', media: [{ url: 'https://cdn.example/a.jpg', mimeType: 'image/jpeg' }, { url: 'https://cdn.example/b.mp4', mimeType: 'video/mp4' }] }));
    expect(isDriverError(mixed) && [mixed.classification, mixed.message]).toEqual(['invalid', 'A Facebook post holds one video on its own, or photos; this post has 1 video(s) among 2 media']);
    await facebookDriver.delete!(context, video.externalId);
    expect(fake.posts.has(post.id)).toBe(false);
  });

  it('publishes once when Facebook made the post but its answer was lost: the retry adopts that post (500 after creating, or a dropped connection)', async () => {
    const context = contextFor(fake);
    const page = fake.pages[0]!;
    // An older post with the same text, made before this target's first attempt, is not this target's.
    fake.posts.set(`${page.id}_1`, { id: `${page.id}_1`, pageId: page.id, message: 'Open on Sunday', photos: [], createdAt: Date.now() - 3600_000, updatedAt: Date.now() - 3600_000 });
    for (const [key, drop] of [['lost-500', false], ['lost-drop', true]] as const) {
      fake.loseNextAnswer((request) => request.method === 'POST' && request.path.endsWith('/feed'), { drop });
      const lost = await refusal(facebookDriver.publish(context, { idempotencyKey: key, text: 'Open on Sunday', media: [] }));
      expect(facebookDriver.classifyError(lost)).toBe('retry');
      const made = [...fake.posts.values()].filter((post) => post.message === 'Open on Sunday' && post.id !== `${page.id}_1`);
      const posts = requestsTo(fake, 'POST', `/${fake.version}/${page.id}/feed`).length;
      const retried = await facebookDriver.publish(context, { idempotencyKey: key, text: 'Open on Sunday', media: [] });
      // Nothing was posted again; the retry answered with the post the lost attempt made.
      expect(requestsTo(fake, 'POST', `/${fake.version}/${page.id}/feed`)).toHaveLength(posts);
      expect(retried).toEqual({ externalId: made.at(-1)!.id, url: `https://www.facebook.com/${made.at(-1)!.id}` });
      expect(await facebookDriver.publish(context, { idempotencyKey: key, text: 'Open on Sunday', media: [] })).toEqual(retried);
    }
    // Two targets, two posts: the second lost attempt did not adopt the first target's post.
    expect([...fake.posts.values()].filter((post) => post.message === 'Open on Sunday')).toHaveLength(3);

    // A first attempt that Facebook refused (nothing made) is published on the retry.
    fake.failNext((request) => request.method === 'POST' && request.path.endsWith('/feed'), { status: 500, error: { message: 'Service temporarily unavailable', type: 'OAuthException', code: 2 } });
    await refusal(facebookDriver.publish(context, { idempotencyKey: 'refused', text: 'Late slots on Friday', media: [] }));
    const published = await facebookDriver.publish(context, { idempotencyKey: 'refused', text: 'Late slots on Friday', media: [] });
    expect(fake.posts.get(published.externalId)!.message).toBe('Late slots on Friday');
    expect([...fake.posts.values()].filter((post) => post.message === 'Late slots on Friday')).toHaveLength(1);
  });

  it('reads comments and Messenger messages from signed app webhooks, only the channel\'s Page, never its own', async () => {
    const context = contextFor(fake);
    const page = fake.pages[0]!;
    const post = await facebookDriver.publish(context, { idempotencyKey: 'p', text: 'Hello', media: [] });
    const top = fake.commentOnPost(post.externalId, { from: CUSTOMER, text: 'Cats too?' });
    const reply = fake.commentOnPost(post.externalId, { from: { id: '61000099', name: 'Cy' }, text: 'Same question', parentId: top.comment.id });
    const own = fake.commentOnPost(post.externalId, { from: { id: page.id, name: page.name }, text: 'Yes!', parentId: top.comment.id });
    const dm = fake.messagePage(page.id, { from: CUSTOMER, text: 'Open Sunday?' });
    const otherPage = { object: 'page', entry: [{ ...(reply.delivery as { entry: Array<Record<string, unknown>> }).entry[0]!, id: fake.pages[1]!.id }] };
    const echo = { object: 'page', entry: [{ id: page.id, time: Date.now(), messaging: [{ sender: { id: page.id }, recipient: { id: CUSTOMER.id }, timestamp: Date.now(), message: { mid: 'm_echo', text: 'hi', is_echo: true } }] }] };
    const combined = {
      object: 'page',
      entry: [top.delivery, reply.delivery, own.delivery, dm.delivery, otherPage, echo].flatMap((payload) => (payload as { entry: unknown[] }).entry),
    };
    const request = delivery(fake, combined);
    expect(await facebookDriver.appWebhook!.verify({ options: context.options, logger: context.logger }, request)).toBe(true);
    expect(await facebookDriver.appWebhook!.accounts({ options: context.options, logger: context.logger }, request)).toEqual([page.id, fake.pages[1]!.id]);
    const items = await facebookDriver.parseWebhook!(context, request);
    expect(items).toEqual<InboundItem[]>([
      { kind: 'comment', externalId: top.comment.id, threadExternalId: top.comment.id, postExternalId: post.externalId, author: { externalId: CUSTOMER.id, handle: CUSTOMER.name, name: CUSTOMER.name }, text: 'Cats too?', createdAt: expect.any(String) },
      { kind: 'comment', externalId: reply.comment.id, threadExternalId: top.comment.id, inReplyToExternalId: top.comment.id, postExternalId: post.externalId, author: { externalId: '61000099', handle: 'Cy', name: 'Cy' }, text: 'Same question', createdAt: expect.any(String) },
      { kind: 'direct_message', externalId: dm.message.id, threadExternalId: `messenger:${CUSTOMER.id}`, author: { externalId: CUSTOMER.id, handle: `Person ${CUSTOMER.id.slice(-4)}` }, text: 'Open Sunday?', createdAt: new Date(dm.message.createdAt).toISOString() },
    ]);

    expect(await facebookDriver.appWebhook!.verify({ options: context.options, logger: context.logger }, delivery(fake, combined, 'another-secret'))).toBe(false);
    expect(await facebookDriver.appWebhook!.verify({ options: context.options, logger: context.logger }, { headers: {}, rawBody: request.rawBody })).toBe(false);
    expect(facebookDriver.appWebhook!.challenge({ options: context.options, logger: context.logger }, { 'hub.mode': 'subscribe', 'hub.verify_token': 'verify-me-please', 'hub.challenge': '1158201444' })).toBe('1158201444');
    expect(facebookDriver.appWebhook!.challenge({ options: context.options, logger: context.logger }, { 'hub.mode': 'subscribe', 'hub.verify_token': 'wrong', 'hub.challenge': '1158201444' })).toBeUndefined();
    await expect(facebookDriver.parseWebhook!(context, delivery(fake, { object: 'instagram', entry: [] }))).rejects.toThrow('this endpoint takes "page" deliveries');
  });

  it('answers comments under their top-level comment, hides, shows and deletes them', async () => {
    const context = contextFor(fake);
    const post = await facebookDriver.publish(context, { idempotencyKey: 'p', text: 'Hello', media: [] });
    const top = fake.commentOnPost(post.externalId, { from: CUSTOMER, text: 'Cats too?' }).comment;
    const reply = fake.commentOnPost(post.externalId, { from: CUSTOMER, text: 'Hello?', parentId: top.id }).comment;
    const sent = await facebookDriver.reply(context, { idempotencyKey: 'r1', inReplyToExternalId: reply.id, conversationExternalId: top.id, text: 'Yes, cats too!' });
    expect(fake.comments.get(sent.externalId)).toMatchObject({ parentId: top.id, text: 'Yes, cats too!' });

    await facebookDriver.hide!(context, reply.id);
    expect(form(requestsTo(fake, 'POST', `/${fake.version}/${reply.id}`).at(-1)!)).toEqual({ is_hidden: 'true' });
    expect(fake.comments.get(reply.id)!.hidden).toBe(true);
    await facebookDriver.unhide!(context, reply.id);
    expect(fake.comments.get(reply.id)!.hidden).toBe(false);
    await facebookDriver.delete!(context, reply.id);
    expect(fake.comments.has(reply.id)).toBe(false);
    // Deleting what is already gone is done.
    await facebookDriver.delete!(context, reply.id);
  });

  it('answers a comment once when Facebook made the reply but the connection dropped before its answer: the retry adopts the Page\'s reply', async () => {
    const context = contextFor(fake);
    const post = await facebookDriver.publish(context, { idempotencyKey: 'p', text: 'Hello', media: [] });
    const top = fake.commentOnPost(post.externalId, { from: CUSTOMER, text: 'Cats too?' }).comment;
    const replies = (request: { method: string; path: string }) => request.method === 'POST' && request.path === `/${fake.version}/${top.id}/comments`;
    fake.loseNextAnswer(replies, { drop: true });
    const input = { idempotencyKey: 'r', inReplyToExternalId: top.id, conversationExternalId: top.id, text: 'Thank you!' };
    const lost = await facebookDriver.reply(context, input).catch((error: unknown) => error);
    expect(facebookDriver.classifyError(lost)).toBe('retry');
    // The customer says the same words in the thread meanwhile: only the Page's own reply may be adopted.
    const echo = fake.commentOnPost(post.externalId, { from: CUSTOMER, text: 'Thank you!', parentId: top.id }).comment;

    const retried = await facebookDriver.reply(context, input);
    const pages = [...fake.comments.values()].filter((comment) => comment.parentId === top.id && comment.from.id === fake.pages[0]!.id);
    expect(pages.map((comment) => comment.text)).toEqual(['Thank you!']);
    expect(retried).toEqual({ externalId: pages[0]!.id });
    expect(retried.externalId).not.toBe(echo.id);
    expect(fake.requests.filter(replies)).toHaveLength(1);
    expect(requestsTo(fake, 'GET', `/${fake.version}/${top.id}/comments`)[0]!.query).toMatchObject({ order: 'reverse_chronological', fields: 'id,message,created_time,from{id}' });
  });

  it('answers Messenger within 24 hours, with the Human Agent tag up to 7 days when enabled, and refuses later ones up front', async () => {
    const page = fake.pages[0]!;
    const fresh = fake.messagePage(page.id, { from: CUSTOMER, text: 'Open Sunday?' }).message;
    const context = contextFor(fake);
    const answered = await facebookDriver.reply(context, { idempotencyKey: 'dm1', inReplyToExternalId: fresh.id, conversationExternalId: `messenger:${CUSTOMER.id}`, text: 'Yes, 10 to 4.' });
    expect(fake.messages.find((message) => message.id === answered.externalId)).toMatchObject({ fromPage: true, messagingType: 'RESPONSE', personId: CUSTOMER.id });
    expect(requestsTo(fake, 'POST', `/${fake.version}/${page.id}/messages`).at(-1)!.json).toEqual({ recipient: { id: CUSTOMER.id }, messaging_type: 'RESPONSE', message: { text: 'Yes, 10 to 4.' } });

    const other = { id: '6100000000000077', name: 'Di' };
    const old = fake.messagePage(page.id, { from: other, text: 'Hello?', at: Date.now() - 3 * 24 * 3600_000 }).message;
    const sends = requestsTo(fake, 'POST', `/${fake.version}/${page.id}/messages`).length;
    const error = await refusal(facebookDriver.reply(context, { idempotencyKey: 'dm2', inReplyToExternalId: old.id, conversationExternalId: `messenger:${other.id}`, text: 'Sorry!' }));
    expect(isDriverError(error) && [error.classification, error.message]).toEqual(['invalid', "Messenger only lets a business answer within 24 hours of the person's last message; this one is 72 hours old"]);
    expect(requestsTo(fake, 'POST', `/${fake.version}/${page.id}/messages`)).toHaveLength(sends);

    const agent = contextFor(fake, { humanAgentTag: true });
    const tagged = await facebookDriver.reply(agent, { idempotencyKey: 'dm3', inReplyToExternalId: old.id, conversationExternalId: `messenger:${other.id}`, text: 'Sorry for the wait!' });
    expect(fake.messages.find((message) => message.id === tagged.externalId)).toMatchObject({ messagingType: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' });
    await expect(facebookDriver.delete!(agent, tagged.externalId)).rejects.toThrow('Messenger messages cannot be deleted once sent');
  });

  it('polls comments of recent posts and Messenger messages after its cursor, for backfill', async () => {
    const context = contextFor(fake);
    const post = await facebookDriver.publish(context, { idempotencyKey: 'p', text: 'Hello', media: [] });
    fake.commentOnPost(post.externalId, { from: CUSTOMER, text: 'First', at: Date.now() - 5000 });
    fake.messagePage(fake.pages[0]!.id, { from: CUSTOMER, text: 'DM', at: Date.now() - 4000 });
    const first = await facebookDriver.sync(context, null);
    expect(first.items.map((item) => [item.kind, item.text])).toEqual([['comment', 'First'], ['direct_message', 'DM']]);
    expect(await facebookDriver.sync(context, first.nextCursor)).toEqual({ items: [], nextCursor: first.nextCursor });
    fake.commentOnPost(post.externalId, { from: CUSTOMER, text: 'Second' });
    expect((await facebookDriver.sync(context, first.nextCursor)).items.map((item) => item.text)).toEqual(['Second']);
  });

  it('maps Graph errors: 190 reauthorize, throttling codes retry no sooner than advertised (and hold later calls), 1/2 retry, 100 invalid, unknown codes by HTTP status', async () => {
    const context = contextFor(fake);
    const page = fake.pages[0]!;
    fake.expire(fake.pageToken(page.id));
    const expired = await refusal(facebookDriver.verifyCredentials(context));
    expect(facebookDriver.classifyError(expired)).toBe('reauthorize');
    expect((expired as Error).message).toBe('Facebook refused the request (code 190/463): Error validating access token: Session has expired.');

    const live = contextFor(fake, {}, 1);
    const usage = JSON.stringify({ [fake.pages[1]!.id]: [{ type: 'pages', call_count: 100, total_cputime: 20, total_time: 30, estimated_time_to_regain_access: 7 }] });
    fake.failNext(() => true, { error: { message: '(#32) Page request limit reached', type: 'OAuthException', code: 32, is_transient: true }, headers: { 'x-business-use-case-usage': usage } });
    const throttled = await refusal(facebookDriver.verifyCredentials(live));
    expect([facebookDriver.classifyError(throttled), retryAfterOf(throttled)]).toEqual(['retry', 420]);
    const requests = fake.requests.length;
    const held = await refusal(facebookDriver.sync(live, null));
    expect(facebookDriver.classifyError(held)).toBe('retry');
    expect(retryAfterOf(held)).toBeGreaterThan(400);
    expect(fake.requests.length).toBe(requests);

    for (const [code, expected] of [[4, 'retry'], [17, 'retry'], [613, 'retry'], [2, 'retry'], [1, 'retry'], [100, 'invalid']] as const) {
      const fresh = contextFor(fake, {}, 1);
      fake.failNext(() => true, { status: code === 2 || code === 1 ? 500 : 400, error: { message: `code ${code}`, type: 'OAuthException', code } });
      expect(facebookDriver.classifyError(await refusal(facebookDriver.verifyCredentials(fresh)))).toBe(expected);
    }
    fake.failNext(() => true, { status: 503, error: {} });
    expect(facebookDriver.classifyError(await refusal(facebookDriver.verifyCredentials(contextFor(fake, {}, 1))))).toBe('retry');
    // A code the guide does not list: the status decides, so an outage is retried and a 4xx is not.
    for (const [status, expected] of [[500, 'retry'], [503, 'retry'], [400, 'invalid']] as const) {
      fake.failNext(() => true, { status, error: { message: 'An unexpected error has occurred.', type: 'OAuthException', code: 131000 } });
      expect(facebookDriver.classifyError(await refusal(facebookDriver.verifyCredentials(contextFor(fake, {}, 1))))).toBe(expected);
    }
  });
});
