import { createPublicKey, createVerify, generateKeyPairSync, randomBytes } from 'node:crypto';
import { decodeJwt } from '@rapport/plugin-sdk';
import { startFakeServer, type FakeResponse, type FakeServer, type RecordedRequest } from '@rapport/plugin-sdk/testing';

/**
 * Google's side of Play app reviews for tests, answering and checking requests as documented:
 * - Service-account tokens (https://developers.google.com/identity/protocols/oauth2/service-account#httprest,
 *   RFC 7523): `POST /token`, form `grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=<JWT>`, the
 *   JWT RS256-signed with the service account's key (`kid` its private_key_id) and claiming `iss` its email,
 *   `scope` androidpublisher, `aud` this token URL, `iat` now and `exp` at most an hour later; answered
 *   `{ access_token, expires_in: 3599, token_type: "Bearer" }` or `400 { error: "invalid_grant" }`.
 * - Play Developer API v3 reviews (https://developers.google.com/android-publisher/api-ref/rest/v3/reviews):
 *   list (`maxResults`, `token`; `tokenPagination.nextPageToken`, `pageInfo`; "only reviews from last week"),
 *   get, and reply (`POST …/reviews/{reviewId}:reply` with `{ replyText }`, answered `{ result: { replyText,
 *   lastEdited } }`; a reply over about 350 characters is refused).
 * - Errors in Google's format (https://cloud.google.com/apis/design/errors).
 */

export interface FakeUserComment {
  text: string;
  lastModified: { seconds: string; nanos: number };
  starRating: number;
  reviewerLanguage: string;
  device: string;
  androidOsVersion: number;
  appVersionCode: number;
  appVersionName: string;
  thumbsUpCount: number;
  thumbsDownCount: number;
  deviceMetadata: { productName: string; manufacturer: string; deviceClass: string; ramMb: number };
}

export interface FakePlayReview {
  reviewId: string;
  authorName: string;
  comments: Array<{ userComment: FakeUserComment } | { developerComment: { text: string; lastModified: { seconds: string; nanos: number } } }>;
}

export interface FakeGooglePlay {
  url: string;
  requests: RecordedRequest[];
  packageName: string;
  /** The service account's key file, as Google Cloud gives it (the fake holds the public half). */
  serviceAccount: { type: 'service_account'; project_id: string; private_key_id: string; private_key: string; client_email: string; token_uri: string };
  /** Credentials as the plugin takes them. */
  credentials(): Record<string, unknown>;
  options(): Record<string, unknown>;
  /** A user reviews the app; `daysAgo` dates it in the past (the API lists only the last week). */
  addReview(init?: Partial<Pick<FakeUserComment, 'text' | 'starRating' | 'appVersionName' | 'device' | 'androidOsVersion' | 'reviewerLanguage'>> & { authorName?: string; daysAgo?: number }): FakePlayReview;
  userComment(reviewId: string): FakeUserComment;
  developerReply(reviewId: string): string | undefined;
  /** Deletes the service account's key: its assertions are refused from now on. */
  deleteKey(): void;
  failNext(...responses: FakeResponse[]): void;
  close(): Promise<void>;
}

const SCOPE = 'https://www.googleapis.com/auth/androidpublisher';
const WEEK_SECONDS = 7 * 24 * 3600;
const googleError = (code: number, status: string, message: string): FakeResponse => ({ status: code, json: { error: { code, message, status } } });

let serviceKey: string | undefined;

export async function startFakeGooglePlay(packageName = 'com.pawsandclaws.app'): Promise<FakeGooglePlay> {
  serviceKey ??= generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const keyId = randomBytes(20).toString('hex');
  const clientEmail = 'rapport-reviews@paws-and-claws.iam.gserviceaccount.com';
  const publicKey = createPublicKey(serviceKey);
  const reviews: FakePlayReview[] = [];
  const accessTokens = new Map<string, number>();
  const pageTokens = new Map<string, number>();
  const failures: FakeResponse[] = [];
  let keyDeleted = false;
  let counter = 0;
  let url = '';

  const authorized = (request: RecordedRequest): FakeResponse | null => {
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const expires = token ? accessTokens.get(token) : undefined;
    if (!expires || expires < Date.now()) return googleError(401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials.');
    if (request.params.pkg !== packageName) return googleError(403, 'PERMISSION_DENIED', 'The caller does not have permission');
    return failures.shift() ?? null;
  };
  const userCommentOf = (review: FakePlayReview) => (review.comments[0] as { userComment: FakeUserComment }).userComment;
  const recent = () => {
    const cutoff = Math.floor(Date.now() / 1000) - WEEK_SECONDS;
    return reviews.filter((review) => Number(userCommentOf(review).lastModified.seconds) >= cutoff).sort((a, b) => Number(userCommentOf(b).lastModified.seconds) - Number(userCommentOf(a).lastModified.seconds));
  };

  const server: FakeServer = await startFakeServer({
    'POST /token': (request) => {
      if (!(request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) return { status: 400, json: { error: 'invalid_request' } };
      const form = Object.fromEntries(new URLSearchParams(request.rawBody.toString('utf8')));
      if (form.grant_type !== 'urn:ietf:params:oauth:grant-type:jwt-bearer') return { status: 400, json: { error: 'unsupported_grant_type', error_description: 'Invalid grant_type' } };
      const jwt = decodeJwt(form.assertion ?? '');
      const now = Math.floor(Date.now() / 1000);
      const claims = jwt?.claims;
      const refusal = !jwt
        ? 'Invalid JWT'
        : jwt.header.alg !== 'RS256' || jwt.header.kid !== keyId || keyDeleted
          ? 'Invalid JWT Signature.'
          : !createVerify('RSA-SHA256').update(jwt.signingInput).verify(publicKey, jwt.signature)
            ? 'Invalid JWT Signature.'
            : claims!.iss !== clientEmail
              ? 'Invalid issuer'
              : claims!.aud !== `${url}/token`
                ? 'Invalid JWT: Token must be a short-lived token and in a reasonable timeframe'
                : claims!.scope !== SCOPE
                  ? 'Invalid scope'
                  : typeof claims!.iat !== 'number' || typeof claims!.exp !== 'number' || claims!.iat > now + 60 || claims!.exp <= now || claims!.exp - claims!.iat > 3600
                    ? 'Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe.'
                    : null;
      if (refusal) return { status: 400, json: { error: 'invalid_grant', error_description: refusal } };
      const token = `ya29.c.${randomBytes(16).toString('base64url')}`;
      accessTokens.set(token, Date.now() + 3599_000);
      return { json: { access_token: token, expires_in: 3599, token_type: 'Bearer' } };
    },
    'GET /androidpublisher/v3/applications/:pkg/reviews': (request) => {
      const refused = authorized(request);
      if (refused) return refused;
      const maxResults = request.query.maxResults ? Number(request.query.maxResults) : 10;
      if (!Number.isInteger(maxResults) || maxResults < 1 || maxResults > 100) return googleError(400, 'INVALID_ARGUMENT', 'Invalid maxResults.');
      let offset = 0;
      if (request.query.token) {
        const known = pageTokens.get(request.query.token);
        if (known === undefined) return googleError(400, 'INVALID_ARGUMENT', 'Invalid pagination token.');
        offset = known;
      }
      const listed = recent();
      const page = listed.slice(offset, offset + maxResults);
      const more = offset + maxResults < listed.length;
      const nextPageToken = more ? randomBytes(9).toString('base64url') : undefined;
      if (nextPageToken) pageTokens.set(nextPageToken, offset + maxResults);
      return { json: { reviews: page, pageInfo: { totalResults: listed.length, resultPerPage: maxResults, startIndex: offset }, ...(nextPageToken ? { tokenPagination: { nextPageToken } } : {}) } };
    },
    'GET /androidpublisher/v3/applications/:pkg/reviews/:review': (request) => {
      const refused = authorized(request);
      if (refused) return refused;
      const review = reviews.find((candidate) => candidate.reviewId === request.params.review);
      return review ? { json: review } : googleError(404, 'NOT_FOUND', 'Review not found.');
    },
    // `…/reviews/{reviewId}:reply`: the router sees `{reviewId}:reply` as one segment.
    'POST /androidpublisher/v3/applications/:pkg/reviews/:action': (request) => {
      const refused = authorized(request);
      if (refused) return refused;
      const match = /^(.+):reply$/.exec(request.params.action ?? '');
      const review = match && reviews.find((candidate) => candidate.reviewId === match[1]);
      if (!review) return googleError(404, 'NOT_FOUND', 'Review not found.');
      const replyText = (request.json as { replyText?: unknown } | undefined)?.replyText;
      if (typeof replyText !== 'string' || !replyText.trim() || replyText.length > 350) return googleError(400, 'INVALID_ARGUMENT', 'Reply text is empty or too long.');
      const seconds = Math.floor(Date.now() / 1000);
      const lastModified = { seconds: String(seconds), nanos: 0 };
      review.comments = [review.comments[0]!, { developerComment: { text: replyText, lastModified } }];
      return { json: { result: { replyText, lastEdited: lastModified } } };
    },
  });
  url = server.url;

  return {
    url,
    requests: server.requests,
    packageName,
    serviceAccount: { type: 'service_account', project_id: 'paws-and-claws', private_key_id: keyId, private_key: serviceKey, client_email: clientEmail, token_uri: `${url}/token` },
    credentials() {
      return { ...this.serviceAccount, packageName };
    },
    options: () => ({ tokenUrl: `${url}/token`, apiUrl: url }),
    addReview(init = {}) {
      counter += 1;
      const seconds = Math.floor(Date.now() / 1000) - Math.round((init.daysAgo ?? 0) * 24 * 3600) + counter;
      const review: FakePlayReview = {
        reviewId: `gp:AOqpTOH${counter.toString().padStart(4, '0')}${randomBytes(6).toString('hex')}`,
        authorName: init.authorName ?? `Player ${counter}`,
        comments: [
          {
            userComment: {
              text: `\t${init.text ?? `Nice app, version ${counter}`}`,
              lastModified: { seconds: String(seconds), nanos: 120_000_000 },
              starRating: init.starRating ?? 4,
              reviewerLanguage: init.reviewerLanguage ?? 'en_GB',
              device: init.device ?? 'a52q',
              androidOsVersion: init.androidOsVersion ?? 33,
              appVersionCode: 412,
              appVersionName: init.appVersionName ?? '4.1.2',
              thumbsUpCount: 0,
              thumbsDownCount: 0,
              deviceMetadata: { productName: 'a52q (Galaxy A52)', manufacturer: 'Samsung', deviceClass: 'phone', ramMb: 6144 },
            },
          },
        ],
      };
      reviews.push(review);
      return review;
    },
    userComment: (reviewId) => userCommentOf(reviews.find((review) => review.reviewId === reviewId)!),
    developerReply: (reviewId) => (reviews.find((review) => review.reviewId === reviewId)?.comments[1] as { developerComment?: { text: string } } | undefined)?.developerComment?.text,
    deleteKey() {
      keyDeleted = true;
      accessTokens.clear();
    },
    failNext(...responses) {
      failures.push(...responses);
    },
    close: () => server.close(),
  };
}
