import { definePlugin } from '@rapport/plugin-sdk';
import { blueskyChannelDriver } from './channel-driver.js';

export { blueskyChannelDriver, credentialsSchema } from './channel-driver.js';
export { detectFacets, graphemeLength, utf8Length, type DetectedFacet, type FacetFeature } from './text.js';
export { CHAT_PROXY, DEFAULT_PDS_URL, XrpcError, isXrpcError } from './xrpc.js';

export default definePlugin({
  name: '@rapport/plugin-network-bluesky',
  version: '1.0.0',
  compatibility: '^1.0.0',
  description: 'Bluesky (AT Protocol): connect an account with an app password; publish, answer, hide replies; mentions, replies, quotes and DMs in the inbox.',
  channels: [blueskyChannelDriver],
  configSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      pdsUrl: { type: 'string', format: 'uri', description: 'The PDS (or entryway) accounts sign in to unless their credentials say otherwise; default https://bsky.social' },
      timeoutMs: { type: 'integer', minimum: 1, description: "Timeout of the host's HTTP client for this plugin" },
    },
  },
});
