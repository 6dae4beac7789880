import { classifyHttpError, DriverError, isHttpError, type InboundReview, type ReviewSourceDriver } from '@rapport/plugin-sdk';
import { credentialsSchema, idempotencyHeader, isSignedBySandbox, parseWebhookEvent, sandboxApi, toInboundReview } from './api.js';
import { MAX_REVIEW_REPLY_LENGTH, type SandboxPage, type SandboxReview, type SandboxReviewReply } from './contract.js';

/** The site's documented refusals (the `code` of its `{ error: { code } }` answers), in words a person can act on. */
const REFUSALS: Record<string, string> = {
  not_found: 'the review (or our reply to it) is no longer on the site',
  already_reported: 'the site takes one report per review, and this review was reported before',
  validation_failed: 'the site refused the text (empty or too long)',
};

/**
 * Runs a write on the site, so that a documented refusal carries a reason a person can act on, not only an
 * HTTP status. Only the error code is read from the answer: its free text never reaches Rapport's callers.
 */
async function explained<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const code = isHttpError(error) ? (error.body as { error?: { code?: unknown } } | undefined)?.error?.code : undefined;
    const refusal = typeof code === 'string' && Object.hasOwn(REFUSALS, code) ? REFUSALS[code] : undefined;
    if (!isHttpError(error) || !refusal) throw error;
    throw new DriverError(`${refusal} (HTTP ${error.status})`, classifyHttpError(error), { cause: error, retryAfterSeconds: error.retryAfter });
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
