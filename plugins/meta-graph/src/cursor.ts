import type { InboundItem } from '@rapport/plugin-sdk';

/**
 * A polling position by time: Graph lists comments and messages by time, not by a position one can resume, so
 * the cursor is the newest time synced and the ids synced at that very time (items that share a second with it
 * are neither lost nor repeated).
 */
export interface TimeCursor {
  since: string | null;
  seen: string[];
}

export function readTimeCursor(cursor: string | null): TimeCursor {
  if (!cursor) return { since: null, seen: [] };
  try {
    const parsed = JSON.parse(cursor) as Partial<TimeCursor>;
    return { since: typeof parsed.since === 'string' ? parsed.since : null, seen: Array.isArray(parsed.seen) ? parsed.seen.filter((id) => typeof id === 'string') : [] };
  } catch {
    return { since: null, seen: [] };
  }
}

/** Whether an item at this time is after the cursor. */
export function isAfter(cursor: TimeCursor, createdAt: string, externalId: string): boolean {
  if (!cursor.since) return true;
  const time = Date.parse(createdAt);
  const since = Date.parse(cursor.since);
  return time > since || (time === since && !cursor.seen.includes(externalId));
}

/** The new items, oldest first, and the cursor after them (the same cursor when there are none). */
export function advanceTimeCursor(cursor: TimeCursor, items: InboundItem[]): { items: InboundItem[]; nextCursor: string } {
  const fresh = items.filter((item) => isAfter(cursor, item.createdAt, item.externalId)).sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  const unique = [...new Map(fresh.map((item) => [item.externalId, item])).values()];
  const last = unique.at(-1);
  if (!last) return { items: [], nextCursor: JSON.stringify(cursor) };
  const since = new Date(last.createdAt).toISOString();
  const sameTime = unique.filter((item) => Date.parse(item.createdAt) === Date.parse(since)).map((item) => item.externalId);
  const seen = cursor.since && Date.parse(cursor.since) === Date.parse(since) ? [...cursor.seen, ...sameTime] : sameTime;
  return { items: unique, nextCursor: JSON.stringify({ since, seen }) };
}
