import type { DriverContext } from './context.js';
import type { ErrorClassification } from './errors.js';
import type { JSONSchema } from './json-schema.js';

export interface ChannelCapabilities {
  publish: boolean;
  reply: boolean;
  hide: boolean;
  delete: boolean;
  mentions: boolean;
  directMessages: boolean;
  webhooks: boolean;
  polling: boolean;
}

/** What the network accepts in one post; the composer checks drafts against it. */
export interface ChannelLimits {
  maxLength: number;
  maxMedia: number;
  /** MIME types accepted as media, e.g. `image/png`. */
  mediaTypes: string[];
}

export interface RateLimit {
  requests: number;
  perSeconds: number;
}

export interface MediaAttachment {
  url: string;
  mimeType: string;
  altText?: string;
}

export interface InboundAuthor {
  externalId: string;
  handle: string;
  name?: string;
  avatarUrl?: string;
}

export type InboundKind = 'comment' | 'mention' | 'direct_message';

export const INBOUND_KINDS: readonly InboundKind[] = ['comment', 'mention', 'direct_message'];

/** One comment, mention or direct message, normalised across networks. */
export interface InboundItem {
  kind: InboundKind;
  externalId: string;
  /** Groups items into one conversation: the thread, or the DM conversation. */
  threadExternalId: string;
  inReplyToExternalId?: string;
  /** Our post this item comments on, when it is a comment on one. */
  postExternalId?: string;
  author: InboundAuthor;
  text: string;
  /** ISO 8601. */
  createdAt: string;
}

export interface AccountInfo {
  accountId: string;
  displayName: string;
  url?: string;
}

export interface PublishInput {
  /** Stable per post target: the same key must not create a second post. */
  idempotencyKey: string;
  text: string;
  media: MediaAttachment[];
}

export interface PublishResult {
  externalId: string;
  url?: string;
}

export interface ReplyInput {
  /** Stable per reply: the same key must not create a second reply. */
  idempotencyKey: string;
  inReplyToExternalId: string;
  conversationExternalId?: string;
  text: string;
}

export interface SyncResult<T> {
  items: T[];
  /** Where the next sync starts; `null` only when the driver keeps no position. */
  nextCursor: string | null;
}

export interface WebhookRequest {
  /** Request headers, names in lower case (as Node gives them). */
  headers: Record<string, string | string[] | undefined>;
  /** The body exactly as received: signatures are computed over these bytes. */
  rawBody: Buffer;
}

/** A social network, as Rapport sees it. */
export interface ChannelDriver {
  code: string;
  displayName: string;
  description: string;
  capabilities: ChannelCapabilities;
  limits: ChannelLimits;
  credentialsSchema: JSONSchema;
  rateLimit?: RateLimit;

  verifyCredentials(ctx: DriverContext): Promise<AccountInfo>;
  publish(ctx: DriverContext, input: PublishInput): Promise<PublishResult>;
  /** Inbound items after `cursor` (`null`: from the start the network allows), oldest first. */
  sync(ctx: DriverContext, cursor: string | null): Promise<SyncResult<InboundItem>>;
  reply(ctx: DriverContext, input: ReplyInput): Promise<{ externalId: string }>;
  hide?(ctx: DriverContext, externalId: string): Promise<void>;
  unhide?(ctx: DriverContext, externalId: string): Promise<void>;
  /** Deletes content we published (a post or one of our replies). */
  delete?(ctx: DriverContext, externalId: string): Promise<void>;
  /**
   * Whether the delivery is signed by the network (false: the host answers 401, stores nothing). A network
   * that signs a timestamp should check it with `verifyTimestampedSignature`, which refuses replayed deliveries.
   */
  verifyWebhook?(ctx: DriverContext, request: WebhookRequest): boolean | Promise<boolean>;
  /**
   * The items of a verified delivery. Check the payload fully (e.g. `parseJsonWebhook(request, schema)`) and
   * throw a `WebhookPayloadError` when it is not one you understand: the host answers 400 with its message.
   */
  parseWebhook?(ctx: DriverContext, request: WebhookRequest): InboundItem[] | Promise<InboundItem[]>;
  classifyError(error: unknown): ErrorClassification;
}
