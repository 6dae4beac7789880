import { classifyHttpError, type ReviewSourceDriver } from '@rapport/plugin-sdk';
import { credentialsSchema, google, googleApi, locationOf, resourcePath, reviewsApi, urlsOf } from './api.js';
import { googleBusinessOAuth, LOCATION_READ_MASK, type GoogleLocation } from './oauth.js';
import { parsePush, verifyPush } from './pubsub.js';
import { syncReviews } from './reviews.js';

/**
 * The longest reply Google takes: `ReviewReply.comment` is "plain text with markups. The maximum length is 4096
 * bytes" (https://developers.google.com/my-business/reference/rest/v4/accounts.locations.reviews#ReviewReply),
 * bytes of UTF-8, so a reply in another script is shorter in characters.
 */
export const MAX_REPLY_BYTES = 4096;

/** Google Business Profile (Google Maps and Search) reviews of one location. */
export const googleBusinessDriver: ReviewSourceDriver = {
  code: 'google-business',
  displayName: 'Google Business Profile',
  description: 'Reviews of a business location on Google Maps and Search, connected by consent; replies, and push notifications through Pub/Sub.',
  ratingScale: { min: 1, max: 5 },
  credentialsSchema,
  // Google offers no API to flag or report a review (owners do it by hand in the Business Profile), so no report.
  capabilities: { reply: true, deleteReply: true, report: false, webhooks: true },
  replyLimits: { maxLength: MAX_REPLY_BYTES, maxBytes: MAX_REPLY_BYTES },
  oauth: googleBusinessOAuth,

  /** The location by its Business Information record (locations.get), which the token must be allowed to read. */
  async verifyCredentials(ctx) {
    const location = locationOf(ctx);
    const information = googleApi(ctx.http, urlsOf(ctx.options).businessInformationUrl, String(ctx.credentials.accessToken));
    const path = `/v1/${resourcePath(location.replace(/^accounts\/[^/]+\//, ''))}`;
    const found = (await google('Reading the location', () => information.get(path, { query: { readMask: LOCATION_READ_MASK } }))).json<GoogleLocation>();
    return { accountId: location, displayName: found.title || location, ...(found.metadata?.mapsUri ? { url: found.metadata.mapsUri } : {}) };
  },

  sync: syncReviews,

  /** updateReply: `PUT …/reviews/{id}/reply` with `{ comment }`; it replaces any reply, so sending again is harmless. */
  async reply(ctx, input) {
    const path = `/v4/${resourcePath(`${locationOf(ctx)}/reviews/${input.reviewExternalId}`)}/reply`;
    await google('Replying to a review', () => reviewsApi(ctx).put(path, { json: { comment: input.text } }));
    return {};
  },

  /** deleteReply: `DELETE …/reviews/{id}/reply`; a reply already gone (404) counts as deleted. */
  async deleteReply(ctx, reviewExternalId) {
    const path = `/v4/${resourcePath(`${locationOf(ctx)}/reviews/${reviewExternalId}`)}/reply`;
    try {
      await google('Deleting a reply', () => reviewsApi(ctx).delete(path));
    } catch (error) {
      if ((error as { cause?: { status?: number } }).cause?.status !== 404) throw error;
    }
  },

  verifyWebhook: verifyPush,
  parseWebhook: parsePush,
  classifyError: classifyHttpError,
};
