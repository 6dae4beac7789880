import { createHash } from 'node:crypto';
import type { DriverContext, InboundReview, SyncResult } from '@rapport/plugin-sdk';
import { compareTimestamps, google, locationOf, resourcePath, reviewsApi } from './api.js';

/** v4 `Review` (https://developers.google.com/my-business/reference/rest/v4/accounts.locations.reviews#Review). */
export interface GoogleReview {
  name?: string;
  reviewId: string;
  reviewer?: { displayName?: string; profilePhotoUrl?: string; isAnonymous?: boolean };
  starRating: 'STAR_RATING_UNSPECIFIED' | 'ONE' | 'TWO' | 'THREE' | 'FOUR' | 'FIVE';
  comment?: string;
  createTime: string;
  updateTime: string;
  reviewReply?: { comment?: string; updateTime?: string };
}

/** v4 `ListReviewsResponse` (https://developers.google.com/my-business/reference/rest/v4/accounts.locations.reviews/list#response-body). */
interface ListReviewsResponse {
  reviews?: GoogleReview[];
  averageRating?: number;
  totalReviewCount?: number;
  nextPageToken?: string;
}

const STARS: Record<string, number> = { ONE: 1, TWO: 2, THREE: 3, FOUR: 4, FIVE: 5 };

/** The largest page reviews.list gives. */
export const REVIEWS_PAGE_SIZE = 50;

/**
 * Where polling stands: `since` is the newest `updateTime` fully synced (new and edited reviews have a later one);
 * during a pass, `pageToken` is the next page and `top` the newest `updateTime` seen in it, which becomes `since`
 * when the pass reaches a review not newer than `since` (the list is ordered by updateTime, newest first) or the end.
 */
interface Cursor {
  since: string | null;
  pageToken?: string;
  top?: string;
}

function readCursor(cursor: string | null): Cursor {
  if (!cursor) return { since: null };
  try {
    const parsed = JSON.parse(cursor) as Partial<Cursor>;
    return { since: typeof parsed.since === 'string' ? parsed.since : null, pageToken: typeof parsed.pageToken === 'string' ? parsed.pageToken : undefined, top: typeof parsed.top === 'string' ? parsed.top : undefined };
  } catch {
    return { since: null };
  }
}

function writeCursor(cursor: Cursor): string {
  // A fixed key order: the host compares cursors to see whether polling moved on.
  return JSON.stringify(cursor.pageToken ? { since: cursor.since, pageToken: cursor.pageToken, top: cursor.top } : { since: cursor.since });
}

const later = (a: string | undefined, b: string | undefined) => (!a ? b : !b ? a : compareTimestamps(a, b) >= 0 ? a : b);

/**
 * One page of reviews.list (`orderBy=updateTime desc`, `pageSize` 50, `pageToken`): the reviews written or edited
 * after the cursor. A first sync (a backfill) goes through every page, with the location's `totalReviewCount` as the
 * expected total; later ones stop at the first review not newer than the last sync's newest.
 */
export async function syncReviews(ctx: DriverContext, raw: string | null): Promise<SyncResult<InboundReview>> {
  const cursor = readCursor(raw);
  const location = locationOf(ctx);
  const response = await google('Listing reviews', () =>
    reviewsApi(ctx).get(`/v4/${resourcePath(location)}/reviews`, { query: { pageSize: REVIEWS_PAGE_SIZE, orderBy: 'updateTime desc', pageToken: cursor.pageToken } }),
  );
  const page = response.json<ListReviewsResponse>();
  const reviews = page.reviews ?? [];
  const fresh = reviews.filter((review) => !cursor.since || compareTimestamps(review.updateTime, cursor.since) > 0);
  const top = fresh.reduce<string | undefined>((newest, review) => later(newest, review.updateTime), cursor.top);
  const passDone = fresh.length < reviews.length || !page.nextPageToken;
  const next: Cursor = passDone ? { since: later(cursor.since ?? undefined, top) ?? null } : { since: cursor.since, pageToken: page.nextPageToken, top };
  return {
    items: fresh.reverse().flatMap((review) => toInboundReview(review) ?? []),
    nextCursor: writeCursor(next),
    ...(cursor.since === null && typeof page.totalReviewCount === 'number' ? { estimatedTotal: page.totalReviewCount } : {}),
  };
}

/** One review by name (reviews.get), e.g. after a push notification; null when it is gone. */
export async function fetchReview(ctx: DriverContext, reviewName: string): Promise<GoogleReview | null> {
  try {
    return (await google('Reading a review', () => reviewsApi(ctx).get(`/v4/${resourcePath(reviewName)}`))).json<GoogleReview>();
  } catch (error) {
    if ((error as { cause?: { status?: number } }).cause?.status === 404) return null;
    throw error;
  }
}

/**
 * A v4 review as Rapport's. `starRating` ONE..FIVE is 1–5 (an unspecified rating cannot be stored: skipped). Google
 * gives no reviewer id: the reviewer is told apart by their profile photo URL (hashed), or is unique to the review
 * when anonymous or without one, so unrelated "Anonymous" reviews never count as one author's.
 */
export function toInboundReview(review: GoogleReview): InboundReview | null {
  const rating = STARS[review.starRating];
  if (!rating) return null;
  const reviewer = review.reviewer ?? {};
  const photo = !reviewer.isAnonymous && reviewer.profilePhotoUrl ? reviewer.profilePhotoUrl : undefined;
  const name = !reviewer.isAnonymous && reviewer.displayName ? reviewer.displayName : 'Anonymous';
  return {
    externalId: review.reviewId,
    author: {
      externalId: photo ? `photo:${createHash('sha256').update(photo).digest('hex').slice(0, 32)}` : `review:${review.reviewId}`,
      handle: name,
      name,
      ...(photo ? { avatarUrl: photo } : {}),
    },
    rating,
    text: review.comment ?? '',
    createdAt: new Date(review.createTime).toISOString(),
    updatedAt: new Date(review.updateTime).toISOString(),
  };
}
