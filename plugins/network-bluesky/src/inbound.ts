import { type DriverContext, type InboundAuthor, type InboundItem, type SyncResult } from '@rapport/plugin-sdk';
import { POST_COLLECTION, chatMessageId, chatThreadId, parseAtUri } from './ids.js';
import type { ChatMessage, ConvoView, Notification, PostView, ProfileViewBasic } from './lexicon.js';
import { getPosts } from './records.js';
import { CHAT_PROXY, blueskyClient, isXrpcError, type BlueskyClient, type XrpcError } from './xrpc.js';

/**
 * Inbound activity, polled:
 * - `app.bsky.notification.listNotifications` with reasons mention, reply and quote
 *   (https://docs.bsky.app/docs/api/app-bsky-notification-list-notifications), newest first, paged with its
 *   cursor back to what the last sync saw; the posts themselves from `app.bsky.feed.getPosts` (current text, thread
 *   root, and deleted posts left out).
 * - Direct messages from the chat service through the PDS (`atproto-proxy: did:web:api.bsky.chat#bsky_chat`):
 *   `chat.bsky.convo.listConvos`, then `chat.bsky.convo.getMessages` of conversations with something new
 *   (https://docs.bsky.app/docs/api/chat-bsky-convo-list-convos). An app password made without "Allow access to
 *   your direct messages" is refused there; the channel then syncs posts only and tries DMs again every few hours.
 *
 * The cursor is Rapport's own: the newest time seen in each feed, with the ids seen at that very time.
 */

const REASONS = ['mention', 'reply', 'quote'];
/** A new channel backfills the latest notifications and conversations only. */
const BACKFILL_NOTIFICATIONS = 50;
const BACKFILL_CONVOS = 20;
const BACKFILL_MESSAGES = 20;
const PAGE_SIZE = 100;
const MAX_NOTIFICATION_PAGES = 10;
const MAX_CONVO_PAGES = 5;
const MAX_MESSAGE_PAGES = 5;
const CHAT_STATE_KEY = 'chat';
const CHAT_RECHECK_MS = 6 * 3600_000;

interface Watermark {
  at: string;
  ids: string[];
}

/** What a first sync that found nothing leaves: everything that comes later is new. */
const EVERYTHING_IS_NEW: Watermark = { at: new Date(0).toISOString(), ids: [] };

interface Cursor {
  v: 1;
  notifications: Watermark | null;
  messages: Watermark | null;
}

export async function syncInbound(ctx: DriverContext, cursorText: string | null): Promise<SyncResult<InboundItem>> {
  const cursor = parseCursor(ctx, cursorText);
  const client = blueskyClient(ctx);
  const { did } = await client.currentSession();
  const notifications = await notificationItems(ctx, client, did, cursor.notifications);
  const messages = await directMessageItems(ctx, client, did, cursor.messages);
  const items = [...notifications.items, ...messages.items].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  const next: Cursor = { v: 1, notifications: notifications.watermark, messages: messages.watermark };
  return { items, nextCursor: JSON.stringify(next) };
}

function parseCursor(ctx: DriverContext, text: string | null): Cursor {
  if (text === null) return { v: 1, notifications: null, messages: null };
  try {
    const parsed = JSON.parse(text) as Cursor;
    if (parsed.v === 1) return parsed;
  } catch {
    // Falls through to a fresh start below.
  }
  ctx.logger.warn('unreadable Bluesky sync cursor; starting again from the latest activity', { cursor: text.slice(0, 100) });
  return { v: 1, notifications: null, messages: null };
}

function isNewer(at: string, id: string, mark: Watermark | null): boolean {
  if (!mark) return true;
  const time = Date.parse(at);
  const markTime = Date.parse(mark.at);
  return time > markTime || (time === markTime && !mark.ids.includes(id));
}

function advance(mark: Watermark | null, at: string, id: string): Watermark {
  if (!mark || Date.parse(at) > Date.parse(mark.at)) return { at, ids: [id] };
  if (Date.parse(at) === Date.parse(mark.at) && !mark.ids.includes(id)) return { at: mark.at, ids: [...mark.ids, id] };
  return mark;
}

async function notificationItems(ctx: DriverContext, client: BlueskyClient, did: string, since: Watermark | null): Promise<{ items: InboundItem[]; watermark: Watermark | null }> {
  const fresh: Notification[] = [];
  let watermark = since;
  let pageCursor: string | undefined;
  const maxPages = since ? MAX_NOTIFICATION_PAGES : 1;
  for (let page = 1; page <= maxPages; page++) {
    const answer = await client.get<{ notifications: Notification[]; cursor?: string }>('app.bsky.notification.listNotifications', {
      limit: since ? PAGE_SIZE : BACKFILL_NOTIFICATIONS,
      reasons: REASONS,
      cursor: pageCursor,
    });
    const newer = answer.notifications.filter((notification) => isNewer(notification.indexedAt, notification.uri, since));
    fresh.push(...newer);
    for (const notification of newer) watermark = advance(watermark, notification.indexedAt, notification.uri);
    if (newer.length < answer.notifications.length || !answer.cursor || answer.notifications.length === 0) break;
    if (page === maxPages && since) ctx.logger.warn(`more than ${maxPages * PAGE_SIZE} Bluesky notifications since the last sync; older ones are skipped`);
    pageCursor = answer.cursor;
  }

  watermark ??= EVERYTHING_IS_NEW;
  const wanted = fresh.filter((notification) => REASONS.includes(notification.reason) && notification.author.did !== did && parseAtUri(notification.uri)?.collection === POST_COLLECTION);
  const posts = await getPosts(client, wanted.map((notification) => notification.uri));
  const found = [...new Set(wanted.map((notification) => posts.get(notification.uri)))].filter((post): post is PostView => post !== undefined);
  const threads = await commentThreads(client, found, did);
  return { items: found.map((post) => postItem(post, did, threads.get(post.uri))), watermark };
}

const isOwnThread = (post: PostView, did: string) => parseAtUri(post.record.reply?.root?.uri ?? '')?.repo === did;
/** How far up a reply chain we look for the reply that opened its branch under our post. */
const MAX_THREAD_DEPTH = 10;

/**
 * The conversation of each reply under one of our posts: the branch it belongs to, named by the reply that
 * opened it (the one answering our post directly), as comment threads are elsewhere in Rapport. So each person
 * who answers a post starts a conversation of their own, and the replies below theirs join it. Parents are
 * fetched a level at a time with getPosts; a chain broken by a deleted post joins the last reply still there.
 */
async function commentThreads(client: BlueskyClient, posts: PostView[], did: string): Promise<Map<string, string>> {
  const known = new Map(posts.map((post) => [post.uri, post]));
  /** The highest reply of the chain we know: the branch's opener once its parent is the root post. */
  const topmost = (reply: PostView): { uri: string; missingParent?: string } => {
    const seen = new Set<string>();
    let post = reply;
    for (;;) {
      seen.add(post.uri);
      const parent = post.record.reply?.parent?.uri;
      if (parent === undefined || parent === post.record.reply?.root?.uri || seen.has(parent)) return { uri: post.uri };
      const above = known.get(parent);
      if (!above) return { uri: post.uri, missingParent: parent };
      post = above;
    }
  };
  const replies = posts.filter((post) => isOwnThread(post, did));
  const asked = new Set<string>();
  for (let depth = 0; depth < MAX_THREAD_DEPTH; depth++) {
    const missing = [...new Set(replies.flatMap((reply) => topmost(reply).missingParent ?? []))].filter((uri) => !asked.has(uri));
    if (missing.length === 0) break;
    for (const uri of missing) asked.add(uri);
    // Deleted posts are not returned: those chains stay broken.
    for (const [uri, post] of await getPosts(client, missing)) known.set(uri, post);
  }
  return new Map(replies.map((reply) => [reply.uri, topmost(reply).uri]));
}

/**
 * A post that mentions, answers or quotes the account. It is a `comment` when it is a reply in a thread this
 * account started (the only kind Bluesky lets us hide, with the thread's threadgate), and then belongs to its
 * branch's conversation (`ownThread`); else a `mention`, grouped by the thread it was written in.
 */
function postItem(post: PostView, did: string, branch: string | undefined): InboundItem {
  const { record } = post;
  const root = record.reply?.root?.uri;
  const ownThread = isOwnThread(post, did);
  const quoted = quotedUri(record.embed);
  return {
    kind: ownThread ? 'comment' : 'mention',
    externalId: post.uri,
    threadExternalId: (ownThread ? branch : root) ?? post.uri,
    inReplyToExternalId: record.reply?.parent?.uri,
    postExternalId: ownThread ? root : quoted !== undefined && parseAtUri(quoted)?.repo === did ? quoted : undefined,
    author: author(post.author),
    text: typeof record.text === 'string' ? record.text : '',
    // When Bluesky saw it: a post's own createdAt is whatever its client wrote.
    createdAt: new Date(post.indexedAt).toISOString(),
  };
}

function quotedUri(embed: unknown): string | undefined {
  const { $type, record } = (embed ?? {}) as { $type?: string; record?: { uri?: unknown; record?: { uri?: unknown } } };
  if ($type === 'app.bsky.embed.record' && typeof record?.uri === 'string') return record.uri;
  if ($type === 'app.bsky.embed.recordWithMedia' && typeof record?.record?.uri === 'string') return record.record.uri;
  return undefined;
}

function author(profile: ProfileViewBasic | undefined, did?: string): InboundAuthor {
  if (!profile) return { externalId: did ?? 'unknown', handle: did ?? 'unknown' };
  return { externalId: profile.did, handle: profile.handle, name: profile.displayName || undefined, avatarUrl: profile.avatar || undefined };
}

async function directMessageItems(ctx: DriverContext, client: BlueskyClient, did: string, since: Watermark | null): Promise<{ items: InboundItem[]; watermark: Watermark | null }> {
  const state = await ctx.store.get<{ unavailable: string; checkedAt: number }>(CHAT_STATE_KEY);
  if (state && Date.now() - state.checkedAt < CHAT_RECHECK_MS) return { items: [], watermark: since };
  try {
    const result = await readDirectMessages(client, did, since);
    if (state) await ctx.store.delete(CHAT_STATE_KEY);
    return result;
  } catch (error) {
    if (!isChatRefusal(error)) throw error;
    await ctx.store.set(CHAT_STATE_KEY, { unavailable: error.error ?? `HTTP ${error.status}`, checkedAt: Date.now() });
    ctx.logger.warn(
      'Bluesky refused access to direct messages: reconnect with an app password made with "Allow access to your direct messages" to have them in the inbox; posts still sync',
      { refusal: error.error, status: error.status },
    );
    return { items: [], watermark: since };
  }
}

/** The chat service (or the PDS in front of it) refusing this token or not offering chat, as opposed to an outage. */
function isChatRefusal(error: unknown): error is XrpcError {
  return isXrpcError(error) && error.nsid.startsWith('chat.bsky.') && (error.error === 'InvalidToken' || error.status === 403 || error.status === 404 || error.status === 501);
}

async function readDirectMessages(client: BlueskyClient, did: string, since: Watermark | null): Promise<{ items: InboundItem[]; watermark: Watermark | null }> {
  const convos: ConvoView[] = [];
  let pageCursor: string | undefined;
  for (let page = 1; page <= (since ? MAX_CONVO_PAGES : 1); page++) {
    const answer = await client.get<{ convos: ConvoView[]; cursor?: string }>('chat.bsky.convo.listConvos', { limit: since ? PAGE_SIZE : BACKFILL_CONVOS, cursor: pageCursor }, { proxy: CHAT_PROXY });
    const active = answer.convos.filter((convo) => convo.lastMessage !== undefined);
    const newer = active.filter((convo) => isNewer(convo.lastMessage!.sentAt, chatMessageId(convo.id, convo.lastMessage!.id), since));
    convos.push(...newer);
    // Conversations come most recently active first: one with nothing new ends the search.
    if (newer.length < active.length || !answer.cursor) break;
    pageCursor = answer.cursor;
  }

  const items: InboundItem[] = [];
  let watermark = since;
  for (const convo of convos) {
    let messageCursor: string | undefined;
    for (let page = 1; page <= (since ? MAX_MESSAGE_PAGES : 1); page++) {
      const answer = await client.get<{ messages: ChatMessage[]; cursor?: string }>(
        'chat.bsky.convo.getMessages',
        { convoId: convo.id, limit: since ? PAGE_SIZE : BACKFILL_MESSAGES, cursor: messageCursor },
        { proxy: CHAT_PROXY },
      );
      const newer = answer.messages.filter((message) => isNewer(message.sentAt, chatMessageId(convo.id, message.id), since));
      for (const message of newer) {
        watermark = advance(watermark, message.sentAt, chatMessageId(convo.id, message.id));
        // Deleted and system messages have no text; our own messages are our replies.
        if (typeof message.text !== 'string' || !message.sender || message.sender.did === did) continue;
        items.push({
          kind: 'direct_message',
          externalId: chatMessageId(convo.id, message.id),
          threadExternalId: chatThreadId(convo.id),
          author: author(convo.members.find((member) => member.did === message.sender!.did), message.sender.did),
          text: message.text,
          createdAt: new Date(message.sentAt).toISOString(),
        });
      }
      if (newer.length < answer.messages.length || !answer.cursor) break;
      messageCursor = answer.cursor;
    }
  }
  return { items, watermark: watermark ?? EVERYTHING_IS_NEW };
}
