import { DriverError, isDriverError, type ChannelDriver, type DriverContext, type InboundItem, type JSONSchema } from '@rapport/plugin-sdk';
import {
  FACEBOOK_DEFAULTS,
  type PublishedCandidate,
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
  publishOnce,
  readTimeCursor,
  replyOnPage,
  sentAsDirectMessage,
  subscribePageWebhooks,
} from '@rapport/meta-graph';

/** What a connected Page holds: its id and its Page access token (from Facebook Login, or pasted). */
export const credentialsSchema: JSONSchema = {
  type: 'object',
  required: ['pageId', 'accessToken'],
  properties: {
    pageId: { type: 'string', pattern: '^[0-9]+$', title: 'Page id', description: 'The Facebook Page id.' },
    accessToken: {
      type: 'string',
      minLength: 1,
      title: 'Page access token',
      description: 'A Page access token with pages_manage_posts, pages_read_engagement, pages_manage_engagement, pages_read_user_content (and pages_messaging for Messenger).',
      secret: true,
    },
  },
  additionalProperties: false,
};

/**
 * Permissions asked at Facebook Login (https://developers.facebook.com/docs/permissions): list the Pages, publish,
 * read and moderate comments, subscribe the Page to the app's webhooks, and Messenger.
 */
export const FACEBOOK_SCOPES = [
  'pages_show_list',
  'pages_read_engagement',
  'pages_manage_posts',
  'pages_read_user_content',
  'pages_manage_engagement',
  'pages_manage_metadata',
  'pages_messaging',
];

/** Recent posts whose comments a poll reads; older posts' comments arrive by webhook. */
const POLLED_POSTS = 25;
const POLLED_CONVERSATIONS = 25;
/** DM threads are keyed by the person (their page-scoped id), as webhooks name them. */
const MESSENGER_THREAD = 'messenger:';
const COMMENT_FIELDS = 'id,message,created_time,from{id,name},parent{id}';
/** Posts (or videos) a retried publish looks through for one a lost attempt made. */
const RECENT_FOR_GUARD = 25;
const VIDEO_TYPES = new Set(['video/mp4', 'video/quicktime']);

type Comment = { id: string; message?: string; created_time: string; from?: { id: string; name?: string }; parent?: { id: string } };

/** Facebook sends every Page's activity to the app's one `page` webhook. */
const appWebhook = pageAppWebhook('page');

/**
 * A Facebook Page (https://developers.facebook.com/docs/pages-api). Posts go to `/{page-id}/feed` (text and a link
 * preview) or, with photos, `/{page-id}/photos` (several photos: uploaded unpublished, then attached to one feed
 * post), or, with a video, `/{page-id}/videos` (`file_url`, `description`). A retried publish first adopts a post
 * an attempt whose answer was lost made (`publishOnce`). Comments on the Page's posts arrive from the app-level `feed` webhook and are polled for backfill; they
 * are answered under their top-level comment, hidden with `is_hidden` and deleted. Messenger conversations arrive
 * from the `messages` webhook and `/{page-id}/conversations`, and are answered through the Send API within the
 * messaging window.
 */
export const facebookDriver: ChannelDriver = {
  code: 'facebook',
  displayName: 'Facebook Page',
  description: 'A Facebook Page: connect by Facebook Login (choose the Pages), publish posts with links, photos or a video, answer, hide and delete comments, answer Messenger conversations.',
  capabilities: {
    publish: true,
    reply: true,
    hide: true,
    delete: true,
    mentions: false,
    directMessages: true,
    webhooks: true,
    polling: true,
    // Messenger messages cannot be hidden or deleted by the Page; comments can (https://developers.facebook.com/docs/graph-api/reference/comment#updating).
    hideableKinds: ['comment'],
    deletableKinds: ['comment'],
  },
  limits: {
    // https://developers.facebook.com/docs/pages-api/posts: a post's message holds up to 63,206 characters.
    maxLength: 63_206,
    maxMedia: 10,
    // https://www.facebook.com/help/218673814818907: JPEG, BMP, PNG, GIF and TIFF photos; one MP4 or MOV video
    // alone (https://developers.facebook.com/docs/graph-api/reference/page/videos), refused with others by publish.
    mediaTypes: ['image/jpeg', 'image/png', 'image/gif', 'image/bmp', 'image/tiff', 'video/mp4', 'video/quicktime'],
    // https://developers.facebook.com/docs/video-api/guides/publishing: Page videos up to 240 minutes. Photos have
    // no documented ratio limit (Facebook crops the preview).
    mediaRules: [{ mimeTypes: ['video/mp4', 'video/quicktime'], description: 'videos', maxDurationSeconds: 14_400 }],
  },
  credentialsSchema,
  oauth: facebookLogin({
    network: 'Facebook',
    scopes: FACEBOOK_SCOPES,
    accounts: (pages) => pages.map((page) => ({ id: page.id, name: page.name, ...(page.category ? { details: page.category } : {}) })),
    credentials: (pages, account) => {
      const page = pages.find((candidate) => candidate.id === account.id);
      if (!page?.access_token) throw new DriverError(`Facebook gave no Page token for ${account.name}: the user must manage the Page`, 'invalid');
      return { pageId: page.id, accessToken: page.access_token };
    },
  }),

  // https://developers.facebook.com/docs/graph-api/reference/page
  async verifyCredentials(ctx) {
    const page = await graphOf(ctx).get<{ id: string; name: string; link?: string }>(node(pageIdOf(ctx)), { fields: 'id,name,link' });
    if (metaAppSettings(ctx.options, FACEBOOK_DEFAULTS).appSecret) await subscribePageWebhooks(ctx, graphOf(ctx), page.id, 'Facebook');
    return { accountId: page.id, displayName: page.name, url: page.link };
  },

  async publish(ctx, input) {
    const graph = graphOf(ctx);
    const pageId = pageIdOf(ctx);
    const videos = input.media.filter((item) => VIDEO_TYPES.has(item.mimeType));
    if (videos.length > 0 && input.media.length > 1) throw new DriverError(`A Facebook post holds one video on its own, or photos; this post has ${videos.length} video(s) among ${input.media.length} media`, 'invalid');
    const video = videos[0];
    const outcome = await publishOnce({
      store: ctx.store,
      logger: ctx.logger,
      network: 'Facebook',
      key: input.idempotencyKey,
      text: input.text,
      // Where a post made by an attempt whose answer was lost shows up: the Page's latest posts, or videos.
      recent: () => (video ? recentVideos(graph, pageId) : recentPosts(graph, pageId)),
      url: (id) => (video ? `https://www.facebook.com/${pageId}/videos/${id}` : `https://www.facebook.com/${id}`),
      async publish(reaching) {
        if (video) {
          // https://developers.facebook.com/docs/graph-api/reference/page/videos#Creating: a hosted file by
          // file_url, the text as description; the answer is the video's id.
          await reaching();
          return (await graph.post<{ id: string }>(`${node(pageId)}/videos`, { file_url: video.url, description: input.text || undefined })).id;
        }
        if (input.media.length === 1) {
          // https://developers.facebook.com/docs/graph-api/reference/page/photos#publish
          await reaching();
          const photo = await graph.post<{ id: string; post_id?: string }>(`${node(pageId)}/photos`, { url: input.media[0]!.url, caption: input.text || undefined, alt_text_custom: input.media[0]!.altText });
          return photo.post_id ?? photo.id;
        }
        const attached: string[] = [];
        for (const [index, item] of input.media.entries()) {
          // Several photos: each uploaded with published=false (nothing visible yet), then attached to one post.
          attached.push(await remember(ctx, `photo:${input.idempotencyKey}:${index}`, async () => (await graph.post<{ id: string }>(`${node(pageId)}/photos`, { url: item.url, published: false, alt_text_custom: item.altText })).id));
        }
        // https://developers.facebook.com/docs/pages-api/posts#publish-posts: message, and link for a link preview.
        const link = attached.length ? undefined : firstLink(input.text);
        const params: Record<string, string | undefined> = { message: input.text, link };
        attached.forEach((id, index) => (params[`attached_media[${index}]`] = JSON.stringify({ media_fbid: id })));
        await reaching();
        return (await graph.post<{ id: string }>(`${node(pageId)}/feed`, params)).id;
      },
    });
    return { externalId: outcome.id, url: outcome.url };
  },

  /**
   * Comments on the Page's recent posts (`/{page-id}/published_posts`, then `/{post-id}/comments` of the posts
   * with activity since the cursor) and, when the token may read them, Messenger messages
   * (`/{page-id}/conversations`, `/{conversation-id}/messages`), newest time first kept as the cursor.
   */
  async sync(ctx, cursor) {
    const position = readTimeCursor(cursor);
    const graph = graphOf(ctx);
    const pageId = pageIdOf(ctx);
    const items: InboundItem[] = [];
    const since = position.since ? Date.parse(position.since) : 0;
    // https://developers.facebook.com/docs/graph-api/reference/page/published_posts
    const posts = await graph.get<{ data: Array<{ id: string; updated_time?: string; created_time: string }> }>(`${node(pageId)}/published_posts`, { fields: 'id,created_time,updated_time', limit: POLLED_POSTS });
    for (const post of posts.data ?? []) {
      // A post's updated_time moves with each new comment: older ones have nothing new.
      if (since && Date.parse(post.updated_time ?? post.created_time) < since) continue;
      // https://developers.facebook.com/docs/graph-api/reference/object/comments: filter=stream gives replies too.
      const comments = await graph.list<Comment>(`${node(post.id)}/comments`, { filter: 'stream', order: 'chronological', fields: COMMENT_FIELDS });
      for (const comment of comments) {
        if (comment.from?.id === pageId) continue;
        items.push(commentItem({ id: comment.id, postId: post.id, parentId: comment.parent?.id, from: comment.from, text: comment.message ?? '', createdAt: comment.created_time }));
      }
    }
    items.push(...(await conversationItems(graph, ctx.logger, { network: 'Messenger', pageId, platform: 'messenger', selfId: pageId, threadPrefix: MESSENGER_THREAD, since, limit: POLLED_CONVERSATIONS })));
    return advanceTimeCursor(position, items);
  },

  // A comment thread is its top-level comment; Facebook keeps replies one level deep, so every answer goes under it
  // (https://developers.facebook.com/docs/graph-api/reference/object/comments#publish).
  reply: (ctx, input) => replyOnPage(ctx, graphOf(ctx), input, { network: 'Messenger', pageId: pageIdOf(ctx), dmThreadPrefix: MESSENGER_THREAD, commentEdge: 'comments', selfId: pageIdOf(ctx) }),

  // https://developers.facebook.com/docs/graph-api/reference/comment#updating
  async hide(ctx, externalId) {
    await graphOf(ctx).post(node(externalId), { is_hidden: true });
  },

  async unhide(ctx, externalId) {
    await graphOf(ctx).post(node(externalId), { is_hidden: false });
  },

  // https://developers.facebook.com/docs/graph-api/reference/comment#deleting, .../post#deleting
  async delete(ctx, externalId) {
    if (await sentAsDirectMessage(ctx, externalId)) throw new DriverError('Messenger messages cannot be deleted once sent', 'invalid');
    await deleteGraphObject(graphOf(ctx), externalId);
  },

  verifyWebhook: (ctx, request) => appWebhook.verify(ctx, request),

  /** The `feed` comments and Messenger messages of this Page's entries; everything else (likes, edits, echoes) is left out. */
  async parseWebhook(ctx, request) {
    const pageId = pageIdOf(ctx);
    const items: InboundItem[] = [];
    for (const entry of parseGraphWebhook(request, 'page').entry) {
      if (entry.id !== pageId) continue;
      for (const change of entry.changes ?? []) {
        const value = change.value as FeedChange;
        if (change.field !== 'feed' || value.item !== 'comment' || value.verb !== 'add' || !value.comment_id || !value.post_id) continue;
        if (value.from?.id === pageId) continue;
        items.push(commentItem({ id: value.comment_id, postId: value.post_id, parentId: value.parent_id, from: value.from, text: value.message ?? '', createdAt: isoOfTime(value.created_time ?? entry.time) }));
      }
      for (const event of entry.messaging ?? []) {
        const item = messagingEventItem(event, pageId, MESSENGER_THREAD, undefined);
        if (item) items.push({ ...item, author: { ...item.author, handle: (await profileName(ctx, item.author.externalId)) ?? item.author.handle } });
      }
    }
    return items;
  },

  appWebhook,

  classifyError: classifyGraphError,
};

/** A `feed` change about a comment (https://developers.facebook.com/docs/graph-api/webhooks/reference/page#feed). */
type FeedChange = {
  item?: string;
  verb?: string;
  comment_id?: string;
  post_id?: string;
  parent_id?: string;
  message?: string;
  created_time?: number;
  from?: { id: string; name?: string };
};

function graphOf(ctx: DriverContext) {
  return pageGraph(ctx, 'Facebook');
}

function pageIdOf(ctx: DriverContext): string {
  return String(ctx.credentials.pageId ?? '');
}

function commentItem(comment: { id: string; postId: string; parentId?: string; from?: { id: string; name?: string }; text: string; createdAt: string }): InboundItem {
  // A top-level comment's parent is the post; a reply's is its top-level comment, which is the thread.
  const reply = comment.parentId !== undefined && comment.parentId !== comment.postId;
  return {
    kind: 'comment',
    externalId: comment.id,
    threadExternalId: reply ? comment.parentId! : comment.id,
    inReplyToExternalId: reply ? comment.parentId : undefined,
    postExternalId: comment.postId,
    author: authorOf(comment.from),
    text: comment.text,
    createdAt: new Date(comment.createdAt).toISOString(),
  };
}

/** Facebook shows commenters by name only; a commenter it hides from the app (privacy) is "Facebook user". */
function authorOf(from: { id: string; name?: string } | undefined): InboundItem['author'] {
  if (!from?.id) return { externalId: 'unknown', handle: 'Facebook user' };
  return { externalId: from.id, handle: from.name || from.id, ...(from.name ? { name: from.name } : {}) };
}

/** The person's name (https://developers.facebook.com/docs/messenger-platform/identity/user-profile), remembered; none when Facebook will not say. */
async function profileName(ctx: DriverContext, psid: string): Promise<string | undefined> {
  const known = await ctx.store.get<string>(`profile:${psid}`);
  if (known) return known;
  try {
    const profile = await graphOf(ctx).get<{ name?: string; first_name?: string; last_name?: string }>(node(psid), { fields: 'name' });
    const name = profile.name ?? [profile.first_name, profile.last_name].filter(Boolean).join(' ');
    if (name) await ctx.store.set(`profile:${psid}`, name);
    return name || undefined;
  } catch (error) {
    if (isDriverError(error) && error.classification === 'invalid') return undefined;
    throw error;
  }
}

/** The first web link of a text: Facebook shows its preview under the post. */
export function firstLink(text: string): string | undefined {
  return /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]]/.exec(text)?.[0];
}

/** The Page's latest posts, as the publish guard compares them (https://developers.facebook.com/docs/graph-api/reference/page/published_posts). */
async function recentPosts(graph: ReturnType<typeof graphOf>, pageId: string): Promise<PublishedCandidate[]> {
  const page = await graph.get<{ data?: Array<{ id: string; message?: string; created_time: string }> }>(`${node(pageId)}/published_posts`, { fields: 'id,message,created_time', limit: RECENT_FOR_GUARD });
  return (page.data ?? []).map((post) => ({ id: post.id, text: post.message ?? '', createdAt: post.created_time }));
}

/** The Page's latest videos (https://developers.facebook.com/docs/video-api/guides/get-videos). */
async function recentVideos(graph: ReturnType<typeof graphOf>, pageId: string): Promise<PublishedCandidate[]> {
  const page = await graph.get<{ data?: Array<{ id: string; description?: string; created_time: string }> }>(`${node(pageId)}/videos`, { fields: 'id,description,created_time', limit: RECENT_FOR_GUARD });
  return (page.data ?? []).map((video) => ({ id: video.id, text: video.description ?? '', createdAt: video.created_time }));
}

async function remember(ctx: DriverContext, key: string, make: () => Promise<string>): Promise<string> {
  const known = await ctx.store.get<string>(key);
  if (known) return known;
  const made = await make();
  await ctx.store.set(key, made);
  return made;
}
