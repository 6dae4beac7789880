import { CORE_API_VERSION, HttpError, NetworkError, createHttpClient, isCompatible, type DriverContext } from '@rapport/plugin-sdk';
import { assertConformance, createTestContext, runChannelConformance, runReviewSourceConformance, startFakeServer, type FakeServer } from '@rapport/plugin-sdk/testing';
import sandboxPlugin, { sandboxChannelDriver, sandboxReviewDriver, signWebhookBody } from '../src/index.js';
import { startSandboxNetwork, type SandboxNetwork } from '../src/sandbox-server.js';

const WEBHOOK_SECRET = 'whsec_test';

function contextFor(network: SandboxNetwork, credentials: Record<string, unknown> = {}): DriverContext {
  return createTestContext({
    credentials: { accessToken: network.accessToken, webhookSecret: WEBHOOK_SECRET, ...credentials },
    options: { baseUrl: network.url },
  });
}

/** A webhook delivery signed as the sandbox signs it. */
function signedDelivery(event: unknown) {
  const rawBody = Buffer.from(JSON.stringify(event));
  return { headers: { 'content-type': 'application/json', 'x-sandbox-signature': signWebhookBody(WEBHOOK_SECRET, rawBody) }, rawBody };
}

describe('sandbox plugin', () => {
  let network: SandboxNetwork;

  beforeEach(async () => {
    network = await startSandboxNetwork();
  });
  afterEach(() => network.close());

  it('is a valid plugin for this core', () => {
    expect(sandboxPlugin.name).toBe('@rapport/plugin-network-sandbox');
    expect(sandboxPlugin.channels.map((driver) => driver.code)).toEqual(['sandbox']);
    expect(sandboxPlugin.reviewSources.map((driver) => driver.code)).toEqual(['sandbox-reviews']);
    expect(isCompatible(sandboxPlugin.compatibility, CORE_API_VERSION)).toBe(true);
  });

  it('channel driver passes the conformance kit, skipping only the deletion of inbound items it does not declare', async () => {
    const post = await sandboxChannelDriver.publish(contextFor(network), { idempotencyKey: 'seed', text: 'Launch day!', media: [] });
    const report = await runChannelConformance(sandboxChannelDriver, {
      context: contextFor(network),
      samples: {
        post: { text: 'Hello from the conformance kit', media: [{ url: 'https://example.com/a.png', mimeType: 'image/png', altText: 'A' }] },
        seedInbound: async () => {
          await network.inject.comment({ post_id: post.externalId, text: 'Love it', author: { handle: 'ana' } });
          await network.inject.mention({ text: '@rapport-demo what time do you open?', author: { handle: 'ben' } });
          await network.inject.dm({ text: 'Is my order shipped?', author: { handle: 'cy' } });
        },
        webhook: signedDelivery({
          id: 'evt_1',
          type: 'activity.created',
          created_at: '2025-01-01T00:00:00.000Z',
          data: { id: 'cmt_9', type: 'comment', thread_id: 'cmt_9', in_reply_to_id: null, post_id: null, author: { id: 'usr_ana', handle: 'ana', name: 'ana', avatar_url: null }, text: 'Hi', hidden: false, created_at: '2025-01-01T00:00:00.000Z' },
        }),
        invalidCredentials: { accessToken: 'wrong-token' },
      },
    });
    assertConformance(report);
    expect(report.checks.filter((result) => result.skipped).map((result) => result.name)).toEqual(['delete-inbound']);
  });

  it('review driver passes the conformance kit, with no check skipped', async () => {
    const report = await runReviewSourceConformance(sandboxReviewDriver, {
      context: contextFor(network),
      samples: {
        seedReviews: async () => {
          await network.inject.review({ rating: 2, title: 'Slow', text: 'Waited 40 minutes.', language: 'en', author: { handle: 'dee' } });
          await network.inject.review({ rating: 5, text: 'Great staff!' });
        },
        webhook: signedDelivery({
          id: 'evt_2',
          type: 'review.created',
          created_at: '2025-01-01T00:00:00.000Z',
          data: { id: 'rev_9', author: { id: 'usr_dee', handle: 'dee', name: 'Dee', avatar_url: null }, rating: 4, title: null, text: 'Nice', language: null, created_at: '2025-01-01T00:00:00.000Z', updated_at: null, reply: null },
        }),
        invalidCredentials: { accessToken: 'wrong-token' },
      },
    });
    assertConformance(report);
    expect(report.checks.filter((result) => result.skipped)).toEqual([]);
    expect(network.state.reports).toHaveLength(1);
  });

  it('declares exactly the kinds the network hides and deletes: a direct message or someone else\'s comment is refused', async () => {
    const ctx = contextFor(network);
    const { hideableKinds, deletableKinds } = sandboxChannelDriver.capabilities;
    const comment = await network.inject.comment({ text: 'Spam!', author: { handle: 'spammer' } });
    const mention = await network.inject.mention({ text: '@rapport-demo spam', author: { handle: 'spammer' } });
    const dm = await network.inject.dm({ text: 'Spam in private', author: { handle: 'spammer' } });
    expect(hideableKinds).toEqual(['comment', 'mention']);
    for (const item of [comment, mention]) await sandboxChannelDriver.hide!(ctx, item.id);
    expect(network.state.activity.map(({ item }) => item.hidden)).toEqual([true, true, false]);
    const refusedHide = await sandboxChannelDriver.hide!(ctx, dm.id).catch((error: unknown) => error);
    expect(refusedHide).toBeInstanceOf(HttpError);
    expect([(refusedHide as HttpError).status, sandboxChannelDriver.classifyError(refusedHide)]).toEqual([422, 'invalid']);
    expect(deletableKinds).toEqual([]);
    const refusedDelete = await sandboxChannelDriver.delete!(ctx, comment.id).catch((error: unknown) => error);
    expect((refusedDelete as HttpError).status).toBe(403);
  });

  it('serves other accounts with their own token and id, and their own (empty) inbound feed', async () => {
    const withOther = await startSandboxNetwork({ otherAccounts: [{ accessToken: 'lyon-token', handle: 'rapport-lyon', displayName: 'Rapport Lyon' }] });
    try {
      await withOther.inject.comment({ text: 'For the main account', author: { handle: 'ana' } });
      const main = contextFor(withOther);
      const lyon = contextFor(withOther, { accessToken: 'lyon-token' });
      expect(await sandboxChannelDriver.verifyCredentials(main)).toMatchObject({ accountId: 'acct_sandbox' });
      expect(await sandboxChannelDriver.verifyCredentials(lyon)).toMatchObject({ accountId: 'acct_rapport-lyon', displayName: 'Rapport Lyon' });
      expect((await sandboxChannelDriver.sync(main, null)).items).toHaveLength(1);
      expect((await sandboxChannelDriver.sync(lyon, null)).items).toEqual([]);
      await sandboxChannelDriver.publish(lyon, { idempotencyKey: 'lyon-1', text: 'Hello from Lyon', media: [] });
      expect([...withOther.state.posts.values()].map((post) => post.text)).toEqual(['Hello from Lyon']);
      await expect(sandboxChannelDriver.verifyCredentials(contextFor(withOther, { accessToken: 'unknown' }))).rejects.toMatchObject({ status: 401 });
    } finally {
      await withOther.close();
    }
  });

  it('publishes idempotently', async () => {
    const ctx = contextFor(network);
    const input = { idempotencyKey: 'post-42', text: 'Once only', media: [] };
    const first = await sandboxChannelDriver.publish(ctx, input);
    const retried = await sandboxChannelDriver.publish(ctx, input);
    const other = await sandboxChannelDriver.publish(ctx, { ...input, idempotencyKey: 'post-43' });
    expect(retried.externalId).toBe(first.externalId);
    expect(other.externalId).not.toBe(first.externalId);
    expect([...network.state.posts.keys()]).toEqual([first.externalId, other.externalId]);
  });

  it('threads comments, mentions and direct messages, and replies in the right place', async () => {
    const ctx = contextFor(network);
    const post = await sandboxChannelDriver.publish(ctx, { idempotencyKey: 'p', text: 'New menu', media: [] });
    const comment = await network.inject.comment({ post_id: post.externalId, text: 'Vegan options?', author: { handle: 'ana' } });
    const followUp = await network.inject.comment({ in_reply_to_id: comment.id, text: 'Asking again', author: { handle: 'ana' } });
    const firstDm = await network.inject.dm({ text: 'Hello?', author: { handle: 'ben' } });
    const secondDm = await network.inject.dm({ text: 'Anyone?', author: { handle: 'ben' } });

    const { items } = await sandboxChannelDriver.sync(ctx, null);
    expect(items.map((item) => [item.kind, item.threadExternalId, item.postExternalId])).toEqual([
      ['comment', comment.id, post.externalId],
      ['comment', comment.id, post.externalId],
      ['direct_message', firstDm.thread_id, undefined],
      ['direct_message', firstDm.thread_id, undefined],
    ]);
    expect(secondDm.thread_id).toBe(firstDm.thread_id);

    await sandboxChannelDriver.reply(ctx, { idempotencyKey: 'r1', inReplyToExternalId: followUp.id, text: 'Yes, three!' });
    await sandboxChannelDriver.reply(ctx, {
      idempotencyKey: 'r2',
      inReplyToExternalId: secondDm.id,
      conversationExternalId: secondDm.thread_id,
      text: 'Here to help',
    });
    expect([...network.state.ownReplies.values()].map((reply) => [reply.id.split('_')[0], reply.thread_id])).toEqual([
      ['cmt', comment.id],
      ['msg', firstDm.thread_id],
    ]);
    const missingThread = await sandboxChannelDriver
      .reply(ctx, { idempotencyKey: 'r3', inReplyToExternalId: secondDm.id, text: 'Lost' })
      .catch((error: unknown) => error);
    expect(sandboxChannelDriver.classifyError(missingThread)).toBe('invalid');
  });

  it('syncs an edited review again after the cursor', async () => {
    const ctx = contextFor(network);
    const review = await network.inject.review({ rating: 1, text: 'Cold food' });
    const first = await sandboxReviewDriver.sync(ctx, null);
    expect(first.items.map((item) => item.externalId)).toEqual([review.id]);

    await network.inject.review({ id: review.id, rating: 3, text: 'Cold food, but they apologised' });
    const second = await sandboxReviewDriver.sync(ctx, first.nextCursor);
    expect(second.items).toEqual([expect.objectContaining({ externalId: review.id, rating: 3, updatedAt: expect.any(String) })]);
    expect((await sandboxReviewDriver.sync(ctx, second.nextCursor)).items).toEqual([]);
  });

  it('rejects a post longer than the channel limit as invalid', async () => {
    const error = await sandboxChannelDriver
      .publish(contextFor(network), { idempotencyKey: 'long', text: 'x'.repeat(sandboxChannelDriver.limits.maxLength + 1), media: [] })
      .catch((caught: unknown) => caught);
    expect((error as HttpError).status).toBe(422);
    expect(sandboxChannelDriver.classifyError(error)).toBe('invalid');
  });
});

describe('sandbox webhooks', () => {
  let network: SandboxNetwork;
  let receiver: FakeServer;

  beforeEach(async () => {
    receiver = await startFakeServer(() => ({ status: 204 }));
    network = await startSandboxNetwork({ webhook: { url: `${receiver.url}/hooks/sandbox`, secret: WEBHOOK_SECRET } });
  });
  afterEach(async () => {
    await network.close();
    await receiver.close();
  });

  it('delivers signed events that the drivers verify and parse like a sync', async () => {
    const ctx = contextFor(network);
    await network.inject.mention({ text: '@rapport-demo hi', author: { handle: 'ana' } });
    await network.inject.review({ rating: 4, text: 'Good' });
    expect(network.state.webhookDeliveries.map((delivery) => delivery.status)).toEqual([204, 204]);

    const [activityDelivery, reviewDelivery] = receiver.requests;
    expect(activityDelivery!.headers['x-sandbox-signature']).toMatch(/^t=\d+,sha256=[0-9a-f]{64}$/);
    expect(await sandboxChannelDriver.verifyWebhook!(ctx, activityDelivery!)).toBe(true);
    expect(await sandboxChannelDriver.parseWebhook!(ctx, activityDelivery!)).toEqual((await sandboxChannelDriver.sync(ctx, null)).items);
    expect(await sandboxChannelDriver.parseWebhook!(ctx, reviewDelivery!)).toEqual([]);
    expect(await sandboxReviewDriver.parseWebhook!(ctx, reviewDelivery!)).toEqual((await sandboxReviewDriver.sync(ctx, null)).items);
  });

  it('rejects a tampered body, a wrong secret and a missing signature', async () => {
    await network.inject.comment({ text: 'Great post' });
    const delivery = receiver.requests[0]!;
    const tampered = { ...delivery, rawBody: Buffer.from(delivery.rawBody.toString().replace('Great', 'Awful')) };
    expect(await sandboxChannelDriver.verifyWebhook!(contextFor(network), tampered)).toBe(false);
    expect(await sandboxChannelDriver.verifyWebhook!(contextFor(network, { webhookSecret: 'other' }), delivery)).toBe(false);
    expect(await sandboxChannelDriver.verifyWebhook!(contextFor(network), { ...delivery, headers: {} })).toBe(false);
  });

  it('rejects a delivery signed more than 5 minutes ago or ahead (a replay)', async () => {
    const rawBody = Buffer.from('{}');
    const signedAt = (secondsFromNow: number) => ({ headers: { 'x-sandbox-signature': signWebhookBody(WEBHOOK_SECRET, rawBody, Math.floor(Date.now() / 1000) + secondsFromNow) }, rawBody });
    expect(await sandboxChannelDriver.verifyWebhook!(contextFor(network), signedAt(-60))).toBe(true);
    expect(await sandboxChannelDriver.verifyWebhook!(contextFor(network), signedAt(-600))).toBe(false);
    expect(await sandboxChannelDriver.verifyWebhook!(contextFor(network), signedAt(600))).toBe(false);
  });

  it('refuses events with a field of the wrong type, naming each field', async () => {
    await network.inject.comment({ text: 'Great post' });
    const event = JSON.parse(receiver.requests[0]!.rawBody.toString());
    const wrong = signedDelivery({ ...event, data: { ...event.data, text: 42, author: { ...event.data.author, handle: ['ana'] } } });
    expect(() => sandboxChannelDriver.parseWebhook!(contextFor(network), wrong)).toThrow(expect.objectContaining({ name: 'WebhookPayloadError', message: expect.stringMatching(/data\.author\.handle: must be string.*data\.text: must be string|data\.text: must be string.*data\.author\.handle: must be string/) }));
    const notJson = { ...wrong, rawBody: Buffer.from('not json') };
    expect(() => sandboxReviewDriver.parseWebhook!(contextFor(network), notJson)).toThrow('the body is not JSON');
  });
});

describe('sandbox fault injection', () => {
  let network: SandboxNetwork;

  beforeEach(async () => {
    network = await startSandboxNetwork();
  });
  afterEach(() => network.close());

  async function injectFault(fault: { status: number; count?: number; retry_after?: number }) {
    await createHttpClient({ baseUrl: network.url }).post('/v1/_faults', { json: fault });
  }

  it('fails the next calls with 503, classified as retry, then recovers', async () => {
    const ctx = contextFor(network);
    await injectFault({ status: 503, count: 2, retry_after: 3 });
    for (let attempt = 0; attempt < 2; attempt++) {
      const error = await sandboxChannelDriver.sync(ctx, null).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(HttpError);
      expect((error as HttpError).retryAfter).toBe(3);
      expect(sandboxChannelDriver.classifyError(error)).toBe('retry');
    }
    await expect(sandboxChannelDriver.sync(ctx, null)).resolves.toEqual({ items: [], nextCursor: '0' });
  });

  it('classifies an injected 401 as reauthorize', async () => {
    await injectFault({ status: 401 });
    const error = await sandboxReviewDriver.verifyCredentials(contextFor(network)).catch((caught: unknown) => caught);
    expect(sandboxReviewDriver.classifyError(error)).toBe('reauthorize');
  });

  it('adds configurable latency, which a short client timeout turns into a retry', async () => {
    await createHttpClient({ baseUrl: network.url }).put('/v1/_settings', { json: { latency_ms: 300 } });
    const ctx = { ...contextFor(network), http: createHttpClient({ timeoutMs: 50 }) };
    const error = await sandboxChannelDriver.verifyCredentials(ctx).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
    expect(sandboxChannelDriver.classifyError(error)).toBe('retry');
  });
});
