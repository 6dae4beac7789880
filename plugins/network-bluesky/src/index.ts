import { definePlugin } from '@rapport/plugin-sdk';
import { blueskyChannelDriver } from './channel-driver.js';

export { blueskyChannelDriver, credentialsSchema } from './channel-driver.js';
export { detectFacets, graphemeLength, utf8Length, type DetectedFacet, type FacetFeature } from './text.js';
export { BLUESKY_SCOPES, blueskyOAuth } from './oauth.js';
export { CHAT_PROXY, DEFAULT_PDS_URL, XrpcError, isXrpcError } from './xrpc.js';

export default definePlugin({
  name: '@rapport/plugin-network-bluesky',
  version: '1.0.0',
  compatibility: '^1.0.0',
  description: 'Bluesky (AT Protocol): connect an account by OAuth (DPoP-bound tokens) or with an app password; publish, answer, hide replies; mentions, replies, quotes and DMs in the inbox.',
  channels: [blueskyChannelDriver],
  configSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      pdsUrl: { type: 'string', format: 'uri', description: 'The PDS (or entryway) accounts sign in to unless their credentials say otherwise; default https://bsky.social' },
      handleResolverUrl: { type: 'string', format: 'uri', description: 'Where handles are resolved to DIDs (com.atproto.identity.resolveHandle) when connecting by OAuth; default pdsUrl' },
      plcDirectoryUrl: { type: 'string', format: 'uri', description: 'The PLC directory that serves did:plc documents; default https://plc.directory' },
      clientName: { type: 'string', minLength: 1, description: 'The app name Bluesky shows on its consent screen (client metadata client_name); default Rapport' },
      clientUri: { type: 'string', format: 'uri', description: "Your site, shown on Bluesky's consent screen (client metadata client_uri)" },
      timeoutMs: { type: 'integer', minimum: 1, description: "Timeout of the host's HTTP client for this plugin" },
    },
  },
});
