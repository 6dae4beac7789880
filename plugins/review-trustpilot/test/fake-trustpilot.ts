import { randomBytes } from 'node:crypto';
import { startFakeServer, type FakeResponse, type FakeServer, type RecordedRequest } from '@rapport/plugin-sdk/testing';

/**
 * A local Trustpilot for tests: the API (api.trustpilot.com) and the consent page (authenticate.trustpilot.com),
 * answering in the shapes the documentation shows and checking requests as it describes them:
 * - Authentication, https://developers.trustpilot.com/authentication: public endpoints take the API key in an
 *   `apikey` header (or `?apikey=`); private ones a Bearer token. One token endpoint,
 *   `POST /v1/oauth/oauth-business-users-for-applications/accesstoken`, form-encoded, with
 *   `Authorization: Basic base64(API_KEY:API_SECRET)`, for the grants `client_credentials`
 *   (https://developers.trustpilot.com/grant-type-client-credentials: no refresh token), `password`
 *   (https://developers.trustpilot.com/grant-type-password) and `authorization_code`
 *   (https://developers.trustpilot.com/grant-type-auth-code: `GET authenticate.trustpilot.com?client_id&redirect_uri&response_type=code`,
 *   an https redirect URI registered with the key); `…/refresh` renews with `grant_type=refresh_token`. Token
 *   answers carry `expires_in` as a string of seconds, as documented.
 * - Business units, https://developers.trustpilot.com/business-units-api-overview: `GET /v1/business-units/find?name=<domain>`
 *   and `GET /v1/business-units/{id}`.
 * - Private service reviews, https://developers.trustpilot.com/business-units-api#get-private-reviews-for-business-unit:
 *   `GET /v1/private/business-units/{id}/reviews` with `page` (from 1; past the end: an empty list), `perPage`
 *   (1–100), `orderBy` (`createdat.asc|createdat.desc|stars.asc|stars.desc`), `startDateTime`
 *   (`2013-09-07T13:37:00`), answering `{ reviews, links }` with `next-page`/`prev-page` links.
 * - Replies, https://developers.trustpilot.com/service-reviews-api: `POST /v1/private/reviews/{id}/reply`
 *   `{ message, authorBusinessUserId }` → 201, `DELETE` the same → 204.
 * - Webhook payloads, https://support.trustpilot.com/hc/en-us/community/posts/10109980750738-How-to-set-up-Trustpilot-Webhooks:
 *   `{ events: [{ eventName: 'service-review-created', version: '1', eventData: {...} }] }`.
 * Trustpilot documents no API to report a review, so this fake has none.
 */

export interface FakeApp {
  apiKey: string;
  apiSecret: string;
  redirectUris: string[];
  /** The business units this application's key and secret (client credentials) may read. */
  businessUnitIds: string[];
}

export interface FakeBusinessUser {
  id: string;
  email: string;
  password: string;
  businessUnitIds: string[];
}

export interface FakeBusinessUnit {
  id: string;
  displayName: string;
  /** The domain, as in trustpilot.com/review/<domain>. */
  identifyingName: string;
}

export interface FakeReview {
  id: string;
  businessUnitId: string;
  consumer: { id: string; displayName: string };
  stars: number;
  title: string;
  text: string;
  language: string;
  createdAt: string;
  updatedAt: string | null;
  companyReply: { text: string; authorBusinessUserId: string; createdAt: string; updatedAt: string | null } | null;
}

interface Token {
  accessToken: string;
  apiKey: string;
  /** Absent for client credentials. */
  businessUserId?: string;
  expired: boolean;
}

export interface FakeTrustpilot {
  /** The API's base URL (the plugin option `baseUrl`). */
  url: string;
  /** The consent page (the plugin option `authenticateUrl`). */
  authenticateUrl: string;
  requests: RecordedRequest[];
  app: FakeApp;
  user: FakeBusinessUser;
  unit: FakeBusinessUnit;
  /** A second business of the same user and app (another shop of the brand). */
  branch: FakeBusinessUnit;
  /** Another business, which neither the app nor the user may read. */
  otherUnit: FakeBusinessUnit;
  reviews: FakeReview[];
  /** Writes `count` reviews of `unit`, `spacingMs` apart (a minute by default) from `startAt`, oldest first. */
  addReviews(count: number, options?: { unit?: FakeBusinessUnit; startAt?: Date; spacingMs?: number; text?: (index: number) => string }): FakeReview[];
  /** The consumer revises a review: new text or stars, `updatedAt` now. */
  revise(reviewId: string, change: { text?: string; stars?: number; title?: string }): FakeReview;
  /** Plays the business user: opens the consent URL, signs in and returns where Trustpilot redirects the browser. */
  authorize(authorizeUrl: string, user?: FakeBusinessUser): Promise<string>;
  /** Every access token issued so far stops working (HTTP 401), as an expired one does. */
  expireAccessTokens(): void;
  /** Refresh tokens stop working too: the user must consent again. */
  revokeRefreshTokens(): void;
  /** The next `count` API requests (tokens excluded) answer `status`, e.g. 429 with a Retry-After. */
  failNext(count: number, response: FakeResponse): void;
  /** A webhook body as Trustpilot posts it for these events. */
  webhookBody(events: Array<{ eventName: 'service-review-created' | 'service-review-updated' | 'service-review-deleted'; review: FakeReview }>): string;
  close(): Promise<void>;
}

const TOKEN_PATH = '/v1/oauth/oauth-business-users-for-applications/accesstoken';
const REFRESH_PATH = '/v1/oauth/oauth-business-users-for-applications/refresh';
const ORDER_BY = ['createdat.asc', 'createdat.desc', 'stars.asc', 'stars.desc'];
const START_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2})?$/;

const hexId = () => randomBytes(12).toString('hex');

const OPENINGS = ['Booked a wash for our spaniel', 'Came in for a nail trim', 'Tried the puppy class', 'Bought a harness and food', 'Our cat had her first grooming'];
const VERDICTS = ['the staff were patient and kind', 'it took longer than promised', 'the price was fair', 'the shop was spotless', 'they remembered our names'];
const ENDINGS = ['We will be back.', 'Booking was easy online.', 'Parking is hard nearby.', 'Thanks to the whole team!', 'Would recommend to friends.'];
/** Varied, plausible texts, so reviews do not look like copies of each other. */
const sampleText = (n: number) => `${OPENINGS[n % 5]} on visit ${n}: ${VERDICTS[Math.floor(n / 5) % 5]}. ${ENDINGS[Math.floor(n / 25) % 5]}`;
const error = (status: number, message: string, extra: Record<string, unknown> = {}): FakeResponse => ({ status, json: { message, ...extra } });

export async function startFakeTrustpilot(options: { redirectUris?: string[] } = {}): Promise<FakeTrustpilot> {
  const app: FakeApp = { apiKey: `key${hexId()}`, apiSecret: `secret${hexId()}`, redirectUris: options.redirectUris ?? ['https://rapport.example/connect/callback'], businessUnitIds: [] };
  const unit: FakeBusinessUnit = { id: hexId(), displayName: 'Paws & Claws', identifyingName: 'pawsandclaws.example' };
  const branch: FakeBusinessUnit = { id: hexId(), displayName: 'Paws & Claws Lyon', identifyingName: 'lyon.pawsandclaws.example' };
  const otherUnit: FakeBusinessUnit = { id: hexId(), displayName: 'Rival Pets', identifyingName: 'rivalpets.example' };
  app.businessUnitIds.push(unit.id, branch.id);
  const user: FakeBusinessUser = { id: hexId(), email: 'owner@pawsandclaws.example', password: 'correct-horse', businessUnitIds: [unit.id, branch.id] };
  const units = [unit, branch, otherUnit];
  const users = [user];
  const reviews: FakeReview[] = [];
  const tokens = new Map<string, Token>();
  const refreshTokens = new Map<string, { apiKey: string; businessUserId: string; revoked: boolean }>();
  const codes = new Map<string, { apiKey: string; redirectUri: string; businessUserId: string }>();
  const failures: FakeResponse[] = [];

  const basicApp = (request: RecordedRequest): FakeApp | undefined => {
    const match = /^Basic (.+)$/.exec(request.headers.authorization ?? '');
    if (!match) return undefined;
    const [key, ...secret] = Buffer.from(match[1]!, 'base64').toString('utf8').split(':');
    return key === app.apiKey && secret.join(':') === app.apiSecret ? app : undefined;
  };
  const form = (request: RecordedRequest): URLSearchParams | undefined =>
    request.headers['content-type']?.startsWith('application/x-www-form-urlencoded') ? new URLSearchParams(request.rawBody.toString('utf8')) : undefined;
  const apiKeyOk = (request: RecordedRequest) => (request.headers.apikey ?? request.query.apikey) === app.apiKey;
  const bearer = (request: RecordedRequest): Token | undefined => {
    const match = /^Bearer (.+)$/.exec(request.headers.authorization ?? '');
    const token = match ? tokens.get(match[1]!) : undefined;
    return token && !token.expired ? token : undefined;
  };
  const mayRead = (token: Token, businessUnitId: string) =>
    token.businessUserId ? users.find((candidate) => candidate.id === token.businessUserId)?.businessUnitIds.includes(businessUnitId) : app.businessUnitIds.includes(businessUnitId);

  const issue = (apiKey: string, businessUserId?: string) => {
    const accessToken = `tpa-${hexId()}`;
    tokens.set(accessToken, { accessToken, apiKey, businessUserId, expired: false });
    const now = Math.floor(Date.now() / 1000);
    const answer: Record<string, unknown> = { access_token: accessToken, expires_in: '359999', issued_at: String(now), token_type: 'BearerToken', client_id: apiKey };
    if (businessUserId) {
      const refreshToken = `tpr-${hexId()}`;
      refreshTokens.set(refreshToken, { apiKey, businessUserId, revoked: false });
      Object.assign(answer, { refresh_token: refreshToken, refresh_token_expires_in: '2592000', app_enduser: businessUserId });
    }
    return answer;
  };

  const unitJson = (found: FakeBusinessUnit) => {
    const total = reviews.filter((review) => review.businessUnitId === found.id).length;
    return {
      id: found.id,
      displayName: found.displayName,
      name: { identifying: found.identifyingName, referring: [found.identifyingName, `www.${found.identifyingName}`] },
      websiteUrl: `https://${found.identifyingName}`,
      country: 'FR',
      status: 'active',
      numberOfReviews: { total, usedForTrustScoreCalculation: total },
      score: { trustScore: 4.2, stars: 4 },
      links: [],
    };
  };
  const reviewJson = (review: FakeReview) => ({
    id: review.id,
    consumer: { id: review.consumer.id, displayName: review.consumer.displayName, displayLocation: null, numberOfReviews: 1 },
    businessUnit: { id: review.businessUnitId, identifyingName: units.find((candidate) => candidate.id === review.businessUnitId)!.identifyingName },
    stars: review.stars,
    title: review.title,
    text: review.text,
    language: review.language,
    location: null,
    createdAt: review.createdAt,
    updatedAt: review.updatedAt,
    experiencedAt: review.createdAt,
    referenceId: null,
    source: 'Organic',
    isVerified: false,
    companyReply: review.companyReply,
    tags: [],
    links: [{ href: `${server.url}/v1/private/reviews/${review.id}`, method: 'GET', rel: 'reviews' }],
  });

  /** Rate limits and outages injected by tests apply to the API, not to token requests. */
  const guarded =
    (handler: (request: RecordedRequest) => FakeResponse | Promise<FakeResponse>) =>
    (request: RecordedRequest): FakeResponse | Promise<FakeResponse> => {
      const failure = failures.shift();
      return failure ?? handler(request);
    };

  const privateReview = (request: RecordedRequest): { token: Token; review: FakeReview } | FakeResponse => {
    const token = bearer(request);
    if (!token) return error(401, 'Unauthorized');
    const review = reviews.find((candidate) => candidate.id === request.params.reviewId);
    if (!review) return error(404, 'Review not found');
    if (!mayRead(token, review.businessUnitId)) return error(403, 'Forbidden');
    return { token, review };
  };

  const server: FakeServer = await startFakeServer({
    [`POST ${TOKEN_PATH}`]: (request) => {
      const caller = basicApp(request);
      if (!caller) return { status: 401, json: { error: 'invalid_client' } };
      const body = form(request);
      if (!body) return { status: 400, json: { error: 'invalid_request' } };
      switch (body.get('grant_type')) {
        case 'client_credentials':
          return { json: issue(caller.apiKey) };
        case 'password': {
          const found = users.find((candidate) => candidate.email === body.get('username') && candidate.password === body.get('password'));
          return found ? { json: issue(caller.apiKey, found.id) } : { status: 401, json: { error: 'invalid_grant' } };
        }
        case 'authorization_code': {
          const code = codes.get(body.get('code') ?? '');
          codes.delete(body.get('code') ?? '');
          if (!code || code.apiKey !== caller.apiKey || code.redirectUri !== body.get('redirect_uri')) return { status: 400, json: { error: 'invalid_grant' } };
          return { json: issue(caller.apiKey, code.businessUserId) };
        }
        default:
          return { status: 400, json: { error: 'unsupported_grant_type' } };
      }
    },
    [`POST ${REFRESH_PATH}`]: (request) => {
      const caller = basicApp(request);
      if (!caller) return { status: 401, json: { error: 'invalid_client' } };
      const body = form(request);
      const refresh = refreshTokens.get(body?.get('refresh_token') ?? '');
      if (body?.get('grant_type') !== 'refresh_token' || !refresh || refresh.revoked || refresh.apiKey !== caller.apiKey) return { status: 400, json: { error: 'invalid_grant' } };
      refresh.revoked = true; // rotated: each refresh token works once
      const answer = issue(caller.apiKey, refresh.businessUserId);
      delete answer.app_enduser; // the refresh answer does not name the user
      return { json: answer };
    },
    'GET /v1/business-units/find': guarded((request) => {
      if (!apiKeyOk(request)) return error(401, 'Unauthorized');
      const name = (request.query.name ?? '').toLowerCase().replace(/^www\./, '');
      const found = units.find((candidate) => candidate.identifyingName === name || candidate.displayName.toLowerCase() === name);
      return found ? { json: unitJson(found) } : error(404, 'Business unit not found');
    }),
    'GET /v1/business-units/:id': guarded((request) => {
      if (!apiKeyOk(request)) return error(401, 'Unauthorized');
      const found = units.find((candidate) => candidate.id === request.params.id);
      return found ? { json: unitJson(found) } : error(404, 'Business unit not found');
    }),
    'GET /v1/private/business-units/:id/reviews': guarded((request) => {
      const token = bearer(request);
      if (!token) return error(401, 'Unauthorized');
      if (!units.some((candidate) => candidate.id === request.params.id)) return error(404, 'Business unit not found');
      if (!mayRead(token, request.params.id!)) return error(403, 'Forbidden');
      const page = Number(request.query.page ?? '1');
      const perPage = Number(request.query.perPage ?? '20');
      const orderBy = request.query.orderBy ?? 'createdat.desc';
      const start = request.query.startDateTime;
      if (!Number.isInteger(page) || page < 1) return error(400, 'page must be a positive integer');
      if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) return error(400, 'perPage must be between 1 and 100');
      if (!ORDER_BY.includes(orderBy)) return error(400, `orderBy must be one of ${ORDER_BY.join(', ')}`);
      if (start !== undefined && !START_DATE_TIME.test(start)) return error(400, 'startDateTime must look like 2013-09-07T13:37:00');
      const from = start ? Date.parse(`${start}${start.length === 10 ? 'T00:00:00' : ''}Z`) : -Infinity;
      const [field, direction] = orderBy.split('.') as ['createdat' | 'stars', 'asc' | 'desc'];
      const listed = reviews
        .filter((review) => review.businessUnitId === request.params.id && Date.parse(review.createdAt) >= from)
        .sort((a, b) => (field === 'stars' ? a.stars - b.stars : a.createdAt.localeCompare(b.createdAt)) * (direction === 'asc' ? 1 : -1));
      const slice = listed.slice((page - 1) * perPage, page * perPage);
      const link = (rel: string, to: number) => {
        const href = new URL(`${server.url}${request.path}`);
        for (const [name, value] of Object.entries({ ...request.query, page: String(to) })) href.searchParams.set(name, value);
        return { href: href.toString(), method: 'GET', rel };
      };
      const links = [...(page > 1 ? [link('prev-page', page - 1)] : []), ...(page * perPage < listed.length ? [link('next-page', page + 1)] : [])];
      return { json: { reviews: slice.map(reviewJson), links } };
    }),
    'POST /v1/private/reviews/:reviewId/reply': guarded((request) => {
      const found = privateReview(request);
      if (!('review' in found)) return found;
      const body = request.json as { message?: unknown; authorBusinessUserId?: unknown } | undefined;
      if (!request.headers['content-type']?.startsWith('application/json') || typeof body?.message !== 'string' || !body.message.trim()) return error(400, 'message is required');
      const author = users.find((candidate) => candidate.id === body.authorBusinessUserId);
      if (!author || !author.businessUnitIds.includes(found.review.businessUnitId)) return error(400, 'authorBusinessUserId is not a user of this business unit');
      const now = new Date().toISOString();
      found.review.companyReply = { text: body.message, authorBusinessUserId: author.id, createdAt: found.review.companyReply?.createdAt ?? now, updatedAt: found.review.companyReply ? now : null };
      return { status: 201 };
    }),
    'DELETE /v1/private/reviews/:reviewId/reply': guarded((request) => {
      const found = privateReview(request);
      if (!('review' in found)) return found;
      if (!found.review.companyReply) return error(404, 'Reply not found');
      found.review.companyReply = null;
      return { status: 204 };
    }),
  });

  // authenticate.trustpilot.com: signs the user in and redirects back with a code (and the state, as OAuth 2.0 does).
  const authenticate = await startFakeServer((request) => {
    if (request.method !== 'GET' || request.path !== '/') return { status: 404 };
    const { client_id: clientId, redirect_uri: redirectUri, response_type: responseType, state, user: userId } = request.query;
    if (clientId !== app.apiKey) return { status: 400, text: 'unknown client_id' };
    if (responseType !== 'code') return { status: 400, text: 'response_type must be code' };
    if (!redirectUri || !redirectUri.startsWith('https://') || !app.redirectUris.includes(redirectUri)) return { status: 400, text: 'redirect_uri must be an https URL registered with the API key' };
    const code = `code-${hexId()}`;
    codes.set(code, { apiKey: app.apiKey, redirectUri, businessUserId: userId ?? user.id });
    const back = new URL(redirectUri);
    back.searchParams.set('code', code);
    if (state) back.searchParams.set('state', state);
    return { status: 302, headers: { location: back.toString() } };
  });

  let sequence = 0;
  return {
    url: server.url,
    authenticateUrl: authenticate.url,
    requests: server.requests,
    app,
    user,
    unit,
    branch,
    otherUnit,
    reviews,
    addReviews(count, { unit: into = unit, startAt = new Date(Date.UTC(2026, 0, 1)), spacingMs = 60_000, text } = {}) {
      const added: FakeReview[] = [];
      for (let index = 0; index < count; index++) {
        sequence += 1;
        const review: FakeReview = {
          id: hexId(),
          businessUnitId: into.id,
          consumer: { id: hexId(), displayName: `Customer ${sequence}` },
          stars: (sequence % 5) + 1,
          title: `Visit number ${sequence}`,
          text: text?.(index) ?? sampleText(sequence),
          language: 'en',
          createdAt: new Date(startAt.getTime() + index * spacingMs).toISOString(),
          updatedAt: null,
          companyReply: null,
        };
        reviews.push(review);
        added.push(review);
      }
      return added;
    },
    revise(reviewId, change) {
      const review = reviews.find((candidate) => candidate.id === reviewId)!;
      Object.assign(review, change, { updatedAt: new Date().toISOString() });
      return review;
    },
    async authorize(authorizeUrl, as = user) {
      const url = new URL(authorizeUrl);
      if (`${url.origin}/` !== `${authenticate.url}/` || (url.pathname !== '/' && url.pathname !== '')) throw new Error(`consent asked at ${url.origin}${url.pathname}, not Trustpilot's authenticate page ${authenticate.url}`);
      url.searchParams.set('user', as.id); // the user who signs in on the page
      const response = await fetch(url, { redirect: 'manual' });
      const location = response.headers.get('location');
      if (response.status !== 302 || !location) throw new Error(`the consent page answered ${response.status}: ${await response.text()}`);
      return location;
    },
    expireAccessTokens() {
      for (const token of tokens.values()) token.expired = true;
    },
    revokeRefreshTokens() {
      for (const refresh of refreshTokens.values()) refresh.revoked = true;
    },
    failNext(count, response) {
      for (let index = 0; index < count; index++) failures.push(response);
    },
    webhookBody(events) {
      return JSON.stringify({
        events: events.map(({ eventName, review }) => ({
          eventName,
          version: '1',
          eventData: {
            id: review.id,
            language: review.language,
            title: review.title,
            text: review.text,
            referenceId: null,
            stars: review.stars,
            createdAt: review.createdAt,
            ...(eventName === 'service-review-updated' ? { updatedAt: review.updatedAt } : {}),
            isVerified: false,
            locationId: null,
            link: `${server.url}/v1/reviews/${review.id}`,
            consumer: { id: review.consumer.id, name: review.consumer.displayName, link: `${server.url}/v1/consumers/${review.consumer.id}` },
            tags: [],
          },
        })),
      });
    },
    async close() {
      await authenticate.close();
      await server.close();
    },
  };
}
