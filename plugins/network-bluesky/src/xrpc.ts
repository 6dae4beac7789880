import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { DriverError, classifyHttpError, isHttpError, sendWithDpop, type DpopKey, type DriverContext, type ErrorClassification, type HttpClient, type HttpError, type HttpResponse } from '@rapport/plugin-sdk';
import type { BlobRef } from './lexicon.js';

/**
 * XRPC over the host's HTTP client (so every request, to the PDS or anywhere else, passes Rapport's outbound
 * guard), with the app-password session of one account:
 *
 * - `com.atproto.server.createSession` once; the session is kept in the plugin store, not created per call,
 *   encrypted with a key derived from the app password (which only the channel's credentials hold, encrypted
 *   by Rapport), so the store's rows alone do not hand out the account's tokens.
 * - `com.atproto.server.refreshSession` (Bearer refreshJwt) before the access JWT expires, and when a call is
 *   answered `ExpiredToken`; the call is then tried once more.
 * - When the PDS refuses the refresh token (expired after long inactivity, or revoked), the app password signs in
 *   again; when that is refused too, the error is `reauthorize` (the channel needs new credentials).
 * - 429 waits until `ratelimit-reset` (or `Retry-After`); a call answered `ratelimit-remaining: 0` holds that
 *   method back until its reset, without asking.
 *
 * Or, for an account connected by OAuth (see oauth.ts), with its DPoP-bound access token: every call carries
 * `Authorization: DPoP <token>` and a DPoP proof (`ath` = the token's hash) signed with the session's key, and a
 * `401` with `WWW-Authenticate: DPoP error="use_dpop_nonce"` is answered once with the PDS's nonce
 * (https://atproto.com/specs/oauth#dpop). The host renews such tokens before they expire; a token found expired
 * anyway waits for that (`retry`), a refused one is `reauthorize`.
 *
 * https://docs.bsky.app/docs/api/com-atproto-server-create-session,
 * https://docs.bsky.app/docs/api/com-atproto-server-refresh-session,
 * https://docs.bsky.app/docs/advanced-guides/rate-limits
 */

export const DEFAULT_PDS_URL = 'https://bsky.social';
/** The service the PDS forwards chat.bsky.* calls to (https://docs.bsky.app/docs/advanced-guides/api-directory). */
export const CHAT_PROXY = 'did:web:api.bsky.chat#bsky_chat';

const SESSION_KEY = 'session';
const RATE_LIMITS_KEY = 'rate-limits';
/** Refresh when this much of the access JWT's life is left (a quarter of it for short-lived tokens), so a call does not start with a token about to lapse. */
const REFRESH_MARGIN_SECONDS = 60;

export interface Session {
  service: string;
  identifier: string;
  did: string;
  handle: string;
  accessJwt: string;
  refreshJwt: string;
}

export type XrpcParams = Record<string, string | number | boolean | string[] | undefined>;

/** A refusal by the PDS (or a service behind it), classified for the host; the upstream message stays out of `message`. */
export class XrpcError extends DriverError {
  override name = 'XrpcError';
  readonly nsid: string;
  readonly status: number;
  /** The XRPC error name, e.g. `InvalidRequest`, `ExpiredToken`, `RecordNotFound`. */
  readonly error: string | undefined;
  /** The PDS's own words, for logs and for telling refusals apart; never shown to API callers. */
  readonly upstreamMessage: string | undefined;

  constructor(init: { nsid: string; status: number; error?: string; upstreamMessage?: string; classification: ErrorClassification; message: string; cause?: unknown; retryAfterSeconds?: number }) {
    super(init.message, init.classification, { cause: init.cause, retryAfterSeconds: init.retryAfterSeconds });
    this.nsid = init.nsid;
    this.status = init.status;
    this.error = init.error;
    this.upstreamMessage = init.upstreamMessage;
  }
}

export function isXrpcError(error: unknown, name?: string): error is XrpcError {
  return error instanceof XrpcError && (name === undefined || error.error === name);
}

/** `/xrpc/<nsid>?...`, array parameters repeated (`uris=a&uris=b`) as XRPC expects. */
export function xrpcPath(nsid: string, params: XrpcParams = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
  }
  const query = search.toString();
  return `/xrpc/${nsid}${query ? `?${query}` : ''}`;
}

const clients = new WeakMap<DriverContext, BlueskyClient>();

/** The client of the account in `ctx`, shared by everything one driver call does. */
export function blueskyClient(ctx: DriverContext): BlueskyClient {
  let client = clients.get(ctx);
  if (!client) clients.set(ctx, (client = new BlueskyClient(ctx)));
  return client;
}

interface CallOptions {
  proxy?: string;
}

/** What a channel connected by OAuth holds (see oauth.ts `credentials`). */
interface OAuthCredentials {
  did: string;
  handle?: string;
  accessToken: string;
  dpopKey: DpopKey;
  expiresAt?: string;
}

function oauthCredentialsOf(credentials: Record<string, unknown>): OAuthCredentials | undefined {
  const { did, accessToken, dpopKey } = credentials;
  if (typeof did !== 'string' || typeof accessToken !== 'string' || typeof dpopKey !== 'object' || dpopKey === null) return undefined;
  return credentials as unknown as OAuthCredentials;
}

export class BlueskyClient {
  /** The PDS (or entryway, such as bsky.social, which forwards to the account's PDS). */
  readonly service: string;
  readonly identifier: string;
  private readonly password: string;
  private readonly http: HttpClient;
  private session: Session | undefined;
  private rateLimits: Record<string, number> | undefined;
  /** Set when the account was connected by OAuth: calls then carry its DPoP-bound token. */
  private readonly oauth: OAuthCredentials | undefined;

  constructor(private readonly ctx: DriverContext) {
    this.oauth = oauthCredentialsOf(ctx.credentials);
    const configured = optionalString(ctx.credentials.pdsUrl) ?? optionalString(ctx.options.pdsUrl) ?? DEFAULT_PDS_URL;
    this.service = configured.replace(/\/+$/, '');
    this.identifier = this.oauth ? this.oauth.did : String(ctx.credentials.identifier ?? '').trim().replace(/^@/, '');
    this.password = String(ctx.credentials.appPassword ?? '');
    this.http = ctx.http.extend({ baseUrl: this.service });
  }

  /** The account the credentials reach, asked of the PDS: signing in with the app password, or `getSession` with the OAuth token. */
  async verify(): Promise<{ did: string; handle: string }> {
    if (!this.oauth) return this.login();
    const { did, handle } = await this.get<{ did: string; handle: string }>('com.atproto.server.getSession');
    if (did !== this.oauth.did) throw new DriverError(`The token reaches ${did}, not the connected account ${this.oauth.did}: reconnect the channel`, 'reauthorize');
    return { did, handle };
  }

  /** Signs in with the app password and keeps the new session; `expectedDid` guards against a handle that moved to another account. */
  async login(expectedDid?: string): Promise<Session> {
    const nsid = 'com.atproto.server.createSession';
    let response: HttpResponse;
    try {
      response = await this.http.post(xrpcPath(nsid), { json: { identifier: this.identifier, password: this.password } });
    } catch (error) {
      throw await this.failure(nsid, error);
    }
    const body = response.json<{ did: string; handle: string; accessJwt: string; refreshJwt: string }>();
    if (expectedDid && body.did !== expectedDid) {
      throw new DriverError(`${this.identifier} now names another account (${body.did}, connected as ${expectedDid}): reconnect the channel`, 'reauthorize');
    }
    return this.keep({ service: this.service, identifier: this.identifier, did: body.did, handle: body.handle, accessJwt: body.accessJwt, refreshJwt: body.refreshJwt });
  }

  /** The stored session of this account on this service, or a new one. */
  async currentSession(): Promise<Session> {
    if (this.session) return this.session;
    if (this.oauth) {
      const { did, handle, accessToken } = this.oauth;
      return (this.session = { service: this.service, identifier: did, did, handle: handle ?? did, accessJwt: accessToken, refreshJwt: '' });
    }
    const stored = await this.storedSession();
    return stored ? (this.session = stored) : this.login();
  }

  async get<T>(nsid: string, params: XrpcParams = {}, options: CallOptions = {}): Promise<T> {
    return (await this.call(nsid, 'GET', (auth) => this.http.get(xrpcPath(nsid, params), { headers: { ...auth, ...this.proxyHeader(options) } }))).json<T>();
  }

  async post<T>(nsid: string, input: unknown, options: CallOptions = {}): Promise<T> {
    return (await this.call(nsid, 'POST', (auth) => this.http.post(xrpcPath(nsid), { json: input, headers: { ...auth, ...this.proxyHeader(options) } }))).json<T>();
  }

  /** `com.atproto.repo.uploadBlob`: the raw bytes, typed by content-type (https://docs.bsky.app/docs/advanced-guides/posts#images-embeds). */
  async uploadBlob(bytes: Uint8Array, mimeType: string): Promise<BlobRef> {
    const nsid = 'com.atproto.repo.uploadBlob';
    const response = await this.call(nsid, 'POST', (auth) => this.http.post(xrpcPath(nsid), { body: bytes, headers: { ...auth, 'content-type': mimeType } }));
    return response.json<{ blob: BlobRef }>().blob;
  }

  private proxyHeader(options: CallOptions): Record<string, string> {
    return options.proxy ? { 'atproto-proxy': options.proxy } : {};
  }

  /** `send` makes the request with the authentication headers it is given. */
  private async call(nsid: string, method: 'GET' | 'POST', send: (auth: Record<string, string>) => Promise<HttpResponse>): Promise<HttpResponse> {
    await this.holdBackIfLimited(nsid);
    let response: HttpResponse;
    if (this.oauth) {
      const { accessToken, dpopKey } = this.oauth;
      try {
        // htu is the URL without its query (RFC 9449 §4.2), so the path alone is enough.
        response = await sendWithDpop({ key: dpopKey, method, url: `${this.service}${xrpcPath(nsid)}`, accessToken }, (proof) => send({ authorization: `DPoP ${accessToken}`, dpop: proof }));
      } catch (error) {
        throw await this.failure(nsid, error);
      }
    } else {
      let session = await this.currentSession();
      if (expiresSoon(session.accessJwt)) session = await this.refresh(session);
      try {
        response = await send({ authorization: `Bearer ${session.accessJwt}` });
      } catch (error) {
        if (!hasXrpcError(error, 'ExpiredToken')) throw await this.failure(nsid, error);
        session = await this.refresh(session);
        try {
          response = await send({ authorization: `Bearer ${session.accessJwt}` });
        } catch (again) {
          throw await this.failure(nsid, again);
        }
      }
    }
    if (response.headers['ratelimit-remaining'] === '0') await this.limitUntil(nsid, resetOf(response.headers));
    return response;
  }

  private async refresh(stale: Session): Promise<Session> {
    const nsid = 'com.atproto.server.refreshSession';
    let response: HttpResponse;
    try {
      response = await this.http.post(xrpcPath(nsid), { headers: { authorization: `Bearer ${stale.refreshJwt}` } });
    } catch (error) {
      if (!isSessionRefusal(error)) throw await this.failure(nsid, error);
      // Another job of this channel may have refreshed it first (each refresh token works once).
      const stored = await this.storedSession();
      if (stored && stored.refreshJwt !== stale.refreshJwt) return (this.session = stored);
      this.ctx.logger.info('Bluesky refused to refresh the session; signing in again with the app password', { did: stale.did });
      return this.login(stale.did);
    }
    const body = response.json<{ accessJwt: string; refreshJwt: string; handle?: string }>();
    return this.keep({ ...stale, accessJwt: body.accessJwt, refreshJwt: body.refreshJwt, handle: body.handle ?? stale.handle });
  }

  private async keep(session: Session): Promise<Session> {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.sessionKey(), iv);
    const sealed = Buffer.concat([cipher.update(JSON.stringify(session), 'utf8'), cipher.final(), cipher.getAuthTag()]);
    await this.ctx.store.set(SESSION_KEY, { v: 1, iv: iv.toString('base64'), sealed: sealed.toString('base64') });
    return (this.session = session);
  }

  /** The stored session, if it is this account's on this service and opens with this app password (a new one signs in afresh). */
  private async storedSession(): Promise<Session | undefined> {
    const stored = await this.ctx.store.get<Record<string, string>>(SESSION_KEY);
    if (!stored?.iv || !stored.sealed) return undefined;
    try {
      const sealed = Buffer.from(stored.sealed, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', this.sessionKey(), Buffer.from(stored.iv, 'base64'));
      decipher.setAuthTag(sealed.subarray(-16));
      const session = JSON.parse(Buffer.concat([decipher.update(sealed.subarray(0, -16)), decipher.final()]).toString('utf8')) as Session;
      return session.service === this.service && session.identifier === this.identifier ? session : undefined;
    } catch {
      return undefined;
    }
  }

  private sessionKey(): Buffer {
    return Buffer.from(hkdfSync('sha256', this.password, `${this.service} ${this.identifier}`, '@rapport/plugin-network-bluesky session', 32));
  }

  private async loadRateLimits(): Promise<Record<string, number>> {
    return (this.rateLimits ??= (await this.ctx.store.get<Record<string, number>>(RATE_LIMITS_KEY)) ?? {});
  }

  private async holdBackIfLimited(nsid: string): Promise<void> {
    const until = (await this.loadRateLimits())[nsid];
    const wait = until === undefined ? 0 : until - nowSeconds();
    if (wait > 0) {
      throw new XrpcError({ nsid, status: 429, error: 'RateLimitExceeded', classification: 'retry', retryAfterSeconds: wait, message: `rate limit of ${nsid} used up; it resets in ${wait} s` });
    }
  }

  private async limitUntil(nsid: string, resetAt: number | undefined): Promise<void> {
    if (resetAt === undefined || resetAt <= nowSeconds()) return;
    const limits = await this.loadRateLimits();
    const now = nowSeconds();
    // Expired entries go, so the stored map stays small.
    this.rateLimits = Object.fromEntries(Object.entries({ ...limits, [nsid]: resetAt }).filter(([, until]) => until > now));
    await this.ctx.store.set(RATE_LIMITS_KEY, this.rateLimits);
  }

  /** The error a failed call throws: an XrpcError classified for the host (anything that is not an HTTP answer is left as it is). */
  private async failure(nsid: string, error: unknown): Promise<unknown> {
    if (!isHttpError(error)) return error;
    const body = (typeof error.body === 'object' && error.body !== null ? error.body : {}) as { error?: unknown; message?: unknown };
    const name = typeof body.error === 'string' && /^[A-Za-z][A-Za-z0-9]{0,63}$/.test(body.error) ? body.error : undefined;
    const base = { nsid, status: error.status, error: name, upstreamMessage: typeof body.message === 'string' ? body.message : undefined, cause: error };
    const refused = name ?? `HTTP ${error.status}`;
    if (error.status === 429) {
      const resetAt = resetOf(error.headers);
      await this.limitUntil(nsid, resetAt);
      const wait = Math.max(error.retryAfter ?? 0, resetAt === undefined ? 0 : resetAt - nowSeconds(), 1);
      return new XrpcError({ ...base, classification: 'retry', retryAfterSeconds: wait, message: `rate limit reached on ${nsid}; try again in ${wait} s` });
    }
    if (name === 'AccountTakedown') return new XrpcError({ ...base, classification: 'fatal', message: 'the account was taken down by its host' });
    if (name === 'AuthFactorTokenRequired') {
      return new XrpcError({ ...base, classification: 'reauthorize', message: 'this password needs a sign-in code from e-mail: connect with an app password instead' });
    }
    if (this.oauth && error.status === 401 && /error="invalid_token"/.test(error.headers['www-authenticate'] ?? '') && this.oauth.expiresAt && Date.parse(this.oauth.expiresAt) <= Date.now()) {
      // Rapport renews OAuth tokens before they expire; one found expired is renewed within the minute.
      return new XrpcError({ ...base, classification: 'retry', retryAfterSeconds: 60, message: `the access token expired before ${nsid}; it is being renewed` });
    }
    if (nsid === 'com.atproto.server.createSession' && (error.status === 401 || name === 'AuthenticationRequired')) {
      return new XrpcError({ ...base, classification: 'reauthorize', message: `the handle or app password was refused: ${refused}` });
    }
    if (error.status === 401 || name === 'ExpiredToken' || name === 'InvalidToken') {
      return new XrpcError({ ...base, classification: 'reauthorize', message: `the session was refused by ${nsid}: ${refused}` });
    }
    const classification = classifyHttpError(error);
    const message = classification === 'retry' ? `${nsid} failed: HTTP ${error.status}` : `${nsid} was refused: ${refused}`;
    return new XrpcError({ ...base, classification, message });
  }
}

function hasXrpcError(error: unknown, name: string): error is HttpError {
  return isHttpError(error) && typeof error.body === 'object' && error.body !== null && (error.body as { error?: unknown }).error === name;
}

/** The PDS refuses the refresh token itself (expired, revoked or unknown), as opposed to failing to answer. */
function isSessionRefusal(error: unknown): boolean {
  return isHttpError(error) && (error.status === 401 || hasXrpcError(error, 'ExpiredToken') || hasXrpcError(error, 'InvalidToken'));
}

/** `ratelimit-reset`: the epoch second the current window ends. */
function resetOf(headers: Record<string, string>): number | undefined {
  const value = headers['ratelimit-reset'];
  return value !== undefined && /^\d+$/.test(value.trim()) ? Number(value.trim()) : undefined;
}

function expiresSoon(jwt: string): boolean {
  try {
    const { exp, iat } = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp?: unknown; iat?: unknown };
    if (typeof exp !== 'number') return false;
    const lifetime = typeof iat === 'number' ? exp - iat : Infinity;
    return exp - nowSeconds() <= (lifetime > 4 * REFRESH_MARGIN_SECONDS ? REFRESH_MARGIN_SECONDS : lifetime / 4);
  } catch {
    // Not a JWT we can read: the PDS will say when it expired.
    return false;
  }
}

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
