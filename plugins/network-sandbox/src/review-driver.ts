import { classifyHttpError, type InboundReview, type ReviewSourceDriver } from '@rapport/plugin-sdk';
import { credentialsSchema, idempotencyHeader, isSignedBySandbox, parseWebhookEvent, sandboxApi, toInboundReview } from './api.js';
import { MAX_REVIEW_REPLY_LENGTH, type SandboxPage, type SandboxReview, type SandboxReviewReply } from './contract.js';

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
    const response = await sandboxApi(ctx).post(path, { json: { text: input.text }, headers: idempotencyHeader(input.idempotencyKey) });
    return { externalId: response.json<SandboxReviewReply>().id };
  },

  async deleteReply(ctx, reviewExternalId) {
    await sandboxApi(ctx).delete(`/v1/reviews/${encodeURIComponent(reviewExternalId)}/reply`);
  },

  async report(ctx, input) {
    const path = `/v1/reviews/${encodeURIComponent(input.reviewExternalId)}/report`;
    const response = await sandboxApi(ctx).post(path, { json: { reason: input.reason, evidence: input.evidence } });
    return { reference: response.json<{ reference: string }>().reference };
  },

  verifyWebhook: isSignedBySandbox,

  parseWebhook(_ctx, request): InboundReview[] {
    const event = parseWebhookEvent(request);
    return event.type === 'review.created' || event.type === 'review.updated' ? [toInboundReview(event.data as SandboxReview)] : [];
  },

  classifyError: classifyHttpError,
};
