import { metaAppOptions } from '@rapport/meta-graph';
import { definePlugin } from '@rapport/plugin-sdk';
import { facebookDriver } from './driver.js';

export { facebookDriver, credentialsSchema, firstLink, FACEBOOK_SCOPES } from './driver.js';

export default definePlugin({
  name: '@rapport/plugin-network-facebook',
  version: '1.0.0',
  compatibility: '^1.0.0',
  description: 'Facebook Pages: connected by Facebook Login; posts with links and photos; comments answered, hidden and deleted; Messenger within the messaging window.',
  configSchema: {
    type: 'object',
    properties: {
      ...metaAppOptions,
      humanAgentTag: {
        type: 'boolean',
        description: 'The app has the Human Agent permission: people may answer Messenger conversations up to 7 days after the last message (HUMAN_AGENT tag) instead of 24 hours. Default false.',
      },
    },
    additionalProperties: false,
  },
  channels: [facebookDriver],
});
