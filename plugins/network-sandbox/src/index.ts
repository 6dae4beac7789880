import { join } from 'node:path';
import { definePlugin } from '@rapport/plugin-sdk';
import { sandboxChannelDriver } from './channel-driver.js';
import { sandboxReviewDriver } from './review-driver.js';
import { startSandboxNetwork } from './sandbox-server.js';

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
      embedded: { type: 'boolean', description: 'Run the sandbox network inside the Rapport process, listening at baseUrl (for npm start demos)' },
    },
  },
  async start({ options, logger, stateDir }) {
    if (options.embedded !== true) return;
    const at = new URL(typeof options.baseUrl === 'string' ? options.baseUrl : 'http://127.0.0.1:4010');
    // Kept across restarts: Rapport keeps its sync cursors, so a sandbox starting empty would reuse ids and hide new activity.
    const stateFile = join(stateDir, 'sandbox-network.json');
    const network = await startSandboxNetwork({ host: at.hostname, port: Number(at.port || 80), stateFile, onWarning: (message) => logger.warn(message) });
    logger.info(`sandbox network listening on ${network.url} (access token: ${network.accessToken}, state in ${stateFile})`);
    return { stop: () => network.close() };
  },
});
