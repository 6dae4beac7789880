import { parseJsonWebhook, type DriverContext, type HttpClient, type InboundAuthor, type InboundItem, type InboundReview, type JSONSchema, type WebhookRequest } from '@rapport/plugin-sdk';
import type { SandboxActivity, SandboxAuthor, SandboxReview, SandboxWebhookEvent } from './contract.js';
import { SIGNATURE_HEADER, verifyWebhookSignature } from './signature.js';

/** Credentials of one sandbox account; shared by the channel and the review source. */
export const credentialsSchema: JSONSchema = {
  type: 'object',
  required: ['accessToken'],
  additionalProperties: false,
  properties: {
    accessToken: { type: 'string', minLength: 1, title: 'Access token', secret: true },
    baseUrl: { type: 'string', format: 'uri', title: 'API base URL', description: "Defaults to the plugin option 'baseUrl'" },
    webhookSecret: { type: 'string', minLength: 1, title: 'Webhook secret', secret: true },
  },
};

/** The sandbox API as this account: the host's client pointed at its base URL, with its token. */
export function sandboxApi(ctx: DriverContext): HttpClient {
  const baseUrl = optionalString(ctx.credentials.baseUrl) ?? optionalString(ctx.options.baseUrl);
  return ctx.http.extend({ baseUrl, headers: { authorization: `Bearer ${String(ctx.credentials.accessToken)}` } });
}

export function idempotencyHeader(key: string): Record<string, string> {
  return { 'idempotency-key': key };
}

export function toInboundItem(activity: SandboxActivity): InboundItem {
  return {
    kind: activity.type,
    externalId: activity.id,
    threadExternalId: activity.thread_id,
    inReplyToExternalId: activity.in_reply_to_id ?? undefined,
    postExternalId: activity.post_id ?? undefined,
    author: toInboundAuthor(activity.author),
    text: activity.text,
    createdAt: activity.created_at,
  };
}

export function toInboundReview(review: SandboxReview): InboundReview {
  return {
    externalId: review.id,
    author: toInboundAuthor(review.author),
    rating: review.rating,
    title: review.title ?? undefined,
    text: review.text,
    language: review.language ?? undefined,
    createdAt: review.created_at,
    updatedAt: review.updated_at ?? undefined,
  };
}

function toInboundAuthor(author: SandboxAuthor): InboundAuthor {
  return { externalId: author.id, handle: author.handle, name: author.name, avatarUrl: author.avatar_url ?? undefined };
}

/** Checks the `X-Sandbox-Signature` header against the account's webhook secret, and that it was signed within 5 minutes. */
export function isSignedBySandbox(ctx: DriverContext, request: WebhookRequest): boolean {
  const secret = optionalString(ctx.credentials.webhookSecret);
  const header = request.headers[SIGNATURE_HEADER];
  return secret !== undefined && verifyWebhookSignature(secret, request.rawBody, Array.isArray(header) ? header[0] : header);
}

const id = { type: 'string', minLength: 1 };
const nullableId = { type: ['string', 'null'], minLength: 1 };
const dateTime = { type: 'string', format: 'date-time' };
const authorSchema = {
  type: 'object',
  required: ['id', 'handle', 'name', 'avatar_url'],
  properties: { id, handle: id, name: { type: 'string' }, avatar_url: { type: ['string', 'null'] } },
};
const activitySchema = {
  type: 'object',
  required: ['id', 'type', 'thread_id', 'in_reply_to_id', 'post_id', 'author', 'text', 'created_at'],
  properties: {
    id,
    type: { enum: ['comment', 'mention', 'direct_message'] },
    thread_id: id,
    in_reply_to_id: nullableId,
    post_id: nullableId,
    author: authorSchema,
    text: { type: 'string' },
    hidden: { type: 'boolean' },
    created_at: dateTime,
  },
};
const reviewSchema = {
  type: 'object',
  required: ['id', 'author', 'rating', 'title', 'text', 'language', 'created_at', 'updated_at'],
  properties: {
    id,
    author: authorSchema,
    rating: { type: 'integer', minimum: 1, maximum: 5 },
    title: { type: ['string', 'null'] },
    text: { type: 'string' },
    language: { type: ['string', 'null'] },
    created_at: dateTime,
    updated_at: { type: ['string', 'null'], format: 'date-time' },
    reply: { type: ['object', 'null'], required: ['id', 'text', 'created_at'], properties: { id, text: { type: 'string' }, created_at: dateTime } },
  },
};

/** A webhook event as documented in README.md, every field's type checked (fields the drivers do not read may be absent). */
export const webhookEventSchema: JSONSchema = {
  type: 'object',
  required: ['id', 'type', 'created_at', 'data'],
  properties: { id, type: { enum: ['activity.created', 'review.created', 'review.updated'] }, created_at: dateTime },
  allOf: [
    { if: { required: ['type'], properties: { type: { const: 'activity.created' } } }, then: { properties: { data: activitySchema } } },
    { if: { required: ['type'], properties: { type: { enum: ['review.created', 'review.updated'] } } }, then: { properties: { data: reviewSchema } } },
  ],
};

/** The delivery's event, checked against `webhookEventSchema` (a WebhookPayloadError naming each invalid field otherwise). */
export function parseWebhookEvent(request: WebhookRequest): SandboxWebhookEvent {
  return parseJsonWebhook<SandboxWebhookEvent>(request, webhookEventSchema);
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
