import { DriverError, type DriverContext, type ReplyInput } from '@rapport/plugin-sdk';
import { chatConvoOf, chatMessageId } from './ids.js';
import type { ChatMessage } from './lexicon.js';
import { resolveFacets } from './publish.js';
import { MAX_MESSAGE_BYTES, MAX_MESSAGE_GRAPHEMES, graphemeLength, utf8Length } from './text.js';
import { CHAT_PROXY, blueskyClient, type BlueskyClient } from './xrpc.js';

/** How far back a retried send looks for the message it may already have sent. */
const RESEND_LOOKBACK_MS = 5_000;

interface PendingMessage {
  convoId: string;
  /** When the first attempt started (ISO). */
  since: string;
  messageId?: string;
}

/**
 * Answers a direct message with `chat.bsky.convo.sendMessage` (https://docs.bsky.app/docs/api/chat-bsky-convo-send-message).
 * The chat service takes no idempotency key, so the attempt is noted in the plugin store first: a retry returns
 * the message already sent, or finds it among the conversation's latest messages (same sender and text, sent
 * after the first attempt) before sending again.
 */
export async function sendDirectMessage(ctx: DriverContext, input: ReplyInput): Promise<{ externalId: string }> {
  const convoId = chatConvoOf(input.conversationExternalId ?? '') ?? chatConvoOf(input.inReplyToExternalId);
  if (!convoId) throw new DriverError(`${input.inReplyToExternalId} is not a Bluesky direct message`, 'invalid');
  const length = graphemeLength(input.text);
  if (length > MAX_MESSAGE_GRAPHEMES) throw new DriverError(`the message is ${length} characters (graphemes); Bluesky takes at most ${MAX_MESSAGE_GRAPHEMES}`, 'invalid');
  if (utf8Length(input.text) > MAX_MESSAGE_BYTES) throw new DriverError(`the message is over ${MAX_MESSAGE_BYTES} bytes in UTF-8, Bluesky's limit`, 'invalid');

  const client = blueskyClient(ctx);
  const { did } = await client.currentSession();
  const key = `dm:${input.idempotencyKey}`;
  const pending = await ctx.store.get<Record<string, string>>(key) as PendingMessage | undefined;
  if (pending?.messageId) return { externalId: chatMessageId(pending.convoId, pending.messageId) };
  const attempt: PendingMessage = pending ?? { convoId, since: new Date().toISOString() };
  if (pending) {
    const sent = await findSent(client, did, attempt, input.text);
    if (sent) return remember(ctx, key, attempt, sent);
  } else {
    await ctx.store.set(key, { ...attempt });
  }
  const facets = await resolveFacets(client, input.text);
  const message = await client.post<ChatMessage>(
    'chat.bsky.convo.sendMessage',
    { convoId: attempt.convoId, message: { text: input.text, ...(facets.length > 0 ? { facets } : {}) } },
    { proxy: CHAT_PROXY },
  );
  return remember(ctx, key, attempt, message.id);
}

async function remember(ctx: DriverContext, key: string, attempt: PendingMessage, messageId: string): Promise<{ externalId: string }> {
  await ctx.store.set(key, { ...attempt, messageId });
  return { externalId: chatMessageId(attempt.convoId, messageId) };
}

async function findSent(client: BlueskyClient, did: string, attempt: PendingMessage, text: string): Promise<string | undefined> {
  const { messages } = await client.get<{ messages: ChatMessage[] }>('chat.bsky.convo.getMessages', { convoId: attempt.convoId, limit: 50 }, { proxy: CHAT_PROXY });
  const after = Date.parse(attempt.since) - RESEND_LOOKBACK_MS;
  return messages.find((message) => message.sender?.did === did && message.text === text && Date.parse(message.sentAt) >= after)?.id;
}
