import { definePlugin } from '@rapport/plugin-sdk';
import { configSchema } from './api.js';
import { mastodonDriver } from './driver.js';

export { mastodonDriver, countCharacters, splitContentWarning, DEFAULT_LIMITS } from './driver.js';
export { mastodonOAuth, MASTODON_SCOPES } from './oauth.js';
export { htmlToText } from './html.js';

export default definePlugin({
  name: '@rapport/plugin-network-mastodon',
  version: '1.0.0',
  compatibility: '^1.0.0',
  description: 'Mastodon: any server, connected by OAuth; statuses with media, content warnings and visibility; mentions, replies and direct messages.',
  configSchema,
  channels: [mastodonDriver],
});
