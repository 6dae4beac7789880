import { isDriverError, type DriverContext } from '@rapport/plugin-sdk';
import { node, type GraphClient } from './graph.js';

/**
 * The Page webhook fields Rapport reads (https://developers.facebook.com/docs/graph-api/webhooks/reference/page):
 * comments on the Page's posts and messages. Facebook and Instagram channels of one Page subscribe the same set,
 * as `subscribed_fields` replaces what the app had.
 */
export const PAGE_WEBHOOK_FIELDS = ['feed', 'messages'];

/**
 * Installs the app on the Page for its webhooks (https://developers.facebook.com/docs/graph-api/webhooks/getting-started/webhooks-for-pages;
 * Instagram's webhooks also need the app installed on the account's Page), once per channel. A refusal (e.g.
 * pages_manage_metadata not granted) leaves the channel on polling, which still sees comments.
 */
export async function subscribePageWebhooks(ctx: DriverContext, graph: GraphClient, pageId: string, network: string): Promise<void> {
  if (await ctx.store.get('subscribed')) return;
  try {
    await graph.post(`${node(pageId)}/subscribed_apps`, { subscribed_fields: PAGE_WEBHOOK_FIELDS.join(',') });
    await ctx.store.set('subscribed', true);
  } catch (error) {
    if (!isDriverError(error) || error.classification !== 'invalid') throw error;
    ctx.logger.warn(`${network} refused to subscribe the Page to the app's webhooks; activity arrives by polling`, { reason: error.message });
  }
}
