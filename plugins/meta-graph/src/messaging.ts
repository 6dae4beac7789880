import { DriverError } from '@rapport/plugin-sdk';
import { node, type GraphClient } from './graph.js';

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
