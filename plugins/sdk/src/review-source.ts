import type { AccountInfo, InboundAuthor, SyncResult, WebhookRequest } from './channel.js';
import type { DriverContext } from './context.js';
import type { ErrorClassification } from './errors.js';
import type { JSONSchema } from './json-schema.js';
import type { OAuthFlow } from './oauth.js';
import type { JsonValue } from './store.js';

export interface ReviewSourceCapabilities {
  reply: boolean;
  deleteReply: boolean;
  report: boolean;
  webhooks: boolean;
}

export interface RatingScale {
  min: number;
  max: number;
}

/** One review, normalised across review sites. Edits arrive again with the same externalId. */
export interface InboundReview {
  externalId: string;
  author: InboundAuthor;
  /** The rating as the site gives it, within the driver's `ratingScale`. */
  rating: number;
  title?: string;
  text: string;
  /** BCP 47 tag, when the site knows it. */
  language?: string;
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601; set when the review was edited. */
  updatedAt?: string;
  /**
   * Facts the site gives beside the text, kept with the review and shown as they are (e.g. Google Play's app
   * version and device). Plain JSON; keys in camelCase. The latest copy of the review wins.
   */
  metadata?: Record<string, JsonValue>;
}

/** What the site accepts as a reply; Rapport refuses a longer one (BAD_USER_INPUT) before queueing it. */
export interface ReviewReplyLimits {
  /** In characters (UTF-16 code units, as JavaScript counts them). */
  maxLength: number;
  /** In bytes of UTF-8, for sites that count bytes (e.g. Google Business Profile's 4096). */
  maxBytes?: number;
}

export interface ReviewReplyInput {
  idempotencyKey: string;
  reviewExternalId: string;
  text: string;
}

export interface ReviewReportInput {
  /** Stable per dispute (Rapport always sends one): the same key must not file a second report. */
  idempotencyKey?: string;
  reviewExternalId: string;
  reason: string;
  evidence: string;
}

/** A review site, as Rapport sees it. */
export interface ReviewSourceDriver {
  code: string;
  displayName: string;
  description?: string;
  ratingScale: RatingScale;
  credentialsSchema: JSONSchema;
  capabilities: ReviewSourceCapabilities;
  replyLimits?: ReviewReplyLimits;
  /** Connecting by consent (OAuth 2.0), as for channels (see `ChannelDriver.oauth`). */
  oauth?: OAuthFlow;

  verifyCredentials(ctx: DriverContext): Promise<AccountInfo>;
  /** Reviews created or edited after `cursor`, oldest first. */
  sync(ctx: DriverContext, cursor: string | null): Promise<SyncResult<InboundReview>>;
  /** Publishes our public answer to a review; a review has at most one, so this replaces it. */
  reply?(ctx: DriverContext, input: ReviewReplyInput): Promise<{ externalId?: string }>;
  deleteReply?(ctx: DriverContext, reviewExternalId: string): Promise<void>;
  /** Disputes an abusive or fake review with the site. A refusal (e.g. already reported) is an error `classifyError` calls `invalid`. */
  report?(ctx: DriverContext, input: ReviewReportInput): Promise<{ reference: string }>;
  /**
   * Whether the delivery is signed by the network (false: the host answers 401, stores nothing). A network
   * that signs a timestamp should check it with `verifyTimestampedSignature`, which refuses replayed deliveries.
   */
  verifyWebhook?(ctx: DriverContext, request: WebhookRequest): boolean | Promise<boolean>;
  /**
   * The items of a verified delivery. Check the payload fully (e.g. `parseJsonWebhook(request, schema)`) and
   * throw a `WebhookPayloadError` when it is not one you understand: the host answers 400 with its message.
   */
  parseWebhook?(ctx: DriverContext, request: WebhookRequest): InboundReview[] | Promise<InboundReview[]>;
  classifyError(error: unknown): ErrorClassification;
}
