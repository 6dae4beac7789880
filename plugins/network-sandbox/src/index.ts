import { definePlugin } from '@rapport/plugin-sdk';
import { sandboxChannelDriver } from './channel-driver.js';
import { sandboxReviewDriver } from './review-driver.js';

export { sandboxChannelDriver } from './channel-driver.js';
export { sandboxReviewDriver } from './review-driver.js';
export { signWebhookBody, verifyWebhookSignature, SIGNATURE_HEADER } from './signature.js';

export default definePlugin({
  name: '@rapport/plugin-network-sandbox',
  version: '1.0.0',
  compatibility: '^1.0.0',
  description: 'A simulated social network and review site, for demos and tests without internet.',
  channels: [sandboxChannelDriver],
  reviewSources: [sandboxReviewDriver],
  configSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      baseUrl: { type: 'string', format: 'uri', description: 'Where the sandbox network runs, e.g. http://127.0.0.1:4010' },
      timeoutMs: { type: 'integer', minimum: 1, description: "Timeout of the host's HTTP client for this plugin" },
    },
  },
});
