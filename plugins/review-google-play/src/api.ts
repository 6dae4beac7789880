import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { classifyHttpError, DriverError, exchangeJwtAssertion, isHttpError, signJwt, type DriverContext, type HttpClient, type JSONSchema } from '@rapport/plugin-sdk';

/** Google's documented endpoints; both configurable, so tests (and proxies) can point the plugin elsewhere. */
export const DEFAULT_URLS = {
  /** Service-account tokens (https://developers.google.com/identity/protocols/oauth2/service-account#httprest). */
  tokenUrl: 'https://oauth2.googleapis.com/token',
  /** Google Play Developer API (https://developers.google.com/android-publisher/api-ref/rest/v3/reviews). */
  apiUrl: 'https://androidpublisher.googleapis.com',
} as const;

export const ANDROID_PUBLISHER_SCOPE = 'https://www.googleapis.com/auth/androidpublisher';

/**
 * A service account's key (the fields of the JSON key file Google Cloud gives) and the app. The service account
 * must be invited in Play Console (Users and permissions) with "Reply to reviews".
 */
export const credentialsSchema: JSONSchema = {
  type: 'object',
  required: ['client_email', 'private_key', 'packageName'],
  properties: {
    client_email: { type: 'string', minLength: 3, pattern: '@', title: 'Service account email', description: 'client_email of the key file, e.g. rapport@my-project.iam.gserviceaccount.com.' },
    private_key: { type: 'string', pattern: '-----BEGIN PRIVATE KEY-----', title: 'Private key', description: 'private_key of the key file (PEM).', secret: true },
    private_key_id: { type: 'string', minLength: 1, title: 'Key id', description: 'private_key_id of the key file, sent as the token\'s kid.' },
    packageName: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)+$', title: 'Package name', description: 'The app, e.g. com.pawsandclaws.app.' },
  },
  additionalProperties: true,
};

export const configSchema: JSONSchema = {
  type: 'object',
  properties: {
    tokenUrl: { type: 'string', format: 'uri', pattern: '^https?://', description: `Default ${DEFAULT_URLS.tokenUrl}.` },
    apiUrl: { type: 'string', format: 'uri', pattern: '^https?://', description: `Default ${DEFAULT_URLS.apiUrl}.` },
    timeoutMs: { type: 'integer', minimum: 100, description: 'HTTP timeout per request. Default 10000.' },
  },
  additionalProperties: false,
};

export function urlsOf(options: Record<string, unknown>): { tokenUrl: string; apiUrl: string } {
  const pick = (name: keyof typeof DEFAULT_URLS) => (typeof options[name] === 'string' ? (options[name] as string).replace(/\/+$/, '') : DEFAULT_URLS[name]);
  return { tokenUrl: pick('tokenUrl'), apiUrl: pick('apiUrl') };
}

export function packageOf(ctx: DriverContext): string {
  return String(ctx.credentials.packageName);
}

/** A token is renewed this long before it expires, so a call never starts with one about to lapse. */
const EXPIRY_MARGIN_MS = 5 * 60 * 1000;
/** Google's longest: an assertion may ask for at most an hour. */
const ASSERTION_LIFETIME_SECONDS = 3600;
const TOKEN_KEY = 'access-token';

/**
 * The access token of the service account (RFC 7523 JWT bearer grant): a JWT the service account signs RS256 with
 * its private key, `iss` its email, `scope` androidpublisher, `aud` the token endpoint, `exp` an hour on, exchanged
 * at the token endpoint. The token is kept in the channel's plugin store until five minutes before it expires,
 * sealed (AES-256-GCM) with a key derived from the private key, so the store's rows alone do not hand it out.
 */
export async function accessToken(ctx: DriverContext, fresh = false): Promise<string> {
  const key = sealingKey(ctx);
  if (!fresh) {
    const kept = unseal(await ctx.store.get(TOKEN_KEY), key);
    if (kept && kept.expiresAt - EXPIRY_MARGIN_MS > Date.now()) return kept.token;
  }
  const { tokenUrl } = urlsOf(ctx.options);
  const now = Math.floor(Date.now() / 1000);
  const claims = { iss: String(ctx.credentials.client_email), scope: ANDROID_PUBLISHER_SCOPE, aud: tokenUrl, iat: now, exp: now + ASSERTION_LIFETIME_SECONDS };
  const keyId = typeof ctx.credentials.private_key_id === 'string' ? ctx.credentials.private_key_id : undefined;
  const tokens = await exchangeJwtAssertion(ctx.http, { tokenUrl, assertion: signJwt(claims, String(ctx.credentials.private_key), { keyId }) });
  const expiresAt = tokens.expiresAt ? Date.parse(tokens.expiresAt) : Date.now() + ASSERTION_LIFETIME_SECONDS * 1000;
  await ctx.store.set(TOKEN_KEY, seal({ token: tokens.accessToken, expiresAt }, key));
  return tokens.accessToken;
}

function sealingKey(ctx: DriverContext): Buffer {
  // Bound to the whole identity: other credentials (another key id, email or key) never open this token.
  const identity = `${String(ctx.credentials.client_email)} ${String(ctx.credentials.private_key_id ?? '')}`;
  return Buffer.from(hkdfSync('sha256', String(ctx.credentials.private_key), identity, '@rapport/plugin-review-google-play access token', 32));
}

function seal(value: { token: string; expiresAt: number }, key: Buffer): { iv: string; sealed: string } {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const sealed = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return { iv: iv.toString('base64'), sealed: sealed.toString('base64') };
}

/** The kept token, if it opens with this key (another key, i.e. new credentials, gets a new token). */
function unseal(stored: unknown, key: Buffer): { token: string; expiresAt: number } | undefined {
  const { iv, sealed } = (stored ?? {}) as { iv?: string; sealed?: string };
  if (!iv || !sealed) return undefined;
  try {
    const bytes = Buffer.from(sealed, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(bytes.subarray(-16));
    return JSON.parse(Buffer.concat([decipher.update(bytes.subarray(0, -16)), decipher.final()]).toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * A call to the Play Developer API with the service account's token. A 401 with a kept token (revoked or expired
 * early) is tried once more with a new one. Errors in Google's format (https://cloud.google.com/apis/design/errors)
 * become the taxonomy: 401/403 reauthorize (the key was deleted, or the service account lost its access in Play
 * Console), 429 and 5xx retry no sooner than `Retry-After` or `google.rpc.RetryInfo`, 400/404 invalid; the message
 * names the google.rpc status, never Google's free text.
 */
export async function play<T>(ctx: DriverContext, what: string, call: (api: HttpClient) => Promise<T>): Promise<T> {
  const api = async (fresh: boolean) => ctx.http.extend({ baseUrl: urlsOf(ctx.options).apiUrl, headers: { authorization: `Bearer ${await accessToken(ctx, fresh)}` } });
  try {
    try {
      return await call(await api(false));
    } catch (error) {
      if (!isHttpError(error) || error.status !== 401) throw error;
      return await call(await api(true));
    }
  } catch (error) {
    if (!isHttpError(error)) throw error;
    const body = (error.body as { error?: { status?: unknown; details?: Array<Record<string, unknown>> } } | undefined)?.error;
    const status = typeof body?.status === 'string' && /^[A-Z][A-Z_]{2,40}$/.test(body.status) ? `, ${body.status}` : '';
    const classification = classifyHttpError(error);
    const retryAfterSeconds = classification === 'retry' ? (error.retryAfter ?? retryDelayOf(body?.details)) : undefined;
    throw new DriverError(`${what}: HTTP ${error.status}${status}`, classification, { cause: error, retryAfterSeconds });
  }
}

/** Seconds of a `google.rpc.RetryInfo` detail (`"retryDelay": "7s"`), rounded up. */
function retryDelayOf(details: Array<Record<string, unknown>> | undefined): number | undefined {
  const info = details?.find((detail) => detail['@type'] === 'type.googleapis.com/google.rpc.RetryInfo');
  const delay = typeof info?.retryDelay === 'string' ? /^(\d+(?:\.\d+)?)s$/.exec(info.retryDelay) : null;
  return delay ? Math.ceil(Number(delay[1])) : undefined;
}
