import type { DriverContext, PluginLogger } from './context.js';
import type { ErrorClassification } from './errors.js';
import type { JSONSchema } from './json-schema.js';
import type { OAuthFlow } from './oauth.js';

export interface ChannelCapabilities {
  publish: boolean;
  reply: boolean;
  /** Some inbound items can be hidden on the network; say which in `hideableKinds`. */
  hide: boolean;
  /** Our own content (posts, replies) can be deleted; inbound items others wrote only of the `deletableKinds`. */
  delete: boolean;
  mentions: boolean;
  directMessages: boolean;
  webhooks: boolean;
  polling: boolean;
  /**
   * The kinds of inbound item `hide` (and `unhide`) work on, e.g. `['comment', 'mention']` on a network that
   * cannot hide direct messages. Required (non-empty) when `hide` is true. The host refuses to hide any other
   * kind on the network before calling the driver, so declare only what the network really accepts.
   */
  hideableKinds?: InboundKind[];
  /**
   * The kinds of inbound item written by others that `delete` removes (e.g. comments under our posts on a
   * network that lets the page owner delete them). Empty or left out: `delete` removes only our own content.
   */
  deletableKinds?: InboundKind[];
}

/** What the network accepts in one post; the composer checks drafts against it. */
export interface ChannelLimits {
  maxLength: number;
  /**
   * How the network counts a text against `maxLength`, when it is not in Unicode code points: Mastodon counts a
   * link as 23, Bluesky counts graphemes, Threads counts an emoji as its UTF-8 bytes. See `textLength`.
   */
  countLength?: (text: string) => number;
  maxMedia: number;
  /** MIME types accepted as media, e.g. `image/png`. */
  mediaTypes: string[];
  /** Media a post needs at least, on networks that refuse text alone (Instagram: 1). Default 0. */
  minMedia?: number;
  /** Hashtags a post may carry, as `countHashtags` counts them (Instagram: 30). Default: no limit. */
  maxHashtags?: number;
  /**
   * What the network takes of media of some types beyond the type itself: aspect ratio, size in pixels, duration
   * (Instagram's feed images from 4:5 to 1.91:1). Checked with `mediaLimitProblems` against the media's declared
   * `width`, `height` and `durationSeconds`; a medium that does not declare them is not checked.
   */
  mediaRules?: MediaRule[];
}

/** One rule of `ChannelLimits.mediaRules`; every bound is optional and inclusive. */
export interface MediaRule {
  /** The MIME types it applies to (`image/jpeg`), or a family (`video/*`). */
  mimeTypes: string[];
  /** Named in messages, e.g. `feed images`. */
  description: string;
  /** Width ÷ height, e.g. 0.8 for 4:5. */
  minAspectRatio?: number;
  maxAspectRatio?: number;
  /** Pixels. */
  minWidth?: number;
  maxWidth?: number;
  minHeight?: number;
  maxHeight?: number;
  minDurationSeconds?: number;
  maxDurationSeconds?: number;
}

/**
 * What is wrong with each medium against the rules (empty when nothing is), e.g. `media 1 is 1080×1920 (aspect
 * ratio 0.56); Instagram takes feed images from 0.8 to 1.91`. Only what a medium declares is checked.
 */
export function mediaLimitProblems(rules: MediaRule[] | undefined, media: MediaAttachment[], channelName: string): string[] {
  const problems: string[] = [];
  media.forEach((item, index) => {
    for (const rule of rules ?? []) {
      if (!rule.mimeTypes.some((type) => type === item.mimeType || (type.endsWith('/*') && item.mimeType.startsWith(type.slice(0, -1))))) continue;
      const which = `media ${index + 1}`;
      const { width, height, durationSeconds: duration } = item;
      const size = width && height ? `${width}×${height}` : undefined;
      if (width && height && (outside(width / height, rule.minAspectRatio, rule.maxAspectRatio))) {
        problems.push(`${which} is ${size} (aspect ratio ${round(width / height)}); ${channelName} takes ${rule.description} with an aspect ratio ${range(rule.minAspectRatio, rule.maxAspectRatio)}`);
      }
      if (width && outside(width, rule.minWidth, rule.maxWidth)) problems.push(`${which} is ${width} pixels wide; ${channelName} takes ${rule.description} ${range(rule.minWidth, rule.maxWidth)} pixels wide`);
      if (height && outside(height, rule.minHeight, rule.maxHeight)) problems.push(`${which} is ${height} pixels high; ${channelName} takes ${rule.description} ${range(rule.minHeight, rule.maxHeight)} pixels high`);
      if (duration !== undefined && outside(duration, rule.minDurationSeconds, rule.maxDurationSeconds)) {
        problems.push(`${which} lasts ${round(duration)} seconds; ${channelName} takes ${rule.description} ${range(rule.minDurationSeconds, rule.maxDurationSeconds)} seconds long`);
      }
    }
  });
  return problems;
}

function outside(value: number, min: number | undefined, max: number | undefined): boolean {
  return (min !== undefined && value < min) || (max !== undefined && value > max);
}

function range(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `from ${round(min)} to ${round(max)}`;
  return min !== undefined ? `of at least ${round(min)}` : `of at most ${round(max!)}`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A text's length as the network counts it against `limits.maxLength`: its `countLength`, else Unicode code points. */
export function textLength(limits: Pick<ChannelLimits, 'countLength'>, text: string): number {
  return limits.countLength ? limits.countLength(text) : [...text].length;
}

/** The hashtags of a text (`#` then letters, digits or `_`, with a letter; not inside a word): how `maxHashtags` is counted. */
export function countHashtags(text: string): number {
  return text.match(/(?<![\p{L}\p{N}_#&])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu)?.length ?? 0;
}

export interface RateLimit {
  requests: number;
  perSeconds: number;
}

export interface MediaAttachment {
  url: string;
  mimeType: string;
  altText?: string;
  /** Pixels, when known: `mediaRules` check aspect ratios and sizes with them. */
  width?: number;
  height?: number;
  /** Of a video, when known. */
  durationSeconds?: number;
}

export interface InboundAuthor {
  externalId: string;
  handle: string;
  name?: string;
  avatarUrl?: string;
}

export type InboundKind = 'comment' | 'mention' | 'direct_message';

export const INBOUND_KINDS: readonly InboundKind[] = ['comment', 'mention', 'direct_message'];

/**
 * What is wrong with a channel's item-kind capabilities (empty when nothing is), each starting with
 * `capabilities.`: the host trusts `hideableKinds` and `deletableKinds` to refuse what the network would, so
 * they must name real kinds and agree with the `hide` and `delete` flags. `definePlugin` and the conformance
 * kit both check it.
 */
export function channelCapabilityProblems(capabilities: Partial<ChannelCapabilities> | undefined): string[] {
  if (typeof capabilities !== 'object' || capabilities === null) return [];
  const problems: string[] = [];
  for (const list of ['hideableKinds', 'deletableKinds'] as const) {
    const kinds: unknown = capabilities[list];
    if (kinds === undefined) continue;
    if (!Array.isArray(kinds)) problems.push(`capabilities.${list} must be a list of ${INBOUND_KINDS.join(', ')}`);
    else if (kinds.some((kind) => !INBOUND_KINDS.includes(kind))) {
      problems.push(`capabilities.${list} has unknown kinds: ${kinds.filter((kind) => !INBOUND_KINDS.includes(kind)).join(', ')} (known: ${INBOUND_KINDS.join(', ')})`);
    }
  }
  const hideable = Array.isArray(capabilities.hideableKinds) ? capabilities.hideableKinds.length : 0;
  if (capabilities.hide === true && hideable === 0) problems.push(`capabilities.hide is true: list the kinds of item the network lets you hide in capabilities.hideableKinds (e.g. ['comment'])`);
  if (capabilities.hide !== true && hideable > 0) problems.push('capabilities.hideableKinds is set but capabilities.hide is not true');
  if (capabilities.delete !== true && Array.isArray(capabilities.deletableKinds) && capabilities.deletableKinds.length > 0) {
    problems.push('capabilities.deletableKinds is set but capabilities.delete is not true');
  }
  return problems;
}

/** What is wrong with a channel's `appWebhook` declaration (empty when nothing is), each starting with `appWebhook`. */
export function appWebhookProblems(driver: Pick<ChannelDriver, 'appWebhook' | 'parseWebhook'>): string[] {
  const hooks: unknown = driver.appWebhook;
  if (hooks === undefined) return [];
  if (typeof hooks !== 'object' || hooks === null) return ['appWebhook must be an object'];
  const problems = (['challenge', 'verify', 'accounts'] as const)
    .filter((hook) => typeof (hooks as Record<string, unknown>)[hook] !== 'function')
    .map((hook) => `appWebhook.${hook}() is required`);
  if (typeof driver.parseWebhook !== 'function') problems.push('appWebhook needs parseWebhook(), which reads each channel\'s entries of a delivery');
  return problems;
}

/** Whether the driver declares that the network hides (or deletes) inbound items of this kind. */
export function canActOnKind(driver: Pick<ChannelDriver, 'capabilities'>, action: 'hide' | 'delete', kind: InboundKind): boolean {
  const kinds = action === 'hide' ? driver.capabilities.hideableKinds : driver.capabilities.deletableKinds;
  return driver.capabilities[action] === true && Array.isArray(kinds) && kinds.includes(kind);
}

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
  /**
   * The account's stable id on the network (not its handle, which may change). Rapport connects one account at
   * most once per workspace and channel type, by this id: on a network of several servers (e.g. Mastodon)
   * include the server, e.g. `109837@mastodon.social`.
   */
  accountId: string;
  displayName: string;
  url?: string;
}

export interface PublishInput {
  /** Stable per post target: the same key must not create a second post. */
  idempotencyKey: string;
  text: string;
  media: MediaAttachment[];
  /**
   * This post's options on this channel (e.g. Mastodon's `visibility`), as the author set them on the post's
   * target; already checked against the driver's `postOptionsSchema`. Absent when none were set.
   */
  options?: Record<string, string>;
}

/**
 * What is wrong with a `postOptionsSchema` (empty when nothing is), each starting with `postOptionsSchema`: an
 * object of named string options (an `enum` or a bounded string each), since authors set them per post as
 * name/value pairs.
 */
export function postOptionsSchemaProblems(schema: unknown): string[] {
  if (schema === undefined) return [];
  const declared = schema as { type?: unknown; properties?: unknown; additionalProperties?: unknown };
  if (typeof schema !== 'object' || schema === null || declared.type !== 'object' || typeof declared.properties !== 'object' || declared.properties === null) {
    return ['postOptionsSchema must be a JSON Schema of type object with properties'];
  }
  const problems: string[] = [];
  if (declared.additionalProperties !== false) problems.push('postOptionsSchema must say additionalProperties: false, so a misspelt option is refused');
  for (const [name, property] of Object.entries(declared.properties as Record<string, { type?: unknown }>)) {
    if (typeof property !== 'object' || property === null || property.type !== 'string') problems.push(`postOptionsSchema.properties.${name} must be of type string`);
  }
  return problems;
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
  /**
   * How many items the whole sync (e.g. a first backfill) holds, when the network says (Google Business Profile's
   * `totalReviewCount`): shown with the sync's progress. Leave it out when unknown.
   */
  estimatedTotal?: number;
}

export interface WebhookRequest {
  /** Request headers, names in lower case (as Node gives them). */
  headers: Record<string, string | string[] | undefined>;
  /** The body exactly as received: signatures are computed over these bytes. */
  rawBody: Buffer;
}

/** What app-level webhook hooks receive: the plugin's options and logger; no channel is known yet. */
export interface AppWebhookContext {
  options: Record<string, unknown>;
  logger: PluginLogger;
}

/**
 * One webhook endpoint for the whole app, for networks that send every connected account's activity to a single
 * callback URL (Meta: one per app and object, signed with the app secret). Rapport serves it at
 * `/webhooks/apps/<channel type>`: a GET answers the network's subscription handshake with `challenge`; a POST is
 * checked once with `verify` (false: 401, nothing stored), `accounts` names the accounts it has entries for, and
 * the driver's `parseWebhook` then runs with the context of each channel connected to one of them (in any
 * workspace), keeping that account's entries. Deliveries for accounts no channel connects are accepted and dropped.
 */
export interface AppWebhook {
  /** The body that answers a subscription handshake (e.g. Meta's `hub.challenge`), or undefined to refuse it (403). */
  challenge(ctx: AppWebhookContext, query: Record<string, string>): string | undefined;
  /** Whether the delivery is the network's, e.g. its signature over the raw body with the app secret. */
  verify(ctx: AppWebhookContext, request: WebhookRequest): boolean | Promise<boolean>;
  /**
   * The account ids (as `verifyCredentials` reports them) a verified delivery has entries for. Throw a
   * `WebhookPayloadError` when it is not a payload you understand: the host answers 400 with its message.
   */
  accounts(ctx: AppWebhookContext, request: WebhookRequest): string[] | Promise<string[]>;
}

/** A social network, as Rapport sees it. */
export interface ChannelDriver {
  code: string;
  displayName: string;
  description: string;
  capabilities: ChannelCapabilities;
  limits: ChannelLimits;
  credentialsSchema: JSONSchema;
  /**
   * Options an author may set per post on this channel (e.g. Mastodon's visibility and content warning): an object
   * schema of string properties with `additionalProperties: false`. Rapport refuses options that do not match it
   * (`BAD_USER_INPUT`) when the post is saved, and passes them to `publish` as `input.options`.
   */
  postOptionsSchema?: JSONSchema;
  rateLimit?: RateLimit;
  /**
   * How an admin connects an account by consent (OAuth 2.0) rather than by pasting credentials: the host's
   * `beginChannelConnection` and callback run it and store what `oauth.credentials` makes (see oauth.ts).
   */
  oauth?: OAuthFlow;

  /**
   * This account's own limits where the network sets them per server or account (a Mastodon server's
   * `max_characters`), merged over `limits` when Rapport checks a post before publishing (`limitErrors`, schedule,
   * publish). Answer what the driver last read from the network and kept (e.g. in `ctx.store` during
   * `verifyCredentials` or `publish`), without calling the network, or null to use `limits`.
   */
  accountLimits?(ctx: DriverContext): Promise<Partial<ChannelLimits> | null>;

  verifyCredentials(ctx: DriverContext): Promise<AccountInfo>;
  publish(ctx: DriverContext, input: PublishInput): Promise<PublishResult>;
  /** Inbound items after `cursor` (`null`: from the start the network allows), oldest first. */
  sync(ctx: DriverContext, cursor: string | null): Promise<SyncResult<InboundItem>>;
  reply(ctx: DriverContext, input: ReplyInput): Promise<{ externalId: string }>;
  /** Hides an inbound item of one of the `hideableKinds`; throw (e.g. the network's refusal) when it did not happen. */
  hide?(ctx: DriverContext, externalId: string): Promise<void>;
  unhide?(ctx: DriverContext, externalId: string): Promise<void>;
  /** Deletes content we published (a post or one of our replies), or an inbound item of one of the `deletableKinds`. */
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
  /**
   * For networks with one webhook URL per app rather than per account (see AppWebhook); needs `parseWebhook`,
   * which then receives every verified delivery that names the channel's account.
   */
  appWebhook?: AppWebhook;
  classifyError(error: unknown): ErrorClassification;
}
