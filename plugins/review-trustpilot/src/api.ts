import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import {
  DriverError,
  formBody,
  isHttpError,
  retryAfterOf,
  type DriverContext,
  type HttpClient,
  type HttpMethod,
  type HttpRequestOptions,
  type HttpResponse,
  type JSONSchema,
  type JsonValue,
} from '@rapport/plugin-sdk';
import type { TrustpilotBusinessUnit, TrustpilotTokenResponse } from './entities.js';

export const DEFAULT_BASE_URL = 'https://api.trustpilot.com';
export const DEFAULT_AUTHENTICATE_URL = 'https://authenticate.trustpilot.com';
/** https://developers.trustpilot.com/authentication: the one token endpoint of every grant. */
export const TOKEN_PATH = '/v1/oauth/oauth-business-users-for-applications/accesstoken';

/** What a Trustpilot review source holds. Either an OAuth access token (connected by consent), or an API key and secret. */
export const credentialsSchema: JSONSchema = {
  type: 'object',
  required: ['businessUnit'],
  additionalProperties: false,
  properties: {
    businessUnit: {
      type: 'string',
      minLength: 1,
      maxLength: 253,
      title: 'Business unit',
      description: 'The business on Trustpilot: its domain as in trustpilot.com/review/<domain> (e.g. paws-and-claws.com), or its business unit id.',
    },
    apiKey: { type: 'string', minLength: 1, title: 'API key', description: "Your Trustpilot application's API key (Integrations > Developers > APIs); defaults to the plugin option apiKey." },
    apiSecret: { type: 'string', minLength: 1, title: 'API secret', secret: true, description: "Your application's API secret; defaults to the plugin option apiSecret." },
    businessUserId: {
      type: 'string',
      minLength: 1,
      title: 'Business user id',
      description: 'The Trustpilot business user replies are written as (from the user\'s Trustpilot Business profile). Needed with an API key and secret alone (client credentials).',
    },
    username: { type: 'string', minLength: 1, title: 'Business user e-mail', description: 'With password: tokens for this business user (password grant) instead of client credentials.' },
    password: { type: 'string', minLength: 1, title: 'Business user password', secret: true },
    accessToken: { type: 'string', minLength: 1, title: 'Access token', secret: true, description: 'Set when connecting by consent (OAuth 2.0); Rapport renews it.' },
    webhookSecret: {
      type: 'string',
      minLength: 16,
      title: 'Webhook password',
      secret: true,
      description: 'The password of the subscription URL registered in Trustpilot (https://rapport:<password>@<Rapport>/webhooks/<channel id>).',
    },
  },
};

/** The plugin's options in the Rapport config. */
export const configSchema: JSONSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    baseUrl: { type: 'string', format: 'uri', description: `Trustpilot's API. Default ${DEFAULT_BASE_URL}.` },
    authenticateUrl: { type: 'string', format: 'uri', description: `Where business users consent (authorization code grant). Default ${DEFAULT_AUTHENTICATE_URL}.` },
    apiKey: { type: 'string', minLength: 1, description: 'API key of the Trustpilot application Rapport connects by consent with (its OAuth client id).' },
    apiSecret: { type: 'string', minLength: 1, description: 'Its API secret (the OAuth client secret).' },
    webhookSecret: {
      type: 'string',
      minLength: 16,
      description: "Derives each channel's webhook password (hex HMAC-SHA256 of the channel id), for channels without a webhookSecret credential, e.g. those connected by consent.",
    },
    pageSize: { type: 'integer', minimum: 1, maximum: 100, description: 'Reviews per page (perPage, at most 100). Default 100.' },
    revisionWindowDays: {
      type: 'integer',
      minimum: 0,
      maximum: 3650,
      description: 'After the backfill, each sync reads again the reviews written in this many days before the newest one, so revisions show up. Default 30.',
    },
    timeoutMs: { type: 'integer', minimum: 100, description: 'HTTP timeout per request. Default 10000.' },
  },
};

export interface TrustpilotSettings {
  baseUrl: string;
  authenticateUrl: string;
  pageSize: number;
  revisionWindowDays: number;
}

export function settingsOf(options: Record<string, unknown>): TrustpilotSettings {
  return {
    baseUrl: trimSlash(stringOf(options.baseUrl) ?? DEFAULT_BASE_URL),
    authenticateUrl: stringOf(options.authenticateUrl) ?? DEFAULT_AUTHENTICATE_URL,
    pageSize: typeof options.pageSize === 'number' ? options.pageSize : 100,
    revisionWindowDays: typeof options.revisionWindowDays === 'number' ? options.revisionWindowDays : 30,
  };
}

/** The API key sent as the `apikey` header of public endpoints. */
function apiKeyOf(ctx: Pick<DriverContext, 'credentials' | 'options'>): string {
  const key = stringOf(ctx.credentials.apiKey) ?? stringOf(ctx.options.apiKey);
  if (!key) throw new DriverError('no Trustpilot API key: give credentials.apiKey or the plugin option apiKey', 'invalid');
  return key;
}

function apiSecretOf(ctx: Pick<DriverContext, 'credentials' | 'options'>): string | undefined {
  // The secret goes with the key it belongs to: the channel's own pair, else the plugin's.
  return stringOf(ctx.credentials.apiKey) ? stringOf(ctx.credentials.apiSecret) : stringOf(ctx.options.apiSecret);
}

/** A 24-hex business unit id, as Trustpilot's ids are; anything else is looked up as a name or domain. */
const BUSINESS_UNIT_ID = /^[0-9a-f]{24}$/i;
const BUSINESS_UNIT_KEY = 'business-unit';
const TOKEN_KEY = 'access-token';
const BUSINESS_USER_KEY = 'business-user';
/** A cached token is not used in its last minute. */
const TOKEN_MARGIN_MS = 60_000;

interface CachedToken {
  accessToken: string;
  expiresAt: number;
  /** The business user a password grant stands for. */
  businessUserId?: string;
}

/**
 * One account's way into the API: the public endpoints with the `apikey` header, the private ones with a Bearer
 * token (https://developers.trustpilot.com/authentication). A token from consent is the channel's credentials
 * (Rapport renews it; a 401 means the consent is gone). Otherwise the token comes from the application's key and
 * secret (password grant with a business user's login, else client credentials), cached sealed in the channel's
 * store and requested again when it expires or is refused once: Trustpilot asks clients to reuse tokens and
 * answers 429 to clients that request them too often.
 */
export class TrustpilotApi {
  readonly settings: TrustpilotSettings;
  private readonly http: HttpClient;
  private token: CachedToken | undefined;

  constructor(private readonly ctx: Pick<DriverContext, 'credentials' | 'options' | 'http' | 'store'> & { channelId?: string }) {
    this.settings = settingsOf(ctx.options);
    this.http = ctx.http.extend({ baseUrl: this.settings.baseUrl });
  }

  /** A public endpoint, with the application's API key. */
  async publicGet(path: string, query?: HttpRequestOptions['query']): Promise<HttpResponse> {
    return this.http.get(path, { query, headers: { apikey: apiKeyOf(this.ctx) } });
  }

  /** A private endpoint, with a Bearer token; with a key and secret, a refused token is replaced once. */
  async private(method: HttpMethod, path: string, options: HttpRequestOptions = {}): Promise<HttpResponse> {
    const consented = stringOf(this.ctx.credentials.accessToken);
    const send = (token: string) => this.http.request(method, path, { ...options, headers: { ...options.headers, authorization: `Bearer ${token}` } });
    if (consented) return send(consented);
    try {
      return await send(await this.keyToken(false));
    } catch (error) {
      if (!isHttpError(error) || error.status !== 401) throw error;
      return send(await this.keyToken(true));
    }
  }

  /** The business unit these credentials name, looked up once (by id, or by name/domain with `find`) and cached. */
  async businessUnit(): Promise<TrustpilotBusinessUnit> {
    const wanted = stringOf(this.ctx.credentials.businessUnit);
    if (!wanted) throw new DriverError('credentials.businessUnit is required: the business domain on Trustpilot, or its business unit id', 'invalid');
    const cached = (await this.ctx.store.get(BUSINESS_UNIT_KEY)) as { query?: string; unit?: TrustpilotBusinessUnit } | undefined;
    if (cached?.query === wanted && cached.unit) return cached.unit;
    const unit = await this.fetchBusinessUnit(wanted);
    const kept = { id: unit.id, displayName: unit.displayName, name: { identifying: unit.name?.identifying ?? wanted } };
    await this.ctx.store.set(BUSINESS_UNIT_KEY, { query: wanted, unit: kept } satisfies JsonValue);
    return kept;
  }

  /** The business unit as Trustpilot has it now (its review count included). */
  async fetchBusinessUnit(wanted: string): Promise<TrustpilotBusinessUnit> {
    try {
      const response = BUSINESS_UNIT_ID.test(wanted)
        ? await this.publicGet(`/v1/business-units/${encodeURIComponent(wanted)}`)
        : await this.publicGet('/v1/business-units/find', { name: wanted });
      return response.json<TrustpilotBusinessUnit>();
    } catch (error) {
      if (isHttpError(error) && error.status === 404) throw new DriverError(`Trustpilot has no business unit "${wanted}"`, 'invalid', { cause: error });
      throw error;
    }
  }

  /**
   * Who replies: the business user of the credentials (configured, or the one who consented), else the one a
   * password grant stands for (`app_enduser`). The consenting user is remembered in the channel's store at
   * connection, because a renewed token set may no longer name them.
   */
  async businessUserId(): Promise<string> {
    const configured = stringOf(this.ctx.credentials.businessUserId);
    if (configured) {
      if ((await this.ctx.store.get(BUSINESS_USER_KEY)) !== configured) await this.ctx.store.set(BUSINESS_USER_KEY, configured);
      return configured;
    }
    const remembered = await this.ctx.store.get(BUSINESS_USER_KEY);
    if (typeof remembered === 'string' && remembered) return remembered;
    if (!stringOf(this.ctx.credentials.accessToken)) {
      await this.keyToken(false);
      if (this.token?.businessUserId) return this.token.businessUserId;
    }
    throw new DriverError('Trustpilot needs the business user a reply is written as: set credentials.businessUserId', 'invalid');
  }

  private async keyToken(renew: boolean): Promise<string> {
    if (!renew) {
      this.token ??= await this.storedToken();
      if (this.token && this.token.expiresAt - TOKEN_MARGIN_MS > Date.now()) return this.token.accessToken;
    }
    const tokens = await requestKeyToken(this.http, this.ctx);
    const expiresIn = Number(tokens.expires_in);
    this.token = {
      accessToken: tokens.access_token,
      expiresAt: Date.now() + (Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn * 1000 : 3_600_000),
      ...(typeof tokens.app_enduser === 'string' && tokens.app_enduser ? { businessUserId: tokens.app_enduser } : {}),
    };
    await this.keepToken(this.token);
    return this.token.accessToken;
  }

  private async keepToken(token: CachedToken): Promise<void> {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.tokenKey(), iv);
    const sealed = Buffer.concat([cipher.update(JSON.stringify(token), 'utf8'), cipher.final(), cipher.getAuthTag()]);
    await this.ctx.store.set(TOKEN_KEY, { v: 1, iv: iv.toString('base64'), sealed: sealed.toString('base64') });
  }

  /** The cached token, if it opens with these credentials (other credentials request a new one). */
  private async storedToken(): Promise<CachedToken | undefined> {
    const stored = await this.ctx.store.get<Record<string, string>>(TOKEN_KEY);
    if (!stored?.iv || !stored.sealed) return undefined;
    try {
      const sealed = Buffer.from(stored.sealed, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', this.tokenKey(), Buffer.from(stored.iv, 'base64'));
      decipher.setAuthTag(sealed.subarray(-16));
      return JSON.parse(Buffer.concat([decipher.update(sealed.subarray(0, -16)), decipher.final()]).toString('utf8')) as CachedToken;
    } catch {
      return undefined;
    }
  }

  /** Sealed with a key derived from the secret and login, so plugin_store rows alone do not hand out the token. */
  private tokenKey(): Buffer {
    const material = `${apiSecretOf(this.ctx) ?? ''}\u0000${stringOf(this.ctx.credentials.password) ?? ''}`;
    const salt = `${apiKeyOf(this.ctx)} ${stringOf(this.ctx.credentials.username) ?? ''}`;
    return Buffer.from(hkdfSync('sha256', material, salt, '@rapport/plugin-review-trustpilot token', 32));
  }
}

/**
 * A token from the application's key and secret (Basic authentication of the token endpoint): the password grant
 * with a business user's login (https://developers.trustpilot.com/grant-type-password), else client credentials
 * (https://developers.trustpilot.com/grant-type-client-credentials). Refused credentials are `reauthorize`.
 */
async function requestKeyToken(http: HttpClient, ctx: Pick<DriverContext, 'credentials' | 'options'>): Promise<TrustpilotTokenResponse> {
  const apiKey = apiKeyOf(ctx);
  const apiSecret = apiSecretOf(ctx);
  if (!apiSecret) throw new DriverError('no Trustpilot API secret for this API key: give credentials.apiSecret (or connect by consent)', 'invalid');
  const username = stringOf(ctx.credentials.username);
  const password = stringOf(ctx.credentials.password);
  if (Boolean(username) !== Boolean(password)) throw new DriverError('give both username and password of the business user, or neither', 'invalid');
  const form = formBody(username ? { grant_type: 'password', username, password } : { grant_type: 'client_credentials' });
  try {
    const response = await http.post(TOKEN_PATH, {
      body: form.body,
      headers: { 'content-type': form.contentType, authorization: `Basic ${Buffer.from(`${apiKey}:${apiSecret}`, 'utf8').toString('base64')}` },
    });
    const tokens = response.json<TrustpilotTokenResponse>();
    if (typeof tokens?.access_token !== 'string' || !tokens.access_token) throw new DriverError('the Trustpilot token endpoint answered without an access_token', 'fatal');
    return tokens;
  } catch (error) {
    if (isHttpError(error) && (error.status === 400 || error.status === 401 || error.status === 403)) {
      const what = username ? 'the API key, secret or business user login' : 'the API key and secret';
      throw new DriverError(`Trustpilot refused ${what} (HTTP ${error.status})`, 'reauthorize', { cause: error, retryAfterSeconds: retryAfterOf(error) });
    }
    throw error;
  }
}

export function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
