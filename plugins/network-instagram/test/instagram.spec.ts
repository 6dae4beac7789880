import { CORE_API_VERSION, countHashtags, isCompatible, mediaLimitProblems, isDriverError, retryAfterOf, type DriverContext } from '@rapport/plugin-sdk';
import { assertConformance, createTestContext, runChannelConformance, runOAuthConformance } from '@rapport/plugin-sdk/testing';
import { startFakeGraph, type FakeGraph } from '../../meta-graph/test/fake-graph.js';
import instagramPlugin, { instagramDriver } from '../src/index.js';

const FAN = { id: '17841400000000777', username: 'cat_lady' };
const JPEG = { url: 'https://cdn.example/salon.jpg', mimeType: 'image/jpeg' };

function optionsFor(fake: FakeGraph, extra: Record<string, unknown> = {}) {
  return { appId: fake.app.id, appSecret: fake.app.secret, webhookVerifyToken: 'verify-me-please', graphUrl: fake.url, dialogUrl: fake.url, containerPollIntervalMs: 10, ...extra };
}

function contextFor(fake: FakeGraph, extra: Record<string, unknown> = {}): DriverContext {
  const page = fake.pages[0]!;
  return createTestContext({ credentials: { igUserId: page.instagram!.id, pageId: page.id, accessToken: fake.pageToken(page.id) }, options: optionsFor(fake, extra) });
}

const delivery = (fake: FakeGraph, payload: object) => {
  const rawBody = Buffer.from(JSON.stringify(payload));
  return { headers: { 'x-hub-signature-256': fake.sign(rawBody) }, rawBody };
};
const form = (request: { rawBody: Buffer }) => Object.fromEntries(new URLSearchParams(request.rawBody.toString('utf8')));
const requestsTo = (fake: FakeGraph, method: string, path: string | RegExp) =>
  fake.requests.filter((request) => request.method === method && (typeof path === 'string' ? request.path === path : path.test(request.path)));

describe('Instagram plugin', () => {
  let fake: FakeGraph;

  beforeEach(async () => {
    fake = await startFakeGraph({ containerPolls: 2 });
  });
  afterEach(async () => {
    await fake.close();
  });

  it('is a valid plugin declaring what Instagram accepts: 2,200 characters, 30 hashtags, 1 to 10 JPEG photos or videos', () => {
    expect(instagramPlugin.name).toBe('@rapport/plugin-network-instagram');
    expect(isCompatible(instagramPlugin.compatibility, CORE_API_VERSION)).toBe(true);
    expect(instagramDriver.limits).toMatchObject({ maxLength: 2200, maxHashtags: 30, minMedia: 1, maxMedia: 10, mediaTypes: ['image/jpeg', 'video/mp4', 'video/quicktime'] });
    expect(instagramDriver.capabilities).toMatchObject({ mentions: true, hideableKinds: ['comment'] });
    // Feed images from 4:5 to 1.91:1; reels from 3 seconds to 15 minutes. Media without dimensions are not judged.
    const image = (width: number, height: number) => ({ url: 'https://cdn.example/x.jpg', mimeType: 'image/jpeg', width, height });
    expect(mediaLimitProblems(instagramDriver.limits.mediaRules, [image(1080, 1350), image(1080, 566), image(1080, 1080), JPEG], '@paws')).toEqual([]);
    expect(mediaLimitProblems(instagramDriver.limits.mediaRules, [image(1080, 1920), image(2000, 1000), { url: 'https://cdn.example/r.mp4', mimeType: 'video/mp4', width: 1080, height: 1920, durationSeconds: 1200 }], '@paws')).toEqual([
      'media 1 is 1080×1920 (aspect ratio 0.56); @paws takes images with an aspect ratio from 0.8 to 1.91',
      'media 2 is 2000×1000 (aspect ratio 2); @paws takes images with an aspect ratio from 0.8 to 1.91',
      'media 3 lasts 1200 seconds; @paws takes videos from 3 to 900 seconds long',
    ]);
    expect(countHashtags('#one #two, and #three! not#this, nor #1 or &#x; #über')).toBe(4);
  });

  it('passes the OAuth conformance kit: only the Pages with an Instagram account are offered, connected with the Page token', async () => {
    const context = createTestContext({ credentials: {}, options: optionsFor(fake) });
    assertConformance(await runOAuthConformance(instagramDriver, { context, consent: (url) => fake.authorize(url) }));
    const tokens = await instagramDriver.oauth!.exchangeCode!(context, {
      code: new URL(await fake.authorize(`${fake.url}/${fake.version}/dialog/oauth?client_id=${fake.app.id}&redirect_uri=https://r.example/cb&state=s&response_type=code`)).searchParams.get('code')!,
      client: { clientId: fake.app.id, clientSecret: fake.app.secret },
      endpoints: { authorizationUrl: '', tokenUrl: `${fake.url}/${fake.version}/oauth/access_token` },
      connection: { redirectUri: 'https://r.example/cb', scopes: [] },
    });
    const page = fake.pages[0]!;
    const accounts = await instagramDriver.oauth!.listConnectableAccounts!(context, tokens, { redirectUri: 'x', scopes: [] });
    expect(accounts).toEqual([{ id: page.instagram!.id, name: '@pawsandclaws_lyon', details: 'Linked to the Facebook Page Paws & Claws Lyon' }]);
    expect(instagramDriver.oauth!.credentials(tokens, { redirectUri: 'x', scopes: [] }, accounts[0])).toEqual({ igUserId: page.instagram!.id, pageId: page.id, accessToken: fake.pageToken(page.id) });
  });

  it('passes the channel conformance kit against the fake Graph API', async () => {
    const context = contextFor(fake);
    const account = fake.pages[0]!.instagram!;
    const report = await runChannelConformance(instagramDriver, {
      context,
      fakeServer: fake,
      samples: {
        post: { text: 'Conformance #rapport', media: [JPEG] },
        seedInbound: async () => {
          const post = await instagramDriver.publish(context, { idempotencyKey: 'seed', text: 'Seeded', media: [JPEG] });
          fake.commentOnMedia(post.externalId, { from: FAN, text: 'So cute!', at: Date.now() - 60_000 });
          fake.messageInstagram(account.id, { from: FAN, text: 'Price for a cat?' });
        },
        webhook: delivery(fake, { object: 'instagram', entry: [{ id: account.id, time: 1_700_000_000, changes: [{ field: 'comments', value: { from: FAN, media: { id: '1', media_product_type: 'FEED' }, id: '2', text: 'Hi' } }] }] }),
        invalidCredentials: { igUserId: account.id, pageId: fake.pages[0]!.id, accessToken: 'EAAnot-a-token' },
      },
    });
    assertConformance(report);
    expect(report.checks.filter((check) => check.skipped)).toEqual([]);
    expect(fake.pages[0]!.subscribedFields).toEqual(['feed', 'messages']);
  });

  it('publishes through a container, polling status_code until FINISHED before media_publish; carousels and reels too', async () => {
    const context = contextFor(fake);
    const igUserId = fake.pages[0]!.instagram!.id;
    const single = await instagramDriver.publish(context, { idempotencyKey: 'k1', text: 'Fresh cut ✂️ #grooming', media: [{ ...JPEG, altText: 'A poodle' }] });
    const [create] = requestsTo(fake, 'POST', `/${fake.version}/${igUserId}/media`);
    expect(form(create!)).toEqual({ image_url: JPEG.url, alt_text: 'A poodle', caption: 'Fresh cut ✂️ #grooming' });
    const container = fake.containers.get(form(requestsTo(fake, 'POST', `/${fake.version}/${igUserId}/media_publish`)[0]!).creation_id!)!;
    const polls = requestsTo(fake, 'GET', `/${fake.version}/${container.id}`);
    expect(polls.map((poll) => poll.query.fields)).toEqual(['status_code,status', 'status_code,status', 'status_code,status']);
    expect(single).toEqual({ externalId: container.mediaId, url: `https://www.instagram.com/p/${container.mediaId}/` });

    const carousel = await instagramDriver.publish(context, { idempotencyKey: 'k2', text: 'Before / after', media: [JPEG, { url: 'https://cdn.example/clip.mp4', mimeType: 'video/mp4' }] });
    const creates = requestsTo(fake, 'POST', `/${fake.version}/${igUserId}/media`).slice(1).map(form);
    expect(creates).toEqual([
      { image_url: JPEG.url, is_carousel_item: 'true' },
      { media_type: 'VIDEO', video_url: 'https://cdn.example/clip.mp4', is_carousel_item: 'true' },
      { media_type: 'CAROUSEL', children: expect.stringMatching(/^\d+,\d+$/), caption: 'Before / after' },
    ]);
    expect(fake.media.get(carousel.externalId)).toMatchObject({ mediaType: 'CAROUSEL', caption: 'Before / after' });

    await instagramDriver.publish(context, { idempotencyKey: 'k3', text: 'Reel', media: [{ url: 'https://cdn.example/clip.mov', mimeType: 'video/quicktime' }] });
    expect(form(requestsTo(fake, 'POST', `/${fake.version}/${igUserId}/media`).at(-1)!)).toEqual({ media_type: 'REELS', video_url: 'https://cdn.example/clip.mov', caption: 'Reel' });

    const refused = await instagramDriver.publish(context, { idempotencyKey: 'k4', text: 'Text only', media: [] }).catch((error: unknown) => error);
    expect(isDriverError(refused) && [refused.classification, refused.message]).toEqual(['invalid', 'Instagram posts need a photo or a video']);
  });

  it('resumes the same container when a publish is retried while Meta still processes it', async () => {
    const context = contextFor(fake, { containerTimeoutMs: 100, containerPollIntervalMs: 300 });
    const slow = await instagramDriver.publish(context, { idempotencyKey: 'slow', text: 'Video', media: [{ url: 'https://cdn.example/long.mp4', mimeType: 'video/mp4' }] }).catch((error: unknown) => error);
    expect(isDriverError(slow) && [slow.classification, slow.message]).toEqual(['retry', expect.stringMatching(/^Instagram is still processing the media \(container \d+\); the publish is tried again later$/)]);
    const retried = await instagramDriver.publish({ ...context, options: optionsFor(fake) }, { idempotencyKey: 'slow', text: 'Video', media: [{ url: 'https://cdn.example/long.mp4', mimeType: 'video/mp4' }] });
    expect(fake.media.get(retried.externalId)?.mediaType).toBe('REELS');
    expect(requestsTo(fake, 'POST', `/${fake.version}/${fake.pages[0]!.instagram!.id}/media`)).toHaveLength(1);
  });

  it('reads comments and direct messages from signed app webhooks, answers under the top-level comment, hides with hide=true, deletes', async () => {
    const context = contextFor(fake);
    const account = fake.pages[0]!.instagram!;
    const post = await instagramDriver.publish(context, { idempotencyKey: 'p', text: 'Hello', media: [JPEG] });
    const top = fake.commentOnMedia(post.externalId, { from: FAN, text: 'Cats too?' });
    const reply = fake.commentOnMedia(post.externalId, { from: { id: '17841400000000888', username: 'dog_dad' }, text: 'And rabbits?', parentId: top.comment.id });
    const own = fake.commentOnMedia(post.externalId, { from: { id: account.id, username: account.username }, text: 'Yes!', parentId: top.comment.id });
    const dm = fake.messageInstagram(account.id, { from: FAN, text: 'Price?' });
    const payload = { object: 'instagram', entry: [top.delivery, reply.delivery, own.delivery, dm.delivery].flatMap((each) => (each as { entry: unknown[] }).entry) };
    const request = delivery(fake, payload);
    const hooks = { options: context.options, logger: context.logger };
    expect(await instagramDriver.appWebhook!.verify(hooks, request)).toBe(true);
    expect(await instagramDriver.appWebhook!.accounts(hooks, request)).toEqual([account.id]);
    const items = await instagramDriver.parseWebhook!(context, request);
    expect(items.map((item) => [item.kind, item.externalId, item.threadExternalId, item.inReplyToExternalId, item.postExternalId, item.author.handle, item.text])).toEqual([
      ['comment', top.comment.id, top.comment.id, undefined, post.externalId, 'cat_lady', 'Cats too?'],
      ['comment', reply.comment.id, top.comment.id, top.comment.id, post.externalId, 'dog_dad', 'And rabbits?'],
      ['direct_message', dm.message.id, `instagram:${FAN.id}`, undefined, undefined, FAN.id, 'Price?'],
    ]);

    const answer = await instagramDriver.reply(context, { idempotencyKey: 'r', inReplyToExternalId: reply.comment.id, conversationExternalId: top.comment.id, text: 'Rabbits too!' });
    expect(requestsTo(fake, 'POST', `/${fake.version}/${top.comment.id}/replies`)).toHaveLength(1);
    expect(fake.comments.get(answer.externalId)).toMatchObject({ parentId: top.comment.id, from: { id: account.id } });
    const dmAnswer = await instagramDriver.reply(context, { idempotencyKey: 'd', inReplyToExternalId: dm.message.id, conversationExternalId: `instagram:${FAN.id}`, text: '45 euros' });
    expect(fake.messages.find((message) => message.id === dmAnswer.externalId)).toMatchObject({ platform: 'instagram', personId: FAN.id, messagingType: 'RESPONSE' });

    await instagramDriver.hide!(context, reply.comment.id);
    expect(form(requestsTo(fake, 'POST', `/${fake.version}/${reply.comment.id}`).at(-1)!)).toEqual({ hide: 'true' });
    expect(fake.comments.get(reply.comment.id)!.hidden).toBe(true);
    await instagramDriver.unhide!(context, reply.comment.id);
    expect(fake.comments.get(reply.comment.id)!.hidden).toBe(false);
    await instagramDriver.delete!(context, reply.comment.id);
    expect(fake.comments.has(reply.comment.id)).toBe(false);
  });

  it('answers a comment once when /replies made the reply but answered 500: the retry adopts the account\'s reply', async () => {
    const context = contextFor(fake);
    const account = fake.pages[0]!.instagram!;
    const post = await instagramDriver.publish(context, { idempotencyKey: 'p', text: 'Hello', media: [JPEG] });
    const top = fake.commentOnMedia(post.externalId, { from: FAN, text: 'Cats too?' }).comment;
    const replies = (request: { method: string; path: string }) => request.method === 'POST' && request.path === `/${fake.version}/${top.id}/replies`;
    fake.loseNextAnswer(replies);
    const input = { idempotencyKey: 'r', inReplyToExternalId: top.id, conversationExternalId: top.id, text: 'Thank you!' };
    const lost = await instagramDriver.reply(context, input).catch((error: unknown) => error);
    expect(instagramDriver.classifyError(lost)).toBe('retry');
    const echo = fake.commentOnMedia(post.externalId, { from: FAN, text: 'Thank you!', parentId: top.id }).comment;

    const retried = await instagramDriver.reply(context, input);
    const own = [...fake.comments.values()].filter((comment) => comment.parentId === top.id && comment.from.id === account.id);
    expect(own.map((comment) => comment.text)).toEqual(['Thank you!']);
    expect(retried).toEqual({ externalId: own[0]!.id });
    expect(retried.externalId).not.toBe(echo.id);
    expect(fake.requests.filter(replies)).toHaveLength(1);
  });

  it('polls comments with their replies and direct messages for backfill, skipping its own', async () => {
    const context = contextFor(fake);
    await instagramDriver.verifyCredentials(context);
    const post = await instagramDriver.publish(context, { idempotencyKey: 'p', text: 'Hello', media: [JPEG] });
    const top = fake.commentOnMedia(post.externalId, { from: FAN, text: 'One', at: Date.now() - 5000 }).comment;
    fake.commentOnMedia(post.externalId, { from: { id: '1784', username: 'dog_dad' }, text: 'Two', parentId: top.id, at: Date.now() - 4000 });
    await instagramDriver.reply(context, { idempotencyKey: 'r', inReplyToExternalId: top.id, conversationExternalId: top.id, text: 'Ours' });
    fake.messageInstagram(fake.pages[0]!.instagram!.id, { from: FAN, text: 'DM', at: Date.now() - 3000 });
    const first = await instagramDriver.sync(context, null);
    expect(first.items.map((item) => [item.kind, item.text, item.threadExternalId])).toEqual([
      ['comment', 'One', top.id],
      ['comment', 'Two', top.id],
      ['direct_message', 'DM', `instagram:${FAN.id}`],
    ]);
    expect((await instagramDriver.sync(context, first.nextCursor)).items).toEqual([]);
  });

  it('reads @mentions from the mentions webhook through mentioned_comment / mentioned_media, answers them with /mentions, and polls tags', async () => {
    const context = contextFor(fake);
    const account = fake.pages[0]!.instagram!;
    const inComment = fake.mentionOnInstagram(account.id, { from: { username: 'groomer_fan' }, text: '@pawsandclaws_lyon did my poodle today, look!' });
    const inCaption = fake.mentionOnInstagram(account.id, { from: { username: 'dog_dad' }, text: 'Fresh cut by @pawsandclaws_lyon', inCaption: true });
    const request = delivery(fake, { object: 'instagram', entry: [inComment.delivery, inCaption.delivery].flatMap((each) => (each as { entry: unknown[] }).entry) });
    expect(await instagramDriver.appWebhook!.accounts({ options: context.options, logger: context.logger }, request)).toEqual([account.id]);
    const items = await instagramDriver.parseWebhook!(context, request);
    expect(items).toEqual([
      { kind: 'mention', externalId: inComment.mention.commentId, threadExternalId: `igmention:${inComment.mention.mediaId}/${inComment.mention.commentId}`, author: { externalId: 'groomer_fan', handle: 'groomer_fan' }, text: '@pawsandclaws_lyon did my poodle today, look!', createdAt: expect.any(String) },
      { kind: 'mention', externalId: inCaption.mention.mediaId, threadExternalId: `igmention:${inCaption.mention.mediaId}`, author: { externalId: 'dog_dad', handle: 'dog_dad' }, text: 'Fresh cut by @pawsandclaws_lyon', createdAt: expect.any(String) },
    ]);
    // Looked up as documented: the account node with the mentioned comment's or media's id.
    const lookups = requestsTo(fake, 'GET', `/${fake.version}/${account.id}`).map((lookup) => lookup.query.fields);
    expect(lookups).toEqual([
      `mentioned_comment.comment_id(${inComment.mention.commentId}){id,text,timestamp,username,media{id}}`,
      `mentioned_media.media_id(${inCaption.mention.mediaId}){id,caption,timestamp,username,permalink}`,
    ]);

    const answer = await instagramDriver.reply(context, { idempotencyKey: 'm1', inReplyToExternalId: items[0]!.externalId, conversationExternalId: items[0]!.threadExternalId, text: 'Thank you, he looks great!' });
    expect(form(requestsTo(fake, 'POST', `/${fake.version}/${account.id}/mentions`)[0]!)).toEqual({ media_id: inComment.mention.mediaId, comment_id: inComment.mention.commentId, message: 'Thank you, he looks great!' });
    expect(fake.comments.get(answer.externalId)).toMatchObject({ objectId: inComment.mention.mediaId, parentId: inComment.mention.commentId, text: 'Thank you, he looks great!' });
    await instagramDriver.reply(context, { idempotencyKey: 'm2', inReplyToExternalId: items[1]!.externalId, conversationExternalId: items[1]!.threadExternalId, text: 'Thanks!' });
    expect(form(requestsTo(fake, 'POST', `/${fake.version}/${account.id}/mentions`)[1]!)).toEqual({ media_id: inCaption.mention.mediaId, message: 'Thanks!' });

    // A mention Instagram no longer shows (deleted) is left out rather than failing the delivery.
    const gone = { object: 'instagram', entry: [{ id: account.id, time: 1_700_000_000, changes: [{ field: 'mentions', value: { media_id: '999', comment_id: '998' } }] }] };
    expect(await instagramDriver.parseWebhook!(context, delivery(fake, gone))).toEqual([]);

    // Tagged media come by polling GET /{ig-user-id}/tags.
    const tag = fake.tagOnInstagram(account.id, { from: { username: 'cat_lady' }, caption: 'Spa day', at: Date.now() - 1000 });
    const synced = await instagramDriver.sync(context, null);
    expect(synced.items.filter((item) => item.kind === 'mention')).toEqual([
      { kind: 'mention', externalId: tag.mediaId, threadExternalId: `igmention:${tag.mediaId}`, author: { externalId: 'cat_lady', handle: 'cat_lady' }, text: 'Spa day', createdAt: expect.any(String) },
    ]);
  });

  it('publishes once when media_publish worked but its answer was lost: the retry adopts the media instead of failing on the published container', async () => {
    const context = contextFor(fake);
    const account = fake.pages[0]!.instagram!;
    fake.loseNextAnswer((request) => request.method === 'POST' && request.path.endsWith('/media_publish'), { drop: true });
    const lost = await instagramDriver.publish(context, { idempotencyKey: 'k', text: 'Spring cuts', media: [JPEG] }).catch((error: unknown) => error);
    expect(instagramDriver.classifyError(lost)).toBe('retry');
    expect(fake.media.size).toBe(1);
    const publishes = requestsTo(fake, 'POST', `/${fake.version}/${account.id}/media_publish`).length;
    const retried = await instagramDriver.publish(context, { idempotencyKey: 'k', text: 'Spring cuts', media: [JPEG] });
    const [made] = [...fake.media.values()];
    expect(retried).toEqual({ externalId: made!.id, url: `https://www.instagram.com/p/${made!.id}/` });
    expect(requestsTo(fake, 'POST', `/${fake.version}/${account.id}/media_publish`)).toHaveLength(publishes);
    expect(fake.media.size).toBe(1);
  });

  it('maps errors: an expired token reauthorizes, the publishing limit and throttling retry after the advertised time', async () => {
    const context = contextFor(fake);
    fake.expire(fake.pageToken(fake.pages[0]!.id));
    expect(instagramDriver.classifyError(await instagramDriver.verifyCredentials(context).catch((error: unknown) => error))).toBe('reauthorize');

    const fresh = await startFakeGraph();
    try {
      const live = contextFor(fresh);
      const usage = JSON.stringify({ [fresh.pages[0]!.instagram!.id]: [{ type: 'instagram', call_count: 100, total_cputime: 5, total_time: 5, estimated_time_to_regain_access: 12 }] });
      fresh.failNext((request) => request.path.endsWith('/media'), { error: { message: 'Application request limit reached', type: 'OAuthException', code: 4 }, headers: { 'x-business-use-case-usage': usage } });
      const throttled = await instagramDriver.publish(live, { idempotencyKey: 'x', text: 'Hi', media: [JPEG] }).catch((error: unknown) => error);
      expect([instagramDriver.classifyError(throttled), retryAfterOf(throttled)]).toEqual(['retry', 720]);
    } finally {
      await fresh.close();
    }
  });
});
