import { classifyHttpError, definePlugin, type ChannelDriver, type DriverContext, type InboundItem } from '@rapport/plugin-sdk';

/** The service's API as its documentation describes it. Replace with the real endpoints. */
interface ApiActivity {
  id: string;
  type: 'comment' | 'mention' | 'dm';
  thread_id: string;
  in_reply_to?: string;
  author: { id: string; handle: string; name?: string };
  text: string;
  created_at: string;
}

const KINDS = { comment: 'comment', mention: 'mention', dm: 'direct_message' } as const;

/** Every call carries the account's token; the base URL comes from the plugin options. */
function api(ctx: DriverContext) {
  return ctx.http.extend({ headers: { authorization: `Bearer ${String(ctx.credentials.accessToken)}` } });
}

function toInboundItem(activity: ApiActivity): InboundItem {
  return {
    kind: KINDS[activity.type],
    externalId: activity.id,
    threadExternalId: activity.thread_id,
    inReplyToExternalId: activity.in_reply_to,
    author: { externalId: activity.author.id, handle: activity.author.handle, name: activity.author.name },
    text: activity.text,
    createdAt: activity.created_at,
  };
}

export const __CAMEL__Channel: ChannelDriver = {
  code: '__CODE__',
  displayName: '__TITLE__',
  description: '__DESCRIPTION__',
  capabilities: { publish: true, reply: true, hide: false, delete: false, mentions: true, directMessages: true, webhooks: false, polling: true },
  limits: { maxLength: 500, maxMedia: 4, mediaTypes: ['image/jpeg', 'image/png'] },
  credentialsSchema: {
    type: 'object',
    required: ['accessToken'],
    properties: { accessToken: { type: 'string', minLength: 1, title: 'Access token' } },
    additionalProperties: false,
  },
  rateLimit: { requests: 300, perSeconds: 300 },

  async verifyCredentials(ctx) {
    const me = await (await api(ctx).get('/v1/me')).json<{ id: string; name: string; url?: string }>();
    return { accountId: me.id, displayName: me.name, url: me.url };
  },

  async publish(ctx, input) {
    const response = await api(ctx).post('/v1/posts', {
      json: { text: input.text, media: input.media.map((m) => m.url) },
      headers: { 'idempotency-key': input.idempotencyKey },
    });
    const post = await response.json<{ id: string; url?: string }>();
    return { externalId: post.id, url: post.url };
  },

  async sync(ctx, cursor) {
    const response = await api(ctx).get('/v1/activity', { query: { since: cursor ?? undefined } });
    const page = await response.json<{ items: ApiActivity[]; next_cursor: string | null }>();
    return { items: page.items.map(toInboundItem), nextCursor: page.next_cursor ?? cursor };
  },

  async reply(ctx, input) {
    const response = await api(ctx).post('/v1/replies', {
      json: { in_reply_to: input.inReplyToExternalId, text: input.text },
      headers: { 'idempotency-key': input.idempotencyKey },
    });
    return { externalId: (await response.json<{ id: string }>()).id };
  },

  classifyError: classifyHttpError,
};

export default definePlugin({
  name: '__PACKAGE__',
  version: '0.1.0',
  compatibility: '^1.0.0',
  description: '__DESCRIPTION__',
  configSchema: {
    type: 'object',
    required: ['baseUrl'],
    properties: { baseUrl: { type: 'string', format: 'uri', description: 'Base URL of the API.' } },
  },
  channels: [__CAMEL__Channel],
});
