import {
  DriverError,
  exchangeAuthorizationCode,
  type ChannelDriver,
  type DriverContext,
  type InboundItem,
  type JSONSchema,
  type MediaAttachment,
  type OAuthContext,
  type OAuthFlow,
  type OAuthTokenSet,
  type AppWebhook,
  type WebhookRequest,
  WebhookPayloadError,
  parseJsonWebhook,
} from '@rapport/plugin-sdk';
import {
  THREADS_DEFAULTS,
  advanceTimeCursor,
  classifyGraphError,
  deleteGraphObject,
  graphClient,
  graphError,
  hubChallenge,
  metaAppSettings,
  node,
  permalinkOf,
  publishOnce,
  publishThroughContainer,
  recentOnEdge,
  verifyHubSignature,
  readTimeCursor,
  type GraphClient,
} from '@rapport/meta-graph';

/** What a connected Threads profile holds: its user id and a long-lived token. */
export const credentialsSchema: JSONSchema = {
  type: 'object',
  required: ['userId', 'accessToken'],
  properties: {
    userId: { type: 'string', pattern: '^[0-9]+$', title: 'Threads user id', description: "The profile's Threads user id." },
    accessToken: {
      type: 'string',
      minLength: 1,
      title: 'Access token',
      description: 'A long-lived Threads user token with threads_basic, threads_content_publish, threads_read_replies, threads_manage_replies (and threads_manage_mentions for mentions).',
      secret: true,
    },
  },
  additionalProperties: false,
};

/** https://developers.facebook.com/docs/threads/get-started/get-access-tokens-and-permissions */
export const THREADS_SCOPES = ['threads_basic', 'threads_content_publish', 'threads_read_replies', 'threads_manage_replies', 'threads_manage_mentions'];

/** Who may reply to a published post (https://developers.facebook.com/docs/threads/reference/publishing). */
export const REPLY_CONTROLS = ['everyone', 'accounts_you_follow', 'mentioned_only', 'parent_post_author_only', 'followers_only'];

export const MAX_CHARACTERS = 500;
const POLLED_POSTS = 25;
const VIDEO_TYPES = new Set(['video/mp4', 'video/quicktime']);
const REPLY_FIELDS = 'id,text,username,timestamp,replied_to,root_post,is_reply_owned_by_me';
const MENTION_FIELDS = 'id,text,username,timestamp,permalink';
const POLLED_MENTIONS = 25;
/** The profile's latest replies, where one made by a reply attempt whose answer was lost would be. */
const POLLED_OWN_REPLIES = 50;
/** How far up a reply chain a webhook's reply is followed to find its branch (the reply directly under the post). */
const MAX_DEPTH = 20;

type Reply = { id: string; text?: string; username?: string; timestamp: string; replied_to?: { id: string }; root_post?: { id: string }; is_reply_owned_by_me?: boolean };

/**
 * Threads OAuth (https://developers.facebook.com/docs/threads/get-started/get-access-tokens-and-permissions): the
 * consent at threads.net, the code exchanged at `/oauth/access_token`, the short-lived token exchanged for a
 * long-lived one (`th_exchange_token`, 60 days, https://developers.facebook.com/docs/threads/get-started/long-lived-tokens),
 * which Rapport refreshes before it expires with `th_refresh_token`: the long-lived token is its own refresh grant.
 */
export const threadsOAuth: OAuthFlow = {
  scopes: THREADS_SCOPES,
  // Threads' authorization window documents no code_challenge (https://developers.facebook.com/docs/threads/get-started/get-access-tokens-and-permissions); the exchange is authenticated with the app secret.
  pkce: false,
  endpoints: (ctx) => {
    const settings = settingsOf(ctx);
    return { authorizationUrl: `${settings.dialogUrl}/oauth/authorize`, tokenUrl: `${settings.graphUrl}/oauth/access_token` };
  },
  client: (ctx) => {
    const { appId, appSecret } = settingsOf(ctx);
    if (!appId || !appSecret) throw new DriverError("Connecting Threads needs the Threads app: set appId and appSecret in the plugin's options", 'invalid');
    return { clientId: appId, clientSecret: appSecret };
  },
  async exchangeCode(ctx, { code, client, endpoints, connection }) {
    let short: OAuthTokenSet;
    try {
      short = await exchangeAuthorizationCode(ctx.http, { tokenUrl: endpoints.tokenUrl, client, code, redirectUri: connection.redirectUri });
    } catch (error) {
      throw graphError('Threads', (error as { cause?: unknown }).cause ?? error);
    }
    const long = await tokenCall(ctx, 'access_token', { grant_type: 'th_exchange_token', client_secret: client.clientSecret ?? '', access_token: short.accessToken });
    return tokenSet(long, String(short.raw.user_id ?? ''));
  },
  async refresh(ctx, { refreshToken }) {
    const renewed = await tokenCall(ctx, 'refresh_access_token', { grant_type: 'th_refresh_token', access_token: refreshToken });
    const settings = settingsOf(ctx);
    const me = await graphClient({ http: ctx.http }, { network: 'Threads', baseUrl: settings.graphUrl, version: settings.version, accessToken: renewed.access_token }).get<{ id: string }>('me', { fields: 'id' });
    return tokenSet(renewed, me.id);
  },
  credentials: (tokens) => ({ userId: String(tokens.raw.user_id ?? ''), accessToken: tokens.accessToken }),
};

/** The app's one Threads webhook (https://developers.facebook.com/docs/threads/webhooks), signed with the Threads app secret. */
const appWebhook: AppWebhook = {
  challenge: (ctx, query) => hubChallenge(query, settingsOf(ctx).webhookVerifyToken),
  verify: (ctx, request) => verifyHubSignature(settingsOf(ctx).appSecret, request),
  accounts: (_ctx, request) => [deliveryAccount(parseThreadsWebhook(request))],
};

/**
 * A Threads profile (https://developers.facebook.com/docs/threads). Posts are published through media containers
 * (`/{user-id}/threads`, then `/threads_publish`, https://developers.facebook.com/docs/threads/posts) with the
 * configured `reply_control`: text, one image or video, or a carousel of up to 20. Replies under the profile's recent
 * posts are polled from `/{media-id}/conversation` (every depth), each branch under a post being one
 * conversation; answers are replies (`reply_to_id`), and replies are hidden and shown with `/manage_reply`.
 * Replies and mentions also arrive from the app's Threads webhook (`/webhooks/apps/threads`, routed by Threads user
 * id); mentions are polled from `/{user-id}/mentions`.
 */
export const threadsDriver: ChannelDriver = {
  code: 'threads',
  displayName: 'Threads',
  description: 'A Threads profile: connect by Threads OAuth, publish text, images, videos and carousels with who may reply, answer, hide and show replies, read mentions.',
  capabilities: {
    publish: true,
    reply: true,
    hide: true,
    delete: true,
    mentions: true,
    directMessages: false,
    webhooks: true,
    polling: true,
    // https://developers.facebook.com/docs/threads/reply-management#hide-replies
    hideableKinds: ['comment'],
    // A profile deletes its own posts and replies only (https://developers.facebook.com/docs/threads/posts/delete-posts).
    deletableKinds: [],
  },
  limits: {
    // https://developers.facebook.com/docs/threads/overview#limitations: 500 characters (an emoji counts as its
    // UTF-8 bytes), 20 carousel items, JPEG/PNG images, MP4/MOV videos.
    maxLength: MAX_CHARACTERS,
    countLength: (text) => countThreadsCharacters(text),
    maxMedia: 20,
    mediaTypes: ['image/jpeg', 'image/png', 'video/mp4', 'video/quicktime'],
    // https://developers.facebook.com/docs/threads/overview#image-specifications: images up to 10:1 either way
    // (width scaled to 320–1440); #video-specifications: videos from 0.01:1 to 10:1, at most 5 minutes.
    mediaRules: [
      { mimeTypes: ['image/jpeg', 'image/png'], description: 'images', minAspectRatio: 0.1, maxAspectRatio: 10 },
      { mimeTypes: ['video/mp4', 'video/quicktime'], description: 'videos', minAspectRatio: 0.01, maxAspectRatio: 10, maxDurationSeconds: 300 },
    ],
  },
  // https://developers.facebook.com/docs/threads/troubleshooting#retrieve-publishing-quota-limit: 250 posts per 24 hours.
  rateLimit: { requests: 250, perSeconds: 86_400 },
  credentialsSchema,
  // Per post: https://developers.facebook.com/docs/threads/reply-management#reply-control (reply_control).
  postOptionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      replyControl: { type: 'string', enum: REPLY_CONTROLS, title: 'Who may reply', description: "Who may reply to this post; the plugin's replyControl option when not set" },
    },
  },
  oauth: threadsOAuth,

  // https://developers.facebook.com/docs/threads/threads-profiles
  async verifyCredentials(ctx) {
    const me = await graphOf(ctx).get<{ id: string; username: string; name?: string }>('me', { fields: 'id,username,name' });
    await ctx.store.set('username', me.username);
    return { accountId: me.id, displayName: `@${me.username}`, url: `https://www.threads.net/@${me.username}` };
  },

  async publish(ctx, input) {
    const length = countThreadsCharacters(input.text);
    if (length > MAX_CHARACTERS) throw new DriverError(`The post counts ${length} characters on Threads (an emoji counts as its UTF-8 bytes); Threads allows ${MAX_CHARACTERS}`, 'invalid');
    const graph = graphOf(ctx);
    const userId = userIdOf(ctx);
    const replyControl = replyControlOf(ctx, input.options?.replyControl);
    const outcome = await publishOnce({
      store: ctx.store,
      logger: ctx.logger,
      network: 'Threads',
      key: input.idempotencyKey,
      text: input.text,
      // The profile's latest posts (https://developers.facebook.com/docs/threads/retrieve-and-discover-posts/retrieve-posts).
      recent: () => recentOnEdge(graph, `${node(userId)}/threads`, { textField: 'text', limit: POLLED_POSTS }),
      url: (id) => permalinkOf(graph, id),
      publish: (reaching) =>
        containerPublish(
          ctx,
          graph,
          input.idempotencyKey,
          async (remember) => {
            if (input.media.length === 0) return (await graph.post<{ id: string }>(`${node(userId)}/threads`, { media_type: 'TEXT', text: input.text, reply_control: replyControl })).id;
            if (input.media.length === 1) return (await graph.post<{ id: string }>(`${node(userId)}/threads`, { ...mediaParams(input.media[0]!), text: input.text || undefined, reply_control: replyControl })).id;
            const children: string[] = [];
            for (const [index, item] of input.media.entries()) {
              children.push(await remember(`item-${index}`, async () => (await graph.post<{ id: string }>(`${node(userId)}/threads`, { ...mediaParams(item), is_carousel_item: true })).id));
            }
            return (await graph.post<{ id: string }>(`${node(userId)}/threads`, { media_type: 'CAROUSEL', children: children.join(','), text: input.text || undefined, reply_control: replyControl })).id;
          },
          reaching,
        ),
    });
    return { externalId: outcome.id, url: outcome.url };
  },

  /** Replies at every depth under the profile's recent posts (https://developers.facebook.com/docs/threads/reply-management#conversations), after the cursor. */
  async sync(ctx, cursor) {
    const position = readTimeCursor(cursor);
    const graph = graphOf(ctx);
    const username = await ctx.store.get<string>('username');
    const posts = await graph.get<{ data?: Array<{ id: string }> }>(`${node(userIdOf(ctx))}/threads`, { fields: 'id,timestamp', limit: POLLED_POSTS });
    const items: InboundItem[] = [];
    for (const post of posts.data ?? []) {
      const replies = await graph.list<Reply>(`${node(post.id)}/conversation`, { fields: REPLY_FIELDS, reverse: false });
      const parents = new Map(replies.map((reply) => [reply.id, reply.replied_to?.id ?? post.id]));
      for (const reply of replies) {
        if (reply.is_reply_owned_by_me || (username && reply.username === username)) continue;
        const parent = reply.replied_to?.id ?? post.id;
        items.push({
          kind: 'comment',
          externalId: reply.id,
          threadExternalId: branchOf(reply.id, post.id, parents),
          inReplyToExternalId: parent === post.id ? undefined : parent,
          postExternalId: post.id,
          author: { externalId: reply.username ?? 'unknown', handle: reply.username ?? 'Threads user' },
          text: reply.text ?? '',
          createdAt: new Date(reply.timestamp).toISOString(),
        });
      }
    }
    // Posts of others that mention the profile (https://developers.facebook.com/docs/threads/threads-mentions).
    const mentions = await graph.get<{ data?: ThreadsPost[] }>(`${node(userIdOf(ctx))}/mentions`, { fields: MENTION_FIELDS, limit: POLLED_MENTIONS });
    for (const mention of mentions.data ?? []) {
      if (username && mention.username === username) continue;
      items.push(mentionItem(mention));
    }
    return advanceTimeCursor(position, items);
  },

  /**
   * A reply is a container with `reply_to_id`, then `threads_publish`
   * (https://developers.facebook.com/docs/threads/retrieve-and-manage-replies/create-replies), guarded like a post:
   * a retry after a `threads_publish` whose answer was lost adopts the profile's reply with the same text to the
   * same post or reply (`GET /{user-id}/replies`, the profile's replies newest first,
   * https://developers.facebook.com/docs/threads/retrieve-and-manage-replies/replies-and-conversations#a-user-s-replies)
   * instead of answering twice.
   */
  async reply(ctx, input) {
    const sent = await ctx.store.get<{ id: string }>(`sent:${input.idempotencyKey}`);
    if (sent) return { externalId: sent.id };
    const length = countThreadsCharacters(input.text);
    if (length > MAX_CHARACTERS) throw new DriverError(`The reply counts ${length} characters on Threads; Threads allows ${MAX_CHARACTERS}`, 'invalid');
    const graph = graphOf(ctx);
    const userId = userIdOf(ctx);
    const outcome = await publishOnce({
      store: ctx.store,
      logger: ctx.logger,
      network: 'Threads',
      key: input.idempotencyKey,
      text: input.text,
      recent: () =>
        recentOnEdge(graph, `${node(userId)}/replies`, {
          textField: 'text',
          limit: POLLED_OWN_REPLIES,
          also: ['replied_to'],
          keep: (reply) => (reply as Reply).replied_to?.id === input.inReplyToExternalId,
        }),
      publish: (reaching) =>
        containerPublish(
          ctx,
          graph,
          input.idempotencyKey,
          async () => (await graph.post<{ id: string }>(`${node(userId)}/threads`, { media_type: 'TEXT', text: input.text, reply_to_id: input.inReplyToExternalId })).id,
          reaching,
        ),
    });
    return { externalId: outcome.id };
  },

  // https://developers.facebook.com/docs/threads/reply-management#hide-replies
  async hide(ctx, externalId) {
    await graphOf(ctx).post(`${node(externalId)}/manage_reply`, { hide: true });
  },

  async unhide(ctx, externalId) {
    await graphOf(ctx).post(`${node(externalId)}/manage_reply`, { hide: false });
  },

  // https://developers.facebook.com/docs/threads/posts/delete-posts
  async delete(ctx, externalId) {
    await deleteGraphObject(graphOf(ctx), externalId);
  },

  verifyWebhook: (ctx, request) => appWebhook.verify(ctx, request),

  /**
   * A `replies` delivery as a comment in its branch (the chain is followed up with GET /{id}?fields=replied_to
   * when the reply answers another reply) and a `mentions` delivery as a mention; the profile's own are left out.
   */
  async parseWebhook(ctx, request) {
    const delivery = parseThreadsWebhook(request);
    const userId = userIdOf(ctx);
    if (deliveryAccount(delivery) !== userId) return [];
    const value = delivery.values.value;
    const username = await ctx.store.get<string>('username');
    if (username && value.username === username) return [];
    if (delivery.values.field === 'mentions') return [mentionItem(value)];
    if (delivery.values.field !== 'replies' || !value.root_post?.id) return [];
    const postId = value.root_post.id;
    const parent = value.replied_to?.id ?? postId;
    return [
      {
        kind: 'comment',
        externalId: value.id,
        threadExternalId: parent === postId ? value.id : await branchOnNetwork(graphOf(ctx), parent, postId),
        inReplyToExternalId: parent === postId ? undefined : parent,
        postExternalId: postId,
        author: { externalId: value.username ?? 'unknown', handle: value.username ?? 'Threads user' },
        text: value.text ?? '',
        createdAt: new Date(value.timestamp ?? Date.now()).toISOString(),
      },
    ];
  },

  appWebhook,

  classifyError: classifyGraphError,
};

/** A Threads post or reply as the API and webhooks show it. */
type ThreadsPost = { id: string; text?: string; username?: string; timestamp?: string; permalink?: string; replied_to?: { id: string }; root_post?: { id: string; owner_id?: string; username?: string } };

/**
 * A Threads webhook delivery (https://developers.facebook.com/docs/threads/webhooks): one object per notification,
 * not Graph's `object`/`entry` batch.
 */
interface ThreadsWebhook {
  app_id?: string;
  topic?: string;
  target_id?: string;
  time?: number;
  values: { field: string; value: ThreadsPost };
}

const threadsWebhookSchema = {
  type: 'object',
  required: ['values'],
  properties: {
    app_id: { type: 'string' },
    topic: { type: 'string' },
    target_id: { type: 'string' },
    time: { type: 'number' },
    values: {
      type: 'object',
      required: ['field', 'value'],
      properties: {
        field: { type: 'string' },
        value: {
          type: 'object',
          required: ['id'],
          properties: {
            id: { type: 'string', minLength: 1 },
            text: { type: 'string' },
            username: { type: 'string' },
            timestamp: { type: 'string' },
            replied_to: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
            root_post: { type: 'object', required: ['id'], properties: { id: { type: 'string' }, owner_id: { type: 'string' }, username: { type: 'string' } } },
          },
        },
      },
    },
  },
} as const;

function parseThreadsWebhook(request: WebhookRequest): ThreadsWebhook {
  return parseJsonWebhook<ThreadsWebhook>(request, threadsWebhookSchema as unknown as Parameters<typeof parseJsonWebhook>[1]);
}

/**
 * The Threads user a delivery is for: a reply's root post owner (replies come for posts the user owns), else
 * `target_id` (which the docs describe only loosely; a mention's owner is not in its value).
 */
function deliveryAccount(delivery: ThreadsWebhook): string {
  const account = delivery.values.field === 'replies' ? (delivery.values.value.root_post?.owner_id ?? delivery.target_id) : delivery.target_id;
  if (!account) throw new WebhookPayloadError('target_id is required (the Threads user the notification is for)');
  return account;
}

function mentionItem(post: ThreadsPost): InboundItem {
  return {
    kind: 'mention',
    externalId: post.id,
    // The mentioning post is the conversation; an answer is a reply to it (reply_to_id).
    threadExternalId: post.id,
    author: { externalId: post.username ?? 'unknown', handle: post.username ?? 'Threads user' },
    text: post.text ?? '',
    createdAt: new Date(post.timestamp ?? Date.now()).toISOString(),
  };
}

/** The branch of a reply that answers `parent`: up the chain (GET /{id}?fields=replied_to) to the reply right under the post. */
async function branchOnNetwork(graph: GraphClient, parent: string, postId: string): Promise<string> {
  let current = parent;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const up = (await graph.get<ThreadsPost>(node(current), { fields: 'id,replied_to,root_post' })).replied_to?.id;
    if (!up || up === postId) return current;
    current = up;
  }
  return current;
}

/** Threads counts user-perceived characters, and an emoji as its UTF-8 bytes (https://developers.facebook.com/docs/threads/reference/publishing). */
export function countThreadsCharacters(text: string): number {
  let count = 0;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    count += /\p{Extended_Pictographic}/u.test(segment) ? Buffer.byteLength(segment, 'utf8') : 1;
  }
  return count;
}

function graphOf(ctx: DriverContext): GraphClient {
  const settings = settingsOf(ctx);
  return graphClient(ctx, { network: 'Threads', baseUrl: settings.graphUrl, version: settings.version, accessToken: String(ctx.credentials.accessToken ?? '') });
}

function settingsOf(ctx: { options: Record<string, unknown> }) {
  return metaAppSettings(ctx.options, THREADS_DEFAULTS);
}

function userIdOf(ctx: DriverContext): string {
  return String(ctx.credentials.userId ?? '');
}

/** The post's own reply control, else the plugin's, else everyone. */
function replyControlOf(ctx: DriverContext, chosen: unknown): string {
  for (const value of [chosen, ctx.options.replyControl]) if (typeof value === 'string' && REPLY_CONTROLS.includes(value)) return value;
  return 'everyone';
}

function mediaParams(item: MediaAttachment): Record<string, string | undefined> {
  if (VIDEO_TYPES.has(item.mimeType)) return { media_type: 'VIDEO', video_url: item.url, alt_text: item.altText };
  return { media_type: 'IMAGE', image_url: item.url, alt_text: item.altText };
}

function containerPublish(ctx: DriverContext, graph: GraphClient, key: string, create: Parameters<typeof publishThroughContainer>[0]['create'], beforePublish?: () => Promise<void>): Promise<string> {
  const settings = settingsOf(ctx);
  return publishThroughContainer({
    graph,
    store: ctx.store,
    network: 'Threads',
    key,
    statusField: 'status',
    reasonField: 'error_message',
    pollIntervalMs: settings.containerPollIntervalMs,
    timeoutMs: settings.containerTimeoutMs,
    create,
    beforePublish,
    publish: async (creationId) => (await graph.post<{ id: string }>(`${node(userIdOf(ctx))}/threads_publish`, { creation_id: creationId })).id,
  });
}

/** The reply directly under the post that this reply's branch starts from: the conversation it belongs to. */
function branchOf(id: string, postId: string, parents: Map<string, string>): string {
  let current = id;
  for (let depth = 0; depth < 100; depth++) {
    const parent = parents.get(current);
    if (!parent || parent === postId) return current;
    current = parent;
  }
  return current;
}

async function tokenCall(ctx: OAuthContext, path: string, query: Record<string, string>): Promise<{ access_token: string; expires_in?: number }> {
  const settings = settingsOf(ctx);
  let answer: { access_token?: string; expires_in?: number };
  try {
    answer = (await ctx.http.get(`${settings.graphUrl}/${path}`, { query })).json();
  } catch (error) {
    throw graphError('Threads', error);
  }
  if (!answer.access_token) throw new DriverError(`Threads answered ${path} without an access_token`, 'fatal');
  return { access_token: answer.access_token, expires_in: answer.expires_in };
}

/** A long-lived token, which also refreshes itself. */
function tokenSet(token: { access_token: string; expires_in?: number }, userId: string): OAuthTokenSet {
  return {
    accessToken: token.access_token,
    tokenType: 'bearer',
    refreshToken: token.access_token,
    expiresAt: token.expires_in ? new Date(Date.now() + token.expires_in * 1000).toISOString() : undefined,
    raw: { user_id: userId },
  };
}
