import { classifyHttpError, definePlugin, type DriverContext, type InboundReview, type ReviewSourceDriver } from '@rapport/plugin-sdk';

/** The review site's API as its documentation describes it. Replace with the real endpoints. */
interface ApiReview {
  id: string;
  stars: number;
  title?: string;
  body: string;
  reviewer: { id: string; name: string };
  created_at: string;
  updated_at?: string;
}

function api(ctx: DriverContext) {
  return ctx.http.extend({ headers: { 'x-api-key': String(ctx.credentials.apiKey) } });
}

function toInboundReview(review: ApiReview): InboundReview {
  return {
    externalId: review.id,
    author: { externalId: review.reviewer.id, handle: review.reviewer.name, name: review.reviewer.name },
    rating: review.stars,
    title: review.title,
    text: review.body,
    createdAt: review.created_at,
    updatedAt: review.updated_at,
  };
}

export const __CAMEL__Reviews: ReviewSourceDriver = {
  code: '__CODE__',
  displayName: '__TITLE__',
  description: '__DESCRIPTION__',
  ratingScale: { min: 1, max: 5 },
  capabilities: { reply: true, deleteReply: false, report: true, webhooks: false },
  replyLimits: { maxLength: 1000 },
  credentialsSchema: {
    type: 'object',
    required: ['apiKey', 'locationId'],
    properties: {
      apiKey: { type: 'string', minLength: 1, title: 'API key' },
      locationId: { type: 'string', minLength: 1, title: 'Business location id' },
    },
    additionalProperties: false,
  },

  async verifyCredentials(ctx) {
    const location = await (await api(ctx).get(`/v1/locations/${String(ctx.credentials.locationId)}`)).json<{ id: string; name: string }>();
    return { accountId: location.id, displayName: location.name };
  },

  async sync(ctx, cursor) {
    const response = await api(ctx).get(`/v1/locations/${String(ctx.credentials.locationId)}/reviews`, { query: { since: cursor ?? undefined } });
    const page = await response.json<{ reviews: ApiReview[]; next_cursor: string | null }>();
    return { items: page.reviews.map(toInboundReview), nextCursor: page.next_cursor ?? cursor };
  },

  async reply(ctx, input) {
    await api(ctx).put(`/v1/reviews/${input.reviewExternalId}/reply`, { json: { text: input.text }, headers: { 'idempotency-key': input.idempotencyKey } });
    return {};
  },

  async report(ctx, input) {
    const response = await api(ctx).post(`/v1/reviews/${input.reviewExternalId}/reports`, { json: { reason: input.reason, evidence: input.evidence } });
    return { reference: (await response.json<{ id: string }>()).id };
  },

  classifyError: classifyHttpError,
};

export default definePlugin({
  name: '__PACKAGE__',
  version: '0.1.0',
  compatibility: '^1.0.0',
  description: '__DESCRIPTION__',
  configSchema: {
    type: 'object',
    required: ['baseUrl'],
    properties: { baseUrl: { type: 'string', format: 'uri', description: 'Base URL of the API.' } },
  },
  reviewSources: [__CAMEL__Reviews],
});
