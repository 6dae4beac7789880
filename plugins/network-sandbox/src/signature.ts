import { signTimestamped, verifyTimestampedSignature } from '@rapport/plugin-sdk';

/** Header carrying the webhook signature. */
export const SIGNATURE_HEADER = 'x-sandbox-signature';

/**
 * The signature header value for `rawBody` sent at `timestamp` (Unix seconds, now by default):
 * `t=<timestamp>,sha256=<hex HMAC-SHA256, keyed with secret, of "<timestamp>.<raw body>">`.
 */
export function signWebhookBody(secret: string, rawBody: Buffer | string, timestamp = Math.floor(Date.now() / 1000)): string {
  return `t=${timestamp},sha256=${signTimestamped({ secret, timestamp, body: rawBody })}`;
}

/**
 * Whether `header` is a correct signature of `rawBody`, compared in constant time, made within
 * `toleranceSeconds` of now (5 minutes by default): a replayed old delivery is refused.
 */
export function verifyWebhookSignature(secret: string, rawBody: Buffer, header: string | undefined, toleranceSeconds?: number): boolean {
  const parts = new Map(
    (header ?? '').split(',').map((part) => {
      const at = part.indexOf('=');
      return [part.slice(0, at).trim(), part.slice(at + 1).trim()] as const;
    }),
  );
  const timestamp = parts.get('t');
  return timestamp !== undefined && verifyTimestampedSignature({ secret, timestamp, body: rawBody, signature: parts.get('sha256'), toleranceSeconds });
}
