import { createHmac, timingSafeEqual } from 'node:crypto';

/** Header carrying the webhook signature. */
export const SIGNATURE_HEADER = 'x-sandbox-signature';

/** The signature header value for `rawBody`: `sha256=<hex HMAC-SHA256 with secret>`. */
export function signWebhookBody(secret: string, rawBody: Buffer | string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}

/** Whether `signature` is the correct signature of `rawBody`, compared in constant time. */
export function verifyWebhookSignature(secret: string, rawBody: Buffer, signature: string | undefined): boolean {
  if (!signature) return false;
  const expected = Buffer.from(signWebhookBody(secret, rawBody));
  const actual = Buffer.from(signature);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
