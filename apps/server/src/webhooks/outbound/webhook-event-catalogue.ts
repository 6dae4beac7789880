import type { RapportEvent } from '../../events/rapport-event.js';

/**
 * The documented outbound events (docs/webhooks.md): each type, the bus event
 * it comes from, and how its `data` is built. Payloads are picked field by
 * field, so an entity's new column never reaches receivers unannounced (and
 * no secret ever does); a change that breaks a payload bumps its `version`.
 */
export interface WebhookEventTypeInfo {
  type: string;
  version: number;
  description: string;
}

type Data = Record<string, unknown>;

/** An outbound event a bus event makes, its data not built yet: most events go to no endpoint, and then it never is. */
export interface OutboundEventType {
  type: string;
  version: number;
  build: () => Data;
}

function pick(source: object, keys: readonly string[]): Data {
  const record = source as Record<string, unknown>;
  return Object.fromEntries(keys.map((key) => [key, record[key] ?? null]));
}

const TARGET_FIELDS = ['id', 'postId', 'channelId', 'status', 'variantText', 'externalId', 'url', 'attempts', 'lastError', 'publishedAt', 'createdAt', 'updatedAt'];
const POST_FIELDS = ['id', 'status', 'kind', 'body', 'media', 'tags', 'scheduledAt', 'requiresApproval', 'authorId', 'createdAt', 'updatedAt'];
const CONVERSATION_FIELDS = [
  'id', 'channelId', 'kind', 'threadExternalId', 'postTargetId', 'contactId', 'status', 'priority', 'assigneeId', 'labels', 'escalated',
  'awaitingAnswer', 'waitingSince', 'firstInboundAt', 'firstResponseAt', 'lastMessageAt', 'snoozedUntil', 'createdAt', 'updatedAt',
];
const MESSAGE_FIELDS = [
  'id', 'conversationId', 'channelId', 'direction', 'kind', 'externalId', 'inReplyToExternalId', 'contactId', 'authorUserId', 'body', 'sentAt',
  'visibility', 'labels', 'deliveryStatus', 'deliveryError', 'networkAction', 'networkState', 'networkError', 'createdAt', 'updatedAt',
];
const REVIEW_FIELDS = ['id', 'channelId', 'externalId', 'rating', 'title', 'body', 'language', 'sourceCreatedAt', 'sourceUpdatedAt', 'sentiment', 'labels', 'flags', 'urgent', 'suspicion', 'createdAt', 'updatedAt'];
const REPLY_FIELDS = ['status', 'body', 'sentAt', 'externalId', 'error', 'byUserId'];
const DISPUTE_FIELDS = ['id', 'reviewId', 'status', 'reason', 'platformReference', 'error', 'byUserId', 'submittedAt', 'resolvedAt', 'createdAt', 'updatedAt'];
const CHANNEL_FIELDS = ['id', 'type', 'kind', 'displayName', 'status', 'statusReason', 'externalAccountId', 'externalAccountName', 'externalAccountUrl', 'lastSyncedAt', 'createdAt', 'updatedAt'];
const POLICY_FIELDS = ['id', 'name', 'scope', 'enabled', 'channelId', 'version', 'rules', 'createdAt', 'updatedAt'];
const ENDPOINT_FIELDS = ['id', 'url', 'description', 'eventTypes', 'disabledAt', 'disabledReason', 'failingSince', 'consecutiveFailures'];

const post = (value: unknown): Data => {
  const entity = value as { targets?: object[] };
  return { ...pick(entity as object, POST_FIELDS), targets: (entity.targets ?? []).map((target) => pick(target, TARGET_FIELDS)) };
};
const review = (value: unknown): Data => {
  const entity = value as { author?: object };
  return { ...pick(entity as object, REVIEW_FIELDS), author: entity.author ? pick(entity.author, ['externalId', 'handle', 'name']) : null };
};
const reviewReply = (value: unknown): Data => {
  const entity = value as { id: string; channelId: string; reply: object };
  return { reviewId: entity.id, channelId: entity.channelId, ...pick(entity.reply, REPLY_FIELDS) };
};

interface CatalogueEntry extends WebhookEventTypeInfo {
  /** The bus event it comes from. */
  from: string;
  /** Whether this bus event is one of this type (absent: always), e.g. not a target that is still publishing. */
  when?: (payload: unknown) => boolean;
  /** Its data. */
  data: (payload: unknown) => Data;
}

const isPublished = (target: unknown) => (target as { status: string }).status === 'PUBLISHED';
const isFailed = (target: unknown) => (target as { status: string }).status === 'FAILED';
const isDisconnection = (update: unknown) => (update as { disconnected: boolean }).disconnected;
const channel = (update: unknown) => pick((update as { channel: object }).channel, CHANNEL_FIELDS);

const CATALOGUE: CatalogueEntry[] = [
  { type: 'post.updated', version: 1, from: 'post.updated', data: post, description: 'A post was created, edited, or moved in its life (submitted, approved, scheduled, each publishing step, cancelled). `data`: the post with its targets.' },
  { type: 'post.deleted', version: 1, from: 'post.deleted', data: (id) => ({ id }), description: 'A post was deleted. `data`: `{ id }`.' },
  {
    type: 'post_target.published', version: 1, from: 'post_target.updated', description: 'A post went live on one channel. `data`: the target (externalId, url, publishedAt).',
    when: isPublished, data: (target) => pick(target as object, TARGET_FIELDS),
  },
  {
    type: 'post_target.failed', version: 1, from: 'post_target.updated', description: 'Publishing to one channel failed for good. `data`: the target (lastError, attempts).',
    when: isFailed, data: (target) => pick(target as object, TARGET_FIELDS),
  },
  { type: 'conversation.updated', version: 1, from: 'conversation.updated', data: (c) => pick(c as object, CONVERSATION_FIELDS), description: 'A conversation changed: a new message, status, assignment, labels, priority, escalation. `data`: the conversation.' },
  { type: 'message.created', version: 1, from: 'message.added', data: (m) => pick(m as object, MESSAGE_FIELDS), description: 'A message was added to a conversation: inbound, a reply, an auto-reply or a note. `data`: the message.' },
  { type: 'message.updated', version: 1, from: 'message.updated', data: (m) => pick(m as object, MESSAGE_FIELDS), description: 'A message changed: hidden or shown, or a reply or network action (send, hide, unhide, delete) moved on. `data`: the message.' },
  { type: 'review.created', version: 1, from: 'review.added', data: review, description: 'A review arrived from a review site. `data`: the review.' },
  { type: 'review.updated', version: 1, from: 'review.updated', data: review, description: 'A review changed: edited on the site, flagged, replied to, disputed. `data`: the review.' },
  { type: 'review_reply.updated', version: 1, from: 'review_reply.updated', data: reviewReply, description: "A review's reply was written, approved, queued, sent, failed or deleted. `data`: `{ reviewId, channelId }` and the reply (status, body, sentAt, error...)." },
  { type: 'dispute.created', version: 1, from: 'dispute.created', data: (d) => pick(d as object, DISPUTE_FIELDS), description: 'A review was disputed (QUEUED to be reported, or OPEN when filed by hand). `data`: the dispute.' },
  { type: 'dispute.updated', version: 1, from: 'dispute.updated', data: (d) => pick(d as object, DISPUTE_FIELDS), description: 'A dispute moved on: SUBMITTED to the site, FAILED, UPHELD or REJECTED. `data`: the dispute.' },
  {
    type: 'channel.updated', version: 1, from: 'channel.updated', description: 'A channel was connected, changed or re-checked (e.g. it now needs re-authorisation). `data`: the channel, never its credentials.',
    when: (update) => !isDisconnection(update), data: channel,
  },
  {
    type: 'channel.disconnected', version: 1, from: 'channel.updated', description: 'A channel was disconnected. `data`: the channel as it was.',
    when: isDisconnection, data: channel,
  },
  { type: 'policy.created', version: 1, from: 'policy.created', data: (p) => pick(p as object, POLICY_FIELDS), description: 'A policy was created. `data`: the policy with its rules.' },
  { type: 'policy.updated', version: 1, from: 'policy.updated', data: (p) => pick(p as object, POLICY_FIELDS), description: 'A policy was edited (a new version). `data`: the policy with its rules.' },
  { type: 'policy.deleted', version: 1, from: 'policy.deleted', data: (p) => pick(p as object, POLICY_FIELDS), description: 'A policy was deleted. `data`: the policy as it was.' },
  { type: 'webhook_endpoint.disabled', version: 1, from: 'webhook_endpoint.disabled', data: (e) => pick(e as object, ENDPOINT_FIELDS), description: "Another endpoint of the workspace was disabled after a long failure streak or a 410 Gone. `data`: the endpoint (never its secret)." },
];

/** Every documented event type, for the API and the docs. */
export const WEBHOOK_EVENT_TYPES: readonly WebhookEventTypeInfo[] = CATALOGUE.map(({ type, version, description }) => ({ type, version, description }));

/** The families a pattern may name with `.*`. */
export const WEBHOOK_EVENT_FAMILIES: readonly string[] = [...new Set(CATALOGUE.map(({ type }) => type.split('.')[0]))];

/** Why an event type pattern is not valid, or null: an exact type of the catalogue, or `<family>.*`. */
export function eventTypePatternProblem(pattern: string): string | null {
  if (CATALOGUE.some(({ type }) => type === pattern)) return null;
  const family = /^([a-z_]+)\.\*$/.exec(pattern)?.[1];
  if (family && WEBHOOK_EVENT_FAMILIES.includes(family)) return null;
  return `"${pattern.slice(0, 100)}" is not an event type; use one of webhookEventTypes or a family with .* (${WEBHOOK_EVENT_FAMILIES.map((f) => `${f}.*`).join(', ')})`;
}

/** Whether an endpoint's patterns take this event type. */
export function matchesEventType(patterns: readonly string[], type: string): boolean {
  return patterns.some((pattern) => pattern === type || (pattern.endsWith('.*') && type.startsWith(pattern.slice(0, -1))));
}

/** The outbound events a bus event makes (none for events outside the catalogue), their data built on demand. */
export function outboundEventTypesOf(event: RapportEvent): OutboundEventType[] {
  return CATALOGUE.filter(({ from, when }) => from === event.name && (when?.(event.payload) ?? true)).map(({ type, version, data }) => ({ type, version, build: () => data(event.payload) }));
}

/** The body of a delivery: `{ type, version, timestamp, workspaceId, data }`, serialised once so every attempt sends (and signs) the same bytes. */
export function serialisePayload(event: OutboundEventType, occurredAt: Date, workspaceId: string): string {
  return JSON.stringify({ type: event.type, version: event.version, timestamp: occurredAt.toISOString(), workspaceId, data: event.build() });
}
