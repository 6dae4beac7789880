import { metaAppOptions } from '@rapport/meta-graph';
import { definePlugin } from '@rapport/plugin-sdk';
import { instagramDriver } from './driver.js';

export { instagramDriver, credentialsSchema, INSTAGRAM_SCOPES } from './driver.js';

export default definePlugin({
  name: '@rapport/plugin-network-instagram',
  version: '1.0.0',
  compatibility: '^1.0.0',
  description: 'Instagram professional accounts through their Facebook Page: photos, reels and carousels by media containers; comments answered, hidden and deleted; direct messages within the messaging window.',
  configSchema: {
    type: 'object',
    properties: {
      ...metaAppOptions,
      humanAgentTag: {
        type: 'boolean',
        description: 'The app has the Human Agent permission: people may answer direct messages up to 7 days after the last message (HUMAN_AGENT tag) instead of 24 hours. Default false.',
      },
    },
    additionalProperties: false,
  },
  channels: [instagramDriver],
});
