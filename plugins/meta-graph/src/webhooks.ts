import { WebhookPayloadError, constantTimeEqual, parseJsonWebhook, signBody, verifyBodySignature, type JSONSchema, type WebhookRequest } from '@rapport/plugin-sdk';

/**
 * Meta's webhooks (https://developers.facebook.com/docs/graph-api/webhooks/getting-started): one callback URL per
 * app and object, a GET handshake with `hub.mode=subscribe`, `hub.verify_token` and `hub.challenge`, and POSTs
 * signed with `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body, keyed with the app secret>`.
 */

/** The `X-Hub-Signature-256` value of a body: what Meta sends, and what fakes and tests sign with. */
export function hubSignature(appSecret: string, body: Buffer | string): string {
  return `sha256=${signBody({ secret: appSecret, body })}`;
}

/** Whether the delivery carries this app's signature over its raw body, compared in constant time. */
export function verifyHubSignature(appSecret: string | undefined, request: WebhookRequest): boolean {
  const header = request.headers['x-hub-signature-256'];
  const signature = Array.isArray(header) ? header[0] : header;
  const hex = signature?.trim().match(/^sha256=(.+)$/i)?.[1];
  return !!appSecret && verifyBodySignature({ secret: appSecret, body: request.rawBody, signature: hex });
}

/**
 * The answer to a verification request: `hub.challenge` when `hub.mode` is `subscribe` and `hub.verify_token` is
 * the token set in the App Dashboard (compared in constant time); undefined otherwise (the host answers 403).
 */
export function hubChallenge(query: Record<string, string>, verifyToken: string | undefined): string | undefined {
  const token = query['hub.verify_token'];
  const challenge = query['hub.challenge'];
  if (!verifyToken || query['hub.mode'] !== 'subscribe' || token === undefined || !challenge) return undefined;
  return constantTimeEqual(token, verifyToken) ? challenge : undefined;
}

/** One `entry` of a delivery: the object (Page, Instagram account) it is about, and what changed. */
export interface GraphWebhookEntry {
  id: string;
  /** Unix seconds (Page and Instagram `changes`) or milliseconds (Messenger `messaging`). */
  time: number;
  changes?: Array<{ field: string; value: Record<string, unknown> }>;
  messaging?: MessagingEvent[];
}

/** A Messenger Platform event (https://developers.facebook.com/docs/messenger-platform/webhooks). */
export interface MessagingEvent {
  sender: { id: string };
  recipient: { id: string };
  /** Unix milliseconds. */
  timestamp: number;
  message?: { mid: string; text?: string; is_echo?: boolean; attachments?: Array<{ type: string }> };
}

export interface GraphWebhookPayload {
  object: string;
  entry: GraphWebhookEntry[];
}

const payloadSchema: JSONSchema = {
  type: 'object',
  required: ['object', 'entry'],
  properties: {
    object: { type: 'string' },
    entry: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id'],
        properties: {
          id: { type: 'string', minLength: 1 },
          time: { type: 'number' },
          changes: {
            type: 'array',
            items: { type: 'object', required: ['field', 'value'], properties: { field: { type: 'string' }, value: { type: 'object' } } },
          },
          messaging: {
            type: 'array',
            items: {
              type: 'object',
              required: ['sender', 'recipient', 'timestamp'],
              properties: {
                sender: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
                recipient: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
                timestamp: { type: 'number' },
                message: { type: 'object', required: ['mid'], properties: { mid: { type: 'string' }, text: { type: 'string' }, is_echo: { type: 'boolean' } } },
              },
            },
          },
        },
      },
    },
  },
};

/** The delivery's payload, checked; a delivery for another object (e.g. `user` when `page` is expected) is refused. */
export function parseGraphWebhook(request: WebhookRequest, object: string): GraphWebhookPayload {
  const payload = parseJsonWebhook<GraphWebhookPayload>(request, payloadSchema);
  if (payload.object !== object) throw new WebhookPayloadError(`object is "${payload.object}"; this endpoint takes "${object}" deliveries`);
  return payload;
}

/** The ids of the objects (Pages, Instagram accounts) a delivery has entries for. */
export function entryAccounts(request: WebhookRequest, object: string): string[] {
  return [...new Set(parseGraphWebhook(request, object).entry.map((entry) => entry.id))];
}

/** The ISO date of a webhook time: seconds or, from the Messenger Platform, milliseconds. */
export function isoOfTime(time: number | string | undefined): string {
  if (typeof time === 'string' && !/^\d+$/.test(time)) return new Date(time).toISOString();
  const value = Number(time ?? Date.now());
  return new Date(value < 1e12 ? value * 1000 : value).toISOString();
}
