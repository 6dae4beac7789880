import { createHash, createPrivateKey, generateKeyPairSync, randomBytes, sign, type JsonWebKey } from 'node:crypto';
import { DriverError } from './errors.js';
import { isHttpError, type HttpResponse } from './http.js';

/**
 * DPoP (RFC 9449): tokens bound to a key the client holds, proven on every request with a short JWT signed by
 * that key. ES256 only (P-256, what AT Protocol's OAuth profile requires and every DPoP server accepts), over
 * node:crypto. The private key is a JWK so it can be kept (encrypted) with the tokens it is bound to.
 *
 * - A proof's header is `{ typ: 'dpop+jwt', alg: 'ES256', jwk: <public key> }`; its claims `jti` (unique),
 *   `htm` (the method), `htu` (the URL without query or fragment), `iat`, and when the server asked for one
 *   `nonce`; to a resource server also `ath`, the base64url SHA-256 of the access token (RFC 9449 §4.2).
 * - A server that wants a nonce answers `400 { error: 'use_dpop_nonce' }` (authorization server) or `401` with
 *   `WWW-Authenticate: DPoP error="use_dpop_nonce"` (resource server), and the nonce in `DPoP-Nonce`; the
 *   request is then sent once more with a fresh proof carrying it (§8, §9). The last nonce of each origin is
 *   remembered for the next request.
 */

/** A DPoP private key as a JWK (`kty: EC`, `crv: P-256`, `x`, `y`, `d`). Keep it secret, with its tokens. */
export type DpopKey = JsonWebKey;

/** A new ES256 key pair for one OAuth session, as a private JWK. */
export function createDpopKey(): DpopKey {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return privateKey.export({ format: 'jwk' });
}

/** The public half of a DPoP key: what proofs carry in their `jwk` header. */
export function dpopPublicJwk(key: DpopKey): JsonWebKey {
  if (key.kty !== 'EC' || key.crv !== 'P-256' || typeof key.x !== 'string' || typeof key.y !== 'string') throw new DriverError('The DPoP key is not a P-256 key', 'fatal');
  return { kty: 'EC', crv: 'P-256', x: key.x, y: key.y };
}

/** The JWK SHA-256 thumbprint of a P-256 public key (RFC 7638): what a DPoP-bound token's `cnf.jkt` holds. */
export function jwkThumbprint(jwk: JsonWebKey): string {
  const canonical = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y });
  return createHash('sha256').update(canonical).digest('base64url');
}

/** `htu`: the request URL without its query and fragment (RFC 9449 §4.2). */
export function dpopHtu(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

/** `ath`: base64url(SHA-256(access token)) (RFC 9449 §4.2). */
export function accessTokenHash(accessToken: string): string {
  return createHash('sha256').update(accessToken, 'ascii').digest('base64url');
}

/** A DPoP proof JWT for one request. */
export function createDpopProof(key: DpopKey, request: { method: string; url: string; nonce?: string; accessToken?: string; now?: number }): string {
  const header = { typ: 'dpop+jwt', alg: 'ES256', jwk: dpopPublicJwk(key) };
  const claims: Record<string, unknown> = {
    jti: randomBytes(16).toString('base64url'),
    htm: request.method.toUpperCase(),
    htu: dpopHtu(request.url),
    iat: Math.floor((request.now ?? Date.now()) / 1000),
  };
  if (request.nonce) claims.nonce = request.nonce;
  if (request.accessToken) claims.ath = accessTokenHash(request.accessToken);
  const signingInput = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  let privateKey;
  try {
    privateKey = createPrivateKey({ key: key as JsonWebKey, format: 'jwk' });
  } catch (error) {
    throw new DriverError('The DPoP key cannot be read', 'fatal', { cause: error });
  }
  // JWS ES256 is the raw r||s pair (RFC 7518 §3.4), not DER.
  const signature = sign('sha256', Buffer.from(signingInput), { key: privateKey, dsaEncoding: 'ieee-p1363' });
  return `${signingInput}.${signature.toString('base64url')}`;
}

/** Where the last nonce of each server origin is kept between requests. */
export interface DpopNonceStore {
  get(origin: string): string | undefined | Promise<string | undefined>;
  set(origin: string, nonce: string): void | Promise<void>;
}

/**
 * Nonces in this process's memory, per origin (as @atproto/oauth-client keeps them): a nonce a server rotated, or
 * one another replica never saw, costs one retried request, nothing more.
 */
export function memoryDpopNonces(limit = 1000): DpopNonceStore {
  const nonces = new Map<string, string>();
  return {
    get: (origin) => nonces.get(origin),
    set(origin, nonce) {
      nonces.delete(origin);
      nonces.set(origin, nonce);
      if (nonces.size > limit) nonces.delete(nonces.keys().next().value!);
    },
  };
}

const sharedNonces = memoryDpopNonces();

/** Whether a refusal asks for (another) DPoP nonce: `400 use_dpop_nonce` or `401 WWW-Authenticate: DPoP error="use_dpop_nonce"`. */
export function isUseDpopNonceError(error: unknown): boolean {
  if (!isHttpError(error)) return false;
  if (error.status === 400) return (error.body as { error?: unknown } | undefined)?.error === 'use_dpop_nonce';
  if (error.status === 401) return /^DPoP\b/i.test(error.headers['www-authenticate'] ?? '') && /error="use_dpop_nonce"/.test(error.headers['www-authenticate'] ?? '');
  return false;
}

/**
 * Sends one request with a DPoP proof (`send` puts it in the `DPoP` header; for a resource server also
 * `Authorization: DPoP <accessToken>`), retrying once with the server's nonce when it asks for one, and remembering
 * the nonce each answer carries.
 */
export async function sendWithDpop(
  request: { key: DpopKey; method: string; url: string; accessToken?: string; nonces?: DpopNonceStore },
  send: (proof: string) => Promise<HttpResponse>,
): Promise<HttpResponse> {
  const nonces = request.nonces ?? sharedNonces;
  const origin = new URL(request.url).origin;
  const proof = async (nonce: string | undefined) => createDpopProof(request.key, { method: request.method, url: request.url, nonce, accessToken: request.accessToken });
  const first = await nonces.get(origin);
  try {
    const response = await send(await proof(first));
    await remember(nonces, origin, response.headers['dpop-nonce']);
    return response;
  } catch (error) {
    const next = isHttpError(error) ? error.headers['dpop-nonce'] : undefined;
    await remember(nonces, origin, next);
    if (!next || next === first || !isUseDpopNonceError(error)) throw error;
    try {
      const response = await send(await proof(next));
      await remember(nonces, origin, response.headers['dpop-nonce']);
      return response;
    } catch (again) {
      if (isHttpError(again)) await remember(nonces, origin, again.headers['dpop-nonce']);
      throw again;
    }
  }
}

async function remember(nonces: DpopNonceStore, origin: string, nonce: string | undefined): Promise<void> {
  if (nonce && /^[\x21-\x7e]{1,256}$/.test(nonce)) await nonces.set(origin, nonce);
}
