import type { InboundReview } from '@rapport/plugin-sdk';
import { defineJob } from '../jobs/job-queue.js';
import { mergeLists } from '../jobs/merge-lists.js';

/** Reviews a webhook delivered, verified and parsed, to be ingested off the request path. */
export const INGEST_REVIEWS = defineJob<{ workspaceId: string; channelId: string; reviews: InboundReview[] }>({
  name: 'ingest-reviews',
  retryLimit: 5,
  retryDelaySeconds: 2,
  expireInSeconds: 120,
  // The deliveries of one source that arrive together are one job.
  mergeSoon: (payloads) => mergeLists(payloads, 'reviews', (p) => p.channelId, 500),
});

/** Pulls new and edited reviews of one review source from the site. */
export const SYNC_REVIEW_SOURCE = defineJob<{ workspaceId: string; channelId: string }>({ name: 'sync-review-source', retryLimit: 3, retryDelaySeconds: 5, expireInSeconds: 600 });

/** Sends one reply text (revision) to a review through the driver. */
export const SEND_REVIEW_REPLY = defineJob<{ workspaceId: string; reviewId: string; revision: number }>({ name: 'send-review-reply', retryLimit: 5, retryDelaySeconds: 1, expireInSeconds: 60 });

/** Reports one dispute to the review site through the driver (idempotency key = dispute id). */
export const SEND_REVIEW_REPORT = defineJob<{ workspaceId: string; disputeId: string }>({ name: 'send-review-report', retryLimit: 5, retryDelaySeconds: 1, expireInSeconds: 60 });

/** Every few minutes: queue a sync for every connected review source not synced within the interval. */
export const REVIEWS_HOUSEKEEPING = defineJob<object>({ name: 'reviews-housekeeping', retryLimit: 0, retryDelaySeconds: 1, expireInSeconds: 120 });
