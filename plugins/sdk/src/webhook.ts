import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { WebhookRequest } from './channel.js';
import { formatSchemaIssues, validateAgainstSchema, type JSONSchema, type SchemaIssue } from './json-schema.js';

// A brand rather than `instanceof`: a plugin may bundle its own copy of the SDK.
const WEBHOOK_PAYLOAD_ERROR = Symbol.for('@rapport/plugin-sdk/WebhookPayloadError');

/**
 * Thrown by `parseWebhook` when a correctly signed delivery is not a payload
 * the driver understands: the host answers 400 with this message as the
 * reason, stores nothing and queues nothing.
 */
export class WebhookPayloadError extends Error {
  override name = 'WebhookPayloadError';
  readonly [WEBHOOK_PAYLOAD_ERROR] = true;

  constructor(
    message: string,
    /** Each invalid field, when the payload was checked against a schema. */
    readonly issues: SchemaIssue[] = [],
  ) {
    super(message);
  }
}

export function isWebhookPayloadError(error: unknown): error is WebhookPayloadError {
  return typeof error === 'object' && error !== null && WEBHOOK_PAYLOAD_ERROR in error;
}

/**
 * The body of a JSON webhook, checked against the driver's `schema`; throws a
 * WebhookPayloadError naming every invalid field, or saying the body is not JSON.
 */
export function parseJsonWebhook<T>(request: WebhookRequest, schema: JSONSchema): T {
  let payload: unknown;
  try {
    payload = JSON.parse(request.rawBody.toString('utf8'));
  } catch {
    throw new WebhookPayloadError('the body is not JSON');
  }
  const result = validateAgainstSchema(schema, payload);
  if (!result.valid) throw new WebhookPayloadError(formatSchemaIssues(result.errors), result.errors);
  return payload as T;
}

/** How far a signed timestamp may be from now, by default: 5 minutes either way. */
export const DEFAULT_WEBHOOK_TOLERANCE_SECONDS = 300;

export interface TimestampedSignatureInput {
  secret: string;
  /** Unix time in seconds, as the network sent it. */
  timestamp: string | number;
  /** The raw body, exactly as received. */
  body: Buffer | string;
}

/**
 * Whether two secrets, signatures or tokens are equal, in time that depends on
 * neither their content nor their lengths (both are hashed first): the one
 * comparison for anything a caller must not learn by timing.
 */
export function constantTimeEqual(a: string | Buffer, b: string | Buffer): boolean {
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
}

/** Hex HMAC-SHA256, keyed with `secret`, of the raw body: what networks that sign only the body send (e.g. Meta's `sha256=<hex>`). */
export function signBody({ secret, body }: { secret: string; body: Buffer | string }): string {
  return hmacSha256(secret, '', body).toString('hex');
}

/** Whether `signature` (hex, any case) is `signBody` of this body, compared in constant time. */
export function verifyBodySignature({ secret, body, signature }: { secret: string; body: Buffer | string; signature: string | undefined }): boolean {
  return !!signature && constantTimeEqual(signature.trim().toLowerCase(), signBody({ secret, body }));
}

/** HMAC-SHA256 of `<prefix><body>`: the one HMAC behind every signature scheme here. */
function hmacSha256(key: string | Buffer, prefix: string, body: Buffer | string): Buffer {
  return createHmac('sha256', key).update(prefix).update(body).digest();
}

/** Hex HMAC-SHA256, keyed with `secret`, of `<timestamp>.<body>`: a signature that also covers when it was made. */
export function signTimestamped({ secret, timestamp, body }: TimestampedSignatureInput): string {
  return hmacSha256(secret, `${timestamp}.`, body).toString('hex');
}

/**
 * Whether `signature` (hex) is `signTimestamped` of this timestamp and body,
 * compared in constant time, and the timestamp lies within
 * `toleranceSeconds` of now: a delivery captured and replayed later, or
 * dated in the future, is refused like a forged one.
 */
export function verifyTimestampedSignature(
  input: TimestampedSignatureInput & { signature: string | undefined; toleranceSeconds?: number; now?: Date },
): boolean {
  const { signature, toleranceSeconds = DEFAULT_WEBHOOK_TOLERANCE_SECONDS, now = new Date() } = input;
  const timestamp = String(input.timestamp);
  if (!signature || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > toleranceSeconds) return false;
  return constantTimeEqual(signature, signTimestamped({ ...input, timestamp }));
}

/** The prefix of a Standard Webhooks symmetric secret (https://www.standardwebhooks.com/). */
export const STANDARD_WEBHOOK_SECRET_PREFIX = 'whsec_';

export interface StandardWebhookSignatureInput {
  /** `whsec_<base64 key>`. */
  secret: string;
  /** The `webhook-id` header: the event's id, the same on every attempt. */
  id: string;
  /** The `webhook-timestamp` header: Unix time in seconds of this attempt. */
  timestamp: string | number;
  /** The body, exactly as sent. */
  body: Buffer | string;
}

/** A new Standard Webhooks secret: `whsec_` and 32 random bytes in base64. */
export function generateStandardWebhookSecret(): string {
  return `${STANDARD_WEBHOOK_SECRET_PREFIX}${randomBytes(32).toString('base64')}`;
}

/**
 * One `webhook-signature` entry of the Standard Webhooks scheme: `v1,` and the
 * base64 HMAC-SHA256, keyed with the secret's decoded bytes, of
 * `<id>.<timestamp>.<body>`. Several entries (e.g. the current and the
 * previous secret while rotating) are sent space-separated.
 */
export function signStandardWebhook({ secret, id, timestamp, body }: StandardWebhookSignatureInput): string {
  if (!secret.startsWith(STANDARD_WEBHOOK_SECRET_PREFIX)) throw new TypeError(`A Standard Webhooks secret starts with ${STANDARD_WEBHOOK_SECRET_PREFIX}`);
  const key = Buffer.from(secret.slice(STANDARD_WEBHOOK_SECRET_PREFIX.length), 'base64');
  return `v1,${hmacSha256(key, `${id}.${timestamp}.`, body).toString('base64')}`;
}

/**
 * Whether one of the space-separated `v1,` entries of a `webhook-signature`
 * header is `signStandardWebhook` of this id, timestamp and body (compared in
 * constant time), and the timestamp lies within `toleranceSeconds` of now:
 * for drivers of networks that sign their webhooks the standard way.
 */
export function verifyStandardWebhook(
  input: StandardWebhookSignatureInput & { signature: string | undefined; toleranceSeconds?: number; now?: Date },
): boolean {
  const { signature, toleranceSeconds = DEFAULT_WEBHOOK_TOLERANCE_SECONDS, now = new Date() } = input;
  const timestamp = String(input.timestamp);
  if (!signature || !/^\d{1,12}$/.test(timestamp) || input.id.includes('.')) return false;
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > toleranceSeconds) return false;
  const expected = signStandardWebhook({ ...input, timestamp });
  return signature.split(' ').some((entry) => constantTimeEqual(entry, expected));
}
