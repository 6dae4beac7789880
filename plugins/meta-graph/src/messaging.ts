import { DriverError, isDriverError, type InboundItem, type PluginLogger } from '@rapport/plugin-sdk';
import { node, type GraphClient } from './graph.js';
import { isoOfTime, type MessagingEvent } from './webhooks.js';

/**
 * Replies through the Send API (https://developers.facebook.com/docs/messenger-platform/send-messages), used by
 * Messenger and by Instagram messaging through the Page. A business may answer within 24 hours of the person's
 * last message (`messaging_type: RESPONSE`); with the Human Agent permission, a person may answer up to 7 days
 * after it with the `HUMAN_AGENT` tag (https://developers.facebook.com/docs/messenger-platform/policy/policy-overview#human_agent).
 * Later than that the Send API refuses, so the reply is refused before it is sent, saying why.
 */
export const RESPONSE_WINDOW_MS = 24 * 3600 * 1000;
export const HUMAN_AGENT_WINDOW_MS = 7 * 24 * 3600 * 1000;

export interface MessengerReply {
  network: string;
  pageId: string;
  /** The person's page-scoped (or Instagram-scoped) id. */
  recipientId: string;
  /** The id of the person's message being answered: its time opens the window. */
  inReplyToMessageId: string;
  text: string;
  /** The app has the Human Agent permission: answer up to 7 days after, tagged HUMAN_AGENT. */
  humanAgent: boolean;
  now?: number;
}

export async function sendMessengerReply(graph: GraphClient, reply: MessengerReply): Promise<string> {
  const message = await graph.get<{ created_time?: string; from?: { id?: string } }>(node(reply.inReplyToMessageId), { fields: 'created_time,from' });
  const sentAt = message.created_time ? Date.parse(message.created_time) : Number.NaN;
  if (Number.isNaN(sentAt)) throw new DriverError(`${reply.network} did not say when the message was sent, so the messaging window cannot be checked`, 'invalid');
  const age = (reply.now ?? Date.now()) - sentAt;
  let window: { messaging_type: string; tag?: string };
  if (age <= RESPONSE_WINDOW_MS) window = { messaging_type: 'RESPONSE' };
  else if (reply.humanAgent && age <= HUMAN_AGENT_WINDOW_MS) window = { messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' };
  else {
    const hours = Math.floor(age / 3600_000);
    const limit = reply.humanAgent ? '7 days (with the Human Agent tag)' : '24 hours';
    throw new DriverError(`${reply.network} only lets a business answer within ${limit} of the person's last message; this one is ${hours} hours old`, 'invalid');
  }
  const sent = await graph.postJson<{ message_id?: string }>(`${node(reply.pageId)}/messages`, { recipient: { id: reply.recipientId }, ...window, message: { text: reply.text } });
  if (!sent.message_id) throw new DriverError(`${reply.network} accepted the message without its id`, 'fatal');
  return sent.message_id;
}

/** A Page's conversations on one platform: Messenger, or Instagram messaging through the Page. */
export interface ConversationSource {
  network: string;
  pageId: string;
  platform: 'messenger' | 'instagram';
  /** The account whose own messages are left out: the Page, or the Instagram account. */
  selfId: string;
  /** Prefix of the thread ids, which are keyed by the person. */
  threadPrefix: string;
  /** Conversations updated before this time (ms) are skipped; 0 reads them all. */
  since: number;
  limit?: number;
}

type ConversationMessage = { id: string; message?: string; created_time: string; from?: { id: string; name?: string; username?: string } };

/**
 * Messages people sent since `since` (https://developers.facebook.com/docs/graph-api/reference/page/conversations,
 * then each conversation's `messages`). A token without the messaging permission reads none (logged): the rest
 * of the channel's sync goes on.
 */
export async function conversationItems(graph: GraphClient, logger: PluginLogger, source: ConversationSource): Promise<InboundItem[]> {
  let conversations: Array<{ id: string; updated_time: string }>;
  try {
    conversations = (await graph.get<{ data?: Array<{ id: string; updated_time: string }> }>(`${node(source.pageId)}/conversations`, { platform: source.platform, fields: 'id,updated_time', limit: source.limit ?? 25 })).data ?? [];
  } catch (error) {
    if (isDriverError(error) && error.classification === 'invalid') {
      logger.debug(`${source.network} refused to list conversations; messages are not synced`, { reason: error.message });
      return [];
    }
    throw error;
  }
  const items: InboundItem[] = [];
  for (const conversation of conversations) {
    if (source.since && Date.parse(conversation.updated_time) < source.since) continue;
    // https://developers.facebook.com/docs/graph-api/reference/conversation/messages
    const messages = (await graph.get<{ data?: ConversationMessage[] }>(`${node(conversation.id)}/messages`, { fields: 'id,message,created_time,from' })).data ?? [];
    for (const message of messages) {
      const from = message.from;
      if (!from?.id || from.id === source.selfId || from.id === source.pageId) continue;
      const name = from.name ?? from.username;
      items.push({
        kind: 'direct_message',
        externalId: message.id,
        threadExternalId: `${source.threadPrefix}${from.id}`,
        author: { externalId: from.id, handle: from.username ?? from.name ?? from.id, ...(name ? { name } : {}) },
        text: message.message ?? '',
        createdAt: new Date(message.created_time).toISOString(),
      });
    }
  }
  return items;
}

/** A person's message from a `messaging` webhook event; the account's own (echoes) and other events give none. */
export function messagingEventItem(event: MessagingEvent, selfId: string, threadPrefix: string, handle: string | undefined): InboundItem | undefined {
  const message = event.message;
  if (!message || message.is_echo || event.sender.id === selfId) return undefined;
  return {
    kind: 'direct_message',
    externalId: message.mid,
    threadExternalId: `${threadPrefix}${event.sender.id}`,
    author: { externalId: event.sender.id, handle: handle ?? event.sender.id },
    text: message.text ?? (message.attachments?.length ? `[${message.attachments.map((attachment) => attachment.type).join(', ')}]` : ''),
    createdAt: isoOfTime(event.timestamp),
  };
}
