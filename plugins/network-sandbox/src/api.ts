import type { DriverContext, HttpClient, InboundAuthor, InboundItem, InboundReview, JSONSchema, WebhookRequest } from '@rapport/plugin-sdk';
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

/** Checks the `X-Sandbox-Signature` header against the account's webhook secret. */
export function isSignedBySandbox(ctx: DriverContext, request: WebhookRequest): boolean {
  const secret = optionalString(ctx.credentials.webhookSecret);
  const header = request.headers[SIGNATURE_HEADER];
  return secret !== undefined && verifyWebhookSignature(secret, request.rawBody, Array.isArray(header) ? header[0] : header);
}

export function parseWebhookEvent(request: WebhookRequest): SandboxWebhookEvent {
  return JSON.parse(request.rawBody.toString('utf8')) as SandboxWebhookEvent;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
