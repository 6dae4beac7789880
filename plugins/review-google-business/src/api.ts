import { classifyHttpError, DriverError, isHttpError, type DriverContext, type HttpClient, type JSONSchema } from '@rapport/plugin-sdk';

/**
 * Where each Google API lives. Every one is configurable so tests (and proxies) can point the plugin elsewhere;
 * the defaults are Google's documented endpoints.
 */
export const DEFAULT_URLS = {
  /** https://developers.google.com/identity/protocols/oauth2/web-server#creatingclient */
  authorizationUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
  /** https://developers.google.com/identity/protocols/oauth2/web-server#exchange-authorization-code */
  tokenUrl: 'https://oauth2.googleapis.com/token',
  /** Account Management API: https://developers.google.com/my-business/reference/accountmanagement/rest/v1/accounts/list */
  accountManagementUrl: 'https://mybusinessaccountmanagement.googleapis.com',
  /** Business Information API: https://developers.google.com/my-business/reference/businessinformation/rest/v1/accounts.locations/list */
  businessInformationUrl: 'https://mybusinessbusinessinformation.googleapis.com',
  /** Reviews (My Business API v4): https://developers.google.com/my-business/reference/rest/v4/accounts.locations.reviews */
  reviewsUrl: 'https://mybusiness.googleapis.com',
  /** Google's OIDC signing keys, which sign Pub/Sub push tokens: https://cloud.google.com/pubsub/docs/authenticate-push-subscriptions */
  certsUrl: 'https://www.googleapis.com/oauth2/v3/certs',
} as const;

export const BUSINESS_MANAGE_SCOPE = 'https://www.googleapis.com/auth/business.manage';

/** A location as the v4 reviews API names it: `accounts/{accountId}/locations/{locationId}`. */
export const LOCATION_NAME = '^accounts/[^/]+/locations/[^/]+$';

/** What a connected location holds: a user's access token (from OAuth, or pasted for a test) and which location. */
export const credentialsSchema: JSONSchema = {
  type: 'object',
  required: ['accessToken', 'location'],
  properties: {
    accessToken: { type: 'string', minLength: 1, title: 'Access token', description: 'An OAuth access token with the business.manage scope; renewed by Rapport when connected by consent.', secret: true },
    location: { type: 'string', pattern: LOCATION_NAME, title: 'Location', description: 'The location, as accounts/{accountId}/locations/{locationId}.' },
  },
  additionalProperties: false,
};

/** The plugin's options in the Rapport config. */
export const configSchema: JSONSchema = {
  type: 'object',
  properties: {
    clientId: { type: 'string', minLength: 1, description: 'OAuth client id of your Google Cloud project (Web application), whose redirect URI is <RAPPORT_PUBLIC_URL>/connect/callback.' },
    clientSecret: { type: 'string', minLength: 1, description: 'Its client secret.', secret: true },
    ...Object.fromEntries(Object.entries(DEFAULT_URLS).map(([name, url]) => [name, { type: 'string', format: 'uri', pattern: '^https?://', description: `Default ${url}.` }])),
    pubsub: {
      type: 'object',
      required: ['audience'],
      description: 'Turns on Pub/Sub push notifications (NEW_REVIEW, UPDATED_REVIEW): the push subscriptions authenticate with an OIDC token for this audience.',
      properties: {
        audience: { type: 'string', minLength: 1, description: 'The audience set on the push subscriptions (the token\'s aud claim).' },
        serviceAccountEmail: { type: 'string', minLength: 3, description: 'The service account the push subscriptions sign as (the token\'s email claim); any when left out.' },
      },
      additionalProperties: false,
    },
    timeoutMs: { type: 'integer', minimum: 100, description: 'HTTP timeout per request. Default 10000.' },
  },
  additionalProperties: false,
};

export type GoogleUrls = { -readonly [K in keyof typeof DEFAULT_URLS]: string };

/** The configured URL of each API (without a trailing slash). */
export function urlsOf(options: Record<string, unknown>): GoogleUrls {
  const urls = { ...DEFAULT_URLS } as GoogleUrls;
  for (const name of Object.keys(DEFAULT_URLS) as Array<keyof GoogleUrls>) {
    if (typeof options[name] === 'string') urls[name] = (options[name] as string).replace(/\/+$/, '');
  }
  return urls;
}

/** A client for one Google API with the given access token. */
export function googleApi(http: HttpClient, baseUrl: string, accessToken: string): HttpClient {
  return http.extend({ baseUrl, headers: { authorization: `Bearer ${accessToken}` } });
}

/** The channel's reviews API client (v4), with its token. */
export function reviewsApi(ctx: DriverContext): HttpClient {
  return googleApi(ctx.http, urlsOf(ctx.options).reviewsUrl, String(ctx.credentials.accessToken));
}

export function locationOf(ctx: DriverContext): string {
  const location = String(ctx.credentials.location ?? '');
  if (!new RegExp(LOCATION_NAME).test(location)) throw new DriverError('credentials.location must be accounts/{accountId}/locations/{locationId}', 'invalid');
  return location;
}

/** Path segments of a resource name, each escaped (ids are opaque strings). */
export function resourcePath(name: string): string {
  return name.split('/').map(encodeURIComponent).join('/');
}

/** google.rpc.Code names (https://cloud.google.com/apis/design/errors): a closed list, safe to repeat to users. */
const RPC_STATUS = /^[A-Z][A-Z_]{2,40}$/;

interface GoogleErrorBody {
  error?: { code?: number; status?: unknown; details?: Array<Record<string, unknown>> };
}

/**
 * Calls a Google API, turning its error answers (https://cloud.google.com/apis/design/errors) into the taxonomy:
 * 401 → reauthorize, 429 and 503 → retry no sooner than `Retry-After` or the `google.rpc.RetryInfo` detail's
 * `retryDelay`, 400 → invalid, naming the google.rpc status (never Google's free text).
 */
export async function google<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!isHttpError(error)) throw error;
    const body = (error.body as GoogleErrorBody | undefined)?.error;
    const status = typeof body?.status === 'string' && RPC_STATUS.test(body.status) ? `, ${body.status}` : '';
    const classification = classifyHttpError(error);
    const retryAfterSeconds = classification === 'retry' ? (error.retryAfter ?? retryDelayOf(body?.details)) : undefined;
    throw new DriverError(`${what}: HTTP ${error.status}${status}`, classification, { cause: error, retryAfterSeconds });
  }
}

/** Seconds of a `google.rpc.RetryInfo` detail (`"retryDelay": "7s"` or `"1.5s"`), rounded up. */
function retryDelayOf(details: Array<Record<string, unknown>> | undefined): number | undefined {
  const info = details?.find((detail) => detail['@type'] === 'type.googleapis.com/google.rpc.RetryInfo');
  const delay = typeof info?.retryDelay === 'string' ? /^(\d+(?:\.\d+)?)s$/.exec(info.retryDelay) : null;
  return delay ? Math.ceil(Number(delay[1])) : undefined;
}

/** Compares two RFC 3339 UTC timestamps as Google writes them (up to nine fractional digits), exactly. */
export function compareTimestamps(a: string, b: string): number {
  const key = (value: string) => {
    const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?Z$/.exec(value);
    if (!match) return `${new Date(value).toISOString().slice(0, 19)}${new Date(value).toISOString().slice(20, 23).padEnd(9, '0')}`;
    return `${match[1]}${(match[2] ?? '').padEnd(9, '0')}`;
  };
  const [left, right] = [key(a), key(b)];
  return left < right ? -1 : left > right ? 1 : 0;
}
