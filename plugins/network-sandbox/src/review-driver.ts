import { classifyHttpError, DriverError, isHttpError, type InboundReview, type ReviewSourceDriver } from '@rapport/plugin-sdk';
import { credentialsSchema, idempotencyHeader, isSignedBySandbox, parseWebhookEvent, sandboxApi, toInboundReview } from './api.js';
import { MAX_REVIEW_REPLY_LENGTH, type SandboxPage, type SandboxReview, type SandboxReviewReply } from './contract.js';

/** Longest part of the site's own error message kept in a refusal's reason. */
const MAX_SITE_MESSAGE = 300;

/**
 * Runs a write on the site, so that a refusal carries a reason a person can act on: the site's own
 * message (`{ error: { message } }`), not only an HTTP status. The classification stays the status's.
 */
async function explained<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const message = isHttpError(error) ? (error.body as { error?: { message?: unknown } } | undefined)?.error?.message : undefined;
    if (!isHttpError(error) || typeof message !== 'string' || message === '') throw error;
    throw new DriverError(`the review site answered HTTP ${error.status}: ${message.replace(/\p{Cc}/gu, ' ').slice(0, MAX_SITE_MESSAGE)}`, classifyHttpError(error), {
      cause: error,
      retryAfterSeconds: error.retryAfter,
    });
  }
}

/** The sandbox's review site: 1–5 star reviews of the same account. */
export const sandboxReviewDriver: ReviewSourceDriver = {
  code: 'sandbox-reviews',
  displayName: 'Sandbox reviews',
  description: 'A simulated review site that ships with Rapport, for demos and tests.',
  ratingScale: { min: 1, max: 5 },
  credentialsSchema,
  capabilities: { reply: true, deleteReply: true, report: true, webhooks: true },
  replyLimits: { maxLength: MAX_REVIEW_REPLY_LENGTH },

  async verifyCredentials(ctx) {
    const me = (await sandboxApi(ctx).get('/v1/me')).json<{ id: string; display_name: string; url: string }>();
    return { accountId: me.id, displayName: me.display_name, url: me.url };
  },

  async sync(ctx, cursor) {
    const page = (await sandboxApi(ctx).get('/v1/reviews', { query: { since: cursor } })).json<SandboxPage<SandboxReview>>();
    return { items: page.data.map(toInboundReview), nextCursor: page.next_cursor };
  },

  async reply(ctx, input) {
    const path = `/v1/reviews/${encodeURIComponent(input.reviewExternalId)}/reply`;
    const response = await explained(() => sandboxApi(ctx).post(path, { json: { text: input.text }, headers: idempotencyHeader(input.idempotencyKey) }));
    return { externalId: response.json<SandboxReviewReply>().id };
  },

  async deleteReply(ctx, reviewExternalId) {
    await explained(() => sandboxApi(ctx).delete(`/v1/reviews/${encodeURIComponent(reviewExternalId)}/reply`));
  },

  async report(ctx, input) {
    const path = `/v1/reviews/${encodeURIComponent(input.reviewExternalId)}/report`;
    const headers = input.idempotencyKey ? idempotencyHeader(input.idempotencyKey) : undefined;
    const response = await explained(() => sandboxApi(ctx).post(path, { json: { reason: input.reason, evidence: input.evidence }, headers }));
    return { reference: response.json<{ reference: string }>().reference };
  },

  verifyWebhook: isSignedBySandbox,

  parseWebhook(_ctx, request): InboundReview[] {
    const event = parseWebhookEvent(request);
    return event.type === 'review.created' || event.type === 'review.updated' ? [toInboundReview(event.data as SandboxReview)] : [];
  },

  classifyError: classifyHttpError,
};
