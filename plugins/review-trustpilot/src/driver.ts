import { classifyHttpError, DriverError, isHttpError, type InboundReview, type ReviewSourceDriver, type SyncResult } from '@rapport/plugin-sdk';
import { credentialsSchema, TrustpilotApi } from './api.js';
import type { TrustpilotPrivateReview, TrustpilotReviewPage } from './entities.js';
import { trustpilotOAuth } from './oauth.js';
import { isFromTrustpilot, reviewsOfDelivery } from './webhook.js';

/**
 * Trustpilot documents no maximum for a reply's text; Rapport declares this one, so an overlong reply is refused
 * before it is queued (a text the site still refuses comes back as HTTP 400, `invalid`).
 */
export const MAX_REPLY_LENGTH = 5000;

/**
 * Where a sync stands, kept by Rapport between calls (JSON):
 * - `backfill`: reading every review, oldest first (`orderBy=createdat.asc`), `page` by `page`;
 * - `scan`: after the backfill, reading again from `revisionWindowDays` before the newest review seen (`high`), so
 *   new reviews and revised ones (Trustpilot lists by creation date only) are picked up;
 * - `settled`: a pass just ended; the next call answers nothing, which ends Rapport's sync run;
 * - `rest`: the next call starts a new scan.
 * Oldest first, pages already read stay put while new reviews arrive at the end.
 */
type Cursor =
  | { v: 1; phase: 'backfill'; page: number; high: string | null }
  | { v: 1; phase: 'scan'; from: string | null; page: number; high: string | null }
  | { v: 1; phase: 'settled' | 'rest'; high: string | null };

function readCursor(cursor: string | null): Cursor {
  if (cursor === null) return { v: 1, phase: 'backfill', page: 1, high: null };
  try {
    const parsed = JSON.parse(cursor) as Cursor;
    if (parsed?.v === 1 && ['backfill', 'scan', 'settled', 'rest'].includes(parsed.phase)) return parsed;
  } catch {
    // Unreadable: refused below like any position this plugin did not write.
  }
  throw new DriverError('the stored sync position is not one this plugin wrote', 'fatal');
}

/** Trustpilot's `startDateTime` format: UTC without a zone, to the second (`2013-09-07T13:37:00`). */
function startDateTime(iso: string): string {
  return new Date(iso).toISOString().slice(0, 19);
}

function later(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

function toInboundReview(review: TrustpilotPrivateReview): InboundReview {
  const name = review.consumer.displayName || 'Trustpilot user';
  return {
    externalId: review.id,
    author: { externalId: review.consumer.id, handle: name, name },
    rating: review.stars,
    ...(review.title ? { title: review.title } : {}),
    text: review.text ?? '',
    ...(review.language ? { language: review.language } : {}),
    createdAt: review.createdAt,
    ...(review.updatedAt ? { updatedAt: review.updatedAt } : {}),
    metadata: {
      ...(typeof review.isVerified === 'boolean' ? { isVerified: review.isVerified } : {}),
      ...(review.source ? { source: review.source } : {}),
      ...(review.referenceId ? { referenceId: review.referenceId } : {}),
      ...(review.location?.name ? { location: review.location.name } : {}),
      ...(review.experiencedAt ? { experiencedAt: review.experiencedAt } : {}),
    },
  };
}

/** Trustpilot's service reviews of one business unit. */
export const trustpilotDriver: ReviewSourceDriver = {
  code: 'trustpilot',
  displayName: 'Trustpilot',
  description: "Service reviews of a business on Trustpilot: backfill, revisions, replies and review webhooks. Trustpilot's API has no way to report a review.",
  ratingScale: { min: 1, max: 5 },
  credentialsSchema,
  // Reporting a review is done in Trustpilot Business only: the API documents no endpoint for it.
  capabilities: { reply: true, deleteReply: true, report: false, webhooks: true },
  replyLimits: { maxLength: MAX_REPLY_LENGTH },
  oauth: trustpilotOAuth,

  /**
   * The business unit (by id, or looked up by name/domain), and that these credentials reach its private
   * reviews and can name the business user replies are written as.
   */
  async verifyCredentials(ctx) {
    const api = new TrustpilotApi(ctx);
    const unit = await api.businessUnit();
    await api.private('GET', `/v1/private/business-units/${encodeURIComponent(unit.id)}/reviews`, { query: { perPage: 1 } });
    await api.businessUserId();
    const identifying = unit.name?.identifying;
    return { accountId: unit.id, displayName: unit.displayName, ...(identifying ? { url: `https://www.trustpilot.com/review/${encodeURIComponent(identifying)}` } : {}) };
  },

  async sync(ctx, cursor): Promise<SyncResult<InboundReview>> {
    const position = readCursor(cursor);
    if (position.phase === 'settled') return { items: [], nextCursor: JSON.stringify({ v: 1, phase: 'rest', high: position.high }) };
    const api = new TrustpilotApi(ctx);
    const unit = await api.businessUnit();
    const scan = position.phase === 'backfill' ? position : position.phase === 'scan' ? position : startScan(position.high, api.settings.revisionWindowDays);
    const from = scan.phase === 'scan' ? scan.from : null;
    const response = await api.private('GET', `/v1/private/business-units/${encodeURIComponent(unit.id)}/reviews`, {
      query: { orderBy: 'createdat.asc', page: scan.page, perPage: api.settings.pageSize, startDateTime: from ? startDateTime(from) : undefined },
    });
    const body = response.json<TrustpilotReviewPage>();
    const reviews = Array.isArray(body?.reviews) ? body.reviews : [];
    const high = reviews.reduce<string | null>((newest, review) => later(newest, review.createdAt), scan.high);
    const more = reviews.length > 0 && (body.links ?? []).some((link) => link.rel === 'next-page');
    let next: Cursor;
    if (more) next = { ...scan, page: scan.page + 1, high };
    // An empty page already ends Rapport's run: the next one scans again.
    else next = { v: 1, phase: reviews.length ? 'settled' : 'rest', high };
    const result: SyncResult<InboundReview> = { items: reviews.map(toInboundReview), nextCursor: JSON.stringify(next) };
    // The size of a backfill (or of a scan from the very start, after a backfill that found nothing), for its
    // progress: the business unit's review count when it starts.
    if (from === null && scan.page === 1) {
      const total = (await api.fetchBusinessUnit(unit.id)).numberOfReviews?.total;
      if (typeof total === 'number' && Number.isInteger(total) && total >= 0) result.estimatedTotal = total;
    }
    return result;
  },

  // https://developers.trustpilot.com/service-reviews-api: one reply per review; posting again replaces it.
  async reply(ctx, input) {
    const api = new TrustpilotApi(ctx);
    const authorBusinessUserId = await api.businessUserId();
    const path = `/v1/private/reviews/${encodeURIComponent(input.reviewExternalId)}/reply`;
    await api.private('POST', path, { json: { message: input.text, authorBusinessUserId } }).catch((error: unknown) => {
      throw explained(error);
    });
    return {};
  },

  async deleteReply(ctx, reviewExternalId) {
    try {
      await new TrustpilotApi(ctx).private('DELETE', `/v1/private/reviews/${encodeURIComponent(reviewExternalId)}/reply`);
    } catch (error) {
      // No reply there (any more): what was asked is done.
      if (isHttpError(error) && error.status === 404) return;
      throw explained(error);
    }
  },

  verifyWebhook: isFromTrustpilot,
  parseWebhook: (_ctx, request) => reviewsOfDelivery(request),
  classifyError: classifyHttpError,
};

function startScan(high: string | null, windowDays: number): Cursor & { phase: 'scan' } {
  const from = high ? new Date(Date.parse(high) - windowDays * 86_400_000).toISOString() : null;
  return { v: 1, phase: 'scan', from, page: 1, high };
}

/** A refused write in words a person can act on; the site's own text stays out (it may hold anything). */
function explained(error: unknown): unknown {
  if (!isHttpError(error)) return error;
  const reason =
    error.status === 404
      ? 'Trustpilot has no such review'
      : error.status === 400 || error.status === 422
        ? 'Trustpilot refused the reply (its text, or the business user it is written as)'
        : error.status === 403
          ? 'this Trustpilot user may not answer reviews of this business unit'
          : undefined;
  return reason ? new DriverError(`${reason} (HTTP ${error.status})`, classifyHttpError(error), { cause: error, retryAfterSeconds: error.retryAfter }) : error;
}
