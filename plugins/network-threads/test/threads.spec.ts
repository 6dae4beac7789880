import { CORE_API_VERSION, isCompatible, isDriverError, refreshOAuthConnection, retryAfterOf, textLength, type DriverContext } from '@rapport/plugin-sdk';
import { assertConformance, createTestContext, runChannelConformance, runOAuthConformance } from '@rapport/plugin-sdk/testing';
import { createHmac } from 'node:crypto';
import { startFakeGraph, THREADS_VERSION, type FakeGraph } from '../../meta-graph/test/fake-graph.js';
import threadsPlugin, { countThreadsCharacters, threadsDriver } from '../src/index.js';

const FAN = { id: '1', username: 'cat_lady' };

function optionsFor(fake: FakeGraph, extra: Record<string, unknown> = {}) {
  return { appId: fake.app.id, appSecret: fake.app.secret, webhookVerifyToken: 'verify-threads-please', graphUrl: fake.url, dialogUrl: fake.url, containerPollIntervalMs: 10, ...extra };
}

function contextFor(fake: FakeGraph, extra: Record<string, unknown> = {}): DriverContext {
  return createTestContext({ credentials: { userId: fake.threadsUser.id, accessToken: fake.threadsToken() }, options: optionsFor(fake, extra) });
}

const delivery = (fake: FakeGraph, payload: object, secret?: string) => {
  const rawBody = Buffer.from(JSON.stringify(payload));
  return { headers: { 'x-hub-signature-256': secret ? `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}` : fake.sign(rawBody) }, rawBody };
};
const form = (request: { rawBody: Buffer }) => Object.fromEntries(new URLSearchParams(request.rawBody.toString('utf8')));
const requestsTo = (fake: FakeGraph, method: string, path: string | RegExp) =>
  fake.requests.filter((request) => request.method === method && (typeof path === 'string' ? request.path === path : path.test(request.path)));

describe('Threads plugin', () => {
  let fake: FakeGraph;

  beforeEach(async () => {
    fake = await startFakeGraph({ containerPolls: 1 });
  });
  afterEach(async () => {
    await fake.close();
  });

  it('is a valid plugin: 500 characters, replies hidden, mentions, webhooks and polling', () => {
    expect(threadsPlugin.name).toBe('@rapport/plugin-network-threads');
    expect(isCompatible(threadsPlugin.compatibility, CORE_API_VERSION)).toBe(true);
    expect(threadsDriver.limits.maxLength).toBe(500);
    expect(threadsDriver.capabilities).toMatchObject({ hide: true, hideableKinds: ['comment'], mentions: true, webhooks: true, polling: true, deletableKinds: [] });
    expect(threadsDriver.appWebhook).toBeDefined();
    expect(countThreadsCharacters('Hello 🐶')).toBe(10);
    expect(countThreadsCharacters('é'.repeat(500))).toBe(500);
    // The host checks posts with the same count (limitErrors): 480 letters and 10 emoji are 520, over 500.
    expect(textLength(threadsDriver.limits, `${'a'.repeat(480)}${'🎉'.repeat(10)}`)).toBe(520);
  });

  it('passes the OAuth conformance kit: code, long-lived token, refreshed with th_refresh_token', async () => {
    const context = createTestContext({ credentials: {}, options: optionsFor(fake) });
    const report = await runOAuthConformance(threadsDriver, { context, redirectUri: 'https://rapport.example/connect/callback', consent: (url) => fake.authorize(url) });
    assertConformance(report);
    const [exchange] = requestsTo(fake, 'POST', '/oauth/access_token');
    expect(form(exchange!)).toMatchObject({ grant_type: 'authorization_code', client_id: fake.app.id, client_secret: fake.app.secret, redirect_uri: 'https://rapport.example/connect/callback' });
    expect(requestsTo(fake, 'GET', '/access_token')[0]!.query).toMatchObject({ grant_type: 'th_exchange_token', client_secret: fake.app.secret });
    expect(requestsTo(fake, 'GET', '/refresh_access_token')[0]!.query.grant_type).toBe('th_refresh_token');

    // A refresh the network refuses (expired grant) asks a person to reconnect.
    const expired = fake.threadsToken();
    fake.expire(expired);
    const pending = { client: { clientId: fake.app.id, clientSecret: fake.app.secret }, endpoints: { authorizationUrl: '', tokenUrl: `${fake.url}/oauth/access_token` }, connection: { redirectUri: 'x', scopes: [] } };
    const refused = await refreshOAuthConnection(threadsDriver.oauth!, context, { refreshToken: expired, ...pending }).catch((error: unknown) => error);
    expect(isDriverError(refused) && refused.classification).toBe('reauthorize');
  });

  it('passes the channel conformance kit against the fake Threads API', async () => {
    const context = contextFor(fake);
    const report = await runChannelConformance(threadsDriver, {
      context,
      fakeServer: fake,
      samples: {
        seedInbound: async () => {
          const post = await threadsDriver.publish(context, { idempotencyKey: 'seed', text: 'Seeded', media: [] });
          fake.replyOnThreads(post.externalId, { from: FAN, text: 'Do you groom cats?', at: Date.now() - 1000 });
        },
        webhook: delivery(fake, fake.threadsReplyDelivery({ id: '777', objectId: '778', from: FAN, text: 'Hi', createdAt: 1_700_000_000_000, hidden: false })),
        invalidCredentials: { userId: fake.threadsUser.id, accessToken: 'THnot-a-token' },
      },
    });
    assertConformance(report);
    expect(report.checks.filter((check) => check.skipped).map((check) => check.name)).toEqual(['delete-inbound']);
    expect(fake.requests.filter((request) => !request.path.startsWith('/oauth')).every((request) => request.path.startsWith(`/${THREADS_VERSION}/`))).toBe(true);
  });

  it('publishes text with reply_control, images and carousels through containers polled until FINISHED', async () => {
    const context = contextFor(fake, { replyControl: 'accounts_you_follow' });
    const userPath = `/${THREADS_VERSION}/${fake.threadsUser.id}`;
    const text = await threadsDriver.publish(context, { idempotencyKey: 't', text: 'Open on Sunday 🐶', media: [] });
    expect(form(requestsTo(fake, 'POST', `${userPath}/threads`)[0]!)).toEqual({ media_type: 'TEXT', text: 'Open on Sunday 🐶', reply_control: 'accounts_you_follow' });
    const container = fake.containers.get(form(requestsTo(fake, 'POST', `${userPath}/threads_publish`)[0]!).creation_id!)!;
    expect(requestsTo(fake, 'GET', `/${THREADS_VERSION}/${container.id}`).map((request) => request.query.fields)).toEqual(['status,error_message', 'status,error_message']);
    expect(text).toEqual({ externalId: container.mediaId, url: `https://www.threads.net/@pawsandclaws/post/${container.mediaId}` });
    expect(fake.media.get(text.externalId)).toMatchObject({ replyControl: 'accounts_you_follow', mediaType: 'TEXT' });

    const carousel = await threadsDriver.publish(context, { idempotencyKey: 'c', text: 'Before / after', media: [{ url: 'https://cdn.example/a.png', mimeType: 'image/png' }, { url: 'https://cdn.example/b.mp4', mimeType: 'video/mp4' }] });
    expect(requestsTo(fake, 'POST', `${userPath}/threads`).slice(1).map(form)).toEqual([
      { media_type: 'IMAGE', image_url: 'https://cdn.example/a.png', is_carousel_item: 'true' },
      { media_type: 'VIDEO', video_url: 'https://cdn.example/b.mp4', is_carousel_item: 'true' },
      { media_type: 'CAROUSEL', children: expect.stringMatching(/^\d+,\d+$/), text: 'Before / after', reply_control: 'accounts_you_follow' },
    ]);
    expect(fake.media.get(carousel.externalId)!.children).toHaveLength(2);
    // A post's own choice wins over the plugin's.
    const own = await threadsDriver.publish(context, { idempotencyKey: 'o', text: 'Ask us anything', media: [], options: { replyControl: 'mentioned_only' } });
    expect(fake.media.get(own.externalId)).toMatchObject({ replyControl: 'mentioned_only' });

    const tooLong = await threadsDriver.publish(context, { idempotencyKey: 'l', text: `${'a'.repeat(490)} 🐶🐶🐶`, media: [] }).catch((error: unknown) => error);
    expect(isDriverError(tooLong) && [tooLong.classification, tooLong.message]).toEqual(['invalid', 'The post counts 503 characters on Threads (an emoji counts as its UTF-8 bytes); Threads allows 500']);
  });

  it('polls replies at every depth, one conversation per branch under the post; answers with reply_to_id; hides with manage_reply', async () => {
    const context = contextFor(fake);
    await threadsDriver.verifyCredentials(context);
    const post = await threadsDriver.publish(context, { idempotencyKey: 'p', text: 'New slots', media: [] });
    const first = fake.replyOnThreads(post.externalId, { from: FAN, text: 'Cats too?', at: Date.now() - 3000 });
    const nested = fake.replyOnThreads(first.id, { from: { id: '2', username: 'dog_dad' }, text: 'And dogs?', at: Date.now() - 2000 });
    const other = fake.replyOnThreads(post.externalId, { from: { id: '3', username: 'bo' }, text: 'Price?', at: Date.now() - 1000 });
    const synced = await threadsDriver.sync(context, null);
    expect(synced.items.map((item) => [item.externalId, item.threadExternalId, item.inReplyToExternalId, item.postExternalId, item.author.handle])).toEqual([
      [first.id, first.id, undefined, post.externalId, 'cat_lady'],
      [nested.id, first.id, first.id, post.externalId, 'dog_dad'],
      [other.id, other.id, undefined, post.externalId, 'bo'],
    ]);

    const answer = await threadsDriver.reply(context, { idempotencyKey: 'r', inReplyToExternalId: nested.id, conversationExternalId: first.id, text: 'Dogs too!' });
    expect(form(requestsTo(fake, 'POST', `/${THREADS_VERSION}/${fake.threadsUser.id}/threads`).at(-1)!)).toEqual({ media_type: 'TEXT', text: 'Dogs too!', reply_to_id: nested.id });
    expect(fake.comments.get(answer.externalId)).toMatchObject({ parentId: nested.id, objectId: post.externalId });
    // Our own answer is not read back as inbound.
    expect((await threadsDriver.sync(context, synced.nextCursor)).items).toEqual([]);

    await threadsDriver.hide!(context, other.id);
    expect(form(requestsTo(fake, 'POST', `/${THREADS_VERSION}/${other.id}/manage_reply`).at(-1)!)).toEqual({ hide: 'true' });
    expect(fake.comments.get(other.id)!.hidden).toBe(true);
    await threadsDriver.unhide!(context, other.id);
    expect(fake.comments.get(other.id)!.hidden).toBe(false);
  });

  it('reads replies and mentions from the signed app webhook, routed by Threads user id; polls mentions; answers a mention with reply_to_id', async () => {
    const context = contextFor(fake);
    const app = { options: context.options, logger: context.logger };
    await threadsDriver.verifyCredentials(context);
    const post = await threadsDriver.publish(context, { idempotencyKey: 'p', text: 'New slots', media: [] });
    const first = fake.replyOnThreads(post.externalId, { from: FAN, text: 'Cats too?' });
    const nested = fake.replyOnThreads(first.id, { from: { id: '2', username: 'dog_dad' }, text: 'And dogs?' });
    const deeper = fake.replyOnThreads(nested.id, { from: { id: '3', username: 'bo' }, text: 'And rabbits?' });
    const mention = fake.mentionOnThreads({ from: { id: '4', username: 'groomer_fan' }, text: 'Best groomers in town: @pawsandclaws' });

    expect(threadsDriver.appWebhook!.challenge(app, { 'hub.mode': 'subscribe', 'hub.verify_token': 'verify-threads-please', 'hub.challenge': '42' })).toBe('42');
    expect(threadsDriver.appWebhook!.challenge(app, { 'hub.mode': 'subscribe', 'hub.verify_token': 'guess', 'hub.challenge': '42' })).toBeUndefined();
    const replyDelivery = delivery(fake, fake.threadsReplyDelivery(deeper));
    expect(await threadsDriver.appWebhook!.verify(app, replyDelivery)).toBe(true);
    expect(await threadsDriver.appWebhook!.verify(app, delivery(fake, fake.threadsReplyDelivery(deeper), 'another-secret'))).toBe(false);
    expect(await threadsDriver.appWebhook!.accounts(app, replyDelivery)).toEqual([fake.threadsUser.id]);
    expect(await threadsDriver.appWebhook!.accounts(app, delivery(fake, mention.delivery))).toEqual([fake.threadsUser.id]);

    // A reply to a reply is put in its branch: the chain is followed up to the reply right under the post.
    expect(await threadsDriver.parseWebhook!(context, replyDelivery)).toEqual([
      { kind: 'comment', externalId: deeper.id, threadExternalId: first.id, inReplyToExternalId: nested.id, postExternalId: post.externalId, author: { externalId: 'bo', handle: 'bo' }, text: 'And rabbits?', createdAt: new Date(Math.floor(deeper.createdAt / 1000) * 1000).toISOString() },
    ]);
    expect((await threadsDriver.parseWebhook!(context, delivery(fake, fake.threadsReplyDelivery(first))))[0]).toMatchObject({ externalId: first.id, threadExternalId: first.id, inReplyToExternalId: undefined });
    const mentioned = await threadsDriver.parseWebhook!(context, delivery(fake, mention.delivery));
    expect(mentioned).toEqual([{ kind: 'mention', externalId: mention.mention.id, threadExternalId: mention.mention.id, author: { externalId: 'groomer_fan', handle: 'groomer_fan' }, text: 'Best groomers in town: @pawsandclaws', createdAt: expect.any(String) }]);
    // Another profile's delivery gives this channel nothing; a payload that is not Threads' is refused.
    expect(await threadsDriver.parseWebhook!(context, delivery(fake, { ...(mention.delivery as Record<string, unknown>), target_id: '999' }))).toEqual([]);
    await expect(threadsDriver.parseWebhook!(context, delivery(fake, { object: 'page', entry: [] }))).rejects.toThrow('values');

    // Mentions are polled too (GET /{user-id}/mentions).
    const synced = await threadsDriver.sync(context, null);
    expect(synced.items.filter((item) => item.kind === 'mention').map((item) => item.externalId)).toEqual([mention.mention.id]);
    expect(requestsTo(fake, 'GET', `/${THREADS_VERSION}/${fake.threadsUser.id}/mentions`)).toHaveLength(1);

    const answer = await threadsDriver.reply(context, { idempotencyKey: 'm', inReplyToExternalId: mention.mention.id, conversationExternalId: mention.mention.id, text: 'Thank you!' });
    expect(form(requestsTo(fake, 'POST', `/${THREADS_VERSION}/${fake.threadsUser.id}/threads`).at(-1)!)).toEqual({ media_type: 'TEXT', text: 'Thank you!', reply_to_id: mention.mention.id });
    expect(answer.externalId).toEqual(expect.any(String));
  });

  it('publishes once when threads_publish worked but its answer was lost (500 after publishing): the retry adopts the post', async () => {
    const context = contextFor(fake);
    fake.loseNextAnswer((request) => request.method === 'POST' && request.path.endsWith('/threads_publish'));
    const lost = await threadsDriver.publish(context, { idempotencyKey: 'k', text: 'Open late on Friday', media: [] }).catch((error: unknown) => error);
    expect(threadsDriver.classifyError(lost)).toBe('retry');
    const retried = await threadsDriver.publish(context, { idempotencyKey: 'k', text: 'Open late on Friday', media: [] });
    expect(fake.media.size).toBe(1);
    const [made] = [...fake.media.values()];
    expect(retried).toEqual({ externalId: made!.id, url: `https://www.threads.net/@pawsandclaws/post/${made!.id}` });
    expect(requestsTo(fake, 'POST', `/${THREADS_VERSION}/${fake.threadsUser.id}/threads_publish`)).toHaveLength(1);
  });

  it('answers once when threads_publish made the reply but its answer was lost: the retry adopts that reply, not a same-text one elsewhere', async () => {
    const context = contextFor(fake);
    const post = await threadsDriver.publish(context, { idempotencyKey: 'p', text: 'New slots', media: [] });
    const question = fake.replyOnThreads(post.externalId, { from: FAN, text: 'Cats too?' });
    const other = fake.replyOnThreads(post.externalId, { from: { id: '2', username: 'dog_dad' }, text: 'Dogs too?' });
    // The same words answered to someone else (from the app, since the attempt): not the reply this retry looks for.
    const elsewhere = fake.replyOnThreads(other.id, { from: { id: fake.threadsUser.id, username: fake.threadsUser.username }, text: 'Yes, we do!' });
    const publishes = () => requestsTo(fake, 'POST', `/${THREADS_VERSION}/${fake.threadsUser.id}/threads_publish`);
    const before = publishes().length;

    fake.loseNextAnswer((request) => request.method === 'POST' && request.path.endsWith('/threads_publish'));
    const input = { idempotencyKey: 'r', inReplyToExternalId: question.id, conversationExternalId: question.id, text: 'Yes, we do!' };
    const lost = await threadsDriver.reply(context, input).catch((error: unknown) => error);
    expect(threadsDriver.classifyError(lost)).toBe('retry');
    const retried = await threadsDriver.reply(context, input);

    const ours = [...fake.comments.values()].filter((reply) => reply.parentId === question.id && reply.from.id === fake.threadsUser.id);
    expect(ours.map((reply) => reply.text)).toEqual(['Yes, we do!']);
    expect(retried).toEqual({ externalId: ours[0]!.id });
    expect(retried.externalId).not.toBe(elsewhere.id);
    expect(publishes().length - before).toBe(1);
    // It was looked for among the profile's own replies (GET /{user-id}/replies), once; a later call answers from the store.
    expect(requestsTo(fake, 'GET', `/${THREADS_VERSION}/${fake.threadsUser.id}/replies`)).toHaveLength(1);
    expect(await threadsDriver.reply(context, input)).toEqual(retried);
    expect(requestsTo(fake, 'GET', `/${THREADS_VERSION}/${fake.threadsUser.id}/replies`)).toHaveLength(1);
  });

  it('maps errors: an expired token reauthorizes, throttling retries after the advertised time', async () => {
    const context = contextFor(fake);
    fake.failNext(() => true, { error: { message: 'Too many calls', type: 'OAuthException', code: 4 }, headers: { 'x-app-usage': JSON.stringify({ call_count: 100, total_cputime: 40, total_time: 40 }) } });
    const throttled = await threadsDriver.verifyCredentials(context).catch((error: unknown) => error);
    expect([threadsDriver.classifyError(throttled), retryAfterOf(throttled)]).toEqual(['retry', 900]);
    fake.expire(fake.threadsToken());
    expect(threadsDriver.classifyError(await threadsDriver.verifyCredentials(contextFor(fake)).catch((error: unknown) => error))).toBe('reauthorize');
  });
});
