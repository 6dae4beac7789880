import { createHmac, randomBytes } from 'node:crypto';
import { startFakeServer, type FakeResponse, type FakeServer, type RecordedRequest } from '@rapport/plugin-sdk/testing';
import { GRAPH_API_VERSION } from '../src/index.js';

/**
 * A local Graph API for the Facebook, Instagram and Threads plugins' tests. It checks requests as Meta documents
 * them and answers in the documented shapes:
 * - every Graph call is under `/<version>/` (https://developers.facebook.com/docs/graph-api/guides/versioning) with
 *   an `access_token` it issued, and, for Facebook and Instagram, the `appsecret_proof` of that token
 *   (https://developers.facebook.com/docs/graph-api/security#appsecret_proof); refusals come as
 *   `{ error: { message, type, code, error_subcode, fbtrace_id } }` with the codes of
 *   https://developers.facebook.com/docs/graph-api/guides/error-handling (190 for an expired token);
 * - Facebook Login (https://developers.facebook.com/docs/facebook-login/guides/advanced/manual-flow): the dialog,
 *   `GET /oauth/access_token` for the code and for `fb_exchange_token`
 *   (https://developers.facebook.com/docs/facebook-login/guides/access-long-lived), `/me/accounts` with Page tokens
 *   and cursor paging (https://developers.facebook.com/docs/graph-api/results);
 * - Pages (https://developers.facebook.com/docs/pages-api/posts): `/{page-id}/feed`, `/photos` (unpublished photos
 *   attached with `attached_media`), `/published_posts`, `/{object-id}/comments`, `is_hidden`
 *   (https://developers.facebook.com/docs/graph-api/reference/comment), `DELETE`, `subscribed_apps`
 *   (https://developers.facebook.com/docs/graph-api/webhooks/getting-started/webhooks-for-pages), Messenger
 *   conversations and the Send API with its 24-hour window
 *   (https://developers.facebook.com/docs/messenger-platform/send-messages, .../policy/policy-overview);
 * - Instagram with Facebook Login (https://developers.facebook.com/docs/instagram-platform/content-publishing):
 *   containers `POST /{ig-user-id}/media`, `GET /{container-id}?fields=status_code`, `/media_publish`,
 *   `/{media-id}/comments`, `/{comment-id}/replies`, `hide` (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-comment);
 * - Threads (https://developers.facebook.com/docs/threads): OAuth at `/oauth/authorize` and
 *   `/oauth/access_token`, `th_exchange_token`, `th_refresh_token`, containers `/{user-id}/threads` and
 *   `/threads_publish` with `reply_control` and `reply_to_id`, `?fields=status`, `/replies`, `/conversation`, the
 *   profile's own replies `GET /{user-id}/replies` (.../retrieve-and-manage-replies/replies-and-conversations),
 *   `/manage_reply` (https://developers.facebook.com/docs/threads/reply-management);
 * - webhooks as https://developers.facebook.com/docs/graph-api/webhooks/getting-started describes them, signed
 *   `X-Hub-Signature-256` with the app secret.
 * - Page videos (https://developers.facebook.com/docs/graph-api/reference/page/videos#Creating): `POST
 *   /{page-id}/videos` with `file_url` and `description`, answered `{ id }`; `GET /{page-id}/videos` with `id,
 *   description, created_time` (https://developers.facebook.com/docs/video-api/guides/get-videos).
 * - Instagram mentions (https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-login/mentions):
 *   the `mentions` webhook field (`{ media_id, comment_id }`,
 *   https://developers.facebook.com/docs/graph-api/webhooks/reference/instagram#mentions), `GET
 *   /{ig-user-id}?fields=mentioned_comment.comment_id(<id>){...}` and `mentioned_media.media_id(<id>){...}`
 *   (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/mentioned_comment,
 *   .../mentioned_media), `GET /{ig-user-id}/tags` (.../reference/ig-user/tags) and `POST /{ig-user-id}/mentions`
 *   with `media_id`, `comment_id` and `message` (.../reference/ig-user/mentions).
 * - Threads mentions (`GET /{threads-user-id}/mentions`, https://developers.facebook.com/docs/threads/threads-mentions)
 *   and Threads webhooks (https://developers.facebook.com/docs/threads/webhooks): one JSON object per delivery,
 *   `{ app_id, topic, target_id, time, subscription_id, has_uid_field, values: { value, field } }`, `replies` (topic
 *   `moderate`) and `mentions` (topic `interaction`), signed like other Meta webhooks.
 * - Answers lost after the work was done (`loseNextAnswer`): the connection dropped, or a 500 with code 2 ("Service
 *   temporarily unavailable"), as a network can fail after it accepted a request; Graph has no idempotency key.
 */

export const THREADS_VERSION = 'v1.0';

export interface FakeGraphOptions {
  version?: string;
  appId?: string;
  appSecret?: string;
  /** Facebook and Instagram calls must carry appsecret_proof ("Require App Secret"); default true. */
  requireProof?: boolean;
  /** Status polls a container answers IN_PROGRESS before FINISHED; default 1. */
  containerPolls?: number;
}

type TokenKind = 'user-short' | 'user-long' | 'page' | 'threads-short' | 'threads-long';
interface Token {
  kind: TokenKind;
  subject: string;
  expired: boolean;
}

export interface FakePage {
  id: string;
  name: string;
  category: string;
  link: string;
  accessToken: string;
  subscribedFields: string[];
  instagram?: FakeInstagramAccount;
}

export interface FakeInstagramAccount {
  id: string;
  username: string;
  name: string;
  pageId: string;
}

export interface FakePost {
  id: string;
  pageId: string;
  message?: string;
  link?: string;
  photos: Array<{ id: string; url: string; caption?: string }>;
  video?: { id: string; fileUrl: string };
  createdAt: number;
  updatedAt: number;
}

export interface FakeComment {
  id: string;
  /** The post (Facebook), media (Instagram) or Threads post it is under. */
  objectId: string;
  parentId?: string;
  from: { id: string; name?: string; username?: string };
  text: string;
  createdAt: number;
  hidden: boolean;
}

export interface FakeContainer {
  id: string;
  owner: string;
  network: 'instagram' | 'threads';
  params: Record<string, string>;
  pollsLeft: number;
  status: 'IN_PROGRESS' | 'FINISHED' | 'ERROR' | 'EXPIRED' | 'PUBLISHED';
  mediaId?: string;
}

export interface FakeMedia {
  id: string;
  owner: string;
  network: 'instagram' | 'threads';
  caption: string;
  mediaType: string;
  children: string[];
  containerId: string;
  replyToId?: string;
  replyControl?: string;
  createdAt: number;
}

export interface FakeMessage {
  id: string;
  pageId: string;
  platform: 'messenger' | 'instagram';
  /** The person's page-scoped id. */
  personId: string;
  fromPage: boolean;
  text: string;
  createdAt: number;
  messagingType?: string;
  tag?: string;
}

/** Someone else's Instagram media or comment that @mentions (or tags) one of the fake's accounts. */
export interface FakeInstagramMention {
  /** The account mentioned. */
  igUserId: string;
  mediaId: string;
  /** Set for a mention in a comment; absent for one in the caption (or a tag). */
  commentId?: string;
  from: { username: string };
  text: string;
  createdAt: number;
  /** Tagged in the media (GET /tags) rather than @mentioned. */
  tagged: boolean;
}

/** Someone else's Threads post that mentions the fake's Threads user. */
export interface FakeThreadsMention {
  id: string;
  from: { id: string; username: string };
  text: string;
  createdAt: number;
}

interface Failure {
  match: (request: RecordedRequest) => boolean;
  status: number;
  error: Record<string, unknown>;
  headers?: Record<string, string>;
  times: number;
}

export interface FakeGraph {
  url: string;
  version: string;
  requests: RecordedRequest[];
  app: { id: string; secret: string };
  /** The Facebook user who consents; manages both Pages. */
  user: { id: string; name: string };
  pages: FakePage[];
  threadsUser: { id: string; username: string; name: string };
  posts: Map<string, FakePost>;
  comments: Map<string, FakeComment>;
  containers: Map<string, FakeContainer>;
  media: Map<string, FakeMedia>;
  messages: FakeMessage[];
  instagramMentions: FakeInstagramMention[];
  threadsMentions: FakeThreadsMention[];
  /** A token the fake issued for this Page (as /me/accounts would), for tests that paste credentials. */
  pageToken(pageId: string): string;
  /** A long-lived Threads token for the Threads user. */
  threadsToken(): string;
  /** Consents as the user: answers the dialog URL with the redirect (code and state) the browser would follow. */
  authorize(authorizeUrl: string): Promise<string>;
  /** Makes a token answer code 190 (expired) from now on. */
  expire(token: string): void;
  /** The next `times` requests `match` accepts fail with this Graph error (and headers). */
  failNext(match: (request: RecordedRequest) => boolean, failure: { status?: number; error: Record<string, unknown>; headers?: Record<string, string>; times?: number }): void;
  /**
   * The next `times` requests `match` accepts are carried out, but their answer is lost: the connection drops
   * (`drop`), or a 500 with code 2 comes back.
   */
  loseNextAnswer(match: (request: RecordedRequest) => boolean, options?: { drop?: boolean; times?: number }): void;
  /** Someone @mentions an Instagram account in a comment (or, with `inCaption`, a caption) of their own media; the `mentions` webhook delivery. */
  mentionOnInstagram(igUserId: string, mention: { from: { username: string }; text: string; inCaption?: boolean; at?: number }): { mention: FakeInstagramMention; delivery: object };
  /** Someone tags an Instagram account in their media (listed by GET /{ig-user-id}/tags; no webhook). */
  tagOnInstagram(igUserId: string, tag: { from: { username: string }; caption: string; at?: number }): FakeInstagramMention;
  /** Someone mentions the Threads user in a post of theirs; the `mentions` webhook delivery. */
  mentionOnThreads(mention: { from: { id: string; username: string }; text: string; at?: number }): { mention: FakeThreadsMention; delivery: object };
  /** The `replies` webhook delivery describing a reply made with `replyOnThreads`. */
  threadsReplyDelivery(reply: FakeComment): object;
  /** Someone comments on a Facebook post (or replies to a comment); the `feed` webhook delivery describing it. */
  commentOnPost(postId: string, comment: { from: { id: string; name: string }; text: string; parentId?: string; at?: number }): { comment: FakeComment; delivery: object };
  /** Someone writes to a Page on Messenger; the `messages` webhook delivery describing it. */
  messagePage(pageId: string, message: { from: { id: string; name: string }; text: string; at?: number }): { message: FakeMessage; delivery: object };
  /** Someone writes to an Instagram account; the `messages` webhook delivery (object `instagram`) describing it. */
  messageInstagram(igUserId: string, message: { from: { id: string; username: string }; text: string; at?: number }): { message: FakeMessage; delivery: object };
  /** Someone comments on an Instagram media; the `comments` webhook delivery describing it. */
  commentOnMedia(mediaId: string, comment: { from: { id: string; username: string }; text: string; parentId?: string; at?: number }): { comment: FakeComment; delivery: object };
  /** Someone replies on Threads to a post of the user, or to a reply under it. */
  replyOnThreads(repliedToId: string, reply: { from: { id: string; username: string }; text: string; at?: number }): FakeComment;
  /** The `X-Hub-Signature-256` of a body, signed with the app secret. */
  sign(body: string | Buffer): string;
  close(): Promise<void>;
}

class GraphFailure extends Error {
  constructor(
    readonly status: number,
    readonly error: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(String(error.message));
  }
}

const oauthError = (code: number, message: string, subcode?: number) => new GraphFailure(400, { message, type: 'OAuthException', code, ...(subcode ? { error_subcode: subcode } : {}) });
const invalid = (message: string, subcode?: number) => new GraphFailure(400, { message: `(#100) ${message}`, type: 'OAuthException', code: 100, ...(subcode ? { error_subcode: subcode } : {}) });
const missing = (id: string) => invalid(`Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation`, 33);

export async function startFakeGraph(options: FakeGraphOptions = {}): Promise<FakeGraph> {
  const version = options.version ?? GRAPH_API_VERSION;
  const app = { id: options.appId ?? '424242424242', secret: options.appSecret ?? 'fake-app-secret-0123456789' };
  const requireProof = options.requireProof ?? true;
  const containerPolls = options.containerPolls ?? 1;
  let sequence = 1000;
  const nextId = () => String(++sequence);
  const tokens = new Map<string, Token>();
  const issue = (kind: TokenKind, subject: string) => {
    const token = `${kind.startsWith('threads') ? 'TH' : 'EAA'}${randomBytes(12).toString('hex')}`;
    tokens.set(token, { kind, subject, expired: false });
    return token;
  };
  const codes = new Map<string, { redirectUri: string; network: 'facebook' | 'threads' }>();
  const failures: Failure[] = [];
  const lostAnswers: Array<{ match: (request: RecordedRequest) => boolean; drop: boolean; times: number }> = [];

  const user = { id: '10150000000000001', name: 'Ada Lovelace' };
  const pages: FakePage[] = [
    { id: '101000000000001', name: 'Paws & Claws Lyon', category: 'Pet Service', link: 'https://www.facebook.com/pawsandclawslyon', accessToken: '', subscribedFields: [] },
    { id: '101000000000002', name: 'Paws & Claws Paris', category: 'Pet Store', link: 'https://www.facebook.com/pawsandclawsparis', accessToken: '', subscribedFields: [] },
  ];
  pages[0]!.instagram = { id: '17841400000000001', username: 'pawsandclaws_lyon', name: 'Paws & Claws Lyon', pageId: pages[0]!.id };
  for (const page of pages) page.accessToken = issue('page', page.id);
  const threadsUser = { id: '26000000000000001', username: 'pawsandclaws', name: 'Paws & Claws' };
  const threadsLong = issue('threads-long', threadsUser.id);

  const posts = new Map<string, FakePost>();
  const comments = new Map<string, FakeComment>();
  const containers = new Map<string, FakeContainer>();
  const media = new Map<string, FakeMedia>();
  const messages: FakeMessage[] = [];
  const instagramMentions: FakeInstagramMention[] = [];
  const threadsMentions: FakeThreadsMention[] = [];
  const unpublishedPhotos = new Map<string, { pageId: string; url: string }>();
  const now = () => Date.now();

  const pageOf = (id: string) => pages.find((page) => page.id === id);
  const igOf = (id: string) => pages.find((page) => page.instagram?.id === id)?.instagram;

  function authenticate(request: RecordedRequest, params: Record<string, string>, network: 'facebook' | 'threads'): Token {
    const token = params.access_token;
    if (!token) throw oauthError(104, 'An access token is required to request this resource.');
    const known = tokens.get(token);
    if (!known || (network === 'threads') !== known.kind.startsWith('threads')) throw oauthError(190, 'Invalid OAuth access token - Cannot parse access token', 467);
    if (known.expired) throw oauthError(190, 'Error validating access token: Session has expired.', 463);
    if (network === 'facebook' && requireProof) {
      const proof = createHmac('sha256', app.secret).update(token).digest('hex');
      if (params.appsecret_proof !== proof) throw invalid('Invalid appsecret_proof provided in the API argument');
    }
    void request;
    return known;
  }

  /** The Page a token may act for: its own Page, or any Page of the user. */
  function assertPage(token: Token, pageId: string): FakePage {
    const page = pageOf(pageId);
    if (!page) throw missing(pageId);
    if (token.kind === 'page' && token.subject !== pageId) throw new GraphFailure(403, { message: '(#200) The Page access token is for another Page', type: 'OAuthException', code: 200 });
    return page;
  }

  function assertInstagram(token: Token, igUserId: string): FakeInstagramAccount {
    const account = igOf(igUserId);
    if (!account) throw missing(igUserId);
    if (token.kind === 'page' && token.subject !== account.pageId) throw new GraphFailure(403, { message: '(#10) Application does not have permission for this action', type: 'OAuthException', code: 10 });
    return account;
  }

  function handle(request: RecordedRequest): FakeResponse {
    const params: Record<string, string> = { ...request.query, ...formOf(request) };
    const failure = failures.find((candidate) => candidate.times > 0 && candidate.match(request));
    if (failure) {
      failure.times -= 1;
      throw new GraphFailure(failure.status, { fbtrace_id: 'AfakeTrace', ...failure.error }, failure.headers);
    }
    const segments = request.path.split('/').filter(Boolean).map(decodeURIComponent);
    // Threads' OAuth endpoints carry no version (https://developers.facebook.com/docs/threads/get-started).
    if (segments[0] === 'oauth' || segments[0] === 'access_token' || segments[0] === 'refresh_access_token') return threadsOAuth(request, segments, params);
    if (segments[0] === THREADS_VERSION) return threads(request, segments.slice(1), params);
    if (segments[0] !== version) throw new GraphFailure(400, { message: `Unsupported version or path: ${request.path} (this fake serves ${version})`, type: 'GraphMethodException', code: 100 });
    return facebook(request, segments.slice(1), params);
  }

  function facebook(request: RecordedRequest, path: string[], params: Record<string, string>): FakeResponse {
    const route = `${request.method} ${path.map((segment, index) => (index === 0 && !['me', 'oauth', 'dialog'].includes(segment) ? ':id' : segment)).join('/')}`;
    if (route === 'GET dialog/oauth') return { status: 302, headers: { location: consent(params, 'facebook') } };
    if (route === 'GET oauth/access_token') return { json: exchangeFacebook(params) };
    const token = authenticate(request, params, 'facebook');
    const id = path[0]!;
    switch (route) {
      case 'GET me/accounts': {
        if (token.kind !== 'user-long' && token.kind !== 'user-short') throw oauthError(190, 'This endpoint needs a user access token');
        const listed = pages.map((page) => ({
          id: page.id,
          name: page.name,
          access_token: page.accessToken,
          category: page.category,
          tasks: ['ANALYZE', 'ADVERTISE', 'MODERATE', 'CREATE_CONTENT', 'MANAGE'],
          ...(page.instagram ? { instagram_business_account: { id: page.instagram.id, username: page.instagram.username, name: page.instagram.name } } : {}),
        }));
        return { json: paginate(listed.map((page) => pick(page, params.fields)), params, request) };
      }
      case 'GET :id': return { json: readNode(token, id, params) };
      case 'POST :id': return { json: updateNode(token, id, params) };
      case 'DELETE :id': return { json: deleteNode(token, id) };
      case 'POST :id/subscribed_apps': {
        const page = assertPage(token, id);
        if (token.kind !== 'page') throw oauthError(190, 'subscribed_apps needs the Page access token');
        page.subscribedFields = (params.subscribed_fields ?? '').split(',').filter(Boolean);
        return { json: { success: true } };
      }
      case 'POST :id/feed': {
        const page = assertPage(token, id);
        const attached = Object.keys(params).filter((name) => name.startsWith('attached_media[')).map((name) => (JSON.parse(params[name]!) as { media_fbid: string }).media_fbid);
        if (!params.message && !params.link && attached.length === 0) throw invalid('Requires one of the params: message, link, attached_media');
        const photos = attached.map((photoId) => {
          const photo = unpublishedPhotos.get(photoId);
          if (!photo || photo.pageId !== page.id) throw invalid(`attached_media ${photoId} is not an unpublished photo of this Page`);
          unpublishedPhotos.delete(photoId);
          return { id: photoId, url: photo.url };
        });
        const post: FakePost = { id: `${page.id}_${nextId()}`, pageId: page.id, message: params.message, link: params.link, photos, createdAt: now(), updatedAt: now() };
        posts.set(post.id, post);
        return { json: { id: post.id } };
      }
      case 'POST :id/photos': {
        const page = assertPage(token, id);
        if (!params.url) throw invalid('Photo url is required');
        const photoId = nextId();
        if (params.published === 'false') {
          unpublishedPhotos.set(photoId, { pageId: page.id, url: params.url });
          return { json: { id: photoId } };
        }
        const post: FakePost = { id: `${page.id}_${nextId()}`, pageId: page.id, message: params.caption, photos: [{ id: photoId, url: params.url, caption: params.caption }], createdAt: now(), updatedAt: now() };
        posts.set(post.id, post);
        return { json: { id: photoId, post_id: post.id } };
      }
      case 'POST :id/videos': {
        // https://developers.facebook.com/docs/graph-api/reference/page/videos#Creating: a hosted file by file_url.
        const page = assertPage(token, id);
        if (token.kind !== 'page') throw new GraphFailure(403, { message: '(#200) Publishing to a Page needs the Page access token', type: 'OAuthException', code: 200 });
        if (!params.file_url && !params.fbuploader_video_file_chunk) throw invalid('file_url or an uploaded file handle is required');
        const videoId = nextId();
        const post: FakePost = { id: `${page.id}_${nextId()}`, pageId: page.id, message: params.description, photos: [], video: { id: videoId, fileUrl: params.file_url ?? '' }, createdAt: now(), updatedAt: now() };
        posts.set(post.id, post);
        return { json: { id: videoId } };
      }
      case 'GET :id/videos': {
        const page = assertPage(token, id);
        const list = [...posts.values()].filter((post) => post.pageId === page.id && post.video).sort((a, b) => b.createdAt - a.createdAt);
        return { json: paginate(list.map((post) => pick({ id: post.video!.id, description: post.message, created_time: iso(post.createdAt), updated_time: iso(post.updatedAt) }, params.fields ?? 'id')), params, request) };
      }
      case 'GET :id/tags': {
        // https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/tags
        const account = assertInstagram(token, id);
        const list = instagramMentions.filter((mention) => mention.igUserId === account.id && mention.tagged).sort((a, b) => b.createdAt - a.createdAt);
        return { json: paginate(list.map((mention) => pick(mentionedMediaNode(mention), params.fields ?? 'id')), params, request) };
      }
      case 'POST :id/mentions': {
        // https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/mentions#creating
        const account = assertInstagram(token, id);
        if (!params.media_id || !params.message) throw invalid('media_id and message are required');
        const mention = instagramMentions.find((candidate) => candidate.igUserId === account.id && candidate.mediaId === params.media_id && candidate.commentId === params.comment_id);
        if (!mention) throw invalid('The account was not mentioned in this media or comment');
        const reply = addComment({ objectId: mention.mediaId, parentId: mention.commentId, from: { id: account.id, username: account.username }, text: params.message });
        return { json: { id: reply.id } };
      }
      case 'GET :id/published_posts': {
        const page = assertPage(token, id);
        const list = [...posts.values()].filter((post) => post.pageId === page.id).sort((a, b) => b.createdAt - a.createdAt);
        return { json: paginate(list.map((post) => pick({ id: post.id, message: post.message, created_time: iso(post.createdAt), updated_time: iso(post.updatedAt) }, params.fields)), params, request) };
      }
      case 'GET :id/comments': return { json: listComments(id, params, request, 'facebook') };
      case 'POST :id/comments': {
        const parent = posts.get(id) ?? comments.get(id);
        if (!parent) throw missing(id);
        if (!params.message) throw invalid('Missing message or attachment');
        const post = posts.get(id) ?? posts.get((parent as FakeComment).objectId)!;
        if (token.kind !== 'page' || token.subject !== post.pageId) throw new GraphFailure(403, { message: '(#200) Permissions error', type: 'OAuthException', code: 200 });
        const comment = addComment({ objectId: post.id, parentId: posts.has(id) ? undefined : id, from: { id: post.pageId, name: pageOf(post.pageId)!.name }, text: params.message });
        return { json: { id: comment.id } };
      }
      case 'GET :id/conversations': {
        const page = assertPage(token, id);
        if (token.kind !== 'page') throw oauthError(190, 'conversations needs the Page access token');
        const platform = params.platform ?? 'messenger';
        const people = [...new Set(messages.filter((message) => message.pageId === page.id && message.platform === platform).map((message) => message.personId))];
        const list = people.map((personId) => {
          const thread = messages.filter((message) => message.pageId === page.id && message.personId === personId && message.platform === platform);
          return { id: conversationId(page.id, personId, platform), updated_time: iso(Math.max(...thread.map((message) => message.createdAt))) };
        });
        return { json: paginate(list.map((conversation) => pick(conversation, params.fields)), params, request) };
      }
      case 'GET :id/messages': {
        const [pageId, personId, platform] = fromConversationId(id);
        assertPage(token, pageId);
        const thread = messages.filter((message) => message.pageId === pageId && message.personId === personId && message.platform === platform).sort((a, b) => b.createdAt - a.createdAt);
        return { json: paginate(thread.map((message) => pick(messageNode(message), params.fields)), params, request) };
      }
      case 'POST :id/messages': return { json: send(token, id, request.json as Record<string, unknown> | undefined) };
      case 'POST :id/media': return { json: createContainer(assertInstagram(token, id).id, 'instagram', params) };
      case 'POST :id/media_publish': return { json: publishContainer(assertInstagram(token, id).id, 'instagram', params.creation_id) };
      case 'GET :id/media': {
        const account = assertInstagram(token, id);
        const list = [...media.values()].filter((item) => item.owner === account.id).sort((a, b) => b.createdAt - a.createdAt);
        return { json: paginate(list.map((item) => pick(mediaNode(item), params.fields)), params, request) };
      }
      case 'GET :id/replies': return { json: listComments(id, params, request, 'instagram-replies') };
      case 'POST :id/replies': {
        const parent = comments.get(id);
        if (!parent || !media.has(parent.objectId)) throw missing(id);
        const owner = igOf(media.get(parent.objectId)!.owner)!;
        if (token.kind !== 'page' || token.subject !== owner.pageId) throw new GraphFailure(403, { message: '(#10) Application does not have permission for this action', type: 'OAuthException', code: 10 });
        if (!params.message) throw invalid('The parameter message is required');
        const reply = addComment({ objectId: parent.objectId, parentId: parent.parentId ?? parent.id, from: { id: owner.id, username: owner.username }, text: params.message });
        return { json: { id: reply.id } };
      }
      default:
        throw new GraphFailure(400, { message: `Unknown path components: /${path.join('/')}`, type: 'OAuthException', code: 2500 });
    }
  }

  function readNode(token: Token, id: string, params: Record<string, string>): unknown {
    if (id === 'me') {
      if (token.kind === 'page') return pick({ id: token.subject, name: pageOf(token.subject)!.name }, params.fields ?? 'id,name');
      return pick(user, params.fields ?? 'id,name');
    }
    const page = pageOf(id);
    if (page) {
      assertPage(token, id);
      return pick({ id: page.id, name: page.name, link: page.link, category: page.category, ...(page.instagram ? { instagram_business_account: { id: page.instagram.id } } : {}) }, params.fields ?? 'id,name');
    }
    const account = igOf(id);
    if (account) {
      const mentioned = /^mentioned_(comment|media)\.(comment_id|media_id)\((\d+)\)(?:\{(.*)\})?$/.exec(params.fields ?? '');
      if (mentioned) {
        // https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/mentioned_comment and .../mentioned_media
        const [, what, key, mentionId, nested] = mentioned;
        if ((what === 'comment') !== (key === 'comment_id')) throw invalid(`mentioned_${what} is read by ${what}_id`);
        const mention = instagramMentions.find((candidate) => candidate.igUserId === account.id && !candidate.tagged && (what === 'comment' ? candidate.commentId === mentionId : candidate.mediaId === mentionId && !candidate.commentId));
        if (!mention) throw missing(mentionId!);
        const found = what === 'comment'
          ? { id: mention.commentId, text: mention.text, timestamp: igTime(mention.createdAt), like_count: 0, username: mention.from.username, media: { id: mention.mediaId } }
          : mentionedMediaNode(mention);
        return { id: account.id, [`mentioned_${what}`]: pick(found, nested ?? 'id') };
      }
      return pick({ id: account.id, username: account.username, name: account.name, ig_id: account.id }, params.fields ?? 'id');
    }
    const container = containers.get(id);
    if (container) {
      if (container.status === 'IN_PROGRESS' && --container.pollsLeft < 0) container.status = 'FINISHED';
      return pick({ id, status_code: container.status, status: container.status === 'ERROR' ? 'ERROR: media could not be fetched' : container.status }, params.fields ?? 'id');
    }
    const item = media.get(id);
    if (item) return pick(mediaNode(item), params.fields ?? 'id');
    const post = posts.get(id);
    if (post) return pick({ id: post.id, message: post.message, created_time: iso(post.createdAt), permalink_url: `https://www.facebook.com/${post.id}` }, params.fields ?? 'id');
    const comment = comments.get(id);
    if (comment) return pick(commentNode(comment, 'facebook'), params.fields ?? 'id');
    const message = messages.find((candidate) => candidate.id === id);
    if (message) return pick(messageNode(message), params.fields ?? 'id');
    const person = messages.find((candidate) => candidate.personId === id);
    if (person) return pick({ id, name: `Person ${id.slice(-4)}`, first_name: 'Person', last_name: id.slice(-4) }, params.fields ?? 'id');
    throw missing(id);
  }

  function updateNode(token: Token, id: string, params: Record<string, string>): unknown {
    const comment = comments.get(id);
    if (!comment) throw missing(id);
    if (token.kind !== 'page') throw new GraphFailure(403, { message: '(#200) Permissions error', type: 'OAuthException', code: 200 });
    if (posts.has(comment.objectId)) {
      // https://developers.facebook.com/docs/graph-api/reference/comment#updating
      if (params.is_hidden === undefined) throw invalid('Updating a comment needs message or is_hidden');
      comment.hidden = params.is_hidden === 'true';
    } else {
      // https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-comment#updating
      if (params.hide === undefined) throw invalid('The parameter hide is required');
      comment.hidden = params.hide === 'true';
    }
    return { success: true };
  }

  function deleteNode(token: Token, id: string): unknown {
    if (token.kind !== 'page') throw new GraphFailure(403, { message: '(#200) Permissions error', type: 'OAuthException', code: 200 });
    if (posts.delete(id) || comments.delete(id)) return { success: true };
    const withVideo = [...posts.values()].find((post) => post.video?.id === id);
    if (withVideo) return { success: posts.delete(withVideo.id) };
    if (media.delete(id)) return { success: true };
    throw missing(id);
  }

  function listComments(id: string, params: Record<string, string>, request: RecordedRequest, style: 'facebook' | 'instagram' | 'instagram-replies'): unknown {
    const isInstagram = style !== 'facebook' || media.has(id);
    let list: FakeComment[];
    if (style === 'instagram-replies') list = [...comments.values()].filter((comment) => comment.parentId === id);
    else if (posts.has(id) || media.has(id)) {
      // filter=stream: every comment, replies included, in order (https://developers.facebook.com/docs/graph-api/reference/object/comments).
      list = [...comments.values()].filter((comment) => comment.objectId === id && (params.filter === 'stream' || comment.parentId === undefined));
    } else if (comments.has(id)) list = [...comments.values()].filter((comment) => comment.parentId === id);
    else throw missing(id);
    list.sort((a, b) => a.createdAt - b.createdAt);
    if (params.order === 'reverse_chronological') list.reverse();
    return paginate(list.map((comment) => pick(commentNode(comment, isInstagram ? 'instagram' : 'facebook'), params.fields ?? 'id,message,created_time')), params, request);
  }

  function commentNode(comment: FakeComment, style: 'facebook' | 'instagram'): Record<string, unknown> {
    if (style === 'instagram') {
      const replies = [...comments.values()].filter((reply) => reply.parentId === comment.id).sort((a, b) => a.createdAt - b.createdAt);
      return {
        id: comment.id,
        text: comment.text,
        timestamp: igTime(comment.createdAt),
        username: comment.from.username,
        from: { id: comment.from.id, username: comment.from.username },
        hidden: comment.hidden,
        media: { id: comment.objectId },
        ...(comment.parentId ? { parent_id: comment.parentId } : {}),
        replies: { data: replies.map((reply) => commentNode(reply, 'instagram')) },
      };
    }
    return {
      id: comment.id,
      message: comment.text,
      created_time: iso(comment.createdAt),
      from: comment.from,
      is_hidden: comment.hidden,
      ...(comment.parentId ? { parent: { id: comment.parentId } } : {}),
    };
  }

  function mediaNode(item: FakeMedia): Record<string, unknown> {
    const owner = item.network === 'instagram' ? igOf(item.owner)!.username : threadsUser.username;
    return {
      id: item.id,
      caption: item.caption,
      text: item.caption,
      media_type: item.mediaType,
      timestamp: igTime(item.createdAt),
      comments_count: [...comments.values()].filter((comment) => comment.objectId === item.id).length,
      permalink: item.network === 'instagram' ? `https://www.instagram.com/p/${item.id}/` : `https://www.threads.net/@${owner}/post/${item.id}`,
      username: owner,
      ...(item.replyToId ? { is_reply: true, replied_to: { id: item.replyToId } } : { is_reply: false }),
    };
  }

  function mentionedMediaNode(mention: FakeInstagramMention): Record<string, unknown> {
    return { id: mention.mediaId, caption: mention.commentId ? 'Their own caption' : mention.text, timestamp: igTime(mention.createdAt), username: mention.from.username, media_type: 'IMAGE', permalink: `https://www.instagram.com/p/${mention.mediaId}/` };
  }

  function messageNode(message: FakeMessage): Record<string, unknown> {
    const page = pageOf(message.pageId)!;
    const person = message.platform === 'instagram' ? { id: message.personId, username: `person_${message.personId.slice(-4)}` } : { id: message.personId, name: `Person ${message.personId.slice(-4)}` };
    const pageSide = message.platform === 'instagram' ? { id: page.instagram!.id, username: page.instagram!.username } : { id: page.id, name: page.name };
    return { id: message.id, message: message.text, created_time: iso(message.createdAt), from: message.fromPage ? pageSide : person, to: { data: [message.fromPage ? person : pageSide] } };
  }

  /** The Send API, with the messaging window (https://developers.facebook.com/docs/messenger-platform/policy/policy-overview). */
  function send(token: Token, pageId: string, body: Record<string, unknown> | undefined): unknown {
    const page = assertPage(token, pageId);
    if (token.kind !== 'page') throw oauthError(190, 'The Send API needs the Page access token');
    const recipient = (body?.recipient as { id?: string } | undefined)?.id;
    const text = (body?.message as { text?: string } | undefined)?.text;
    const messagingType = body?.messaging_type as string | undefined;
    if (!recipient || !text || !messagingType) throw invalid('recipient, messaging_type and message are required');
    const thread = messages.filter((message) => message.pageId === page.id && message.personId === recipient && !message.fromPage);
    if (thread.length === 0) throw invalid('No matching user found', 2018001);
    const age = now() - Math.max(...thread.map((message) => message.createdAt));
    const allowed = messagingType === 'RESPONSE' ? age <= 24 * 3600_000 : messagingType === 'MESSAGE_TAG' && body?.tag === 'HUMAN_AGENT' && age <= 7 * 24 * 3600_000;
    if (!allowed) throw new GraphFailure(400, { message: '(#10) This message is sent outside of allowed window.', type: 'OAuthException', code: 10, error_subcode: 2018278 });
    const sent: FakeMessage = { id: `m_${randomBytes(10).toString('hex')}`, pageId: page.id, platform: thread[0]!.platform, personId: recipient, fromPage: true, text, createdAt: now(), messagingType, tag: body?.tag as string | undefined };
    messages.push(sent);
    return { recipient_id: recipient, message_id: sent.id };
  }

  function createContainer(owner: string, network: 'instagram' | 'threads', params: Record<string, string>): unknown {
    const type = params.media_type ?? (network === 'instagram' ? 'IMAGE' : undefined);
    if (network === 'threads' && !type) throw invalid('The parameter media_type is required');
    const text = network === 'instagram' ? params.caption : params.text;
    if (network === 'instagram') {
      if (type === 'CAROUSEL' ? !params.children : type === 'REELS' || type === 'VIDEO' ? !params.video_url : !params.image_url) throw invalid('The media is missing: image_url, video_url or children');
      if ((text ?? '').length > 2200) throw invalid('The caption is longer than 2,200 characters', 2207010);
      if (((text ?? '').match(/#\w+/g) ?? []).length > 30) throw invalid('The caption has more than 30 hashtags', 2207010);
    } else {
      if (type === 'TEXT' && !text) throw invalid('The parameter text is required for TEXT posts');
      // https://developers.facebook.com/docs/threads/reference/publishing: emojis count as their UTF-8 bytes.
      if (text && countThreadsCharacters(text) > 500) throw invalid('The text is longer than 500 characters');
      if (params.reply_control && !['everyone', 'accounts_you_follow', 'mentioned_only', 'parent_post_author_only', 'followers_only'].includes(params.reply_control)) throw invalid('reply_control is not one of the allowed values');
      if (params.reply_to_id && !media.has(params.reply_to_id) && !comments.has(params.reply_to_id) && !threadsMentions.some((mention) => mention.id === params.reply_to_id)) throw missing(params.reply_to_id);
    }
    const container: FakeContainer = { id: nextId(), owner, network, params: { ...params, media_type: type! }, pollsLeft: containerPolls, status: 'IN_PROGRESS' };
    for (const child of (params.children ?? '').split(',').filter(Boolean)) {
      if (containers.get(child)?.params.is_carousel_item !== 'true') throw invalid(`children ${child} is not a carousel item container`);
    }
    containers.set(container.id, container);
    return { id: container.id };
  }

  function publishContainer(owner: string, network: 'instagram' | 'threads', creationId: string | undefined): unknown {
    const container = creationId ? containers.get(creationId) : undefined;
    if (!container || container.owner !== owner || container.network !== network) throw invalid('The parameter creation_id is invalid');
    if (container.status === 'PUBLISHED') throw new GraphFailure(400, { message: 'The media was already published', type: 'OAuthException', code: 9007, error_subcode: 2207006 });
    // Publishing before the status says FINISHED is refused (https://developers.facebook.com/docs/instagram-platform/content-publishing/troubleshooting).
    if (container.status !== 'FINISHED') throw new GraphFailure(400, { message: 'Media ID is not available', type: 'OAuthException', code: 9007, error_subcode: 2207027 });
    container.status = 'PUBLISHED';
    if (container.params.reply_to_id) {
      const reply = addComment({ objectId: rootOf(container.params.reply_to_id), parentId: container.params.reply_to_id, from: { id: threadsUser.id, username: threadsUser.username }, text: container.params.text ?? '' });
      container.mediaId = reply.id;
      return { id: reply.id };
    }
    const item: FakeMedia = {
      id: nextId(),
      owner,
      network,
      caption: container.params.caption ?? container.params.text ?? '',
      mediaType: container.params.media_type ?? 'IMAGE',
      children: (container.params.children ?? '').split(',').filter(Boolean),
      containerId: container.id,
      replyControl: container.params.reply_control,
      createdAt: now(),
    };
    media.set(item.id, item);
    container.mediaId = item.id;
    return { id: item.id };
  }

  function threadsOAuth(request: RecordedRequest, segments: string[], params: Record<string, string>): FakeResponse {
    const route = `${request.method} ${segments.join('/')}`;
    if (route === 'GET oauth/authorize') return { status: 302, headers: { location: consent(params, 'threads') } };
    if (route === 'POST oauth/access_token') {
      // https://developers.facebook.com/docs/threads/get-started/get-access-tokens-and-permissions
      if (params.client_id !== app.id || params.client_secret !== app.secret) throw oauthError(101, 'Error validating application. Invalid application ID.');
      if (params.grant_type !== 'authorization_code') throw invalid('grant_type must be authorization_code');
      const grant = params.code ? codes.get(params.code) : undefined;
      if (!grant || grant.network !== 'threads' || grant.redirectUri !== params.redirect_uri) throw oauthError(100, 'Invalid verification code format.', 36007);
      codes.delete(params.code!);
      return { json: { access_token: issue('threads-short', threadsUser.id), user_id: Number(threadsUser.id) } };
    }
    if (route === 'GET access_token') {
      // https://developers.facebook.com/docs/threads/get-started/long-lived-tokens
      const token = tokens.get(params.access_token ?? '');
      if (params.grant_type !== 'th_exchange_token' || params.client_secret !== app.secret) throw invalid('grant_type th_exchange_token and the client_secret are required');
      if (!token || token.kind !== 'threads-short' || token.expired) throw oauthError(190, 'Invalid OAuth access token');
      return { json: { access_token: issue('threads-long', token.subject), token_type: 'bearer', expires_in: 5_183_944 } };
    }
    if (route === 'GET refresh_access_token') {
      const token = tokens.get(params.access_token ?? '');
      if (params.grant_type !== 'th_refresh_token') throw invalid('grant_type must be th_refresh_token');
      if (!token || token.kind !== 'threads-long' || token.expired) throw oauthError(190, 'Error validating access token: Session has expired.', 463);
      return { json: { access_token: issue('threads-long', token.subject), token_type: 'bearer', expires_in: 5_183_944 } };
    }
    throw new GraphFailure(404, { message: `Unknown path ${request.path}`, type: 'OAuthException', code: 2500 });
  }

  function threads(request: RecordedRequest, path: string[], params: Record<string, string>): FakeResponse {
    const token = authenticate(request, params, 'threads');
    if (token.subject !== threadsUser.id) throw oauthError(190, 'Invalid OAuth access token');
    const route = `${request.method} ${path.map((segment, index) => (index === 0 && segment !== 'me' ? ':id' : segment)).join('/')}`;
    const id = path[0]!;
    const owned = (userId: string) => {
      if (userId !== threadsUser.id && userId !== 'me') throw missing(userId);
      return threadsUser.id;
    };
    switch (route) {
      case 'GET me': return { json: pick(threadsUser, params.fields ?? 'id') };
      case 'POST :id/threads': return { json: createContainer(owned(id), 'threads', params) };
      case 'POST me/threads': return { json: createContainer(threadsUser.id, 'threads', params) };
      case 'POST :id/threads_publish': return { json: publishContainer(owned(id), 'threads', params.creation_id) };
      case 'GET :id/threads': {
        owned(id);
        const list = [...media.values()].filter((item) => item.network === 'threads').sort((a, b) => b.createdAt - a.createdAt);
        return { json: paginate(list.map((item) => pick(mediaNode(item), params.fields ?? 'id')), params, request) };
      }
      case 'GET :id': {
        const container = containers.get(id);
        if (container?.network === 'threads') {
          if (container.status === 'IN_PROGRESS' && --container.pollsLeft < 0) container.status = 'FINISHED';
          return { json: pick({ id, status: container.status, ...(container.status === 'ERROR' ? { error_message: 'FAILED_DOWNLOADING_VIDEO' } : {}) }, params.fields ?? 'id') };
        }
        const item = media.get(id);
        if (item) return { json: pick(mediaNode(item), params.fields ?? 'id') };
        const reply = comments.get(id);
        if (reply) return { json: pick(threadsReplyNode(reply), params.fields ?? 'id') };
        const mention = threadsMentions.find((candidate) => candidate.id === id);
        if (mention) return { json: pick(threadsMentionNode(mention), params.fields ?? 'id') };
        throw missing(id);
      }
      case 'GET :id/mentions': {
        // https://developers.facebook.com/docs/threads/threads-mentions
        owned(id);
        const list = [...threadsMentions].sort((a, b) => b.createdAt - a.createdAt);
        return { json: paginate(list.map((mention) => pick(threadsMentionNode(mention), params.fields ?? 'id')), params, request) };
      }
      case 'GET :id/replies':
      case 'GET :id/conversation': {
        if (path[1] === 'replies' && id === threadsUser.id) {
          // The profile's own replies, newest first (https://developers.facebook.com/docs/threads/retrieve-and-manage-replies/replies-and-conversations#a-user-s-replies).
          const own = [...comments.values()].filter((reply) => reply.from.id === threadsUser.id).sort((a, b) => b.createdAt - a.createdAt);
          return { json: paginate(own.map((reply) => pick(threadsReplyNode(reply), params.fields ?? 'id')), params, request) };
        }
        if (!media.has(id) && !comments.has(id)) throw missing(id);
        // replies: the direct replies; conversation: every reply at any depth under a root post (https://developers.facebook.com/docs/threads/reply-management).
        const list = [...comments.values()].filter((reply) => (path[1] === 'replies' ? reply.parentId === id : reply.objectId === id)).sort((a, b) => a.createdAt - b.createdAt);
        if (params.reverse === 'true') list.reverse();
        return { json: paginate(list.map((reply) => pick(threadsReplyNode(reply), params.fields ?? 'id')), params, request) };
      }
      case 'POST :id/manage_reply': {
        const reply = comments.get(id);
        if (!reply) throw missing(id);
        if (params.hide !== 'true' && params.hide !== 'false') throw invalid('The parameter hide is required');
        reply.hidden = params.hide === 'true';
        return { json: { success: true } };
      }
      case 'DELETE :id': {
        const item = media.get(id);
        const reply = comments.get(id);
        if (item) media.delete(id);
        else if (reply?.from.id === threadsUser.id) comments.delete(id);
        else throw missing(id);
        return { json: { success: true, deleted_id: id } };
      }
      default:
        throw new GraphFailure(400, { message: `Unknown path components: /${path.join('/')}`, type: 'OAuthException', code: 2500 });
    }
  }

  function threadsMentionNode(mention: FakeThreadsMention): Record<string, unknown> {
    return {
      id: mention.id,
      text: mention.text,
      username: mention.from.username,
      timestamp: igTime(mention.createdAt),
      media_type: 'TEXT_POST',
      permalink: `https://www.threads.net/@${mention.from.username}/post/${mention.id}`,
      is_reply: false,
    };
  }

  function threadsReplyNode(reply: FakeComment): Record<string, unknown> {
    return {
      id: reply.id,
      text: reply.text,
      username: reply.from.username,
      timestamp: igTime(reply.createdAt),
      media_type: 'TEXT_POST',
      permalink: `https://www.threads.net/@${reply.from.username}/post/${reply.id}`,
      is_reply: true,
      root_post: { id: reply.objectId },
      replied_to: { id: reply.parentId ?? reply.objectId },
      hide_status: reply.hidden ? 'HIDDEN' : 'NOT_HUSHED',
      is_reply_owned_by_me: reply.from.id === threadsUser.id,
    };
  }

  function rootOf(id: string): string {
    return comments.get(id)?.objectId ?? id;
  }

  function consent(params: Record<string, string>, network: 'facebook' | 'threads'): string {
    if (params.client_id !== app.id) throw invalid('Invalid app ID');
    if (params.response_type !== 'code' || !params.redirect_uri || !params.state) throw invalid('response_type=code, redirect_uri and state are required');
    const code = `code-${randomBytes(8).toString('hex')}`;
    codes.set(code, { redirectUri: params.redirect_uri, network });
    const target = new URL(params.redirect_uri);
    target.searchParams.set('code', code);
    target.searchParams.set('state', params.state);
    return target.toString();
  }

  function exchangeFacebook(params: Record<string, string>): unknown {
    if (params.client_id !== app.id || params.client_secret !== app.secret) throw oauthError(1, 'Error validating client secret.');
    if (params.grant_type === 'fb_exchange_token') {
      const short = tokens.get(params.fb_exchange_token ?? '');
      if (!short || short.kind !== 'user-short' || short.expired) throw oauthError(190, 'Invalid OAuth access token - Cannot parse access token');
      return { access_token: issue('user-long', short.subject), token_type: 'bearer', expires_in: 5_183_944 };
    }
    const grant = params.code ? codes.get(params.code) : undefined;
    // https://developers.facebook.com/docs/facebook-login/guides/advanced/manual-flow#confirm: the redirect_uri must be the dialog's.
    if (!grant || grant.network !== 'facebook') throw oauthError(100, 'Invalid verification code format.', 36007);
    if (grant.redirectUri !== params.redirect_uri) throw oauthError(100, 'Error validating verification code. Please make sure your redirect_uri is identical to the one you used in the OAuth dialog request', 36008);
    codes.delete(params.code!);
    return { access_token: issue('user-short', user.id), token_type: 'bearer', expires_in: 5400 };
  }

  function addComment(init: Omit<FakeComment, 'id' | 'createdAt' | 'hidden'> & { at?: number }): FakeComment {
    const post = posts.get(init.objectId);
    const comment: FakeComment = {
      id: post ? `${init.objectId.split('_')[1]}_${nextId()}` : nextId(),
      objectId: init.objectId,
      parentId: init.parentId,
      from: init.from,
      text: init.text,
      createdAt: init.at ?? now(),
      hidden: false,
    };
    comments.set(comment.id, comment);
    if (post) post.updatedAt = Math.max(post.updatedAt, comment.createdAt);
    return comment;
  }

  const server: FakeServer = await startFakeServer((request) => {
    try {
      const answer = handle(request);
      const lost = (answer.status ?? 200) < 400 ? lostAnswers.find((candidate) => candidate.times > 0 && candidate.match(request)) : undefined;
      if (!lost) return answer;
      lost.times -= 1;
      if (lost.drop) return { dropConnection: true };
      return { status: 500, json: { error: { message: 'An unexpected error has occurred. Please retry your request later.', type: 'OAuthException', is_transient: true, code: 2, fbtrace_id: 'AfakeTrace' } } };
    } catch (error) {
      if (error instanceof GraphFailure) return { status: error.status, json: { error: { fbtrace_id: 'AfakeTrace', ...error.error } }, headers: error.headers };
      throw error;
    }
  });

  return {
    url: server.url,
    version,
    requests: server.requests,
    app,
    user,
    pages,
    threadsUser,
    posts,
    comments,
    containers,
    media,
    messages,
    instagramMentions,
    threadsMentions,
    pageToken: (pageId) => pageOf(pageId)!.accessToken,
    threadsToken: () => threadsLong,
    async authorize(authorizeUrl) {
      const url = new URL(authorizeUrl);
      const network = url.pathname.endsWith('/oauth/authorize') ? 'threads' : 'facebook';
      return consent(Object.fromEntries(url.searchParams), network);
    },
    expire(token) {
      const known = tokens.get(token);
      if (known) known.expired = true;
    },
    failNext(match, failure) {
      failures.push({ match, status: failure.status ?? 400, error: failure.error, headers: failure.headers, times: failure.times ?? 1 });
    },
    loseNextAnswer(match, options = {}) {
      lostAnswers.push({ match, drop: options.drop ?? false, times: options.times ?? 1 });
    },
    mentionOnInstagram(igUserId, init) {
      if (!igOf(igUserId)) throw new Error(`no Instagram account ${igUserId}`);
      const mention: FakeInstagramMention = { igUserId, mediaId: nextId(), commentId: init.inCaption ? undefined : nextId(), from: init.from, text: init.text, createdAt: init.at ?? now(), tagged: false };
      instagramMentions.push(mention);
      // https://developers.facebook.com/docs/graph-api/webhooks/reference/instagram#mentions: the ids only.
      const value = { media_id: mention.mediaId, ...(mention.commentId ? { comment_id: mention.commentId } : {}) };
      return { mention, delivery: { object: 'instagram', entry: [{ id: igUserId, time: Math.floor(mention.createdAt / 1000), changes: [{ field: 'mentions', value }] }] } };
    },
    tagOnInstagram(igUserId, init) {
      if (!igOf(igUserId)) throw new Error(`no Instagram account ${igUserId}`);
      const tag: FakeInstagramMention = { igUserId, mediaId: nextId(), from: init.from, text: init.caption, createdAt: init.at ?? now(), tagged: true };
      instagramMentions.push(tag);
      return tag;
    },
    mentionOnThreads(init) {
      const mention: FakeThreadsMention = { id: nextId(), from: init.from, text: init.text, createdAt: init.at ?? now() };
      threadsMentions.push(mention);
      const value = { ...threadsMentionNode(mention), shortcode: `M${mention.id}` };
      return { mention, delivery: { app_id: app.id, topic: 'interaction', target_id: threadsUser.id, time: Math.floor(mention.createdAt / 1000), subscription_id: '234567', has_uid_field: false, values: { value, field: 'mentions' } } };
    },
    threadsReplyDelivery(reply) {
      const value = {
        id: reply.id,
        username: reply.from.username,
        text: reply.text,
        media_type: 'TEXT_POST',
        permalink: `https://www.threads.net/@${reply.from.username}/post/${reply.id}`,
        replied_to: { id: reply.parentId ?? reply.objectId },
        root_post: { id: reply.objectId, owner_id: threadsUser.id, username: threadsUser.username },
        shortcode: `R${reply.id}`,
        timestamp: igTime(reply.createdAt),
      };
      return { app_id: app.id, topic: 'moderate', target_id: threadsUser.id, time: Math.floor(reply.createdAt / 1000), subscription_id: '234567', has_uid_field: false, values: { value, field: 'replies' } };
    },
    commentOnPost(postId, init) {
      const post = posts.get(postId);
      if (!post) throw new Error(`no post ${postId}`);
      const comment = addComment({ objectId: postId, parentId: init.parentId, from: init.from, text: init.text, at: init.at });
      const seconds = Math.floor(comment.createdAt / 1000);
      // https://developers.facebook.com/docs/graph-api/webhooks/reference/page#feed
      const delivery = {
        object: 'page',
        entry: [
          {
            id: post.pageId,
            time: seconds,
            changes: [
              {
                field: 'feed',
                value: { from: init.from, post: { status_type: 'added_photos', is_published: true, id: postId }, message: init.text, post_id: postId, comment_id: comment.id, created_time: seconds, item: 'comment', parent_id: init.parentId ?? postId, verb: 'add' },
              },
            ],
          },
        ],
      };
      return { comment, delivery };
    },
    messagePage(pageId, init) {
      const message: FakeMessage = { id: `m_${randomBytes(10).toString('hex')}`, pageId, platform: 'messenger', personId: init.from.id, fromPage: false, text: init.text, createdAt: init.at ?? now() };
      messages.push(message);
      // https://developers.facebook.com/docs/messenger-platform/reference/webhook-events/messages
      const delivery = { object: 'page', entry: [{ id: pageId, time: message.createdAt, messaging: [{ sender: { id: init.from.id }, recipient: { id: pageId }, timestamp: message.createdAt, message: { mid: message.id, text: init.text } }] }] };
      return { message, delivery };
    },
    messageInstagram(igUserId, init) {
      const account = igOf(igUserId);
      if (!account) throw new Error(`no Instagram account ${igUserId}`);
      const message: FakeMessage = { id: `aWdfZAG${randomBytes(10).toString('hex')}`, pageId: account.pageId, platform: 'instagram', personId: init.from.id, fromPage: false, text: init.text, createdAt: init.at ?? now() };
      messages.push(message);
      // https://developers.facebook.com/docs/instagram-platform/webhooks#messages
      const delivery = { object: 'instagram', entry: [{ id: igUserId, time: message.createdAt, messaging: [{ sender: { id: init.from.id }, recipient: { id: igUserId }, timestamp: message.createdAt, message: { mid: message.id, text: init.text } }] }] };
      return { message, delivery };
    },
    commentOnMedia(mediaId, init) {
      const item = media.get(mediaId);
      if (!item) throw new Error(`no media ${mediaId}`);
      const comment = addComment({ objectId: mediaId, parentId: init.parentId, from: init.from, text: init.text, at: init.at });
      // https://developers.facebook.com/docs/instagram-platform/webhooks#comments
      const value = { from: init.from, media: { id: mediaId, media_product_type: 'FEED' }, id: comment.id, ...(init.parentId ? { parent_id: init.parentId } : {}), text: init.text };
      return { comment, delivery: { object: 'instagram', entry: [{ id: item.owner, time: Math.floor(comment.createdAt / 1000), changes: [{ field: 'comments', value }] }] } };
    },
    replyOnThreads(repliedToId, init) {
      return addComment({ objectId: rootOf(repliedToId), parentId: media.has(repliedToId) ? undefined : repliedToId, from: init.from, text: init.text, at: init.at });
    },
    // Computed here, not with the module's helper, so a wrong helper cannot agree with itself.
    sign: (body) => `sha256=${createHmac('sha256', app.secret).update(body).digest('hex')}`,
    close: () => server.close(),
  };
}

/** Threads counts characters as code points, except emojis, which count as their UTF-8 bytes. */
export function countThreadsCharacters(text: string): number {
  let count = 0;
  for (const character of text) count += /\p{Extended_Pictographic}/u.test(character) ? Buffer.byteLength(character, 'utf8') : 1;
  return count;
}

function conversationId(pageId: string, personId: string, platform: string): string {
  return `t_${pageId}.${personId}.${platform}`;
}

function fromConversationId(id: string): [string, string, 'messenger' | 'instagram'] {
  const [pageId, personId, platform] = id.replace(/^t_/, '').split('.');
  if (!pageId || !personId || !platform) throw missing(id);
  return [pageId, personId, platform as 'messenger' | 'instagram'];
}

function formOf(request: RecordedRequest): Record<string, string> {
  const type = request.headers['content-type'] ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded')) return {};
  return Object.fromEntries(new URLSearchParams(request.rawBody.toString('utf8')));
}

/** A list page with cursor paging (https://developers.facebook.com/docs/graph-api/results#cursors). */
function paginate(items: unknown[], params: Record<string, string>, request: RecordedRequest): unknown {
  const limit = Math.max(1, Math.min(Number(params.limit ?? 25) || 25, 100));
  const start = params.after ? Number(Buffer.from(params.after, 'base64url').toString('utf8')) : 0;
  const data = items.slice(start, start + limit);
  const end = start + data.length;
  const cursor = (index: number) => Buffer.from(String(index), 'utf8').toString('base64url');
  const paging: Record<string, unknown> = { cursors: { before: cursor(start), after: cursor(end) } };
  if (end < items.length) {
    const next = new URL(`https://graph.facebook.com${request.path}`);
    for (const [name, value] of Object.entries(request.query)) if (name !== 'after') next.searchParams.set(name, value);
    next.searchParams.set('after', cursor(end));
    paging.next = next.toString();
  }
  return { data, paging };
}

/** The fields asked for (`a,b,from{id,name}`), as Graph answers only what `fields` names. */
function pick(node: Record<string, unknown>, fields: string | undefined): Record<string, unknown> {
  if (!fields) return node;
  const picked: Record<string, unknown> = {};
  for (const { name, nested } of parseFields(fields)) {
    const value = node[name];
    if (value === undefined) continue;
    if (!nested) picked[name] = value;
    else if (typeof value === 'object' && value !== null && Array.isArray((value as { data?: unknown }).data)) {
      picked[name] = { data: ((value as { data: Array<Record<string, unknown>> }).data).map((item) => pick(item, nested)) };
    } else if (typeof value === 'object' && value !== null) picked[name] = pick(value as Record<string, unknown>, nested);
  }
  if (node.id !== undefined) picked.id ??= node.id;
  return picked;
}

function parseFields(fields: string): Array<{ name: string; nested?: string }> {
  const result: Array<{ name: string; nested?: string }> = [];
  let depth = 0;
  let current = '';
  for (const character of `${fields},`) {
    if (character === ',' && depth === 0) {
      const match = /^([\w.]+)(?:\{(.*)\})?$/.exec(current.trim());
      if (match) result.push({ name: match[1]!, nested: match[2] });
      current = '';
      continue;
    }
    if (character === '{') depth += 1;
    if (character === '}') depth -= 1;
    current += character;
  }
  return result;
}

function iso(ms: number): string {
  // Graph dates look like 2026-12-01T10:00:00+0000.
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, '+0000');
}

function igTime(ms: number): string {
  return iso(ms);
}
