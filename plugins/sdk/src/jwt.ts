import { createPrivateKey, createPublicKey, createSign, createVerify, type JsonWebKey, type KeyObject } from 'node:crypto';
import { DriverError } from './errors.js';
import { formBody } from './form.js';
import { isHttpError, type HttpClient } from './http.js';
import { parseTokenResponse, type OAuthTokenSet } from './oauth.js';

/**
 * JSON Web Tokens signed with RS256 (RFC 7515/7519), over node:crypto only: what service accounts sign to get an
 * access token (RFC 7523, e.g. Google's), and what some networks send to prove a push is theirs (e.g. Google
 * Pub/Sub's OIDC tokens). Nothing else of JOSE is supported on purpose: an `alg` other than RS256 is refused.
 */

export type JwtClaims = Record<string, unknown> & { iss?: string; sub?: string; aud?: string | string[]; exp?: number; iat?: number; nbf?: number };

export interface DecodedJwt {
  header: Record<string, unknown> & { alg?: string; kid?: string; typ?: string };
  claims: JwtClaims;
  /** `<header>.<claims>` as received: the bytes the signature covers. */
  signingInput: string;
  signature: Buffer;
}

/** A JWT signed RS256 with a PEM private key (e.g. a Google service account's `private_key`). */
export function signJwt(claims: JwtClaims, privateKeyPem: string, options: { keyId?: string } = {}): string {
  const header = { alg: 'RS256', typ: 'JWT', ...(options.keyId ? { kid: options.keyId } : {}) };
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  let key: KeyObject;
  try {
    key = createPrivateKey(privateKeyPem);
  } catch (error) {
    // The key's text never reaches the message.
    throw new DriverError('The private key is not a PEM-encoded RSA key', 'reauthorize', { cause: error });
  }
  const signature = createSign('RSA-SHA256').update(signingInput).sign(key);
  return `${signingInput}.${signature.toString('base64url')}`;
}

/** The parts of a compact JWT, unverified; null when it is not one. */
export function decodeJwt(token: string): DecodedJwt | null {
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]*$/.test(part))) return null;
  try {
    const header = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8'));
    const claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    if (!isObject(header) || !isObject(claims)) return null;
    return { header, claims, signingInput: `${parts[0]}.${parts[1]}`, signature: Buffer.from(parts[2]!, 'base64url') };
  } catch {
    return null;
  }
}

export interface JwtVerification {
  /** The signer's public keys as a JSON Web Key Set's `keys` (RFC 7517), e.g. https://www.googleapis.com/oauth2/v3/certs. */
  keys: readonly JsonWebKey[];
  /** The `aud` the token must carry (one of them, when `aud` is a list). */
  audience: string;
  /** Accepted `iss` values. */
  issuers: readonly string[];
  /** Seconds since the epoch; defaults to now. */
  now?: number;
  /** Leeway for clock skew on `exp`, `nbf` and `iat`; defaults to 60 seconds. */
  clockToleranceSeconds?: number;
}

/**
 * The claims of an RS256 JWT whose signature one of `keys` (matched by `kid` when the token names one) verifies,
 * issued by one of `issuers` for `audience`, and within its validity window; null otherwise. Never throws on a bad
 * token: a refusal is an answer, not an error.
 */
export function verifyJwt(token: string, verification: JwtVerification): JwtClaims | null {
  const decoded = decodeJwt(token);
  if (!decoded || decoded.header.alg !== 'RS256') return null;
  const now = verification.now ?? Math.floor(Date.now() / 1000);
  const leeway = verification.clockToleranceSeconds ?? 60;
  const candidates = verification.keys.filter((key) => key.kty === 'RSA' && (decoded.header.kid === undefined || key.kid === decoded.header.kid));
  const signed = candidates.some((jwk) => {
    try {
      return createVerify('RSA-SHA256').update(decoded.signingInput).verify(createPublicKey({ key: jwk, format: 'jwk' }), decoded.signature);
    } catch {
      return false;
    }
  });
  if (!signed) return null;
  const { claims } = decoded;
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.includes(verification.audience)) return null;
  if (typeof claims.iss !== 'string' || !verification.issuers.includes(claims.iss)) return null;
  if (typeof claims.exp !== 'number' || claims.exp + leeway < now) return null;
  if (typeof claims.nbf === 'number' && claims.nbf - leeway > now) return null;
  if (typeof claims.iat === 'number' && claims.iat - leeway > now) return null;
  return claims;
}

/** The public half of a PEM private key as a JWK (with `kid`, `alg` and `use`), e.g. for a fake's JWKS endpoint. */
export function publicJwkOf(privateKeyPem: string, keyId: string): JsonWebKey {
  return { ...createPublicKey(createPrivateKey(privateKeyPem)).export({ format: 'jwk' }), kid: keyId, alg: 'RS256', use: 'sig' };
}

export const JWT_BEARER_GRANT_TYPE = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

/**
 * Exchanges a signed JWT for an access token (RFC 7523 §2.1: `grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer`
 * and `assertion`, form-encoded). A refused assertion (400/401, e.g. `invalid_grant` for a deleted key) is a
 * `reauthorize` DriverError naming the RFC 6749 error code only; outages stay as they are (`retry`).
 */
export async function exchangeJwtAssertion(http: HttpClient, request: { tokenUrl: string; assertion: string }): Promise<OAuthTokenSet> {
  const form = formBody({ grant_type: JWT_BEARER_GRANT_TYPE, assertion: request.assertion });
  try {
    const response = await http.post(request.tokenUrl, { body: form.body, headers: { 'content-type': form.contentType } });
    return parseTokenResponse(response.json());
  } catch (error) {
    if (!isHttpError(error) || (error.status !== 400 && error.status !== 401)) throw error;
    const code = (error.body as { error?: unknown } | undefined)?.error;
    const named = typeof code === 'string' && /^[a-z_]{1,40}$/.test(code) ? `, ${code}` : '';
    throw new DriverError(`The token endpoint refused the signed assertion (HTTP ${error.status}${named})`, 'reauthorize', { cause: error });
  }
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
