import { createHash, randomBytes } from 'node:crypto';
import type { PluginLogger } from './context.js';
import { createDpopKey, sendWithDpop, type DpopKey } from './dpop.js';
import { DriverError, type ErrorClassification } from './errors.js';
import { formBody } from './form.js';
import { isHttpError, type HttpClient } from './http.js';
import type { KeyValueStore } from './store.js';

/**
 * OAuth 2.0 "Connect" for channel and review-source drivers (RFC 6749 authorization code grant, with PKCE,
 * RFC 7636). A driver declares *what* its network needs in `oauth`; Rapport does the rest: it keeps `state`
 * (bound to the user and workspace, single use, expiring), the PKCE verifier, the callback route, the code
 * exchange, encrypted token storage and refreshing before expiry. The helpers below are the same steps
 * Rapport runs, so a plugin's tests (and the conformance kit) exercise exactly the host's flow.
 */

/** The app Rapport is at the network: from the plugin's options, or registered per server (`registerClient`). */
export interface OAuthClient {
  clientId: string;
  /** Absent for public clients (`clientAuthentication: 'none'`). */
  clientSecret?: string;
}

export interface OAuthEndpoints {
  /** Where the user's browser is sent to consent (RFC 6749 §3.1). */
  authorizationUrl: string;
  /** Where the code and refresh tokens are exchanged (RFC 6749 §3.2). */
  tokenUrl: string;
  /** The pushed authorization request endpoint (RFC 9126), for flows with `pushedAuthorization`. */
  pushedAuthorizationUrl?: string;
  /**
   * The authorization server's issuer identifier (RFC 8414). When set, the callback must carry it as `iss`
   * (RFC 9207), which stops a server from answering for another (mix-up attacks).
   */
  issuer?: string;
}

/** A token endpoint's answer, normalised. */
export interface OAuthTokenSet {
  accessToken: string;
  /** Usually `Bearer`. */
  tokenType: string;
  refreshToken?: string;
  /** ISO 8601; absent when the network did not say (e.g. Mastodon's tokens do not expire). */
  expiresAt?: string;
  /** Granted scopes, when the network said. */
  scopes?: string[];
  /** The whole JSON answer, for network-specific fields (e.g. an `id_token`). */
  raw: Record<string, unknown>;
}

/** One connection attempt, as the hooks see it. */
export interface OAuthConnection {
  /** The server the account lives on, as an origin (`https://mastodon.social`); only when the flow asks for one. */
  instanceUrl?: string;
  /** Rapport's callback URL, which the network redirects the browser back to. */
  redirectUri: string;
  /** The flow's scopes. */
  scopes: string[];
  /**
   * The account the user named instead of a server (a Bluesky handle or DID), on flows whose instance prompt
   * `acceptsAccount`; sent as `login_hint` on the authorization request.
   */
  loginHint?: string;
  /**
   * The private key the tokens are bound to (RFC 9449), on flows with `dpop`: one ES256 key per connection, made
   * by the host, kept encrypted with the attempt and then with the grant. Put it in the credentials to call the
   * network with `sendWithDpop`.
   */
  dpopKey?: DpopKey;
  /** What the flow's `prepare` and `verifyTokens` found out (e.g. the account's DID and server), kept with the connection (encrypted). */
  discovered?: Record<string, unknown>;
}

/**
 * What OAuth hooks receive: like a DriverContext without credentials (there are none yet) and with the
 * plugin-wide store (not one channel's), where Rapport caches registered clients encrypted.
 */
export interface OAuthContext {
  options: Record<string, unknown>;
  http: HttpClient;
  logger: PluginLogger;
  store: KeyValueStore;
}

/** How the client proves itself at the token endpoint (RFC 6749 §2.3.1). */
export type OAuthClientAuthentication = 'client_secret_post' | 'client_secret_basic' | 'none';

export const OAUTH_CLIENT_AUTHENTICATIONS: readonly OAuthClientAuthentication[] = ['client_secret_post', 'client_secret_basic', 'none'];

/** The server URL the connect form asks for, on networks of many servers (Mastodon, a self-hosted PDS). */
export interface OAuthInstancePrompt {
  /** True: connecting needs one (Mastodon). False: `defaultUrl` is used when none is given. */
  required: boolean;
  /** Label of the field, e.g. "Mastodon server". */
  label: string;
  defaultUrl?: string;
  /**
   * The field also takes an account (e.g. a Bluesky handle or DID): what is typed without a scheme
   * (`alice.bsky.social`, `did:plc:...`) is the `connection.loginHint`, and a server is typed with its scheme
   * (`https://bsky.social`). The flow's `prepare` finds the server from the account.
   */
  acceptsAccount?: boolean;
}

export interface OAuthCodeExchange {
  code: string;
  /** The PKCE verifier, when the flow uses PKCE. */
  codeVerifier?: string;
  client: OAuthClient;
  endpoints: OAuthEndpoints;
  connection: OAuthConnection;
}

export interface OAuthRefreshRequest {
  refreshToken: string;
  client: OAuthClient;
  endpoints: OAuthEndpoints;
  connection: OAuthConnection;
  /** The account chosen at connection, when the flow lists accounts (`listConnectableAccounts`). */
  account?: ConnectableAccount;
}

/**
 * One account a consent gives access to, among which the user chooses what to connect (e.g. a business's
 * locations, or the pages a user manages). Make `id` what `verifyCredentials` answers as `accountId` for the
 * credentials of this account: Rapport marks candidates already connected, and reconnects a channel with the
 * candidate of its account, by that id.
 */
export interface ConnectableAccount {
  id: string;
  /** Shown to the user and used as the channel's name, e.g. "Paws & Claws – Lyon". */
  name: string;
  /** A line that tells similar accounts apart, e.g. an address. */
  details?: string;
}

/**
 * A driver's OAuth 2.0 declaration (`ChannelDriver.oauth`, `ReviewSourceDriver.oauth`). Only `scopes`,
 * `pkce`, `endpoints`, `credentials` and one of `client` / `registerClient` are needed for a standard
 * network; the optional hooks cover the others (e.g. a token endpoint that is not RFC 6749).
 */
export interface OAuthFlow {
  /** Present when the account lives on one of many servers and the user types which. */
  instance?: OAuthInstancePrompt;
  /** Scopes to ask for; the host sends them space-separated. */
  scopes: string[];
  /** Whether the network takes PKCE with S256 (RFC 7636); when true the host always sends it. */
  pkce: boolean;
  /** Defaults to `client_secret_post`. */
  clientAuthentication?: OAuthClientAuthentication;
  /**
   * Tokens bound to a key (DPoP, RFC 9449): the host makes an ES256 key per connection (`connection.dpopKey`) and
   * sends a proof with the pushed authorization request, the code exchange and every refresh, answering a
   * server's `use_dpop_nonce` with its nonce. The token endpoint must then answer `token_type: DPoP`.
   */
  dpop?: boolean;
  /**
   * Pushed authorization requests (PAR, RFC 9126): the authorization request is POSTed to
   * `endpoints.pushedAuthorizationUrl` (with the client's authentication and, with `dpop`, a proof) and the
   * browser is sent to `authorizationUrl?client_id&request_uri` only.
   */
  pushedAuthorization?: boolean;
  /** Extra authorization request parameters, e.g. Google's `{ access_type: 'offline', prompt: 'consent' }`. */
  authorizationParams?: Record<string, string>;
  /**
   * Discovery before anything else, for networks where the account decides the servers (AT Protocol: handle →
   * DID → PDS → authorization server): answers the connection with what it found in `discovered` (and
   * `instanceUrl`, the account's server). Throw a DriverError (`invalid`) for an account or server that cannot
   * be used: the host says it on the `instanceUrl` field.
   */
  prepare?(ctx: OAuthContext, connection: OAuthConnection): Promise<OAuthConnection>;
  /** Fixed, or computed from the instance the user typed (e.g. `${instanceUrl}/oauth/token`). */
  endpoints(ctx: OAuthContext, connection: OAuthConnection): OAuthEndpoints | Promise<OAuthEndpoints>;
  /** An app registered once with the network, usually from the plugin's options (`clientId`, `clientSecret`). */
  client?(ctx: OAuthContext, connection: OAuthConnection): OAuthClient | Promise<OAuthClient>;
  /**
   * Registers an app on this server (e.g. Mastodon's `POST /api/v1/apps`). The host caches the answer per
   * instance, redirect URI and scopes in the plugin's store, encrypted, and calls this only when nothing is
   * cached (or the network refused the cached client as `invalid_client`).
   */
  registerClient?(ctx: OAuthContext, connection: OAuthConnection): Promise<OAuthClient>;
  /**
   * A client identified by the URL of its metadata document (OAuth Client ID Metadata Document, as AT Protocol's
   * OAuth profile uses): the client id is `<RAPPORT_PUBLIC_URL>/connect/<type>/client-metadata.json`, where
   * Rapport serves what this answers, and the authorization server fetches it. Instead of `client` and
   * `registerClient`; a public client (`clientAuthentication: 'none'`).
   */
  clientMetadata?(ctx: OAuthContext, client: { clientId: string; redirectUri: string; scopes: string[] }): Record<string, unknown>;
  /**
   * Checks the code exchange's tokens before anything is connected (e.g. that their `sub` is the account the user
   * named, and that this authorization server speaks for it) and answers the connection as it now stands (kept
   * with the grant, given to `credentials` and `refresh`). Throw a DriverError to refuse them.
   */
  verifyTokens?(ctx: OAuthContext, tokens: OAuthTokenSet, connection: OAuthConnection): Promise<OAuthConnection>;
  /**
   * The channel credentials (shaped by the driver's `credentialsSchema`) a token set gives; with
   * `listConnectableAccounts`, for the one chosen `account` (called once per account the user picks).
   */
  credentials(tokens: OAuthTokenSet, connection: OAuthConnection, account?: ConnectableAccount): Record<string, unknown>;
  /**
   * When one consent covers several accounts (a Google Business Profile user's locations, a Facebook user's
   * pages): lists them after the code exchange. Rapport then keeps the tokens aside (encrypted, expiring) and lets
   * the user choose which to connect (`pendingChannelConnection`, `completeChannelConnection`): one channel each.
   */
  listConnectableAccounts?(ctx: OAuthContext, tokens: OAuthTokenSet, connection: OAuthConnection): Promise<ConnectableAccount[]>;
  /** Replaces the standard code exchange (RFC 6749 §4.1.3), for networks that differ. */
  exchangeCode?(ctx: OAuthContext, exchange: OAuthCodeExchange): Promise<OAuthTokenSet>;
  /**
   * Replaces the standard refresh (RFC 6749 §6), e.g. a long-lived token exchange. Used only when the last
   * token set has a refresh token; throw a `reauthorize` DriverError when the grant is gone.
   */
  refresh?(ctx: OAuthContext, request: OAuthRefreshRequest): Promise<OAuthTokenSet>;
}

/** What the host keeps between sending the browser away and the callback. */
export interface PendingOAuthConnection {
  connection: OAuthConnection;
  endpoints: OAuthEndpoints;
  client: OAuthClient;
  state: string;
  codeVerifier?: string;
  /** Where to send the user's browser. */
  authorizeUrl: string;
}

/** Parameters the host sets itself; `authorizationParams` may not override them. */
const RESERVED_AUTHORIZATION_PARAMS = ['response_type', 'client_id', 'redirect_uri', 'scope', 'state', 'code_challenge', 'code_challenge_method'];

/**
 * What is wrong with an `oauth` declaration (empty when nothing is), each starting with `oauth.`.
 * `definePlugin` and the conformance kit both check it.
 */
export function oauthFlowProblems(flow: unknown): string[] {
  if (flow === undefined) return [];
  if (typeof flow !== 'object' || flow === null) return ['oauth must be an object'];
  const declared = flow as Partial<Record<keyof OAuthFlow, unknown>>;
  const problems: string[] = [];
  const scopes = declared.scopes;
  if (!Array.isArray(scopes) || scopes.some((scope) => typeof scope !== 'string' || !/^[\x21\x23-\x5b\x5d-\x7e]+$/.test(scope))) {
    problems.push('oauth.scopes must be a list of scope tokens (no spaces or quotes; RFC 6749 §3.3)');
  }
  if (typeof declared.pkce !== 'boolean') problems.push('oauth.pkce must be true or false');
  for (const hook of ['endpoints', 'credentials'] as const) {
    if (typeof declared[hook] !== 'function') problems.push(`oauth.${hook}() is required`);
  }
  for (const hook of ['client', 'registerClient', 'clientMetadata', 'prepare', 'verifyTokens', 'exchangeCode', 'refresh', 'listConnectableAccounts'] as const) {
    if (declared[hook] !== undefined && typeof declared[hook] !== 'function') problems.push(`oauth.${hook} must be a function`);
  }
  for (const flag of ['dpop', 'pushedAuthorization'] as const) {
    if (declared[flag] !== undefined && typeof declared[flag] !== 'boolean') problems.push(`oauth.${flag} must be true or false`);
  }
  const clientSources = (['client', 'registerClient', 'clientMetadata'] as const).filter((hook) => typeof declared[hook] === 'function');
  if (clientSources.length === 0) {
    problems.push('oauth needs client() (an app registered once, e.g. from the plugin options), registerClient() (one per server) or clientMetadata() (a client id metadata document)');
  } else if (clientSources.includes('clientMetadata') && clientSources.length > 1) {
    problems.push('oauth.clientMetadata() makes the client: leave out client() and registerClient()');
  }
  if (declared.clientAuthentication !== undefined && !OAUTH_CLIENT_AUTHENTICATIONS.includes(declared.clientAuthentication as OAuthClientAuthentication)) {
    problems.push(`oauth.clientAuthentication must be one of ${OAUTH_CLIENT_AUTHENTICATIONS.join(', ')}`);
  }
  const params = declared.authorizationParams;
  if (params !== undefined) {
    if (typeof params !== 'object' || params === null || Object.values(params).some((value) => typeof value !== 'string')) {
      problems.push('oauth.authorizationParams must map names to strings');
    } else {
      const reserved = Object.keys(params).filter((name) => RESERVED_AUTHORIZATION_PARAMS.includes(name));
      if (reserved.length) problems.push(`oauth.authorizationParams may not set ${reserved.join(', ')} (Rapport sets them)`);
    }
  }
  const instance = declared.instance as Partial<OAuthInstancePrompt> | undefined;
  if (instance !== undefined) {
    if (
      typeof instance !== 'object' || instance === null || typeof instance.required !== 'boolean' || typeof instance.label !== 'string' || !instance.label ||
      (instance.acceptsAccount !== undefined && typeof instance.acceptsAccount !== 'boolean')
    ) {
      problems.push('oauth.instance must be { required: boolean, label: string, defaultUrl?: string, acceptsAccount?: boolean }');
    } else if (instance.defaultUrl !== undefined) {
      try {
        normalizeInstanceUrl(instance.defaultUrl);
      } catch (error) {
        problems.push(`oauth.instance.defaultUrl: ${(error as Error).message}`);
      }
    } else if (!instance.required) {
      problems.push('oauth.instance.defaultUrl is needed when the instance is optional');
    }
  }
  return problems;
}

/**
 * The origin of a server URL a user typed: `mastodon.social`, `https://mastodon.social/` and
 * `HTTPS://Mastodon.Social` all give `https://mastodon.social`. Throws an Error saying what is wrong
 * (a path, a query, credentials, another scheme). Whether the address may be reached is the outbound
 * guard's decision, at the first request.
 */
export function normalizeInstanceUrl(input: string): string {
  const trimmed = input.trim();
  if (!trimmed) throw new Error('must not be empty');
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  if (!URL.canParse(withScheme)) throw new Error(`"${trimmed}" is not a URL`);
  const url = new URL(withScheme);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('must be an https:// (or http://) URL');
  if (url.username || url.password) throw new Error('must not contain a user name or password');
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) throw new Error('must be the server address only, e.g. https://mastodon.social');
  return url.origin;
}

/**
 * What a user typed in a flow's instance field: a server (normalised to its origin) or, when the prompt
 * `acceptsAccount`, an account typed without a scheme (`@` dropped). Empty gives the default server. Throws an
 * Error saying what is wrong.
 */
export function parseInstanceInput(prompt: OAuthInstancePrompt, typed: string | undefined): { instanceUrl?: string; loginHint?: string } {
  const trimmed = typed?.trim() ?? '';
  if (!trimmed) {
    if (!prompt.defaultUrl) throw new Error(`${prompt.label} is required`);
    return { instanceUrl: normalizeInstanceUrl(prompt.defaultUrl) };
  }
  if (prompt.acceptsAccount && !/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) {
    const account = trimmed.replace(/^@/, '');
    if (!/^[\x21-\x7e]{1,2048}$/.test(account)) throw new Error(`"${trimmed}" is neither an account nor a server address`);
    return { loginHint: account };
  }
  return { instanceUrl: normalizeInstanceUrl(trimmed) };
}

/** An unguessable `state` value (256 bits, base64url). */
export function createOAuthState(): string {
  return randomBytes(32).toString('base64url');
}

/** A PKCE verifier (43 characters of base64url, 256 bits) and its S256 challenge (RFC 7636 §4.1-4.2). */
export function createPkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: pkceChallenge(verifier) };
}

/** The S256 challenge of a verifier: BASE64URL(SHA256(verifier)). */
export function pkceChallenge(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

/** The authorization request URL (RFC 6749 §4.1.1), keeping any query the endpoint already has. */
export function buildAuthorizationUrl(
  authorizationUrl: string,
  request: { clientId: string; redirectUri: string; scopes: readonly string[]; state: string; codeChallenge?: string; params?: Record<string, string> },
): string {
  const url = new URL(authorizationUrl);
  for (const [name, value] of Object.entries(request.params ?? {})) url.searchParams.set(name, value);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', request.clientId);
  url.searchParams.set('redirect_uri', request.redirectUri);
  if (request.scopes.length) url.searchParams.set('scope', request.scopes.join(' '));
  url.searchParams.set('state', request.state);
  if (request.codeChallenge) {
    url.searchParams.set('code_challenge', request.codeChallenge);
    url.searchParams.set('code_challenge_method', 'S256');
  }
  return url.toString();
}

/** A token endpoint's JSON answer as a token set; throws a `fatal` DriverError when it has no access token. */
export function parseTokenResponse(body: unknown, now: number = Date.now()): OAuthTokenSet {
  const raw = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  if (typeof raw.access_token !== 'string' || !raw.access_token) throw new DriverError('The token endpoint answered without an access_token', 'fatal');
  const expiresIn = typeof raw.expires_in === 'number' ? raw.expires_in : typeof raw.expires_in === 'string' && /^\d+$/.test(raw.expires_in) ? Number(raw.expires_in) : undefined;
  return {
    accessToken: raw.access_token,
    tokenType: typeof raw.token_type === 'string' ? raw.token_type : 'Bearer',
    refreshToken: typeof raw.refresh_token === 'string' && raw.refresh_token ? raw.refresh_token : undefined,
    expiresAt: expiresIn !== undefined ? new Date(now + expiresIn * 1000).toISOString() : undefined,
    scopes: typeof raw.scope === 'string' ? raw.scope.split(/[\s+]+/).filter(Boolean) : undefined,
    raw,
  };
}

interface TokenRequest {
  tokenUrl: string;
  client: OAuthClient;
  clientAuthentication?: OAuthClientAuthentication;
  /** Binds the tokens to this key (RFC 9449): each request carries a DPoP proof. */
  dpopKey?: DpopKey;
}

/** Exchanges an authorization code (RFC 6749 §4.1.3, with the PKCE verifier of RFC 7636 §4.5). */
export function exchangeAuthorizationCode(http: HttpClient, request: TokenRequest & { code: string; redirectUri: string; codeVerifier?: string }): Promise<OAuthTokenSet> {
  return tokenRequest(http, request, 'authorization_code', { code: request.code, redirect_uri: request.redirectUri, code_verifier: request.codeVerifier });
}

/** Uses a refresh token (RFC 6749 §6). A token endpoint that does not rotate it keeps the old one in the result. */
export async function refreshAccessToken(http: HttpClient, request: TokenRequest & { refreshToken: string }): Promise<OAuthTokenSet> {
  const tokens = await tokenRequest(http, request, 'refresh_token', { refresh_token: request.refreshToken });
  return { ...tokens, refreshToken: tokens.refreshToken ?? request.refreshToken };
}

/** A form POST to an authorization server endpoint, with the client's authentication (RFC 6749 §2.3.1) and, given a key, a DPoP proof. */
async function postToAuthorizationServer(http: HttpClient, request: { url: string; client: OAuthClient; clientAuthentication?: OAuthClientAuthentication; dpopKey?: DpopKey }, fields: Record<string, string | undefined>) {
  const authentication = request.clientAuthentication ?? 'client_secret_post';
  const headers: Record<string, string> = {};
  const body: Record<string, string | undefined> = { ...fields };
  if (authentication === 'client_secret_basic') {
    // RFC 6749 §2.3.1: each part form-encoded before base64.
    const pair = `${formEncode(request.client.clientId)}:${formEncode(request.client.clientSecret ?? '')}`;
    headers.authorization = `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`;
  } else {
    body.client_id = request.client.clientId;
    if (authentication === 'client_secret_post') body.client_secret = request.client.clientSecret;
  }
  const form = formBody(body);
  const send = (proof?: string) => http.post(request.url, { body: form.body, headers: { ...headers, 'content-type': form.contentType, ...(proof ? { dpop: proof } : {}) } });
  return request.dpopKey ? sendWithDpop({ key: request.dpopKey, method: 'POST', url: request.url }, send) : send();
}

async function tokenRequest(http: HttpClient, request: TokenRequest, grantType: 'authorization_code' | 'refresh_token', fields: Record<string, string | undefined>): Promise<OAuthTokenSet> {
  let tokens: OAuthTokenSet;
  try {
    const response = await postToAuthorizationServer(http, { ...request, url: request.tokenUrl }, { grant_type: grantType, ...fields });
    tokens = parseTokenResponse(response.json());
  } catch (error) {
    throw tokenEndpointError(error, grantType);
  }
  if (request.dpopKey && tokens.tokenType.toLowerCase() !== 'dpop') {
    throw new DriverError(`The token endpoint answered ${tokens.tokenType} tokens, not DPoP-bound ones`, grantType === 'refresh_token' ? 'reauthorize' : 'invalid');
  }
  return tokens;
}

/**
 * A pushed authorization request (RFC 9126 §2): the parameters go to the PAR endpoint, and the browser gets only
 * `authorizationUrl?client_id&request_uri` (§4). A refusal is `invalid` (with the RFC 6749 error code) or, for
 * an outage, left as it is (`retry`).
 */
export async function pushAuthorizationRequest(
  http: HttpClient,
  request: { parUrl: string; authorizationUrl: string; client: OAuthClient; clientAuthentication?: OAuthClientAuthentication; dpopKey?: DpopKey; params: Record<string, string | undefined> },
): Promise<string> {
  let requestUri: unknown;
  try {
    const response = await postToAuthorizationServer(http, { url: request.parUrl, client: request.client, clientAuthentication: request.clientAuthentication, dpopKey: request.dpopKey }, request.params);
    requestUri = response.json<{ request_uri?: unknown }>().request_uri;
  } catch (error) {
    if (!isHttpError(error) || (error.status !== 400 && error.status !== 401)) throw error;
    const code = (error.body as { error?: unknown } | undefined)?.error;
    const named = typeof code === 'string' && [...OAUTH_ERROR_CODES, 'invalid_dpop_proof', 'use_dpop_nonce'].includes(code) ? `, ${code}` : '';
    throw new DriverError(`The authorization server refused the pushed authorization request (HTTP ${error.status}${named})`, 'invalid', { cause: error });
  }
  if (typeof requestUri !== 'string' || !requestUri) throw new DriverError('The pushed authorization request was answered without a request_uri', 'fatal');
  const url = new URL(request.authorizationUrl);
  url.searchParams.set('client_id', request.client.clientId);
  url.searchParams.set('request_uri', requestUri);
  return url.toString();
}

/** RFC 6749 §5.2 error codes: a closed list, so naming one never repeats arbitrary upstream text. */
const OAUTH_ERROR_CODES = ['invalid_request', 'invalid_client', 'invalid_grant', 'unauthorized_client', 'unsupported_grant_type', 'invalid_scope'];

/**
 * A token endpoint's refusal in the error taxonomy: a refused refresh token or client means a person must
 * connect again (`reauthorize`); a refused code or scope is this attempt's problem (`invalid`). Outages
 * and rate limits stay as they are (`retry`).
 */
function tokenEndpointError(error: unknown, grantType: 'authorization_code' | 'refresh_token'): unknown {
  if (!isHttpError(error) || (error.status !== 400 && error.status !== 401)) return error;
  const body = error.body as { error?: unknown } | undefined;
  const code = typeof body?.error === 'string' && OAUTH_ERROR_CODES.includes(body.error) ? body.error : undefined;
  const what = grantType === 'refresh_token' ? 'refresh token' : 'authorization code';
  let classification: ErrorClassification;
  if (code === 'invalid_client' || code === 'unauthorized_client' || error.status === 401) classification = 'reauthorize';
  else if (grantType === 'refresh_token' && code === 'invalid_grant') classification = 'reauthorize';
  else classification = 'invalid';
  return new DriverError(`The token endpoint refused the ${what} (HTTP ${error.status}${code ? `, ${code}` : ''})`, classification, { cause: error });
}

/** Whether a token endpoint refused the client itself (e.g. an app the server deleted): register again. */
export function isInvalidClientError(error: unknown): boolean {
  const cause = (error as { cause?: unknown })?.cause ?? error;
  if (!isHttpError(cause)) return false;
  return (cause.body as { error?: unknown } | undefined)?.error === 'invalid_client';
}

function formEncode(value: string): string {
  return encodeURIComponent(value).replace(/%20/g, '+');
}

/** The plugin-store key of a registered client: one per server, redirect URI and scope set. */
export function registeredClientKey(connection: OAuthConnection): string {
  const digest = createHash('sha256').update(JSON.stringify([connection.instanceUrl ?? '', connection.redirectUri, [...connection.scopes].sort()])).digest('hex');
  return `oauth-client:${digest}`;
}

/** The flow's client: `client()`, else the registered one cached in `ctx.store`, else a new registration. */
export async function resolveOAuthClient(flow: OAuthFlow, ctx: OAuthContext, connection: OAuthConnection): Promise<OAuthClient> {
  if (flow.client) return flow.client(ctx, connection);
  const key = registeredClientKey(connection);
  const cached = await ctx.store.get<{ clientId: string; clientSecret?: string }>(key);
  if (cached && typeof cached.clientId === 'string') return { clientId: cached.clientId, clientSecret: cached.clientSecret };
  const registered = await flow.registerClient!(ctx, connection);
  await ctx.store.set(key, registered.clientSecret === undefined ? { clientId: registered.clientId } : { clientId: registered.clientId, clientSecret: registered.clientSecret });
  return registered;
}

/**
 * Step 1, when an admin clicks "Connect": the endpoints, the client (registering one if needed), a fresh
 * `state` and PKCE verifier, and the URL to send the browser to. Keep everything but `authorizeUrl`
 * secret until the callback.
 */
export async function beginOAuthConnection(
  flow: OAuthFlow,
  ctx: OAuthContext,
  input: { instanceUrl?: string; loginHint?: string; redirectUri: string; state?: string; clientMetadataUrl?: string },
): Promise<PendingOAuthConnection> {
  let connection = connectionFor(flow, input);
  if (flow.dpop) connection.dpopKey = createDpopKey();
  if (flow.prepare) connection = keepHostFields(await flow.prepare(ctx, connection), connection);
  const endpoints = await flow.endpoints(ctx, connection);
  let client: OAuthClient;
  if (flow.clientMetadata) {
    if (!input.clientMetadataUrl) throw new DriverError('This flow identifies its client by a metadata document URL: pass clientMetadataUrl', 'fatal');
    client = { clientId: input.clientMetadataUrl };
  } else {
    client = await resolveOAuthClient(flow, ctx, connection);
  }
  const state = input.state ?? createOAuthState();
  const pkce = flow.pkce ? createPkcePair() : undefined;
  const params = { ...flow.authorizationParams, ...(connection.loginHint ? { login_hint: connection.loginHint } : {}) };
  let authorizeUrl: string;
  if (flow.pushedAuthorization) {
    if (!endpoints.pushedAuthorizationUrl) throw new DriverError('The authorization server has no pushed authorization request endpoint', 'invalid');
    authorizeUrl = await pushAuthorizationRequest(ctx.http, {
      parUrl: endpoints.pushedAuthorizationUrl,
      authorizationUrl: endpoints.authorizationUrl,
      client,
      clientAuthentication: flow.clientAuthentication,
      dpopKey: connection.dpopKey,
      params: {
        ...params,
        response_type: 'code',
        redirect_uri: connection.redirectUri,
        scope: connection.scopes.join(' ') || undefined,
        state,
        code_challenge: pkce?.challenge,
        code_challenge_method: pkce ? 'S256' : undefined,
      },
    });
  } else {
    authorizeUrl = buildAuthorizationUrl(endpoints.authorizationUrl, {
      clientId: client.clientId,
      redirectUri: connection.redirectUri,
      scopes: connection.scopes,
      state,
      codeChallenge: pkce?.challenge,
      params,
    });
  }
  return { connection, endpoints, client, state, codeVerifier: pkce?.verifier, authorizeUrl };
}

/** A hook's connection, with what the host decided (redirect URI, scopes, DPoP key) as the host decided it. */
function keepHostFields(answered: OAuthConnection, host: OAuthConnection): OAuthConnection {
  const connection: OAuthConnection = { ...answered, redirectUri: host.redirectUri, scopes: host.scopes };
  if (host.dpopKey) connection.dpopKey = host.dpopKey;
  return connection;
}

/**
 * What the callback gets: the channel credentials, or, for a flow that lists accounts, the accounts to choose
 * from (make each one's credentials with `flow.credentials(tokens, connection, account)`).
 */
export type OAuthConnectionResult =
  | { tokens: OAuthTokenSet; connection: OAuthConnection; credentials: Record<string, unknown>; accounts?: undefined }
  | { tokens: OAuthTokenSet; connection: OAuthConnection; accounts: ConnectableAccount[]; credentials?: undefined };

/**
 * Step 2, at the callback (after checking `state`): exchanges the code and makes the channel credentials, or lists
 * the accounts to choose from when the flow has `listConnectableAccounts`. A client the token endpoint refuses is
 * dropped from the cache, so the next attempt registers again.
 */
export async function completeOAuthConnection(
  flow: OAuthFlow,
  ctx: OAuthContext,
  pending: Pick<PendingOAuthConnection, 'connection' | 'endpoints' | 'client' | 'codeVerifier'>,
  code: string,
  callback: { iss?: string } = {},
): Promise<OAuthConnectionResult> {
  if (pending.endpoints.issuer !== undefined && callback.iss !== pending.endpoints.issuer) {
    throw new DriverError(
      callback.iss === undefined ? 'The authorization server did not say who it is (no iss in the callback, RFC 9207)' : 'The callback came from another authorization server than the one the connection started with (iss)',
      'invalid',
    );
  }
  const exchange: OAuthCodeExchange = { code, codeVerifier: pending.codeVerifier, client: pending.client, endpoints: pending.endpoints, connection: pending.connection };
  let tokens: OAuthTokenSet;
  try {
    tokens = flow.exchangeCode
      ? await flow.exchangeCode(ctx, exchange)
      : await exchangeAuthorizationCode(ctx.http, {
          tokenUrl: pending.endpoints.tokenUrl,
          client: pending.client,
          clientAuthentication: flow.clientAuthentication,
          code,
          redirectUri: pending.connection.redirectUri,
          codeVerifier: pending.codeVerifier,
          dpopKey: flow.dpop ? pending.connection.dpopKey : undefined,
        });
  } catch (error) {
    if (flow.registerClient && !flow.client && isInvalidClientError(error)) await ctx.store.delete(registeredClientKey(pending.connection));
    throw error;
  }
  const connection = flow.verifyTokens ? keepHostFields(await flow.verifyTokens(ctx, tokens, pending.connection), pending.connection) : pending.connection;
  if (flow.listConnectableAccounts) return { tokens, connection, accounts: connectableAccountsOf(await flow.listConnectableAccounts(ctx, tokens, connection)) };
  return { tokens, connection, credentials: flow.credentials(tokens, connection) };
}

/** The listed accounts, checked: a driver's malformed or repeated entry is its bug, said as a `fatal` DriverError. */
function connectableAccountsOf(listed: unknown): ConnectableAccount[] {
  if (!Array.isArray(listed)) throw new DriverError('listConnectableAccounts must return a list', 'fatal');
  const seen = new Set<string>();
  return listed.map((account, index) => {
    const { id, name, details } = (account ?? {}) as Partial<ConnectableAccount>;
    if (typeof id !== 'string' || !id || typeof name !== 'string' || !name.trim() || (details !== undefined && typeof details !== 'string')) {
      throw new DriverError(`listConnectableAccounts returned a malformed account at ${index}: { id, name } must be non-empty strings, details a string when given`, 'fatal');
    }
    if (seen.has(id)) throw new DriverError(`listConnectableAccounts returned the account ${id} twice`, 'fatal');
    seen.add(id);
    return details === undefined ? { id, name } : { id, name, details };
  });
}

/** Refreshes a token set (the flow's `refresh`, else RFC 6749 §6) and makes the new credentials. */
export async function refreshOAuthConnection(
  flow: OAuthFlow,
  ctx: OAuthContext,
  grant: OAuthRefreshRequest,
): Promise<{ tokens: OAuthTokenSet; credentials: Record<string, unknown> }> {
  const tokens = flow.refresh
    ? await flow.refresh(ctx, grant)
    : await refreshAccessToken(ctx.http, {
        tokenUrl: grant.endpoints.tokenUrl,
        client: grant.client,
        clientAuthentication: flow.clientAuthentication,
        refreshToken: grant.refreshToken,
        dpopKey: flow.dpop ? grant.connection.dpopKey : undefined,
      });
  const kept = { ...tokens, refreshToken: tokens.refreshToken ?? grant.refreshToken };
  return { tokens: kept, credentials: flow.credentials(kept, grant.connection, grant.account) };
}

function connectionFor(flow: OAuthFlow, input: { instanceUrl?: string; loginHint?: string; redirectUri: string }): OAuthConnection {
  const scopes = [...flow.scopes];
  if (!flow.instance) return { redirectUri: input.redirectUri, scopes };
  if (input.loginHint?.trim() && flow.instance.acceptsAccount) return { loginHint: input.loginHint.trim(), redirectUri: input.redirectUri, scopes };
  const typed = input.instanceUrl?.trim() || flow.instance.defaultUrl;
  if (!typed) throw new DriverError(`${flow.instance.label} is required`, 'invalid');
  return { instanceUrl: normalizeInstanceUrl(typed), redirectUri: input.redirectUri, scopes };
}
