import { classifyHttpError, type DriverContext, type InboundReview, type JsonValue, type ReviewSourceDriver, type SyncResult } from '@rapport/plugin-sdk';
import { credentialsSchema, packageOf, play } from './api.js';

/** `Timestamp` of the API: seconds (an int64, as a string) and nanos. */
interface Timestamp {
  seconds?: string | number;
  nanos?: number;
}

/** `UserComment` (https://developers.google.com/android-publisher/api-ref/rest/v3/reviews#UserComment). */
interface UserComment {
  text?: string;
  lastModified?: Timestamp;
  starRating?: number;
  reviewerLanguage?: string;
  device?: string;
  androidOsVersion?: number;
  appVersionCode?: number;
  appVersionName?: string;
  thumbsUpCount?: number;
  thumbsDownCount?: number;
  deviceMetadata?: { productName?: string; manufacturer?: string; deviceClass?: string; ramMb?: number };
  originalText?: string;
}

/** `Review` (https://developers.google.com/android-publisher/api-ref/rest/v3/reviews#Review). */
export interface PlayReview {
  reviewId: string;
  authorName?: string;
  comments?: Array<{ userComment?: UserComment; developerComment?: { text?: string; lastModified?: Timestamp } }>;
}

/** `ReviewsListResponse` (https://developers.google.com/android-publisher/api-ref/rest/v3/reviews/list#response-body). */
interface ReviewsListResponse {
  reviews?: PlayReview[];
  tokenPagination?: { nextPageToken?: string; previousPageToken?: string };
  pageInfo?: { totalResults?: number; resultPerPage?: number; startIndex?: number };
}

/**
 * "Replies of more than approximately 350 characters will be rejected"
 * (https://developers.google.com/android-publisher/api-ref/rest/v3/reviews/reply): declared, so Rapport refuses a
 * longer reply before anything is sent.
 */
export const MAX_REPLY_LENGTH = 350;
const PAGE_SIZE = 100;
/** Pages one sync call may skip for holding nothing new, before answering (the host calls again from the cursor). */
const MAX_SKIPPED_PAGES = 20;

/**
 * Where polling stands: `since` is the latest `lastModified` fully synced; during a pass, `token` is the next page
 * and `top` the latest `lastModified` seen so far, which becomes `since` at the end of the pass.
 */
interface Cursor {
  since: string | null;
  token?: string;
  top?: string;
}

/** A `lastModified` as a key that sorts as time does: seconds then nanoseconds, zero-padded. */
function timeKey(at: Timestamp | undefined): string {
  const seconds = BigInt(at?.seconds ?? 0);
  return `${seconds.toString().padStart(13, '0')}.${String(at?.nanos ?? 0).padStart(9, '0')}`;
}

function isoOf(at: Timestamp | undefined): string {
  return new Date(Number(at?.seconds ?? 0) * 1000 + Math.floor((at?.nanos ?? 0) / 1_000_000)).toISOString();
}

function readCursor(raw: string | null): Cursor {
  try {
    const parsed = raw ? (JSON.parse(raw) as Partial<Cursor>) : {};
    return { since: typeof parsed.since === 'string' ? parsed.since : null, token: typeof parsed.token === 'string' ? parsed.token : undefined, top: typeof parsed.top === 'string' ? parsed.top : undefined };
  } catch {
    return { since: null };
  }
}

function writeCursor(cursor: Cursor): string {
  return JSON.stringify(cursor.token ? { since: cursor.since, token: cursor.token, top: cursor.top } : { since: cursor.since });
}

const later = (a: string | undefined | null, b: string | undefined) => (!a ? b : !b ? a : a >= b ? a : b);

/**
 * reviews.list pages (`maxResults`, `token` from `tokenPagination.nextPageToken`): the API shows only reviews
 * written or edited in the last week, so every sync walks all its pages, keeping those modified after the cursor;
 * Rapport keeps them, so the history grows beyond that week. Pages with nothing new are skipped within one call.
 */
async function syncReviews(ctx: DriverContext, raw: string | null): Promise<SyncResult<InboundReview>> {
  let cursor = readCursor(raw);
  const path = `/androidpublisher/v3/applications/${encodeURIComponent(packageOf(ctx))}/reviews`;
  for (let skipped = 0; ; skipped++) {
    const page = await play(ctx, 'Listing reviews', async (api) => (await api.get(path, { query: { maxResults: PAGE_SIZE, token: cursor.token } })).json<ReviewsListResponse>());
    const fresh = (page.reviews ?? []).filter((review) => cursor.since === null || timeKey(userComment(review)?.lastModified) > cursor.since);
    const top = fresh.reduce<string | undefined>((latest, review) => later(latest, timeKey(userComment(review)?.lastModified)), cursor.top);
    const next = page.tokenPagination?.nextPageToken;
    cursor = next ? { since: cursor.since, token: next, top } : { since: later(cursor.since, top) ?? null };
    const items = fresh.flatMap((review) => toInboundReview(review) ?? []).reverse();
    if (items.length || !next || skipped >= MAX_SKIPPED_PAGES) return { items, nextCursor: writeCursor(cursor) };
  }
}

function userComment(review: PlayReview): UserComment | undefined {
  return review.comments?.find((comment) => comment.userComment)?.userComment;
}

/**
 * A Play review as Rapport's: the user's comment (Play dates only its latest version), 1–5 stars, the reviewer's
 * language as a BCP 47 tag, and in `metadata` the app version and device it was written from.
 */
export function toInboundReview(review: PlayReview): InboundReview | null {
  const comment = userComment(review);
  if (!comment || typeof comment.starRating !== 'number' || comment.starRating < 1 || comment.starRating > 5) return null;
  const metadata: Record<string, JsonValue> = {};
  for (const field of ['appVersionName', 'appVersionCode', 'androidOsVersion', 'device', 'reviewerLanguage'] as const) {
    if (comment[field] !== undefined) metadata[field] = comment[field]!;
  }
  if (comment.deviceMetadata?.manufacturer) metadata.deviceManufacturer = comment.deviceMetadata.manufacturer;
  if (comment.deviceMetadata?.productName) metadata.deviceName = comment.deviceMetadata.productName;
  const at = isoOf(comment.lastModified);
  const author = review.authorName?.trim() || 'A Google user';
  return {
    externalId: review.reviewId,
    // Play gives no reviewer id; the review's own id keeps unrelated reviewers with one name apart.
    author: { externalId: `review:${review.reviewId}`, handle: author, name: author },
    rating: comment.starRating,
    text: (comment.text ?? '').trim(),
    ...(comment.reviewerLanguage ? { language: comment.reviewerLanguage.replace('_', '-') } : {}),
    createdAt: at,
    updatedAt: at,
    metadata,
  };
}

/** Reviews of one Android app on Google Play, read and answered by a service account. */
export const googlePlayDriver: ReviewSourceDriver = {
  code: 'google-play',
  displayName: 'Google Play',
  description: "Reviews of an Android app on Google Play, with the app version and device each was written from; replies of up to 350 characters.",
  ratingScale: { min: 1, max: 5 },
  credentialsSchema,
  // The API replies and edits replies, but cannot delete one, report a review or push new ones.
  capabilities: { reply: true, deleteReply: false, report: false, webhooks: false },
  replyLimits: { maxLength: MAX_REPLY_LENGTH },

  /** A token for the service account, then one review of the app: both must work. */
  async verifyCredentials(ctx) {
    const packageName = packageOf(ctx);
    await play(ctx, 'Reading the app\'s reviews', (api) => api.get(`/androidpublisher/v3/applications/${encodeURIComponent(packageName)}/reviews`, { query: { maxResults: 1 } }));
    return { accountId: packageName, displayName: packageName, url: `https://play.google.com/store/apps/details?id=${encodeURIComponent(packageName)}` };
  },

  sync: syncReviews,

  /** reviews.reply: `POST …/reviews/{reviewId}:reply` with `{ replyText }`; it replaces an earlier reply, so sending again is harmless. */
  async reply(ctx, input) {
    const path = `/androidpublisher/v3/applications/${encodeURIComponent(packageOf(ctx))}/reviews/${encodeURIComponent(input.reviewExternalId)}:reply`;
    await play(ctx, 'Replying to a review', (api) => api.post(path, { json: { replyText: input.text } }));
    return {};
  },

  classifyError: classifyHttpError,
};
