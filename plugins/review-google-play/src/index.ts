import { definePlugin } from '@rapport/plugin-sdk';
import { configSchema } from './api.js';
import { googlePlayDriver } from './driver.js';

export { googlePlayDriver, toInboundReview, MAX_REPLY_LENGTH } from './driver.js';
export { ANDROID_PUBLISHER_SCOPE, DEFAULT_URLS } from './api.js';

export default definePlugin({
  name: '@rapport/plugin-review-google-play',
  version: '1.0.0',
  compatibility: '^1.0.0',
  description: 'Google Play app reviews: a service account, reviews with app version and device kept beyond the week the API shows, replies within 350 characters.',
  configSchema,
  reviewSources: [googlePlayDriver],
});
