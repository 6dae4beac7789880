import { isDriverError, type AppWebhook, type DriverContext, type ReplyInput } from '@rapport/plugin-sdk';
import { graphClient, node, type GraphClient } from './graph.js';
import { sendMessengerReply } from './messaging.js';
import { publishOnce, type PublishedCandidate } from './publish-guard.js';
import { FACEBOOK_DEFAULTS, metaAppSettings } from './settings.js';
import { entryAccounts, hubChallenge, verifyHubSignature } from './webhooks.js';

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

/** The Graph client of a Page-based channel (Facebook, Instagram): the Page token, signed with the app secret when set. */
export function pageGraph(ctx: DriverContext, network: string): GraphClient {
  const settings = metaAppSettings(ctx.options, FACEBOOK_DEFAULTS);
  return graphClient(ctx, { network, baseUrl: settings.graphUrl, version: settings.version, accessToken: String(ctx.credentials.accessToken ?? ''), appSecret: settings.appSecret });
}

/** The app-level webhook of the Facebook app, for one webhook object (`page` or `instagram`). */
export function pageAppWebhook(object: string): AppWebhook {
  return {
    challenge: (ctx, query) => hubChallenge(query, metaAppSettings(ctx.options, FACEBOOK_DEFAULTS).webhookVerifyToken),
    verify: (ctx, request) => verifyHubSignature(metaAppSettings(ctx.options, FACEBOOK_DEFAULTS).appSecret, request),
    accounts: (_ctx, request) => entryAccounts(request, object),
  };
}

/** How a Page-based channel answers: direct-message threads by the Send API, comment threads on an edge of their top-level comment. */
export interface PageReplyTarget {
  network: string;
  pageId: string;
  /** Prefix of direct-message thread ids (keyed by the person). */
  dmThreadPrefix: string;
  /** Where an answer to a comment thread goes: Facebook's `comments`, Instagram's `replies`. */
  commentEdge: 'comments' | 'replies';
  /** Who the channel's own comments are from: the Page on Facebook, the Instagram account on Instagram. */
  selfId: string;
}

/** A comment as Facebook (`message`, `created_time`) or Instagram (`text`, `timestamp`, `username`) shows it. */
type GraphComment = { id: string; message?: string; created_time?: string; text?: string; timestamp?: string; username?: string; from?: { id?: string; username?: string } };

/** Replies already under a thread are looked at newest first on Facebook; Instagram lists them oldest first, up to this many. */
const RECENT_REPLIES = 25;
const MAX_THREAD_REPLIES = 1000;

/**
 * Answers a thread once per idempotency key: a direct message within the messaging window, or a reply under the
 * thread's top-level comment (both networks keep replies one level deep). Sent direct messages are remembered,
 * as `sentAsDirectMessage` tells: they cannot be deleted. A comment reply goes through `publishOnce`: a retry
 * after an attempt whose answer was lost adopts the channel's own reply with the same text under that comment
 * instead of answering twice.
 */
export async function replyOnPage(ctx: DriverContext, graph: GraphClient, input: ReplyInput, target: PageReplyTarget): Promise<{ externalId: string }> {
  const sent = await ctx.store.get<{ id: string }>(`sent:${input.idempotencyKey}`);
  if (sent) return { externalId: sent.id };
  const thread = input.conversationExternalId ?? input.inReplyToExternalId;
  if (thread.startsWith(target.dmThreadPrefix)) {
    const id = await sendMessengerReply(graph, {
      network: target.network,
      pageId: target.pageId,
      recipientId: thread.slice(target.dmThreadPrefix.length),
      inReplyToMessageId: input.inReplyToExternalId,
      text: input.text,
      humanAgent: ctx.options.humanAgentTag === true,
    });
    await ctx.store.set(`dm:${id}`, true);
    await ctx.store.set(`sent:${input.idempotencyKey}`, { id });
    return { externalId: id };
  }
  const edge = `${node(thread)}/${target.commentEdge}`;
  const outcome = await publishOnce({
    store: ctx.store,
    logger: ctx.logger,
    network: target.network,
    key: input.idempotencyKey,
    text: input.text,
    recent: () => ownReplies(ctx, graph, edge, target),
    publish: async (reaching) => {
      await reaching();
      return (await graph.post<{ id: string }>(edge, { message: input.text })).id;
    },
  });
  return { externalId: outcome.id };
}

/**
 * The channel's own replies under a comment: on Facebook the newest of `GET /{comment-id}/comments`
 * (https://developers.facebook.com/docs/graph-api/reference/object/comments, `order=reverse_chronological`) from the
 * Page; on Instagram `GET /{comment-id}/replies`
 * (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-comment/replies) by the
 * account (its id, or its username as the sync also recognises it).
 */
async function ownReplies(ctx: DriverContext, graph: GraphClient, edge: string, target: PageReplyTarget): Promise<PublishedCandidate[]> {
  if (target.commentEdge === 'comments') {
    const page = await graph.get<{ data?: GraphComment[] }>(edge, { fields: 'id,message,created_time,from{id}', order: 'reverse_chronological', limit: RECENT_REPLIES });
    return (page.data ?? []).filter((comment) => comment.from?.id === target.selfId).map((comment) => ({ id: comment.id, text: comment.message ?? '', createdAt: comment.created_time ?? '' }));
  }
  const username = await ctx.store.get<string>('username');
  const replies = await graph.list<GraphComment>(edge, { fields: 'id,text,timestamp,username,from{id,username}' }, MAX_THREAD_REPLIES);
  return replies
    .filter((reply) => reply.from?.id === target.selfId || (username !== undefined && (reply.username ?? reply.from?.username) === username))
    .map((reply) => ({ id: reply.id, text: reply.text ?? '', createdAt: reply.timestamp ?? '' }));
}

/** Whether this id is a direct message `replyOnPage` sent. */
export async function sentAsDirectMessage(ctx: DriverContext, externalId: string): Promise<boolean> {
  return Boolean(await ctx.store.get(`dm:${externalId}`));
}
