import { definePlugin } from '@rapport/plugin-sdk';
import { configSchema } from './api.js';
import { googleBusinessDriver } from './driver.js';

export { googleBusinessDriver, MAX_REPLY_BYTES } from './driver.js';
export { googleBusinessOAuth } from './oauth.js';
export { toInboundReview } from './reviews.js';
export { BUSINESS_MANAGE_SCOPE, DEFAULT_URLS } from './api.js';

export default definePlugin({
  name: '@rapport/plugin-review-google-business',
  version: '1.0.0',
  compatibility: '^1.0.0',
  description: 'Google Business Profile reviews: connect by consent and choose locations, backfill and sync by updateTime, reply and delete replies, Pub/Sub push notifications.',
  configSchema,
  reviewSources: [googleBusinessDriver],
});
