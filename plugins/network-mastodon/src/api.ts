import { DriverError, isHttpError, normalizeInstanceUrl, type DriverContext, type HttpMethod, type HttpRequestOptions, type HttpResponse, type JSONSchema } from '@rapport/plugin-sdk';
import { VISIBILITIES, type Visibility } from './entities.js';

/** What a connected Mastodon channel holds: the server and a user token (OAuth, or pasted from Preferences > Development). */
export const credentialsSchema: JSONSchema = {
  type: 'object',
  required: ['instanceUrl', 'accessToken'],
  properties: {
    instanceUrl: { type: 'string', format: 'uri', pattern: '^https?://', title: 'Server', description: 'The Mastodon server of the account, e.g. https://mastodon.social.' },
    accessToken: {
      type: 'string',
      minLength: 1,
      title: 'Access token',
      description: 'A user token with the scopes read:accounts read:statuses read:notifications write:statuses write:media.',
      secret: true,
    },
  },
  additionalProperties: false,
};

/** The plugin's options in the Rapport config. */
export const configSchema: JSONSchema = {
  type: 'object',
  properties: {
    appName: { type: 'string', minLength: 1, maxLength: 100, description: 'Name of the app Rapport registers on each server (shown to users when they consent). Default "Rapport".' },
    website: { type: 'string', format: 'uri', description: 'Link shown with the app name on the consent page.' },
    visibility: { type: 'string', enum: ['public', 'unlisted', 'private'], description: 'Visibility of published statuses. Default public.' },
    mediaPollIntervalMs: { type: 'integer', minimum: 10, maximum: 60_000, description: 'How often to ask whether an uploaded video or large image is processed. Default 1000.' },
    mediaTimeoutMs: { type: 'integer', minimum: 100, maximum: 600_000, description: 'How long to wait for processing before retrying the publish later. Default 60000.' },
    timeoutMs: { type: 'integer', minimum: 100, description: 'HTTP timeout per request. Default 10000.' },
  },
  additionalProperties: false,
};

export interface MastodonSettings {
  appName: string;
  website?: string;
  visibility: Visibility;
  mediaPollIntervalMs: number;
  mediaTimeoutMs: number;
}

export function settingsOf(options: Record<string, unknown>): MastodonSettings {
  const visibility = VISIBILITIES.includes(options.visibility as Visibility) ? (options.visibility as Visibility) : 'public';
  return {
    appName: typeof options.appName === 'string' ? options.appName : 'Rapport',
    website: typeof options.website === 'string' ? options.website : undefined,
    visibility,
    mediaPollIntervalMs: typeof options.mediaPollIntervalMs === 'number' ? options.mediaPollIntervalMs : 1000,
    mediaTimeoutMs: typeof options.mediaTimeoutMs === 'number' ? options.mediaTimeoutMs : 60_000,
  };
}

/** The channel's server as an origin; a malformed one is the credentials' fault. */
export function instanceOf(ctx: DriverContext): string {
  try {
    return normalizeInstanceUrl(String(ctx.credentials.instanceUrl ?? ''));
  } catch (error) {
    throw new DriverError(`credentials.instanceUrl ${(error as Error).message}`, 'invalid');
  }
}

/** The server's host, which makes account ids and handles unique across the fediverse. */
export function hostOf(ctx: DriverContext): string {
  return new URL(instanceOf(ctx)).host;
}

/** Kept per channel while the account's request budget is used up: when it resets. */
const RATE_LIMIT_KEY = 'rate-limit-reset';

/**
 * One request to the account's server with its token. Every answer's `X-RateLimit-Remaining` is watched
 * (https://docs.joinmastodon.org/api/rate-limits/): once it reaches 0 no request is made until
 * `X-RateLimit-Reset`, and the call fails as `retry` with that delay, as a 429 does.
 */
export async function mastodon(ctx: DriverContext, method: HttpMethod, path: string, options: HttpRequestOptions = {}): Promise<HttpResponse> {
  const blockedUntil = await ctx.store.get<string>(RATE_LIMIT_KEY);
  if (blockedUntil && Date.parse(blockedUntil) > Date.now()) {
    throw new DriverError(`Mastodon request budget used up until ${blockedUntil}`, 'retry', { retryAfterSeconds: secondsUntil(blockedUntil) });
  }
  const client = ctx.http.extend({ baseUrl: instanceOf(ctx), headers: { authorization: `Bearer ${String(ctx.credentials.accessToken ?? '')}` } });
  let response: HttpResponse;
  try {
    response = await client.request(method, path, options);
  } catch (error) {
    throw await mastodonError(ctx, error);
  }
  const reset = response.headers['x-ratelimit-reset'];
  if (response.headers['x-ratelimit-remaining'] === '0' && reset && !Number.isNaN(Date.parse(reset))) await ctx.store.set(RATE_LIMIT_KEY, reset);
  else if (blockedUntil) await ctx.store.delete(RATE_LIMIT_KEY);
  return response;
}

/** 403 answers that mean the token itself no longer works (https://docs.joinmastodon.org/entities/Error/#403). */
const TOKEN_FORBIDDEN = /outside the authorized scopes|login is currently disabled|missing a confirmed e-mail|pending approval/i;

/**
 * Mastodon's refusals in the error taxonomy, beyond classifyHttpError's defaults: a 429 carries its delay in
 * `X-RateLimit-Reset` (Mastodon sends no Retry-After), and a 403 is the account's problem (scope, disabled
 * login) only when Mastodon says so; otherwise it refuses this one action (e.g. replying to someone who
 * blocked the account), which retrying or reconnecting cannot change.
 */
async function mastodonError(ctx: DriverContext, error: unknown): Promise<unknown> {
  if (!isHttpError(error)) return error;
  if (error.status === 429) {
    const reset = error.headers['x-ratelimit-reset'];
    const validReset = reset && !Number.isNaN(Date.parse(reset)) ? reset : undefined;
    if (validReset) await ctx.store.set(RATE_LIMIT_KEY, validReset);
    const retryAfterSeconds = error.retryAfter ?? (validReset ? secondsUntil(validReset) : undefined);
    return new DriverError(`Mastodon rate limit reached${validReset ? `; it resets at ${validReset}` : ''}`, 'retry', { cause: error, retryAfterSeconds });
  }
  if (error.status === 403) {
    const message = (error.body as { error?: unknown } | undefined)?.error;
    if (typeof message === 'string' && TOKEN_FORBIDDEN.test(message)) return new DriverError('Mastodon no longer accepts this token for this (HTTP 403)', 'reauthorize', { cause: error });
    return new DriverError('Mastodon does not allow this action (HTTP 403)', 'invalid', { cause: error });
  }
  return error;
}

function secondsUntil(iso: string): number {
  return Math.max(1, Math.ceil((Date.parse(iso) - Date.now()) / 1000));
}
