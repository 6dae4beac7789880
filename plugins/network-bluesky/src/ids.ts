import { randomInt } from 'node:crypto';

export const POST_COLLECTION = 'app.bsky.feed.post';
export const THREADGATE_COLLECTION = 'app.bsky.feed.threadgate';

/** `at://<did>/<collection>/<rkey>`: how a record is named (https://atproto.com/specs/at-uri-scheme). */
export interface AtUri {
  repo: string;
  collection: string;
  rkey: string;
}

export function parseAtUri(uri: string): AtUri | null {
  const match = /^at:\/\/([^/?#]+)\/([^/?#]+)\/([^/?#]+)$/.exec(uri);
  return match ? { repo: match[1]!, collection: match[2]!, rkey: match[3]! } : null;
}

/** The post on bsky.app; the DID rather than the handle, which may change. */
export function postUrl(uri: string): string | undefined {
  const parsed = parseAtUri(uri);
  return parsed && parsed.collection === POST_COLLECTION ? `https://bsky.app/profile/${parsed.repo}/post/${parsed.rkey}` : undefined;
}

// A direct message has no AT URI: Rapport names it `chat:<convoId>:<messageId>` and its conversation `chat:<convoId>`.
const CHAT_PREFIX = 'chat:';

export function chatThreadId(convoId: string): string {
  return `${CHAT_PREFIX}${convoId}`;
}

export function chatMessageId(convoId: string, messageId: string): string {
  return `${CHAT_PREFIX}${convoId}:${messageId}`;
}

export function isChatId(externalId: string): boolean {
  return externalId.startsWith(CHAT_PREFIX);
}

/** The conversation of a `chat:` id (a message's or a conversation's). */
export function chatConvoOf(externalId: string): string | null {
  if (!isChatId(externalId)) return null;
  return externalId.slice(CHAT_PREFIX.length).split(':')[0] || null;
}

const BASE32_SORTABLE = '234567abcdefghijklmnopqrstuvwxyz';
let lastMicros = 0;
const clockId = randomInt(1024);

/**
 * A TID (timestamp identifier), the record key posts use: microseconds since 1970 and a 10-bit clock id in
 * 13 base32-sortable characters (https://atproto.com/specs/tid). Never the same twice in one process.
 */
export function nextTid(now: number = Date.now()): string {
  lastMicros = Math.max(now * 1000, lastMicros + 1);
  let value = (BigInt(lastMicros) << 10n) | BigInt(clockId);
  let tid = '';
  for (let i = 0; i < 13; i++) {
    tid = BASE32_SORTABLE[Number(value & 31n)] + tid;
    value >>= 5n;
  }
  return tid;
}
