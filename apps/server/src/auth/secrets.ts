import { createHash, hkdfSync, randomBytes } from 'node:crypto';

/** A purpose-bound key derived from RAPPORT_SECRET, so one secret never serves two uses. */
export function deriveKey(secret: string, purpose: string): Uint8Array {
  return new Uint8Array(hkdfSync('sha256', secret, 'rapport', purpose, 32));
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** A URL-safe random token with the given prefix, e.g. `rk_...` for API keys. */
export function randomToken(prefix: string, bytes = 24): string {
  return `${prefix}${randomBytes(bytes).toString('base64url')}`;
}
