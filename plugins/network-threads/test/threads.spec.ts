import { CORE_API_VERSION, isCompatible, isDriverError, refreshOAuthConnection, retryAfterOf, type DriverContext } from '@rapport/plugin-sdk';
import { assertConformance, createTestContext, runChannelConformance, runOAuthConformance } from '@rapport/plugin-sdk/testing';
import { startFakeGraph, THREADS_VERSION, type FakeGraph } from '../../meta-graph/test/fake-graph.js';
import threadsPlugin, { countThreadsCharacters, threadsDriver } from '../src/index.js';

const FAN = { id: '1', username: 'cat_lady' };

function optionsFor(fake: FakeGraph, extra: Record<string, unknown> = {}) {
  return { appId: fake.app.id, appSecret: fake.app.secret, graphUrl: fake.url, dialogUrl: fake.url, containerPollIntervalMs: 10, ...extra };
}

function contextFor(fake: FakeGraph, extra: Record<string, unknown> = {}): DriverContext {
  return createTestContext({ credentials: { userId: fake.threadsUser.id, accessToken: fake.threadsToken() }, options: optionsFor(fake, extra) });
}

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

  it('is a valid plugin: 500 characters, replies hidden, polling only', () => {
    expect(threadsPlugin.name).toBe('@rapport/plugin-network-threads');
    expect(isCompatible(threadsPlugin.compatibility, CORE_API_VERSION)).toBe(true);
    expect(threadsDriver.limits.maxLength).toBe(500);
    expect(threadsDriver.capabilities).toMatchObject({ hide: true, hideableKinds: ['comment'], webhooks: false, polling: true, deletableKinds: [] });
    expect(countThreadsCharacters('Hello 🐶')).toBe(10);
    expect(countThreadsCharacters('é'.repeat(500))).toBe(500);
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
        invalidCredentials: { userId: fake.threadsUser.id, accessToken: 'THnot-a-token' },
      },
    });
    assertConformance(report);
    expect(report.checks.filter((check) => check.skipped).map((check) => check.name)).toEqual(['delete-inbound', 'webhook-verify', 'webhook-parse']);
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

  it('maps errors: an expired token reauthorizes, throttling retries after the advertised time', async () => {
    const context = contextFor(fake);
    fake.failNext(() => true, { error: { message: 'Too many calls', type: 'OAuthException', code: 4 }, headers: { 'x-app-usage': JSON.stringify({ call_count: 100, total_cputime: 40, total_time: 40 }) } });
    const throttled = await threadsDriver.verifyCredentials(context).catch((error: unknown) => error);
    expect([threadsDriver.classifyError(throttled), retryAfterOf(throttled)]).toEqual(['retry', 900]);
    fake.expire(fake.threadsToken());
    expect(threadsDriver.classifyError(await threadsDriver.verifyCredentials(contextFor(fake)).catch((error: unknown) => error))).toBe('reauthorize');
  });
});
