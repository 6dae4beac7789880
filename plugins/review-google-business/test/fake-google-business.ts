import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { publicJwkOf, signJwt, type WebhookRequest } from '@rapport/plugin-sdk';
import { startFakeServer, type FakeResponse, type FakeServer, type RecordedRequest } from '@rapport/plugin-sdk/testing';

/**
 * Google's side of Business Profile reviews for tests, on one local server, answering and checking requests as
 * the references document them:
 * - OAuth 2.0 for web server apps, with PKCE (https://developers.google.com/identity/protocols/oauth2/web-server):
 *   `GET /o/oauth2/v2/auth`, `POST /token` (authorization_code and refresh_token grants, form-encoded, client
 *   secret in the body, `invalid_grant` for a used code or a revoked refresh token).
 * - Account Management API accounts.list (https://developers.google.com/my-business/reference/accountmanagement/rest/v1/accounts/list):
 *   `GET /v1/accounts?pageSize&pageToken` (pageSize at most 20).
 * - Business Information API locations.list and locations.get
 *   (https://developers.google.com/my-business/reference/businessinformation/rest/v1/accounts.locations/list):
 *   `GET /v1/accounts/{a}/locations?readMask&pageSize&pageToken` (readMask required, pageSize at most 100),
 *   `GET /v1/locations/{l}?readMask`.
 * - My Business API v4 reviews (https://developers.google.com/my-business/reference/rest/v4/accounts.locations.reviews):
 *   list (`pageSize` at most 50, `pageToken`, `orderBy` "updateTime desc" by default, `rating`, `rating desc`;
 *   answers `averageRating`, `totalReviewCount`, `nextPageToken`), get, updateReply (`PUT …/reply` with a
 *   `ReviewReply` whose comment is at most 4096 bytes) and deleteReply (`DELETE …/reply`).
 * - Errors in Google's format (https://cloud.google.com/apis/design/errors): `{ error: { code, message, status, details } }`.
 * - Google's OIDC keys (`GET /oauth2/v3/certs`), which sign the Pub/Sub push tokens `push()` makes
 *   (https://cloud.google.com/pubsub/docs/authenticate-push-subscriptions).
 */

export type StarRating = 'ONE' | 'TWO' | 'THREE' | 'FOUR' | 'FIVE';
export const STAR_NAMES: StarRating[] = ['ONE', 'TWO', 'THREE', 'FOUR', 'FIVE'];

export interface FakeReview {
  reviewId: string;
  reviewer: { displayName?: string; profilePhotoUrl?: string; isAnonymous: boolean };
  starRating: StarRating;
  comment?: string;
  createTime: string;
  updateTime: string;
  reviewReply?: { comment: string; updateTime: string };
}

interface FakeLocation {
  /** `locations/{id}` as the Business Information API names it. */
  name: string;
  /** `accounts/{a}` it is listed under. */
  account: string;
  title: string;
  storefrontAddress: { regionCode: string; postalCode: string; locality: string; addressLines: string[] };
  reviews: FakeReview[];
}

interface FakeAccount {
  name: string;
  accountName: string;
  type: 'PERSONAL' | 'LOCATION_GROUP';
}

export interface FakeGoogleBusiness {
  url: string;
  requests: RecordedRequest[];
  client: { clientId: string; clientSecret: string };
  /** The options pointing the plugin at this fake. */
  options(extra?: Record<string, unknown>): Record<string, unknown>;
  /** The v4 names (`accounts/{a}/locations/{l}`) of the user's locations, in the order created. */
  locations: string[];
  /** Adds `count` reviews to a location, oldest first, written one minute apart from `start`. */
  addReviews(location: string, count: number, init?: Partial<Pick<FakeReview, 'starRating' | 'comment' | 'reviewer'>> & { start?: Date }): FakeReview[];
  /** The reviewer edits a review now: new text and/or rating, and a later updateTime. */
  editReview(location: string, reviewId: string, change: { comment?: string; starRating?: StarRating }): FakeReview;
  review(location: string, reviewId: string): FakeReview;
  /** Plays the signed-in Google user on the consent page: returns where the browser is sent back. */
  authorize(authorizeUrl: string, choice?: 'approve' | 'deny'): Promise<string>;
  /** An access token for the user, valid for an hour (as if from a consent). */
  issueToken(): string;
  /** Makes every access token issued so far expire now (the next call answers 401). */
  expireAccessTokens(): void;
  /** Revokes every refresh token issued so far (the user removed the app's access). */
  revokeRefreshTokens(): void;
  /** Answers the next reviews API calls with these responses instead (e.g. a 429 with Retry-After). */
  failNext(...responses: FakeResponse[]): void;
  /** Holds a location's reviews.list requests after `pages` of them until `release()`: to watch a backfill half done. */
  holdListing(location: string, pages: number): { reached: Promise<void>; release(): void };
  /** A Pub/Sub push of a Business Profile notification, authenticated with an OIDC token signed by this fake's Google key. */
  push(notification: Record<string, unknown>, token?: { audience?: string; email?: string; emailVerified?: boolean; expiresIn?: number; signWith?: 'google' | 'other' }): WebhookRequest;
  close(): Promise<void>;
}

export const PUSH_AUDIENCE = 'https://rapport.example/pubsub';
export const PUSH_SERVICE_ACCOUNT = 'gbp-push@rapport-test.iam.gserviceaccount.com';
const SCOPE = 'https://www.googleapis.com/auth/business.manage';

const googleError = (code: number, status: string, message: string, details?: unknown[]): FakeResponse => ({ status: code, json: { error: { code, message, status, ...(details ? { details } : {}) } } });

let keys: { googleKey: string; otherKey: string } | undefined;
/** Google's key that signs push tokens, and another one (a forger's); made once per process (RSA key generation is slow). */
function signingKeys() {
  const pem = () => generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  return (keys ??= { googleKey: pem(), otherKey: pem() });
}

/** Monotonic RFC 3339 timestamps with nanoseconds, as Google writes them. */
function clock() {
  let last = 0n;
  return (at: Date = new Date()): string => {
    let nanos = BigInt(at.getTime()) * 1_000_000n;
    if (nanos <= last) nanos = last + 1_000n;
    last = nanos;
    const iso = new Date(Number(nanos / 1_000_000n)).toISOString().slice(0, 19);
    return `${iso}.${(nanos % 1_000_000_000n).toString().padStart(9, '0')}Z`;
  };
}

export async function startFakeGoogleBusiness(init: { locations?: Array<{ title: string; locality: string }> } = {}): Promise<FakeGoogleBusiness> {
  const client = { clientId: 'rapport-test.apps.googleusercontent.com', clientSecret: `GOCSPX-${randomBytes(12).toString('hex')}` };
  const { googleKey, otherKey } = signingKeys();
  const now = clock();
  // The signed-in user manages a personal account and a location group, each with locations.
  const accounts: FakeAccount[] = [
    { name: 'accounts/1010', accountName: 'Paws & Claws (personal)', type: 'PERSONAL' },
    { name: 'accounts/2020', accountName: 'Paws & Claws Group', type: 'LOCATION_GROUP' },
  ];
  const placed = init.locations ?? [
    { title: 'Paws & Claws – Lyon', locality: 'Lyon' },
    { title: 'Paws & Claws – Paris', locality: 'Paris' },
    { title: 'Paws & Claws – Nantes', locality: 'Nantes' },
  ];
  const locations = new Map<string, FakeLocation>();
  placed.forEach((place, index) => {
    const account = accounts[index === 0 ? 0 : 1]!;
    const name = `locations/${7000 + index}`;
    locations.set(`${account.name}/${name}`, {
      name,
      account: account.name,
      title: place.title,
      storefrontAddress: { regionCode: 'FR', postalCode: `690${index}0`, locality: place.locality, addressLines: [`${index + 1} rue des Chats`] },
      reviews: [],
    });
  });
  const codes = new Map<string, { challenge: string; redirectUri: string }>();
  const accessTokens = new Map<string, number>();
  const refreshTokens = new Map<string, boolean>();
  const pageTokens = new Map<string, number>();
  const failures: FakeResponse[] = [];
  let hold: { location: string; after: number; served: number; reached: () => void; gate: Promise<void> } | null = null;
  let reviewCounter = 0;

  const issueAccessToken = () => {
    const token = `ya29.${randomBytes(16).toString('base64url')}`;
    accessTokens.set(token, Date.now() + 3600_000);
    return token;
  };

  /** Google APIs take `Authorization: Bearer <access token>`; anything else is 401 UNAUTHENTICATED. */
  const authorized = (request: RecordedRequest): FakeResponse | null => {
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const expires = token ? accessTokens.get(token) : undefined;
    if (!expires || expires < Date.now()) return googleError(401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials. Expected OAuth 2 access token.');
    return null;
  };
  const location = (account: string, id: string) => locations.get(`accounts/${account}/locations/${id}`);
  const masked = (loc: FakeLocation, readMask: string | undefined): Record<string, unknown> | FakeResponse => {
    if (!readMask) return googleError(400, 'INVALID_ARGUMENT', 'Request contains an invalid argument. read_mask is required.');
    const full: Record<string, unknown> = { name: loc.name, title: loc.title, storefrontAddress: loc.storefrontAddress, metadata: { mapsUri: `https://maps.google.com/maps?cid=${loc.name.slice(10)}` } };
    const fields = readMask.split(',').map((field) => field.trim());
    const unknown = fields.filter((field) => !(field in full));
    if (unknown.length) return googleError(400, 'INVALID_ARGUMENT', `Invalid field mask: ${unknown.join(',')}`);
    return Object.fromEntries(fields.map((field) => [field, full[field]]));
  };
  const v4Review = (loc: FakeLocation, review: FakeReview) => ({ name: `${loc.account}/${loc.name}/reviews/${review.reviewId}`, ...review });
  const reviewsRoute = async (request: RecordedRequest, handle: () => FakeResponse | Promise<FakeResponse>): Promise<FakeResponse> => {
    const unauthorized = authorized(request);
    if (unauthorized) return unauthorized;
    const failure = failures.shift();
    if (failure) return failure;
    return handle();
  };
  const paged = <T>(items: T[], request: RecordedRequest, max: number, fallback: number): { page: T[]; nextPageToken?: string } | FakeResponse => {
    const size = request.query.pageSize ? Number(request.query.pageSize) : fallback;
    if (!Number.isInteger(size) || size < 1 || size > max) return googleError(400, 'INVALID_ARGUMENT', `pageSize must be between 1 and ${max}.`);
    let offset = 0;
    if (request.query.pageToken) {
      const known = pageTokens.get(request.query.pageToken);
      if (known === undefined) return googleError(400, 'INVALID_ARGUMENT', 'Invalid page token.');
      offset = known;
    }
    const page = items.slice(offset, offset + size);
    if (offset + size >= items.length) return { page };
    const nextPageToken = randomBytes(9).toString('base64url');
    pageTokens.set(nextPageToken, offset + size);
    return { page, nextPageToken };
  };

  const server: FakeServer = await startFakeServer({
    // The consent page: the real one asks the user to sign in and approve; here the GET is the approval.
    'GET /o/oauth2/v2/auth': (request) => {
      const { query } = request;
      const problems = [
        query.response_type !== 'code' && 'response_type must be code',
        query.client_id !== client.clientId && 'unknown client_id',
        !query.redirect_uri && 'redirect_uri is required',
        !(query.scope ?? '').split(' ').includes(SCOPE) && `scope must include ${SCOPE}`,
        !query.state && 'state is expected',
        query.code_challenge_method !== 'S256' && 'code_challenge_method must be S256',
        !/^[A-Za-z0-9_-]{43}$/.test(query.code_challenge ?? '') && 'code_challenge must be a base64url SHA-256',
        query.access_type !== 'offline' && 'access_type=offline is needed for a refresh token',
      ].filter(Boolean);
      if (problems.length) return { status: 400, text: `Error 400: invalid_request (${problems.join('; ')})` };
      const back = new URL(query.redirect_uri!);
      if (query.deny) back.searchParams.set('error', 'access_denied');
      else {
        const code = `4/${randomBytes(16).toString('base64url')}`;
        codes.set(code, { challenge: query.code_challenge!, redirectUri: query.redirect_uri! });
        back.searchParams.set('code', code);
        back.searchParams.set('scope', SCOPE);
      }
      back.searchParams.set('state', query.state!);
      return { status: 302, headers: { location: back.toString() } };
    },
    'POST /token': (request) => {
      if (!(request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) return { status: 400, json: { error: 'invalid_request', error_description: 'form body expected' } };
      const form = Object.fromEntries(new URLSearchParams(request.rawBody.toString('utf8')));
      if (form.client_id !== client.clientId || form.client_secret !== client.clientSecret) return { status: 401, json: { error: 'invalid_client', error_description: 'The OAuth client was not found.' } };
      if (form.grant_type === 'authorization_code') {
        const issued = codes.get(form.code ?? '');
        codes.delete(form.code ?? '');
        const verified = issued && createHash('sha256').update(form.code_verifier ?? '').digest('base64url') === issued.challenge;
        if (!issued || !verified || form.redirect_uri !== issued.redirectUri) return { status: 400, json: { error: 'invalid_grant', error_description: 'Bad Request' } };
        const refreshToken = `1//${randomBytes(24).toString('base64url')}`;
        refreshTokens.set(refreshToken, true);
        return { json: { access_token: issueAccessToken(), expires_in: 3599, refresh_token: refreshToken, scope: SCOPE, token_type: 'Bearer' } };
      }
      if (form.grant_type === 'refresh_token') {
        if (!refreshTokens.get(form.refresh_token ?? '')) return { status: 400, json: { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' } };
        // Google does not rotate refresh tokens: the answer has none.
        return { json: { access_token: issueAccessToken(), expires_in: 3599, scope: SCOPE, token_type: 'Bearer' } };
      }
      return { status: 400, json: { error: 'unsupported_grant_type', error_description: `Invalid grant_type: ${form.grant_type}` } };
    },
    'GET /oauth2/v3/certs': () => ({ json: { keys: [publicJwkOf(googleKey, 'google-key-1')] } }),
    'GET /v1/accounts': (request) => {
      const unauthorized = authorized(request);
      if (unauthorized) return unauthorized;
      const result = paged(accounts, request, 20, 20);
      if ('status' in result) return result;
      return { json: { accounts: result.page, ...(result.nextPageToken ? { nextPageToken: result.nextPageToken } : {}) } };
    },
    'GET /v1/accounts/:account/locations': (request) => {
      const unauthorized = authorized(request);
      if (unauthorized) return unauthorized;
      const owned = [...locations.values()].filter((loc) => loc.account === `accounts/${request.params.account}`);
      const result = paged(owned, request, 100, 10);
      if ('status' in result) return result;
      const listed = result.page.map((loc) => masked(loc, request.query.readMask));
      const refused = listed.find((item) => 'status' in item && typeof item.status === 'number');
      if (refused) return refused as FakeResponse;
      return { json: { locations: listed, ...(result.nextPageToken ? { nextPageToken: result.nextPageToken } : {}) } };
    },
    'GET /v1/locations/:location': (request) => {
      const unauthorized = authorized(request);
      if (unauthorized) return unauthorized;
      const loc = [...locations.values()].find((candidate) => candidate.name === `locations/${request.params.location}`);
      if (!loc) return googleError(404, 'NOT_FOUND', 'Requested entity was not found.');
      const found = masked(loc, request.query.readMask);
      return 'status' in found && typeof found.status === 'number' ? (found as FakeResponse) : { json: found };
    },
    'GET /v4/accounts/:account/locations/:location/reviews': (request) =>
      reviewsRoute(request, async () => {
        const loc = location(request.params.account!, request.params.location!);
        if (!loc) return googleError(404, 'NOT_FOUND', 'Requested entity was not found.');
        const orderBy = request.query.orderBy ?? 'updateTime desc';
        const sorted = [...loc.reviews].sort((a, b) => {
          if (orderBy === 'updateTime desc') return a.updateTime < b.updateTime ? 1 : -1;
          if (orderBy === 'rating') return STAR_NAMES.indexOf(a.starRating) - STAR_NAMES.indexOf(b.starRating);
          if (orderBy === 'rating desc') return STAR_NAMES.indexOf(b.starRating) - STAR_NAMES.indexOf(a.starRating);
          return 0;
        });
        if (!['updateTime desc', 'rating', 'rating desc'].includes(orderBy)) return googleError(400, 'INVALID_ARGUMENT', 'Invalid orderBy.');
        const result = paged(sorted, request, 50, 50);
        if ('status' in result) return result;
        if (hold && hold.location === `${loc.account}/${loc.name}` && hold.served++ >= hold.after) {
          hold.reached();
          await hold.gate;
        }
        const average = loc.reviews.length ? loc.reviews.reduce((sum, review) => sum + STAR_NAMES.indexOf(review.starRating) + 1, 0) / loc.reviews.length : 0;
        return {
          json: {
            reviews: result.page.map((review) => v4Review(loc, review)),
            averageRating: Math.round(average * 10) / 10,
            totalReviewCount: loc.reviews.length,
            ...(result.nextPageToken ? { nextPageToken: result.nextPageToken } : {}),
          },
        };
      }),
    'GET /v4/accounts/:account/locations/:location/reviews/:review': (request) =>
      reviewsRoute(request, () => {
        const loc = location(request.params.account!, request.params.location!);
        const review = loc?.reviews.find((candidate) => candidate.reviewId === request.params.review);
        return loc && review ? { json: v4Review(loc, review) } : googleError(404, 'NOT_FOUND', 'Requested entity was not found.');
      }),
    'PUT /v4/accounts/:account/locations/:location/reviews/:review/reply': (request) =>
      reviewsRoute(request, () => {
        const loc = location(request.params.account!, request.params.location!);
        const review = loc?.reviews.find((candidate) => candidate.reviewId === request.params.review);
        if (!loc || !review) return googleError(404, 'NOT_FOUND', 'Requested entity was not found.');
        const comment = (request.json as { comment?: unknown } | undefined)?.comment;
        if (!(request.headers['content-type'] ?? '').startsWith('application/json') || typeof comment !== 'string' || !comment.trim()) return googleError(400, 'INVALID_ARGUMENT', 'Request contains an invalid argument.');
        if (Buffer.byteLength(comment, 'utf8') > 4096) return googleError(400, 'INVALID_ARGUMENT', 'Request contains an invalid argument.', [{ '@type': 'type.googleapis.com/google.rpc.BadRequest', fieldViolations: [{ field: 'comment', description: 'The maximum length is 4096 bytes.' }] }]);
        review.reviewReply = { comment, updateTime: now() };
        return { json: review.reviewReply };
      }),
    'DELETE /v4/accounts/:account/locations/:location/reviews/:review/reply': (request) =>
      reviewsRoute(request, () => {
        const loc = location(request.params.account!, request.params.location!);
        const review = loc?.reviews.find((candidate) => candidate.reviewId === request.params.review);
        if (!loc || !review || !review.reviewReply) return googleError(404, 'NOT_FOUND', 'Requested entity was not found.');
        delete review.reviewReply;
        return { json: {} };
      }),
  });

  const find = (name: string) => {
    const loc = locations.get(name);
    if (!loc) throw new Error(`no location ${name}`);
    return loc;
  };

  return {
    url: server.url,
    requests: server.requests,
    client,
    options: (extra = {}) => ({
      ...client,
      authorizationUrl: `${server.url}/o/oauth2/v2/auth`,
      tokenUrl: `${server.url}/token`,
      accountManagementUrl: server.url,
      businessInformationUrl: server.url,
      reviewsUrl: server.url,
      certsUrl: `${server.url}/oauth2/v3/certs`,
      ...extra,
    }),
    locations: [...locations.keys()],
    addReviews(name, count, options = {}) {
      const loc = find(name);
      const start = options.start?.getTime() ?? Date.now() - count * 60_000;
      const added: FakeReview[] = [];
      for (let index = 0; index < count; index++) {
        reviewCounter += 1;
        const at = now(new Date(start + index * 60_000));
        const review: FakeReview = {
          reviewId: `AbFvOq${reviewCounter.toString(36).padStart(6, '0')}${randomBytes(4).toString('hex')}`,
          reviewer: options.reviewer ?? { displayName: `Customer ${reviewCounter}`, profilePhotoUrl: `https://lh3.googleusercontent.com/a-/photo-${reviewCounter}`, isAnonymous: false },
          starRating: options.starRating ?? STAR_NAMES[reviewCounter % 5]!,
          comment: options.comment ?? `Visit number ${reviewCounter}: friendly groomers and a happy dog.`,
          createTime: at,
          updateTime: at,
        };
        loc.reviews.push(review);
        added.push(review);
      }
      return added;
    },
    editReview(name, reviewId, change) {
      const review = this.review(name, reviewId);
      Object.assign(review, change, { updateTime: now() });
      return review;
    },
    review(name, reviewId) {
      const review = find(name).reviews.find((candidate) => candidate.reviewId === reviewId);
      if (!review) throw new Error(`no review ${reviewId}`);
      return review;
    },
    async authorize(authorizeUrl, choice = 'approve') {
      const url = new URL(authorizeUrl);
      if (choice === 'deny') url.searchParams.set('deny', '1');
      const response = await fetch(url, { redirect: 'manual' });
      const location = response.headers.get('location');
      if (response.status !== 302 || !location) throw new Error(`the consent page answered ${response.status}: ${await response.text()}`);
      return location;
    },
    issueToken: issueAccessToken,
    expireAccessTokens() {
      for (const token of accessTokens.keys()) accessTokens.set(token, Date.now() - 1);
    },
    revokeRefreshTokens() {
      for (const token of refreshTokens.keys()) refreshTokens.set(token, false);
    },
    failNext(...responses) {
      failures.push(...responses);
    },
    holdListing(name, pages) {
      let release!: () => void;
      let reached!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const arrived = new Promise<void>((resolve) => (reached = resolve));
      hold = { location: name, after: pages, served: 0, reached: () => reached(), gate };
      return {
        reached: arrived,
        release: () => {
          hold = null;
          release();
        },
      };
    },
    push(notification, token = {}) {
      const issuedAt = Math.floor(Date.now() / 1000);
      const claims = {
        aud: token.audience ?? PUSH_AUDIENCE,
        azp: '113774264463038321964',
        email: token.email ?? PUSH_SERVICE_ACCOUNT,
        email_verified: token.emailVerified ?? true,
        exp: issuedAt + (token.expiresIn ?? 3600),
        iat: issuedAt,
        iss: 'https://accounts.google.com',
        sub: '113774264463038321964',
      };
      const jwt = signJwt(claims, token.signWith === 'other' ? otherKey : googleKey, { keyId: 'google-key-1' });
      const body = {
        message: { attributes: {}, data: Buffer.from(JSON.stringify(notification)).toString('base64'), messageId: `${Date.now()}`, message_id: `${Date.now()}`, publishTime: new Date().toISOString(), publish_time: new Date().toISOString() },
        subscription: 'projects/rapport-test/subscriptions/gbp-reviews-push',
      };
      return { headers: { authorization: `Bearer ${jwt}`, 'content-type': 'application/json' }, rawBody: Buffer.from(JSON.stringify(body)) };
    },
    close: () => server.close(),
  };
}
