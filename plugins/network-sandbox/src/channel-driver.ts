import { DriverError, classifyHttpError, type ChannelDriver, type InboundItem } from '@rapport/plugin-sdk';
import { credentialsSchema, idempotencyHeader, isSignedBySandbox, parseWebhookEvent, sandboxApi, toInboundItem } from './api.js';
import { MAX_POST_LENGTH, MAX_POST_MEDIA, POST_MEDIA_TYPES, type SandboxActivity, type SandboxPage, type SandboxPost } from './contract.js';

/** The sandbox's social network. Ids are typed by prefix: `post_`, `cmt_` (comments, mentions), `msg_` (messages), `dm_` (DM threads). */
export const sandboxChannelDriver: ChannelDriver = {
  code: 'sandbox',
  displayName: 'Sandbox network',
  description: 'A simulated social network that ships with Rapport, for demos and tests.',
  // The sandbox hides comments and mentions but refuses direct messages (422), and deletes only our own content (403 for others').
  capabilities: {
    publish: true,
    reply: true,
    hide: true,
    delete: true,
    mentions: true,
    directMessages: true,
    webhooks: true,
    polling: true,
    hideableKinds: ['comment', 'mention'],
    deletableKinds: [],
  },
  limits: { maxLength: MAX_POST_LENGTH, maxMedia: MAX_POST_MEDIA, mediaTypes: POST_MEDIA_TYPES },
  credentialsSchema,
  rateLimit: { requests: 300, perSeconds: 60 },

  async verifyCredentials(ctx) {
    const me = (await sandboxApi(ctx).get('/v1/me')).json<{ id: string; display_name: string; url: string }>();
    return { accountId: me.id, displayName: me.display_name, url: me.url };
  },

  async publish(ctx, input) {
    const media = input.media.map((item) => ({ url: item.url, mime_type: item.mimeType, alt_text: item.altText }));
    const response = await sandboxApi(ctx).post('/v1/posts', { json: { text: input.text, media }, headers: idempotencyHeader(input.idempotencyKey) });
    const post = response.json<SandboxPost>();
    return { externalId: post.id, url: post.url };
  },

  async sync(ctx, cursor) {
    const page = (await sandboxApi(ctx).get('/v1/activity', { query: { since: cursor } })).json<SandboxPage<SandboxActivity>>();
    return { items: page.data.map(toInboundItem), nextCursor: page.next_cursor };
  },

  async reply(ctx, input) {
    const isDirectMessage = input.inReplyToExternalId.startsWith('msg_');
    if (isDirectMessage && !input.conversationExternalId) {
      throw new DriverError(`Replying to direct message ${input.inReplyToExternalId} needs its conversationExternalId`, 'invalid');
    }
    const path = isDirectMessage
      ? `/v1/messages/${encodeURIComponent(input.conversationExternalId!)}/replies`
      : `/v1/comments/${encodeURIComponent(input.inReplyToExternalId)}/replies`;
    const response = await sandboxApi(ctx).post(path, { json: { text: input.text }, headers: idempotencyHeader(input.idempotencyKey) });
    return { externalId: response.json<{ id: string }>().id };
  },

  async hide(ctx, externalId) {
    await sandboxApi(ctx).post(`/v1/comments/${encodeURIComponent(externalId)}/hide`);
  },

  async unhide(ctx, externalId) {
    await sandboxApi(ctx).post(`/v1/comments/${encodeURIComponent(externalId)}/unhide`);
  },

  async delete(ctx, externalId) {
    const collection = externalId.startsWith('post_') ? 'posts' : 'comments';
    await sandboxApi(ctx).delete(`/v1/${collection}/${encodeURIComponent(externalId)}`);
  },

  verifyWebhook: isSignedBySandbox,

  parseWebhook(_ctx, request): InboundItem[] {
    const event = parseWebhookEvent(request);
    return event.type === 'activity.created' ? [toInboundItem(event.data as SandboxActivity)] : [];
  },

  classifyError: classifyHttpError,
};
