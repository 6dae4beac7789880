import { createHash, randomBytes } from 'node:crypto';
import { startFakeServer, type FakeResponse, type FakeServer, type RecordedRequest } from '@rapport/plugin-sdk/testing';

/**
 * A local Mastodon server for tests, answering as https://docs.joinmastodon.org documents (entities, status
 * codes, error bodies, headers) and checking requests the same way: Bearer tokens and their scopes, form /
 * JSON / multipart bodies, Idempotency-Key, app registration, and the OAuth code flow with PKCE. It holds
 * one local account, `@brand`, which is the account tests connect; others mention it.
 */

export type Visibility = 'public' | 'unlisted' | 'private' | 'direct';

export interface FakeAccount {
  id: string;
  username: string;
  acct: string;
  display_name: string;
  url: string;
  avatar: string;
}

export interface FakeStatus {
  id: string;
  created_at: string;
  in_reply_to_id: string | null;
  in_reply_to_account_id: string | null;
  visibility: Visibility;
  spoiler_text: string;
  content: string;
  url: string;
  account: FakeAccount;
  mentions: Array<{ id: string; username: string; acct: string; url: string }>;
  media_attachments: FakeMedia[];
  /** The source text (returned by DELETE, as the docs show). */
  text: string;
}

export interface FakeMedia {
  id: string;
  type: string;
  url: string | null;
  preview_url: string;
  description: string | null;
  /** Not part of the entity: what was uploaded, for assertions. */
  file: { filename: string; contentType: string; bytes: Buffer };
  owner: string;
  pollsLeft: number;
}

interface App {
  clientId: string;
  clientSecret: string;
  name: string;
  redirectUris: string[];
  scopes: string[];
}

interface Token {
  token: string;
  accountId: string;
  clientId: string | null;
  scopes: string[];
  revoked: boolean;
}

export interface FakeMastodonOptions {
  /** configuration.statuses.max_characters; 500 by default. */
  maxCharacters?: number;
  /** How many `GET /api/v1/media/:id` answer 206 before 200; 0 (default): uploads are processed at once (200). */
  mediaProcessingPolls?: number;
}

export interface FakeMastodon {
  url: string;
  requests: RecordedRequest[];
  brand: FakeAccount;
  apps: App[];
  statuses: Map<string, FakeStatus>;
  media: Map<string, FakeMedia>;
  notifications: Array<{ id: string; type: string; created_at: string; account: FakeAccount; status: FakeStatus }>;
  options: Required<FakeMastodonOptions>;
  /** A token for @brand, as "Preferences > Development > New application" gives one. */
  issueToken(scopes?: string[]): string;
  /** Plays @brand on the consent page: opens the authorize URL and returns where the browser is sent back. */
  authorize(authorizeUrl: string, choice?: 'approve' | 'deny'): Promise<string>;
  /** Another account posts a status mentioning @brand (a reply when `inReplyTo` is given), and @brand is notified. */
  mention(input: { from: string; text: string; inReplyTo?: string; visibility?: Visibility; spoiler?: string }): FakeStatus;
  /** Another account posts a status that does not mention @brand (so @brand is not notified). */
  post(input: { from: string; text: string; inReplyTo?: string }): FakeStatus;
  /** What @brand's token can no longer do once the user revokes the app on the server. */
  revoke(token: string): void;
  /** Uses up the request budget: every request answers 429 until the reset, as Mastodon's rate limiter does. */
  exhaustRateLimit(resetInSeconds: number): void;
  close(): Promise<void>;
}

// https://docs.joinmastodon.org/api/oauth-scopes/
const KNOWN_SCOPES = ['read', 'write', 'push', 'profile', 'follow', 'read:accounts', 'read:statuses', 'read:notifications', 'read:search', 'write:statuses', 'write:media', 'write:conversations', 'write:notifications'];
const SUPPORTED_MIME_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/avif', 'image/heic', 'video/mp4', 'video/webm', 'video/quicktime', 'audio/mpeg'];
const RATE_LIMIT = 300;

export async function startFakeMastodon(init: FakeMastodonOptions = {}): Promise<FakeMastodon> {
  const options: Required<FakeMastodonOptions> = { maxCharacters: init.maxCharacters ?? 500, mediaProcessingPolls: init.mediaProcessingPolls ?? 0 };
  let base = '';
  let nextStatusId = 110_000_000_000_000_000n;
  let nextNotificationId = 34_975_000;
  let nextMediaId = 22_348_000;
  const accounts = new Map<string, FakeAccount>();
  const apps: App[] = [];
  const tokens = new Map<string, Token>();
  const codes = new Map<string, { clientId: string; redirectUri: string; scopes: string[]; challenge: string | null; used: boolean }>();
  const statuses = new Map<string, FakeStatus>();
  const media = new Map<string, FakeMedia>();
  const notifications: FakeMastodon['notifications'] = [];
  const idempotency = new Map<string, string>();
  let budget = { remaining: RATE_LIMIT, reset: new Date(Date.now() + 300_000) };

  const account = (acct: string): FakeAccount => {
    const known = [...accounts.values()].find((candidate) => candidate.acct.toLowerCase() === acct.toLowerCase());
    if (known) return known;
    const id = String(100_000 + accounts.size);
    const [username, domain] = acct.split('@');
    const created: FakeAccount = { id, username: username!, acct, display_name: username!, url: domain ? `https://${domain}/@${username}` : `${base}/@${username}`, avatar: `${base}/avatars/${id}.png` };
    accounts.set(id, created);
    return created;
  };

  const server: FakeServer = await startFakeServer(async (request) => {
    const route = routes.find(([method, pattern]) => method === request.method && pattern.test(request.path));
    if (!route) return { status: 404, json: { error: 'Record not found' } };
    request.params = route[1].exec(request.path)!.groups ?? {};
    return route[2](request);
  });
  base = server.url;
  const brand = account('brand');
  brand.display_name = 'Brand';

  // ---- helpers ---------------------------------------------------------------------------------------

  /** Rate-limit headers on every answer (https://docs.joinmastodon.org/api/rate-limits/). */
  function limited(response: FakeResponse): FakeResponse {
    const headers = { 'x-ratelimit-limit': String(RATE_LIMIT), 'x-ratelimit-remaining': String(Math.max(0, budget.remaining)), 'x-ratelimit-reset': budget.reset.toISOString() };
    return { ...response, headers: { ...headers, ...(response.headers ?? {}) } };
  }

  /**
   * The caller's token, checked like Mastodon's API controllers do: a missing or revoked token is 401, a
   * token without the method's scope 403 (https://docs.joinmastodon.org/entities/Error/), and a spent
   * request budget 429 with X-RateLimit-Reset and no Retry-After.
   */
  function authenticate(request: RecordedRequest, scope: string): Token | FakeResponse {
    if (budget.reset.getTime() <= Date.now()) budget = { remaining: RATE_LIMIT, reset: new Date(Date.now() + 300_000) };
    if (budget.remaining <= 0) return limited({ status: 429, json: { error: 'Too many requests' } });
    budget.remaining -= 1;
    const match = /^Bearer (.+)$/.exec(request.headers.authorization ?? '');
    const token = match ? tokens.get(match[1]!) : undefined;
    if (!token || token.revoked) return limited({ status: 401, json: { error: 'The access token is invalid' } });
    const [family] = scope.split(':');
    if (!token.scopes.includes(scope) && !token.scopes.includes(family!)) return limited({ status: 403, json: { error: 'This action is outside the authorized scopes' } });
    return token;
  }

  const isResponse = (value: Token | FakeResponse): value is FakeResponse => !('token' in value);

  /** Form data (`media_ids[]` repeated into a list) or JSON, as Rails reads both. */
  function params(request: RecordedRequest): Record<string, string | string[] | undefined> {
    const type = request.headers['content-type'] ?? '';
    if (type.startsWith('application/json')) {
      const json = (request.json ?? {}) as Record<string, unknown>;
      return Object.fromEntries(Object.entries(json).map(([key, value]) => [key, Array.isArray(value) ? value.map(String) : value === undefined || value === null ? undefined : String(value)]));
    }
    if (type.startsWith('application/x-www-form-urlencoded')) {
      const result: Record<string, string | string[]> = {};
      for (const [key, value] of new URLSearchParams(request.rawBody.toString('utf8'))) {
        if (key.endsWith('[]')) ((result[key.slice(0, -2)] ??= []) as string[]).push(value);
        else result[key] = value;
      }
      return result;
    }
    return {};
  }

  function newStatusId(): string {
    nextStatusId += 1n;
    return String(nextStatusId);
  }

  function visibleTo(status: FakeStatus, viewer: string): boolean {
    if (status.visibility !== 'direct' && status.visibility !== 'private') return true;
    return status.account.id === viewer || status.mentions.some((mention) => mention.id === viewer);
  }

  function publicStatus(status: FakeStatus): Omit<FakeStatus, 'text'> {
    const { text: _source, ...entity } = status;
    return { ...entity, media_attachments: status.media_attachments.map(publicMedia) as never };
  }

  function publicMedia(item: FakeMedia) {
    return { id: item.id, type: item.type, url: item.url, preview_url: item.preview_url, remote_url: null, text_url: null, meta: {}, description: item.description, blurhash: null };
  }

  /** HTML as Mastodon renders a status: paragraphs, line breaks, and mentions as h-card links. */
  function render(text: string, mentioned: FakeAccount[]): string {
    const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    const linked = (paragraph: string) =>
      escape(paragraph)
        .replace(/@([\w]+(?:@[\w.-]+\w)?)/g, (whole, acct: string) => {
          const target = mentioned.find((candidate) => candidate.acct.toLowerCase() === acct.toLowerCase());
          return target ? `<span class="h-card" translate="no"><a href="${target.url}" class="u-url mention">@<span>${target.username}</span></a></span>` : whole;
        })
        .replace(/\n/g, '<br />');
    return text.split(/\n{2,}/).map((paragraph) => `<p>${linked(paragraph)}</p>`).join('');
  }

  function createStatus(author: FakeAccount, input: { text: string; visibility: Visibility; spoiler: string; inReplyTo: FakeStatus | null; mediaItems: FakeMedia[] }): FakeStatus {
    const mentioned = [...input.text.matchAll(/@([\w]+(?:@[\w.-]+\w)?)/g)].map((match) => account(match[1]!));
    const id = newStatusId();
    const status: FakeStatus = {
      id,
      created_at: new Date().toISOString(),
      in_reply_to_id: input.inReplyTo?.id ?? null,
      in_reply_to_account_id: input.inReplyTo?.account.id ?? null,
      visibility: input.visibility,
      spoiler_text: input.spoiler,
      content: render(input.text, mentioned),
      url: `${base}/@${author.username}/${id}`,
      account: author,
      mentions: mentioned.map((target) => ({ id: target.id, username: target.username, acct: target.acct, url: target.url })),
      media_attachments: input.mediaItems,
      text: input.text,
    };
    statuses.set(id, status);
    if (author.id !== brand.id && mentioned.some((target) => target.id === brand.id)) {
      notifications.push({ id: String(++nextNotificationId), type: 'mention', created_at: status.created_at, account: author, status });
    }
    return status;
  }

  // ---- routes ----------------------------------------------------------------------------------------

  type Handler = (request: RecordedRequest) => FakeResponse | Promise<FakeResponse>;
  const routes: Array<[string, RegExp, Handler]> = [
    // https://docs.joinmastodon.org/methods/apps/#create
    ['POST', /^\/api\/v1\/apps$/, (request) => {
      const body = params(request);
      const redirectUris = ([] as string[]).concat(body.redirect_uris ?? []);
      if (!body.client_name) return { status: 422, json: { error: "Validation failed: Application name can't be blank" } };
      if (!redirectUris.length || redirectUris.some((uri) => uri !== 'urn:ietf:wg:oauth:2.0:oob' && !/^https?:\/\/[^/]/.test(uri))) {
        return { status: 422, json: { error: 'Validation failed: Redirect URI must be an absolute URI.' } };
      }
      const scopes = typeof body.scopes === 'string' ? body.scopes.split(/[ +]/).filter(Boolean) : ['read'];
      if (scopes.some((scope) => !KNOWN_SCOPES.includes(scope))) return { status: 422, json: { error: 'Validation failed: Scopes are invalid' } };
      const app: App = { clientId: randomBytes(32).toString('base64url'), clientSecret: randomBytes(32).toString('base64url'), name: String(body.client_name), redirectUris, scopes };
      apps.push(app);
      return {
        json: {
          id: String(563_000 + apps.length),
          name: app.name,
          website: body.website ?? null,
          scopes: app.scopes,
          redirect_uri: redirectUris.join('\n'),
          redirect_uris: redirectUris,
          client_id: app.clientId,
          client_secret: app.clientSecret,
          client_secret_expires_at: 0,
        },
      };
    }],

    // https://docs.joinmastodon.org/methods/oauth/#authorize — the real page asks @brand to log in and
    // approve; here the GET itself is the approval, and `?deny` (set by authorize()) a refusal.
    ['GET', /^\/oauth\/authorize$/, (request) => {
      const { query } = request;
      const app = apps.find((candidate) => candidate.clientId === query.client_id);
      if (query.response_type !== 'code') return { status: 400, json: { error: 'unsupported_response_type' } };
      if (!app) return { status: 401, json: { error: 'invalid_client', error_description: 'Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.' } };
      if (!query.redirect_uri || !app.redirectUris.includes(query.redirect_uri)) return { status: 400, json: { error: 'invalid_redirect_uri', error_description: 'The requested redirect uri is malformed or doesn\'t match client redirect URI.' } };
      const back = new URL(query.redirect_uri);
      if (query.state !== undefined) back.searchParams.set('state', query.state);
      const scopes = (query.scope ?? 'read').split(/[ +]/).filter(Boolean);
      const refuse = (error: string) => {
        back.searchParams.set('error', error);
        return { status: 302, headers: { location: back.toString() } };
      };
      if (scopes.some((scope) => !app.scopes.includes(scope))) return refuse('invalid_scope');
      if (query.code_challenge !== undefined && query.code_challenge_method !== 'S256') return refuse('invalid_request');
      if (query.deny !== undefined) return refuse('access_denied');
      const code = randomBytes(32).toString('base64url');
      codes.set(code, { clientId: app.clientId, redirectUri: query.redirect_uri, scopes, challenge: query.code_challenge ?? null, used: false });
      back.searchParams.set('code', code);
      return { status: 302, headers: { location: back.toString() } };
    }],

    // https://docs.joinmastodon.org/methods/oauth/#token
    ['POST', /^\/oauth\/token$/, (request) => {
      const body = params(request);
      const app = apps.find((candidate) => candidate.clientId === body.client_id && candidate.clientSecret === body.client_secret);
      if (!app) return { status: 401, json: { error: 'invalid_client', error_description: 'Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.' } };
      if (body.grant_type !== 'authorization_code') return { status: 400, json: { error: 'unsupported_grant_type', error_description: 'The authorization grant type is not supported by the authorization server.' } };
      const grant = typeof body.code === 'string' ? codes.get(body.code) : undefined;
      const invalidGrant = { status: 400, json: { error: 'invalid_grant', error_description: 'The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.' } };
      if (!grant || grant.used || grant.clientId !== app.clientId || grant.redirectUri !== body.redirect_uri) return invalidGrant;
      grant.used = true;
      // https://docs.joinmastodon.org/spec/oauth/#pkce: S256 of the verifier must be the challenge.
      if (grant.challenge !== null && createHash('sha256').update(String(body.code_verifier ?? '')).digest('base64url') !== grant.challenge) return invalidGrant;
      const token = randomBytes(32).toString('base64url');
      tokens.set(token, { token, accountId: brand.id, clientId: app.clientId, scopes: grant.scopes, revoked: false });
      // https://docs.joinmastodon.org/entities/Token/: no expires_in, no refresh_token.
      return { json: { access_token: token, token_type: 'Bearer', scope: grant.scopes.join(' '), created_at: Math.floor(Date.now() / 1000) } };
    }],

    // https://docs.joinmastodon.org/methods/oauth/#revoke
    ['POST', /^\/oauth\/revoke$/, (request) => {
      const body = params(request);
      const token = tokens.get(String(body.token));
      const app = apps.find((candidate) => candidate.clientId === body.client_id && candidate.clientSecret === body.client_secret);
      if (!token || !app || token.clientId !== app.clientId) return { status: 403, json: { error: 'unauthorized_client', error_description: 'You are not authorized to revoke this token' } };
      token.revoked = true;
      return { json: {} };
    }],

    // https://docs.joinmastodon.org/methods/accounts/#verify_credentials
    ['GET', /^\/api\/v1\/accounts\/verify_credentials$/, (request) => {
      const token = authenticate(request, 'read:accounts');
      if (isResponse(token)) return token;
      const me = accounts.get(token.accountId)!;
      return limited({ json: { ...me, locked: false, bot: false, created_at: '2022-11-05T10:00:00.000Z', note: '', source: { privacy: 'public', sensitive: false, language: 'en', note: '', fields: [] } } });
    }],

    // https://docs.joinmastodon.org/methods/instance/#v2 (public)
    ['GET', /^\/api\/v2\/instance$/, () => ({
      json: {
        domain: new URL(base).host,
        title: 'Fake Mastodon',
        version: '4.4.0',
        source_url: 'https://github.com/mastodon/mastodon',
        configuration: {
          urls: { streaming: base.replace(/^http/, 'ws') },
          statuses: { max_characters: options.maxCharacters, max_media_attachments: 4, characters_reserved_per_url: 23 },
          media_attachments: { supported_mime_types: SUPPORTED_MIME_TYPES, description_limit: 1500, image_size_limit: 16_777_216, image_matrix_limit: 33_177_600, video_size_limit: 103_809_024 },
        },
      },
    })],

    // https://docs.joinmastodon.org/methods/media/#v2 — multipart `file` (required, with a MIME type) and `description`.
    ['POST', /^\/api\/v2\/media$/, (request) => {
      const token = authenticate(request, 'write:media');
      if (isResponse(token)) return token;
      const parts = parseMultipart(request);
      const file = parts?.find((part) => part.name === 'file' && part.filename !== undefined);
      if (!file || !file.contentType || !SUPPORTED_MIME_TYPES.includes(file.contentType)) return limited({ status: 422, json: { error: 'Validation failed: File content type is invalid, File is invalid' } });
      const id = String(++nextMediaId);
      const item: FakeMedia = {
        id,
        type: file.contentType.split('/')[0] === 'image' ? 'image' : file.contentType.split('/')[0]!,
        url: null,
        preview_url: `${base}/media/small/${id}`,
        description: parts!.find((part) => part.name === 'description')?.data.toString('utf8') ?? null,
        file: { filename: file.filename!, contentType: file.contentType, bytes: file.data },
        owner: token.accountId,
        pollsLeft: options.mediaProcessingPolls,
      };
      media.set(id, item);
      if (item.pollsLeft > 0) return limited({ status: 202, json: publicMedia(item) });
      item.url = `${base}/media/original/${id}`;
      return limited({ json: publicMedia(item) });
    }],

    // https://docs.joinmastodon.org/methods/media/#get — 206 while processing, then 200 with a url.
    ['GET', /^\/api\/v1\/media\/(?<id>\d+)$/, (request) => {
      const token = authenticate(request, 'write:media');
      if (isResponse(token)) return token;
      const item = media.get(request.params.id!);
      if (!item || item.owner !== token.accountId) return limited({ status: 404, json: { error: 'Record not found' } });
      if (item.pollsLeft > 0) {
        item.pollsLeft -= 1;
        return limited({ status: 206, json: publicMedia(item) });
      }
      item.url ??= `${base}/media/original/${item.id}`;
      return limited({ json: publicMedia(item) });
    }],

    // https://docs.joinmastodon.org/methods/statuses/#create
    ['POST', /^\/api\/v1\/statuses$/, (request) => {
      const token = authenticate(request, 'write:statuses');
      if (isResponse(token)) return token;
      const key = request.headers['idempotency-key'];
      const earlier = key ? idempotency.get(`${token.accountId}:${key}`) : undefined;
      if (earlier) return limited({ json: publicStatus(statuses.get(earlier)!) });
      const body = params(request);
      const text = typeof body.status === 'string' ? body.status : '';
      const mediaIds = ([] as string[]).concat(body.media_ids ?? []);
      const visibility = (body.visibility ?? 'public') as Visibility;
      if (!['public', 'unlisted', 'private', 'direct'].includes(visibility)) return limited({ status: 422, json: { error: 'Validation failed: Visibility is not included in the list' } });
      if (!text.trim() && !mediaIds.length) return limited({ status: 422, json: { error: "Validation failed: Text can't be blank" } });
      const spoiler = typeof body.spoiler_text === 'string' ? body.spoiler_text : '';
      const counted = [...(spoiler + text).replace(/https?:\/\/\S+/g, 'x'.repeat(23))].length;
      if (counted > options.maxCharacters) return limited({ status: 422, json: { error: `Validation failed: Text character limit of ${options.maxCharacters} exceeded` } });
      if (mediaIds.length > 4) return limited({ status: 422, json: { error: 'Validation failed: Media attachments limit exceeded' } });
      const mediaItems = mediaIds.map((id) => media.get(id));
      if (mediaItems.some((item) => !item || item.owner !== token.accountId)) return limited({ status: 422, json: { error: 'Validation failed: Media attachments are invalid' } });
      if (mediaItems.some((item) => item!.url === null)) return limited({ status: 422, json: { error: 'Cannot attach files that have not finished processing. Try again in a moment!' } });
      const inReplyTo = typeof body.in_reply_to_id === 'string' ? statuses.get(body.in_reply_to_id) : null;
      if (body.in_reply_to_id && (!inReplyTo || !visibleTo(inReplyTo, token.accountId))) return limited({ status: 404, json: { error: 'Record not found' } });
      const status = createStatus(accounts.get(token.accountId)!, { text, visibility, spoiler, inReplyTo: inReplyTo ?? null, mediaItems: mediaItems as FakeMedia[] });
      if (key) idempotency.set(`${token.accountId}:${key}`, status.id);
      return limited({ json: publicStatus(status) });
    }],

    // https://docs.joinmastodon.org/methods/statuses/#get
    ['GET', /^\/api\/v1\/statuses\/(?<id>\d+)$/, (request) => {
      const token = authenticate(request, 'read:statuses');
      if (isResponse(token)) return token;
      const status = statuses.get(request.params.id!);
      if (!status || !visibleTo(status, token.accountId)) return limited({ status: 404, json: { error: 'Record not found' } });
      return limited({ json: publicStatus(status) });
    }],

    // https://docs.joinmastodon.org/methods/statuses/#context
    ['GET', /^\/api\/v1\/statuses\/(?<id>\d+)\/context$/, (request) => {
      const token = authenticate(request, 'read:statuses');
      if (isResponse(token)) return token;
      const status = statuses.get(request.params.id!);
      if (!status || !visibleTo(status, token.accountId)) return limited({ status: 404, json: { error: 'Record not found' } });
      const ancestors: FakeStatus[] = [];
      for (let parent = status.in_reply_to_id ? statuses.get(status.in_reply_to_id) : undefined; parent; parent = parent.in_reply_to_id ? statuses.get(parent.in_reply_to_id) : undefined) ancestors.unshift(parent);
      const descends = (candidate: FakeStatus): boolean => {
        for (let parent = candidate.in_reply_to_id; parent; parent = statuses.get(parent)?.in_reply_to_id ?? null) if (parent === status.id) return true;
        return false;
      };
      const descendants = [...statuses.values()].filter(descends);
      return limited({ json: { ancestors: ancestors.filter((item) => visibleTo(item, token.accountId)).map(publicStatus), descendants: descendants.filter((item) => visibleTo(item, token.accountId)).map(publicStatus) } });
    }],

    // https://docs.joinmastodon.org/methods/statuses/#delete — one of your own statuses.
    ['DELETE', /^\/api\/v1\/statuses\/(?<id>\d+)$/, (request) => {
      const token = authenticate(request, 'write:statuses');
      if (isResponse(token)) return token;
      const status = statuses.get(request.params.id!);
      if (!status || status.account.id !== token.accountId) return limited({ status: 404, json: { error: 'Record not found' } });
      statuses.delete(status.id);
      return limited({ json: { ...publicStatus(status), text: status.text } });
    }],

    // https://docs.joinmastodon.org/methods/notifications/#get — newest first; Link header next (max_id) / prev (min_id).
    ['GET', /^\/api\/v1\/notifications$/, (request) => {
      const token = authenticate(request, 'read:notifications');
      if (isResponse(token)) return token;
      const { query } = request;
      const limit = Math.min(Number(query.limit ?? 40) || 40, 80);
      const types = query['types[]'] ? [query['types[]']] : undefined;
      const greater = (a: string, b: string) => BigInt(a) > BigInt(b);
      let candidates = notifications.filter((item) => item.status.account.id !== token.accountId && (!types || types.includes(item.type)) && statuses.has(item.status.id));
      if (query.max_id) candidates = candidates.filter((item) => greater(query.max_id!, item.id));
      if (query.since_id) candidates = candidates.filter((item) => greater(item.id, query.since_id!));
      let page: typeof candidates;
      if (query.min_id) page = candidates.filter((item) => greater(item.id, query.min_id!)).slice(0, limit).reverse();
      else page = candidates.slice(-limit).reverse();
      const response: FakeResponse = { json: page.map((item) => ({ id: item.id, type: item.type, created_at: item.created_at, account: item.account, status: publicStatus(item.status) })) };
      if (page.length) {
        const link = (param: string, id: string) => `<${base}/api/v1/notifications?${types ? 'types%5B%5D=mention&' : ''}${param}=${id}>`;
        response.headers = { link: `${link('max_id', page.at(-1)!.id)}; rel="next", ${link('min_id', page[0]!.id)}; rel="prev"` };
      }
      return limited(response);
    }],
  ];

  return {
    url: server.url,
    requests: server.requests,
    brand,
    apps,
    statuses,
    media,
    notifications,
    options,
    issueToken(scopes = ['read', 'write']) {
      const token = randomBytes(32).toString('base64url');
      tokens.set(token, { token, accountId: brand.id, clientId: null, scopes, revoked: false });
      return token;
    },
    async authorize(authorizeUrl, choice = 'approve') {
      const url = new URL(authorizeUrl);
      if (choice === 'deny') url.searchParams.set('deny', '1');
      const response = await fetch(url, { redirect: 'manual' });
      const location = response.headers.get('location');
      if (response.status !== 302 || !location) throw new Error(`the consent page answered ${response.status}: ${await response.text()}`);
      return location;
    },
    mention({ from, text, inReplyTo, visibility = 'public', spoiler = '' }) {
      const parent = inReplyTo ? statuses.get(inReplyTo) ?? null : null;
      if (inReplyTo && !parent) throw new Error(`no status ${inReplyTo}`);
      const body = text.includes('@brand') ? text : `@brand ${text}`;
      return createStatus(account(from), { text: body, visibility, spoiler, inReplyTo: parent, mediaItems: [] });
    },
    post({ from, text, inReplyTo }) {
      const parent = inReplyTo ? statuses.get(inReplyTo) ?? null : null;
      return createStatus(account(from), { text, visibility: 'public', spoiler: '', inReplyTo: parent, mediaItems: [] });
    },
    revoke(token) {
      const known = tokens.get(token);
      if (known) known.revoked = true;
    },
    exhaustRateLimit(resetInSeconds) {
      budget = { remaining: 0, reset: new Date(Date.now() + resetInSeconds * 1000) };
    },
    close: () => server.close(),
  };
}

interface MultipartPart {
  name: string;
  filename?: string;
  contentType?: string;
  data: Buffer;
}

/** multipart/form-data (RFC 7578), as Rails parses it; null when the body is not multipart. */
function parseMultipart(request: RecordedRequest): MultipartPart[] | null {
  const boundary = /^multipart\/form-data;\s*boundary="?([^";]+)"?/i.exec(request.headers['content-type'] ?? '')?.[1];
  if (!boundary) return null;
  const body = request.rawBody;
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: MultipartPart[] = [];
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const afterDelimiter = start + delimiter.length;
    if (body.subarray(afterDelimiter, afterDelimiter + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, afterDelimiter);
    if (next === -1) return null;
    const part = body.subarray(afterDelimiter + 2, next - 2); // skip the CRLF after the delimiter and before the next
    const split = part.indexOf('\r\n\r\n');
    if (split === -1) return null;
    const head = part.subarray(0, split).toString('utf8');
    const disposition = /content-disposition:\s*form-data;\s*name="([^"]*)"(?:;\s*filename="([^"]*)")?/i.exec(head);
    if (!disposition) return null;
    parts.push({ name: disposition[1]!, filename: disposition[2], contentType: /content-type:\s*([^\r\n]+)/i.exec(head)?.[1]?.trim(), data: part.subarray(split + 4) });
    start = next;
  }
  return parts;
}
