import { DriverError, isDriverError, type ChannelDriver, type DriverContext, type InboundItem, type JSONSchema, type MediaAttachment } from '@rapport/plugin-sdk';
import {
  FACEBOOK_DEFAULTS,
  advanceTimeCursor,
  classifyGraphError,
  conversationItems,
  deleteGraphObject,
  facebookLogin,
  isoOfTime,
  messagingEventItem,
  metaAppSettings,
  node,
  pageAppWebhook,
  pageGraph,
  parseGraphWebhook,
  permalinkOf,
  publishOnce,
  publishThroughContainer,
  recentOnEdge,
  readTimeCursor,
  replyOnPage,
  sentAsDirectMessage,
  subscribePageWebhooks,
  type GraphClient,
} from '@rapport/meta-graph';

/** What a connected Instagram account holds: its id, its Facebook Page and that Page's token. */
export const credentialsSchema: JSONSchema = {
  type: 'object',
  required: ['igUserId', 'pageId', 'accessToken'],
  properties: {
    igUserId: { type: 'string', pattern: '^[0-9]+$', title: 'Instagram account id', description: "The Instagram professional account's id (the Page's instagram_business_account)." },
    pageId: { type: 'string', pattern: '^[0-9]+$', title: 'Page id', description: 'The Facebook Page the account is linked to.' },
    accessToken: {
      type: 'string',
      minLength: 1,
      title: 'Page access token',
      description: "The linked Page's access token, from a user granted instagram_basic, instagram_content_publish, instagram_manage_comments (and instagram_manage_messages for direct messages).",
      secret: true,
    },
  },
  additionalProperties: false,
};

/** Permissions asked at Facebook Login (https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-login). */
export const INSTAGRAM_SCOPES = [
  'instagram_basic',
  'instagram_content_publish',
  'instagram_manage_comments',
  'instagram_manage_messages',
  'pages_show_list',
  'pages_read_engagement',
  'pages_manage_metadata',
  'business_management',
];

const POLLED_MEDIA = 25;
const DM_THREAD = 'instagram:';
/**
 * A mention's conversation: `igmention:<media id>` for a caption (or a tag), `igmention:<media id>/<comment id>` for
 * a comment; answers go through `POST /{ig-user-id}/mentions`, which needs both ids.
 */
const MENTION_THREAD = 'igmention:';
const POLLED_TAGS = 25;
const MENTIONED_COMMENT_FIELDS = 'id,text,timestamp,username,media{id}';
const MENTIONED_MEDIA_FIELDS = 'id,caption,timestamp,username,permalink';
const COMMENT_FIELDS = 'id,text,timestamp,username,from{id,username},replies{id,text,timestamp,username,from{id,username}}';
const VIDEO_TYPES = new Set(['video/mp4', 'video/quicktime']);

type Comment = { id: string; text?: string; timestamp: string; username?: string; from?: { id: string; username?: string }; replies?: { data?: Comment[] } };

/** Instagram sends every account's activity to the Facebook app's one `instagram` webhook. */
const appWebhook = pageAppWebhook('instagram');

/**
 * An Instagram professional account, through the Facebook Page it is linked to (Instagram API with Facebook Login).
 * Posts are published with media containers (https://developers.facebook.com/docs/instagram-platform/content-publishing):
 * one image (`image_url`), a video as a reel (`video_url`), or a carousel of up to 10; the container's
 * `status_code` is polled until FINISHED, then `/media_publish`. Comments arrive from the app-level `comments`
 * webhook and are polled for backfill; they are answered under their top-level comment (`/replies`), hidden with
 * `hide` and deleted. Direct messages go through the Page's conversations and the Send API, within the window.
 */
export const instagramDriver: ChannelDriver = {
  code: 'instagram',
  displayName: 'Instagram',
  description: 'An Instagram professional account linked to a Facebook Page: connect by Facebook Login, publish photos, reels and carousels, answer, hide and delete comments, answer direct messages.',
  capabilities: {
    publish: true,
    reply: true,
    hide: true,
    delete: true,
    // @mentions from the `mentions` webhook (looked up with mentioned_comment / mentioned_media); tags by polling.
    mentions: true,
    directMessages: true,
    webhooks: true,
    polling: true,
    // https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-comment: comments only.
    hideableKinds: ['comment'],
    deletableKinds: ['comment'],
  },
  limits: {
    // https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media:
    // captions of 2,200 characters and 30 hashtags; a post needs media; JPEG images, MP4/MOV videos; 10 in a carousel.
    maxLength: 2200,
    maxHashtags: 30,
    minMedia: 1,
    maxMedia: 10,
    mediaTypes: ['image/jpeg', 'video/mp4', 'video/quicktime'],
    // https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media#image-specifications:
    // images from 4:5 to 1.91:1 (narrower or wider ones are refused; their width is scaled to 320–1440);
    // #reel-specifications: videos from 0.01:1 to 10:1, 3 seconds to 15 minutes.
    mediaRules: [
      { mimeTypes: ['image/jpeg'], description: 'images', minAspectRatio: 4 / 5, maxAspectRatio: 1.91 },
      { mimeTypes: ['video/mp4', 'video/quicktime'], description: 'videos', minAspectRatio: 0.01, maxAspectRatio: 10, minDurationSeconds: 3, maxDurationSeconds: 900 },
    ],
  },
  // https://developers.facebook.com/docs/instagram-platform/content-publishing#rate-limit: 100 API-published posts per 24 hours.
  rateLimit: { requests: 100, perSeconds: 86_400 },
  credentialsSchema,
  oauth: facebookLogin({
    network: 'Instagram',
    scopes: INSTAGRAM_SCOPES,
    accounts: (pages) =>
      pages
        .filter((page) => page.instagram_business_account?.id)
        .map((page) => ({ id: page.instagram_business_account!.id, name: page.instagram_business_account!.username ? `@${page.instagram_business_account!.username}` : page.name, details: `Linked to the Facebook Page ${page.name}` })),
    credentials: (pages, account) => {
      const page = pages.find((candidate) => candidate.instagram_business_account?.id === account.id);
      if (!page?.access_token) throw new DriverError(`Facebook gave no Page token for the Page linked to ${account.name}`, 'invalid');
      return { igUserId: account.id, pageId: page.id, accessToken: page.access_token };
    },
  }),

  // https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user
  async verifyCredentials(ctx) {
    const graph = graphOf(ctx);
    const account = await graph.get<{ id: string; username: string; name?: string }>(node(igUserIdOf(ctx)), { fields: 'id,username,name' });
    await ctx.store.set('username', account.username);
    if (metaAppSettings(ctx.options, FACEBOOK_DEFAULTS).appSecret) await subscribePageWebhooks(ctx, graph, String(ctx.credentials.pageId ?? ''), 'Instagram');
    return { accountId: account.id, displayName: `@${account.username}`, url: `https://www.instagram.com/${account.username}/` };
  },

  async publish(ctx, input) {
    if (input.media.length === 0) throw new DriverError('Instagram posts need a photo or a video', 'invalid');
    if (input.media.length > 10) throw new DriverError(`Instagram carousels hold up to 10 items; this post has ${input.media.length}`, 'invalid');
    const settings = metaAppSettings(ctx.options, FACEBOOK_DEFAULTS);
    const graph = graphOf(ctx);
    const igUserId = igUserIdOf(ctx);
    const outcome = await publishOnce({
      store: ctx.store,
      logger: ctx.logger,
      network: 'Instagram',
      key: input.idempotencyKey,
      text: input.text,
      // The account's latest media: where one published by an attempt whose answer was lost would be.
      recent: () => recentOnEdge(graph, `${node(igUserId)}/media`, { textField: 'caption', limit: POLLED_MEDIA }),
      url: (id) => permalinkOf(graph, id),
      publish: (reaching) =>
        publishThroughContainer({
          graph,
          store: ctx.store,
          network: 'Instagram',
          key: input.idempotencyKey,
          statusField: 'status_code',
          reasonField: 'status',
          pollIntervalMs: settings.containerPollIntervalMs,
          timeoutMs: settings.containerTimeoutMs,
          async create(remember) {
            // https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media#creating
            if (input.media.length === 1) return (await graph.post<{ id: string }>(`${node(igUserId)}/media`, { ...mediaParams(input.media[0]!, false), caption: input.text })).id;
            const children: string[] = [];
            for (const [index, item] of input.media.entries()) {
              children.push(await remember(`item-${index}`, async () => (await graph.post<{ id: string }>(`${node(igUserId)}/media`, { ...mediaParams(item, true), is_carousel_item: true })).id));
            }
            return (await graph.post<{ id: string }>(`${node(igUserId)}/media`, { media_type: 'CAROUSEL', children: children.join(','), caption: input.text })).id;
          },
          beforePublish: reaching,
          // https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media_publish
          publish: async (creationId) => (await graph.post<{ id: string }>(`${node(igUserId)}/media_publish`, { creation_id: creationId })).id,
        }),
    });
    return { externalId: outcome.id, url: outcome.url };
  },

  /** Comments (with their replies) on the account's recent media, and direct messages, after the cursor. */
  async sync(ctx, cursor) {
    const position = readTimeCursor(cursor);
    const graph = graphOf(ctx);
    const igUserId = igUserIdOf(ctx);
    const username = await ctx.store.get<string>('username');
    const items: InboundItem[] = [];
    // https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media
    const media = await graph.get<{ data?: Array<{ id: string; comments_count?: number }> }>(`${node(igUserId)}/media`, { fields: 'id,timestamp,comments_count', limit: POLLED_MEDIA });
    for (const item of media.data ?? []) {
      if (!item.comments_count) continue;
      // https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-media/comments
      for (const comment of await graph.list<Comment>(`${node(item.id)}/comments`, { fields: COMMENT_FIELDS })) {
        for (const each of [comment, ...(comment.replies?.data ?? [])]) {
          if (each.from?.id === igUserId || (username && each.username === username)) continue;
          items.push(commentItem({ id: each.id, mediaId: item.id, parentId: each === comment ? undefined : comment.id, from: { id: each.from?.id, username: each.username ?? each.from?.username }, text: each.text ?? '', createdAt: each.timestamp }));
        }
      }
    }
    // Media the account is tagged in (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/tags):
    // the polling side of mentions (@mentions in comments and captions come by webhook only; no list is documented).
    const tags = await graph.get<{ data?: MentionedMedia[] }>(`${node(igUserId)}/tags`, { fields: MENTIONED_MEDIA_FIELDS, limit: POLLED_TAGS });
    for (const tagged of tags.data ?? []) items.push(mentionItem({ mediaId: tagged.id, id: tagged.id, username: tagged.username, text: tagged.caption ?? '', createdAt: tagged.timestamp }));
    const since = position.since ? Date.parse(position.since) : 0;
    items.push(...(await conversationItems(graph, ctx.logger, { network: 'Instagram', pageId: String(ctx.credentials.pageId ?? ''), platform: 'instagram', selfId: igUserId, threadPrefix: DM_THREAD, since })));
    return advanceTimeCursor(position, items);
  },

  // Direct messages go through the Page (https://developers.facebook.com/docs/messenger-platform/instagram/features/send-message); answers to
  // comments under the top-level comment, which is the thread (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-comment/replies).
  // Mentions are answered where they are, by POST /{ig-user-id}/mentions
  // (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/mentions#creating).
  async reply(ctx, input) {
    const thread = input.conversationExternalId ?? input.inReplyToExternalId;
    if (!thread.startsWith(MENTION_THREAD)) return replyOnPage(ctx, graphOf(ctx), input, { network: 'Instagram', pageId: String(ctx.credentials.pageId ?? ''), dmThreadPrefix: DM_THREAD, commentEdge: 'replies', selfId: igUserIdOf(ctx) });
    const sent = await ctx.store.get<{ id: string }>(`sent:${input.idempotencyKey}`);
    if (sent) return { externalId: sent.id };
    const [mediaId, commentId] = thread.slice(MENTION_THREAD.length).split('/');
    const { id } = await graphOf(ctx).post<{ id: string }>(`${node(igUserIdOf(ctx))}/mentions`, { media_id: mediaId, comment_id: commentId || undefined, message: input.text });
    await ctx.store.set(`sent:${input.idempotencyKey}`, { id });
    return { externalId: id };
  },

  // https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-comment#updating
  async hide(ctx, externalId) {
    await graphOf(ctx).post(node(externalId), { hide: true });
  },

  async unhide(ctx, externalId) {
    await graphOf(ctx).post(node(externalId), { hide: false });
  },

  // https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-comment#deleting; media: .../ig-media#deleting
  async delete(ctx, externalId) {
    if (await sentAsDirectMessage(ctx, externalId)) throw new DriverError('Instagram direct messages cannot be deleted by the business once sent', 'invalid');
    await deleteGraphObject(graphOf(ctx), externalId);
  },

  verifyWebhook: (ctx, request) => appWebhook.verify(ctx, request),

  /**
   * The `comments`, `mentions` and messages of this account's entries (https://developers.facebook.com/docs/instagram-platform/webhooks).
   * A mention names its comment or media only: the text and author are read with `mentioned_comment` /
   * `mentioned_media` (https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-login/mentions).
   */
  async parseWebhook(ctx, request) {
    const igUserId = igUserIdOf(ctx);
    const items: InboundItem[] = [];
    for (const entry of parseGraphWebhook(request, 'instagram').entry) {
      if (entry.id !== igUserId) continue;
      for (const change of entry.changes ?? []) {
        if (change.field === 'mentions') {
          const mention = await readMention(graphOf(ctx), igUserId, change.value as MentionChange, entry.time);
          if (mention) items.push(mention);
          continue;
        }
        const value = change.value as CommentChange;
        if (change.field !== 'comments' || !value.id || !value.media?.id || value.from?.id === igUserId) continue;
        items.push(commentItem({ id: value.id, mediaId: value.media.id, parentId: value.parent_id, from: { id: value.from?.id, username: value.from?.username }, text: value.text ?? '', createdAt: isoOfTime(entry.time) }));
      }
      for (const event of entry.messaging ?? []) {
        const item = messagingEventItem(event, igUserId, DM_THREAD, undefined);
        if (item) items.push(item);
      }
    }
    return items;
  },

  appWebhook,

  classifyError: classifyGraphError,
};

/** A `comments` change (https://developers.facebook.com/docs/instagram-platform/webhooks#comments). */
type CommentChange = { id?: string; text?: string; parent_id?: string; from?: { id: string; username?: string }; media?: { id: string } };

/** A `mentions` change (https://developers.facebook.com/docs/graph-api/webhooks/reference/instagram#mentions): a comment or caption @mentioning the account. */
type MentionChange = { media_id?: string; comment_id?: string };
type MentionedMedia = { id: string; caption?: string; timestamp: string; username?: string; permalink?: string };

/**
 * The comment (`mentioned_comment.comment_id(...)`) or caption (`mentioned_media.media_id(...)`) a mention names,
 * as a MENTION item; undefined when Instagram no longer shows it (deleted, or comments turned off: code 100).
 */
async function readMention(graph: GraphClient, igUserId: string, change: MentionChange, time: number): Promise<InboundItem | undefined> {
  if (!change.media_id || !/^\d+$/.test(change.media_id) || (change.comment_id !== undefined && !/^\d+$/.test(change.comment_id))) return undefined;
  try {
    if (change.comment_id) {
      // https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/mentioned_comment
      const { mentioned_comment: comment } = await graph.get<{ mentioned_comment?: { id: string; text?: string; timestamp?: string; username?: string } }>(node(igUserId), {
        fields: `mentioned_comment.comment_id(${change.comment_id}){${MENTIONED_COMMENT_FIELDS}}`,
      });
      if (!comment) return undefined;
      return mentionItem({ mediaId: change.media_id, commentId: comment.id, id: comment.id, username: comment.username, text: comment.text ?? '', createdAt: comment.timestamp ?? isoOfTime(time) });
    }
    // https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/mentioned_media
    const { mentioned_media: media } = await graph.get<{ mentioned_media?: MentionedMedia }>(node(igUserId), { fields: `mentioned_media.media_id(${change.media_id}){${MENTIONED_MEDIA_FIELDS}}` });
    if (!media) return undefined;
    return mentionItem({ mediaId: media.id, id: media.id, username: media.username, text: media.caption ?? '', createdAt: media.timestamp ?? isoOfTime(time) });
  } catch (error) {
    if (isDriverError(error) && error.classification === 'invalid') return undefined;
    throw error;
  }
}

function mentionItem(mention: { mediaId: string; commentId?: string; id: string; username?: string; text: string; createdAt: string }): InboundItem {
  return {
    kind: 'mention',
    externalId: mention.id,
    threadExternalId: `${MENTION_THREAD}${mention.mediaId}${mention.commentId ? `/${mention.commentId}` : ''}`,
    author: { externalId: mention.username ?? 'unknown', handle: mention.username ?? 'Instagram user' },
    text: mention.text,
    createdAt: new Date(mention.createdAt).toISOString(),
  };
}

function graphOf(ctx: DriverContext) {
  return pageGraph(ctx, 'Instagram');
}

function igUserIdOf(ctx: DriverContext): string {
  return String(ctx.credentials.igUserId ?? '');
}

/** A container's media: an image, or a video (a reel; in a carousel, a VIDEO item). */
function mediaParams(item: MediaAttachment, inCarousel: boolean): Record<string, string | undefined> {
  if (VIDEO_TYPES.has(item.mimeType)) return { media_type: inCarousel ? 'VIDEO' : 'REELS', video_url: item.url };
  if (item.mimeType !== 'image/jpeg') throw new DriverError(`Instagram takes JPEG images only, not ${item.mimeType}`, 'invalid');
  return { image_url: item.url, alt_text: item.altText };
}

function commentItem(comment: { id: string; mediaId: string; parentId?: string; from: { id?: string; username?: string }; text: string; createdAt: string }): InboundItem {
  return {
    kind: 'comment',
    externalId: comment.id,
    threadExternalId: comment.parentId ?? comment.id,
    inReplyToExternalId: comment.parentId,
    postExternalId: comment.mediaId,
    author: { externalId: comment.from.id ?? comment.from.username ?? 'unknown', handle: comment.from.username ?? comment.from.id ?? 'Instagram user' },
    text: comment.text,
    createdAt: new Date(comment.createdAt).toISOString(),
  };
}
