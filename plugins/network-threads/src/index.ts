import { metaAppOptions } from '@rapport/meta-graph';
import { definePlugin } from '@rapport/plugin-sdk';
import { REPLY_CONTROLS, threadsDriver } from './driver.js';

export { threadsDriver, threadsOAuth, credentialsSchema, countThreadsCharacters, REPLY_CONTROLS, THREADS_SCOPES, MAX_CHARACTERS } from './driver.js';


export default definePlugin({
  name: '@rapport/plugin-network-threads',
  version: '1.0.0',
  compatibility: '^1.0.0',
  description: 'Threads: a profile connected by Threads OAuth; text, images, videos and carousels with reply_control; replies and mentions from the app webhook and polling, answered, hidden and shown.',
  configSchema: {
    type: 'object',
    properties: {
      ...metaAppOptions,
      appId: { type: 'string', pattern: '^[0-9]+$', description: 'The Threads app id (App Dashboard > Use cases > Access the Threads API > Settings); needed to connect profiles by consent.' },
      appSecret: { type: 'string', minLength: 1, description: 'The Threads app secret: checks the signature (X-Hub-Signature-256) of Threads webhooks.' },
      webhookVerifyToken: { type: 'string', minLength: 8, description: 'The Verify Token typed when subscribing the Threads webhooks callback URL.' },
      graphApiVersion: { type: 'string', pattern: '^v[0-9]+\\.[0-9]+$', description: 'Threads API version, v1.0 by default.' },
      replyControl: { type: 'string', enum: REPLY_CONTROLS, description: 'Who may reply to published posts. Default everyone.' },
    },
    additionalProperties: false,
  },
  channels: [threadsDriver],
});
