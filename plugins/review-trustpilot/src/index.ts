import { definePlugin } from '@rapport/plugin-sdk';
import { configSchema } from './api.js';
import { trustpilotDriver } from './driver.js';

export { trustpilotDriver, MAX_REPLY_LENGTH } from './driver.js';
export { trustpilotOAuth } from './oauth.js';
export { webhookPasswordOf } from './webhook.js';

export default definePlugin({
  name: '@rapport/plugin-review-trustpilot',
  version: '1.0.0',
  compatibility: '^1.0.0',
  description: 'Trustpilot: service reviews of a business unit, connected with an API key or by consent; backfill, revisions, replies, review webhooks.',
  configSchema,
  reviewSources: [trustpilotDriver],
});
