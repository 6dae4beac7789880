import { createRouter, startFakeServer, type FakeResponse, type FakeRoutes, type RecordedRequest } from '@rapport/plugin-sdk/testing';
import { SIGNATURE_HEADER, signWebhookBody } from './signature.js';
import { JsonStateFile } from './state-file.js';
import {
  DEFAULT_ACCESS_TOKEN,
  MAX_POST_LENGTH,
  MAX_POST_MEDIA,
  MAX_REVIEW_REPLY_LENGTH,
  POST_MEDIA_TYPES,
  type SandboxAuthor,
  type SandboxMedia,
  type SandboxPost,
  type SandboxActivity,
  type SandboxOwnReply,
  type SandboxReviewReply,
  type SandboxReview,
  type SandboxReport,
  type SandboxWebhookEvent,
  type SandboxWebhookDelivery,
} from './contract.js';

export * from './contract.js';

// The sandbox is a fake network for demos and tests: its state is in memory (and,
// with `stateFile`, saved to disk after every change, so a restart keeps ids and
// feed cursors: a host's stored cursor stays meaningful) and
// the HTTP layer is the SDK's fake server (with request recording off, so a
// long-running demo does not grow).

const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 100;
const WEBHOOK_TIMEOUT_MS = 5_000;

export interface SandboxSettings {
  latencyMs: number;
  webhook: { url: string; secret: string } | null;
}

/** Everything the sandbox knows, for assertions and the `GET /v1/_state` dump. */
export interface SandboxState {
  account: { id: string; handle: string; display_name: string; url: string };
  posts: Map<string, SandboxPost>;
  /** Inbound activity in feed order, with the sequence number its cursor is made of. */
  activity: Array<{ seq: number; item: SandboxActivity }>;
  ownReplies: Map<string, SandboxOwnReply>;
  /** Reviews in feed order; an edit moves a review to the end with a new sequence number. */
  reviews: Array<{ seq: number; review: SandboxReview }>;
  reports: SandboxReport[];
  webhookDeliveries: SandboxWebhookDelivery[];
  settings: SandboxSettings;
  faults: { status: number; remaining: number; retryAfter: number | null } | null;
}

export interface AuthorInput {
  handle: string;
  name?: string;
  avatar_url?: string;
}

export interface InjectCommentInput {
  text: string;
  /** The post commented on; inherited from `in_reply_to_id` when left out. */
  post_id?: string;
  /** A comment (inbound or ours) this one answers; it then joins that thread. */
  in_reply_to_id?: string;
  author?: AuthorInput;
}

export interface InjectMentionInput {
  text: string;
  author?: AuthorInput;
}

export interface InjectDirectMessageInput {
  text: string;
  /** Defaults to the author's existing conversation, or a new one. */
  thread_id?: string;
  author?: AuthorInput;
}

export interface InjectReviewInput {
  /** An existing review's id to edit it; left out to create one. */
  id?: string;
  rating: number;
  text: string;
  title?: string;
  language?: string;
  author?: AuthorInput;
}

export interface FaultInput {
  status: number;
  count?: number;
  /** Seconds, sent as Retry-After. */
  retry_after?: number;
}

export interface SandboxNetworkOptions {
  /** Defaults to 0: a free port. */
  port?: number;
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** Delay added to every response. */
  latencyMs?: number;
  /** The bearer token the API accepts; defaults to `sandbox-token`. */
  accessToken?: string;
  /** Where to POST signed webhook events for new inbound activity and reviews. */
  webhook?: { url: string; secret: string };
  /**
   * More accounts on the network, each with its own token (e.g. a second client of an agency). They publish,
   * reply and delete like the main account; inbound activity and reviews are addressed to the main account,
   * so their feeds are empty.
   */
  otherAccounts?: Array<{ accessToken: string; handle: string; displayName?: string }>;
  /**
   * A JSON file to keep the state in across restarts (posts, activity, reviews, ids, cursors, settings;
   * not faults), rewritten atomically after every change. Unset: the state lives in memory only.
   */
  stateFile?: string;
  /** Told about a state file that could not be read (it is moved aside) or written; `console.warn` by default. */
  onWarning?: (message: string) => void;
}

export interface SandboxNetwork {
  /** Base URL, e.g. `http://127.0.0.1:4010`; the API lives under `/v1`. */
  url: string;
  accessToken: string;
  state: SandboxState;
  /** Simulates inbound activity, exactly as the `/v1/_inject/*` endpoints do. */
  inject: {
    comment(input: InjectCommentInput): Promise<SandboxActivity>;
    mention(input: InjectMentionInput): Promise<SandboxActivity>;
    dm(input: InjectDirectMessageInput): Promise<SandboxActivity>;
    review(input: InjectReviewInput): Promise<SandboxReview>;
  };
  /** Takes a review down, as the site's moderators do when they uphold a report (`DELETE /v1/_reviews/:id`). */
  removeReview(id: string): void;
  /** Makes the next `count` API calls fail with `status`, as `POST /v1/_faults` does. */
  setFaults(input: FaultInput): void;
  configure(settings: Partial<SandboxSettings>): void;
  close(): Promise<void>;
}

/** An API error answered as `{ error: { code, message } }`. */
class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

class FaultError extends ApiError {
  constructor(
    status: number,
    readonly retryAfter: number | null,
  ) {
    super(status, 'injected_fault', `Fault injected with POST /v1/_faults (HTTP ${status})`);
  }
}

/** Starts the sandbox network. */
export async function startSandboxNetwork(options: SandboxNetworkOptions = {}): Promise<SandboxNetwork> {
  const accessToken = options.accessToken ?? DEFAULT_ACCESS_TOKEN;
  const warn = options.onWarning ?? ((message: string) => console.warn(`sandbox network: ${message}`));
  const sandbox = new Sandbox({ latencyMs: 0, webhook: null }, options.stateFile ? new JsonStateFile(options.stateFile, warn) : undefined);
  // Explicit options win over the saved settings.
  if (options.latencyMs !== undefined) sandbox.state.settings.latencyMs = options.latencyMs;
  if (options.webhook !== undefined) sandbox.state.settings.webhook = options.webhook;
  const api = createRouter(sandbox.apiRoutes());
  const developer = createRouter(sandbox.developerRoutes());

  const server = await startFakeServer(
    async (request) => {
      const response = await answer(request).catch(toErrorResponse);
      // Only reads leave the state as it was.
      if (request.method !== 'GET') sandbox.save();
      return { ...response, delayMs: sandbox.state.settings.latencyMs };
    },
    { port: options.port, host: options.host, recordRequests: false },
  );

  const accounts = new Map<string, SandboxState['account']>([[accessToken, sandbox.state.account]]);
  for (const other of options.otherAccounts ?? []) {
    accounts.set(other.accessToken, { id: `acct_${other.handle}`, handle: other.handle, display_name: other.displayName ?? other.handle, url: `${server.url}/@${other.handle}` });
  }

  async function answer(request: RecordedRequest): Promise<FakeResponse> {
    if (request.path.startsWith('/v1/_')) return (await developer(request)) ?? {};
    sandbox.consumeFault();
    const account = accounts.get(String(request.headers.authorization).replace(/^Bearer /, ''));
    if (!account) throw new ApiError(401, 'unauthorized', 'Missing or invalid access token');
    sandbox.callers.set(request, account);
    return (await api(request)) ?? {};
  }

  sandbox.setPublicUrl(server.url);
  return {
    url: server.url,
    accessToken,
    state: sandbox.state,
    inject: {
      comment: (input) => sandbox.injectComment(input).finally(() => sandbox.save()),
      mention: (input) => sandbox.injectMention(input).finally(() => sandbox.save()),
      dm: (input) => sandbox.injectDirectMessage(input).finally(() => sandbox.save()),
      review: (input) => sandbox.injectReview(input).finally(() => sandbox.save()),
    },
    removeReview: (id) => sandbox.removeReview(id),
    setFaults: (input) => sandbox.setFaults(input),
    configure: (settings) => {
      Object.assign(sandbox.state.settings, settings);
      sandbox.save();
    },
    close: async () => {
      await server.close();
      sandbox.save();
    },
  };
}

function toErrorResponse(error: unknown): FakeResponse {
  if (error instanceof ApiError) {
    const headers = error instanceof FaultError && error.retryAfter !== null ? { 'retry-after': String(error.retryAfter) } : undefined;
    return { status: error.status, json: { error: { code: error.code, message: error.message } }, headers };
  }
  return { status: 500, json: { error: { code: 'internal', message: (error as Error).message } } };
}

class Sandbox {
  private publicUrl = '';
  readonly state: SandboxState;
  private lastId = 0;
  private lastSeq = 0;
  private readonly idempotentResults = new Map<string, unknown>();
  private readonly dmThreadByAuthor = new Map<string, string>();
  /** `state.activity` by id: hiding and replying look an item up, and a load test's feed holds tens of thousands. */
  private readonly activityById = new Map<string, SandboxActivity>();

  constructor(
    settings: SandboxSettings,
    private readonly file?: JsonStateFile<SavedSandbox>,
  ) {
    this.state = {
      account: { id: 'acct_sandbox', handle: 'rapport-demo', display_name: 'Rapport Demo', url: '' },
      posts: new Map(),
      activity: [],
      ownReplies: new Map(),
      reviews: [],
      reports: [],
      webhookDeliveries: [],
      settings,
      faults: null,
    };
    const saved = file?.read(savedSandboxProblem);
    if (saved) {
      this.lastId = saved.lastId;
      this.lastSeq = saved.lastSeq;
      saved.idempotentResults.forEach((value, key) => this.idempotentResults.set(key, value));
      saved.dmThreadByAuthor.forEach((value, key) => this.dmThreadByAuthor.set(key, value));
      Object.assign(this.state, saved.state);
    }
    for (const { item } of this.state.activity) this.activityById.set(item.id, item);
  }

  /** Writes the state file, when there is one. Faults are not kept: a restart clears them. */
  save(): void {
    if (!this.file) return;
    const { faults: _transient, ...state } = this.state;
    this.file.write({ version: 1, lastId: this.lastId, lastSeq: this.lastSeq, idempotentResults: this.idempotentResults, dmThreadByAuthor: this.dmThreadByAuthor, state });
  }

  /** The account each API request authenticated as. */
  readonly callers = new WeakMap<RecordedRequest, SandboxState['account']>();

  /** Inbound activity and reviews are the main account's: another account's feed is empty. */
  private ownFeed<T>(request: RecordedRequest, feed: T[]): T[] {
    return this.callers.get(request) === this.state.account ? feed : [];
  }

  /** The URL the server listens on, for the `url` fields of the account and posts. */
  setPublicUrl(url: string): void {
    this.publicUrl = url;
    this.state.account.url = `${url}/@${this.state.account.handle}`;
  }

  apiRoutes(): FakeRoutes {
    return {
      'GET /v1/me': (request) => ({ json: this.callers.get(request) }),
      'POST /v1/posts': (request) => this.idempotent(request, 'posts', () => this.createPost(request.json)),
      'GET /v1/posts/:id': (request) => ({ json: this.findPost(request.params.id!) }),
      'DELETE /v1/posts/:id': (request) => {
        this.state.posts.delete(this.findPost(request.params.id!).id);
        return { status: 204 };
      },
      'GET /v1/activity': (request) => ({ json: page(this.ownFeed(request, this.state.activity).map(({ seq, item }) => ({ seq, value: item })), request.query) }),
      'POST /v1/comments/:id/replies': (request) =>
        this.idempotent(request, `comments/${request.params.id}/replies`, () => this.replyToComment(request.params.id!, request.json)),
      'DELETE /v1/comments/:id': (request) => {
        this.deleteOwnComment(request.params.id!);
        return { status: 204 };
      },
      'POST /v1/comments/:id/hide': (request) => ({ json: this.setHidden(request.params.id!, true) }),
      'POST /v1/comments/:id/unhide': (request) => ({ json: this.setHidden(request.params.id!, false) }),
      'POST /v1/messages/:threadId/replies': (request) =>
        this.idempotent(request, `messages/${request.params.threadId}/replies`, () => this.replyToThread(request.params.threadId!, request.json)),
      'GET /v1/reviews': (request) => ({ json: page(this.ownFeed(request, this.state.reviews).map(({ seq, review }) => ({ seq, value: review })), request.query) }),
      'POST /v1/reviews/:id/reply': (request) =>
        this.idempotent(request, `reviews/${request.params.id}/reply`, () => this.replyToReview(request.params.id!, request.json)),
      'DELETE /v1/reviews/:id/reply': (request) => {
        this.deleteReviewReply(request.params.id!);
        return { status: 204 };
      },
      'POST /v1/reviews/:id/report': (request) => this.idempotent(request, `reviews/${request.params.id}/report`, () => this.reportReview(request.params.id!, request.json)),
    };
  }

  developerRoutes(): FakeRoutes {
    return {
      'POST /v1/_inject/comment': async (request) => ({ status: 201, json: await this.injectComment(body(request)) }),
      'POST /v1/_inject/mention': async (request) => ({ status: 201, json: await this.injectMention(body(request)) }),
      'POST /v1/_inject/dm': async (request) => ({ status: 201, json: await this.injectDirectMessage(body(request)) }),
      'POST /v1/_inject/review': async (request) => ({ status: 201, json: await this.injectReview(body(request)) }),
      'DELETE /v1/_reviews/:id': (request) => {
        this.removeReview(request.params.id!);
        return { status: 204 };
      },
      'POST /v1/_faults': (request) => {
        this.setFaults(body(request));
        return { status: 204 };
      },
      'DELETE /v1/_faults': () => {
        this.state.faults = null;
        return { status: 204 };
      },
      'PUT /v1/_settings': (request) => ({ json: this.updateSettings(body(request)) }),
      'GET /v1/_state': () => ({ json: this.snapshot() }),
    };
  }

  // --- faults and settings

  setFaults(input: FaultInput): void {
    const status = requireInteger(input.status, 'status');
    if (status < 400 || status > 599) throw new ApiError(422, 'validation_failed', 'status must be an HTTP error status (400-599)');
    const count = input.count === undefined ? 1 : requireInteger(input.count, 'count');
    const retryAfter = input.retry_after === undefined ? null : requireInteger(input.retry_after, 'retry_after');
    this.state.faults = count > 0 ? { status, remaining: count, retryAfter } : null;
  }

  consumeFault(): void {
    const faults = this.state.faults;
    if (!faults) return;
    faults.remaining -= 1;
    if (faults.remaining === 0) this.state.faults = null;
    throw new FaultError(faults.status, faults.retryAfter);
  }

  private updateSettings(input: { latency_ms?: number; webhook?: { url: string; secret: string } | null }): SandboxSettings {
    if (input.latency_ms !== undefined) this.state.settings.latencyMs = requireInteger(input.latency_ms, 'latency_ms');
    if (input.webhook !== undefined) {
      if (input.webhook !== null) {
        requireText(input.webhook.url, 'webhook.url');
        requireText(input.webhook.secret, 'webhook.secret');
      }
      this.state.settings.webhook = input.webhook;
    }
    return this.state.settings;
  }

  private snapshot() {
    const { posts, ownReplies, ...rest } = this.state;
    return { ...rest, posts: [...posts.values()], own_replies: [...ownReplies.values()] };
  }

  // --- posts and replies (the account's own writes)

  private createPost(input: unknown): SandboxPost {
    const { text, media = [] } = (input ?? {}) as { text?: unknown; media?: SandboxMedia[] };
    requireText(text, 'text', MAX_POST_LENGTH);
    if (!Array.isArray(media) || media.length > MAX_POST_MEDIA) {
      throw new ApiError(422, 'validation_failed', `media must be a list of at most ${MAX_POST_MEDIA} items`);
    }
    for (const item of media) {
      if (!POST_MEDIA_TYPES.includes(item?.mime_type)) {
        throw new ApiError(422, 'validation_failed', `media mime_type must be one of ${POST_MEDIA_TYPES.join(', ')}`);
      }
      requireText(item.url, 'media.url');
    }
    const id = this.nextId('post');
    const post: SandboxPost = { id, text, media, url: `${this.publicUrl}/posts/${id}`, created_at: now() };
    this.state.posts.set(id, post);
    return post;
  }

  private findPost(id: string): SandboxPost {
    const post = this.state.posts.get(id);
    if (!post) throw new ApiError(404, 'not_found', `No post ${id}`);
    return post;
  }

  private replyToComment(commentId: string, input: unknown): SandboxOwnReply {
    const comment = this.findActivity(commentId);
    if (comment.type === 'direct_message') {
      throw new ApiError(422, 'validation_failed', `${commentId} is a direct message: reply with POST /v1/messages/${comment.thread_id}/replies`);
    }
    return this.addOwnReply('cmt', comment.thread_id, commentId, input);
  }

  private replyToThread(threadId: string, input: unknown): SandboxOwnReply {
    const last = this.state.activity.findLast(({ item }) => item.type === 'direct_message' && item.thread_id === threadId);
    if (!last) throw new ApiError(404, 'not_found', `No direct message thread ${threadId}`);
    return this.addOwnReply('msg', threadId, last.item.id, input);
  }

  private addOwnReply(prefix: string, threadId: string, inReplyToId: string, input: unknown): SandboxOwnReply {
    const { text } = (input ?? {}) as { text?: unknown };
    requireText(text, 'text', MAX_POST_LENGTH);
    const reply: SandboxOwnReply = { id: this.nextId(prefix), thread_id: threadId, in_reply_to_id: inReplyToId, text, created_at: now() };
    this.state.ownReplies.set(reply.id, reply);
    return reply;
  }

  private deleteOwnComment(id: string): void {
    if (this.state.ownReplies.delete(id)) return;
    if (this.activityById.has(id)) {
      throw new ApiError(403, 'forbidden', `${id} was written by someone else: hide it instead`);
    }
    throw new ApiError(404, 'not_found', `No comment ${id}`);
  }

  private setHidden(id: string, hidden: boolean): { id: string; hidden: boolean } {
    const comment = this.findActivity(id);
    if (comment.type === 'direct_message') throw new ApiError(422, 'validation_failed', 'Direct messages cannot be hidden');
    comment.hidden = hidden;
    return { id, hidden };
  }

  private findActivity(id: string): SandboxActivity {
    const found = this.activityById.get(id);
    if (!found) throw new ApiError(404, 'not_found', `No comment or message ${id}`);
    return found;
  }

  // --- reviews

  private findReview(id: string): { seq: number; review: SandboxReview } {
    const found = this.state.reviews.find(({ review }) => review.id === id);
    if (!found) throw new ApiError(404, 'not_found', `No review ${id}`);
    return found;
  }

  private replyToReview(reviewId: string, input: unknown): SandboxReviewReply {
    const { review } = this.findReview(reviewId);
    const { text } = (input ?? {}) as { text?: unknown };
    requireText(text, 'text', MAX_REVIEW_REPLY_LENGTH);
    review.reply = { id: this.nextId('rr'), text, created_at: now() };
    return review.reply;
  }

  private deleteReviewReply(reviewId: string): void {
    const { review } = this.findReview(reviewId);
    if (!review.reply) throw new ApiError(404, 'not_found', `Review ${reviewId} has no reply`);
    review.reply = null;
  }

  private reportReview(reviewId: string, input: unknown): { reference: string; status: 'received' } {
    this.findReview(reviewId);
    const { reason, evidence = '' } = (input ?? {}) as { reason?: unknown; evidence?: unknown };
    requireText(reason, 'reason');
    if (typeof evidence !== 'string') throw new ApiError(422, 'validation_failed', 'evidence must be a string');
    // Like real review sites, a review is investigated once: a second report is refused.
    const earlier = this.state.reports.find((report) => report.review_id === reviewId);
    if (earlier) throw new ApiError(409, 'already_reported', `Review ${reviewId} was already reported (${earlier.reference})`);
    const report: SandboxReport = { reference: this.nextId('rpt'), review_id: reviewId, reason, evidence, created_at: now() };
    this.state.reports.push(report);
    return { reference: report.reference, status: 'received' };
  }

  removeReview(reviewId: string): void {
    const found = this.findReview(reviewId);
    this.state.reviews = this.state.reviews.filter((entry) => entry !== found);
  }

  // --- simulated inbound activity

  async injectComment(input: InjectCommentInput): Promise<SandboxActivity> {
    const parent = input.in_reply_to_id ? this.findCommentOrOwnReply(input.in_reply_to_id) : undefined;
    const postId = input.post_id ?? parent?.post_id ?? null;
    if (postId !== null) this.findPost(postId);
    const id = this.nextId('cmt');
    return this.addActivity({ id, type: 'comment', thread_id: parent?.thread_id ?? id, in_reply_to_id: input.in_reply_to_id ?? null, post_id: postId }, input);
  }

  async injectMention(input: InjectMentionInput): Promise<SandboxActivity> {
    const id = this.nextId('cmt');
    return this.addActivity({ id, type: 'mention', thread_id: id, in_reply_to_id: null, post_id: null }, input);
  }

  async injectDirectMessage(input: InjectDirectMessageInput): Promise<SandboxActivity> {
    const author = toAuthor(input.author);
    const threadId = input.thread_id ?? this.dmThreadByAuthor.get(author.id) ?? this.nextId('dm');
    this.dmThreadByAuthor.set(author.id, threadId);
    return this.addActivity({ id: this.nextId('msg'), type: 'direct_message', thread_id: threadId, in_reply_to_id: null, post_id: null }, input);
  }

  async injectReview(input: InjectReviewInput): Promise<SandboxReview> {
    const rating = requireInteger(input.rating, 'rating');
    if (rating < 1 || rating > 5) throw new ApiError(422, 'validation_failed', 'rating must be 1 to 5');
    requireText(input.text, 'text');
    const previous = input.id === undefined ? undefined : this.findReview(input.id);
    const review: SandboxReview = previous
      ? { ...previous.review, rating, text: input.text, title: input.title ?? previous.review.title, updated_at: now() }
      : {
          id: this.nextId('rev'),
          author: toAuthor(input.author),
          rating,
          title: input.title ?? null,
          text: input.text,
          language: input.language ?? null,
          created_at: now(),
          updated_at: null,
          reply: null,
        };
    // An edit moves the review to the end of the feed, so a sync picks it up again.
    this.state.reviews = this.state.reviews.filter((entry) => entry !== previous);
    this.state.reviews.push({ seq: ++this.lastSeq, review });
    await this.deliverWebhook(previous ? 'review.updated' : 'review.created', review);
    return review;
  }

  private findCommentOrOwnReply(id: string): { thread_id: string; post_id: string | null } {
    const own = this.state.ownReplies.get(id);
    if (own) return { thread_id: own.thread_id, post_id: this.findActivity(own.in_reply_to_id).post_id };
    return this.findActivity(id);
  }

  private async addActivity(
    placement: Pick<SandboxActivity, 'id' | 'type' | 'thread_id' | 'in_reply_to_id' | 'post_id'>,
    input: { text: string; author?: AuthorInput },
  ): Promise<SandboxActivity> {
    requireText(input.text, 'text');
    const item: SandboxActivity = { ...placement, author: toAuthor(input.author), text: input.text, hidden: false, created_at: now() };
    this.state.activity.push({ seq: ++this.lastSeq, item });
    this.activityById.set(item.id, item);
    await this.deliverWebhook('activity.created', item);
    return item;
  }

  /** POSTs the event to the configured webhook; the outcome is logged in state, never thrown. */
  private async deliverWebhook(type: SandboxWebhookEvent['type'], data: SandboxWebhookEvent['data']): Promise<void> {
    const webhook = this.state.settings.webhook;
    if (!webhook) return;
    const event: SandboxWebhookEvent = { id: this.nextId('evt'), type, created_at: now(), data };
    const rawBody = JSON.stringify(event);
    try {
      const response = await fetch(webhook.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signWebhookBody(webhook.secret, rawBody) },
        body: rawBody,
        signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
      });
      this.state.webhookDeliveries.push({ event_id: event.id, status: response.status, error: null });
    } catch (error) {
      this.state.webhookDeliveries.push({ event_id: event.id, status: null, error: (error as Error).message });
    }
  }

  // --- helpers

  private idempotent(request: RecordedRequest, scope: string, create: () => unknown): FakeResponse {
    const key = request.headers['idempotency-key'];
    if (!key) return { status: 201, json: create() };
    const scopedKey = `${scope}:${key}`;
    if (!this.idempotentResults.has(scopedKey)) this.idempotentResults.set(scopedKey, create());
    return { status: 201, json: this.idempotentResults.get(scopedKey) };
  }

  private nextId(prefix: string): string {
    return `${prefix}_${++this.lastId}`;
  }
}

/** One page of a feed after the `since` cursor; the cursor is the last sequence number returned. */
function page<T>(entries: Array<{ seq: number; value: T }>, query: Record<string, string>) {
  const since = query.since ? Number(query.since) : 0;
  if (!Number.isInteger(since) || since < 0) throw new ApiError(400, 'bad_request', 'since must be a cursor from next_cursor');
  const limit = query.limit ? Number(query.limit) : DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new ApiError(400, 'bad_request', `limit must be 1 to ${MAX_PAGE_SIZE}`);
  }
  const after = entries.filter((entry) => entry.seq > since);
  const returned = after.slice(0, limit);
  return {
    data: returned.map((entry) => entry.value),
    next_cursor: String(returned.at(-1)?.seq ?? since),
    has_more: after.length > returned.length,
  };
}

function body<T>(request: RecordedRequest): T {
  if (typeof request.json !== 'object' || request.json === null) throw new ApiError(400, 'bad_request', 'The body must be a JSON object');
  return request.json as T;
}

function toAuthor(input: AuthorInput = { handle: 'sandbox-user', name: 'Sandbox User' }): SandboxAuthor {
  requireText(input.handle, 'author.handle');
  return { id: `usr_${input.handle}`, handle: input.handle, name: input.name ?? input.handle, avatar_url: input.avatar_url ?? null };
}

function requireText(value: unknown, field: string, maxLength?: number): asserts value is string {
  if (typeof value !== 'string' || value.trim() === '') throw new ApiError(422, 'validation_failed', `${field} is required`);
  if (maxLength !== undefined && value.length > maxLength) {
    throw new ApiError(422, 'validation_failed', `${field} is longer than ${maxLength} characters`);
  }
}

function requireInteger(value: unknown, field: string): number {
  if (!Number.isInteger(value) || (value as number) < 0) throw new ApiError(422, 'validation_failed', `${field} must be a non-negative integer`);
  return value as number;
}

function now(): string {
  return new Date().toISOString();
}

/** What the state file holds. */
interface SavedSandbox {
  version: 1;
  lastId: number;
  lastSeq: number;
  idempotentResults: Map<string, unknown>;
  dmThreadByAuthor: Map<string, string>;
  state: Omit<SandboxState, 'faults'>;
}

function savedSandboxProblem(value: unknown): string | undefined {
  const saved = value as Partial<SavedSandbox> | null;
  if (typeof saved !== 'object' || saved === null || saved.version !== 1) return 'not a version 1 sandbox state';
  if (!Number.isInteger(saved.lastId) || !Number.isInteger(saved.lastSeq)) return 'lastId and lastSeq must be integers';
  if (!(saved.idempotentResults instanceof Map) || !(saved.dmThreadByAuthor instanceof Map)) return 'idempotentResults and dmThreadByAuthor must be maps';
  const state = saved.state;
  const lists = state && [state.activity, state.reviews, state.reports, state.webhookDeliveries];
  if (!state || !(state.posts instanceof Map) || !(state.ownReplies instanceof Map) || !lists!.every(Array.isArray) || typeof state.settings !== 'object' || state.settings === null) {
    return 'state lacks posts, activity, replies, reviews, reports, deliveries or settings';
  }
  return undefined;
}
