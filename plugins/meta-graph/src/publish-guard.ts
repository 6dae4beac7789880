import type { KeyValueStore, PluginLogger } from '@rapport/plugin-sdk';
import { node, type GraphClient } from './graph.js';

/**
 * Publishing at most once on an API without idempotency keys. The Graph API takes no idempotency key
 * (https://developers.facebook.com/docs/graph-api/guides/error-handling: a request may fail after it took effect,
 * e.g. a timeout or code 1/2), so a publish whose answer was lost (the connection dropped, a 5xx after the post was
 * made, the worker died) would post twice when the job is retried. The guard keeps, per post target:
 * - `attempt:<key>`: when the request that may create the post was first sent (written just before it);
 * - `sent:<key>`: the id (and URL) once known; `published:<id>`: the key that owns that id.
 * A retry that finds an attempt but no id first looks among the account's recent items (the Page's posts, the
 * Instagram account's media, the Threads profile's posts) for one with exactly the same text created since the
 * attempt (less a clock-skew margin) that no other post target owns, and adopts it instead of posting again.
 *
 * Replies are guarded the same way, keyed by the reply's idempotency key: a comment reply on Facebook
 * (`POST /{comment-id}/comments`) or Instagram (`POST /{comment-id}/replies`) and a Threads reply (a container, then
 * `threads_publish`) take no idempotency key either. Their `recent` is the account's own replies under the same
 * parent (the comment's replies by the Page or account, the Threads profile's replies to the same post or reply).
 */
export interface PublishedCandidate {
  id: string;
  /** The text the network shows: a post's message, a media's caption, a Threads post's text. */
  text: string;
  /** ISO 8601, as the network dates it. */
  createdAt: string;
}

export interface GuardedPublish {
  store: KeyValueStore;
  logger?: PluginLogger;
  network: string;
  /** The publish's idempotency key (the post target, or the reply). */
  key: string;
  /** The text the published item will show. */
  text: string;
  /** The account's most recent published items, where one made by a lost attempt would be (for a reply: its own replies under the same parent). */
  recent(): Promise<PublishedCandidate[]>;
  /**
   * Publishes and returns the new item's id. `reaching()` must be awaited right before the request after which the
   * item may exist on the network (the `/feed` POST, `media_publish`, `threads_publish`, a comment reply's POST), not before steps that
   * create nothing visible (uploads, containers).
   */
  publish(reaching: () => Promise<void>): Promise<string>;
  /** The item's URL (e.g. its permalink), once its id is known; replies have none. */
  url?(id: string): string | undefined | Promise<string | undefined>;
  /** How long before the first attempt an item still counts as possibly ours (Meta's clock against ours). Default 5 minutes. */
  skewMs?: number;
}

export interface PublishOutcome {
  id: string;
  url?: string;
  /** True when a retry found the item a lost attempt had made and adopted it. */
  adopted: boolean;
}

const DEFAULT_SKEW_MS = 5 * 60_000;

/** An item of a Graph edge as `recentOnEdge` reads it: its id, its text field, its date and any other field asked for. */
export type EdgeItem = { id: string } & Record<string, any>;

export interface RecentOnEdge {
  /** The field holding the text the network shows (`text` on Threads, `caption` on Instagram). */
  textField: string;
  /** The field holding the item's ISO 8601 date. Default `timestamp`. */
  timeField?: string;
  /** How many of the newest items to read (one page). */
  limit: number;
  /** More fields to ask for, for `keep`. */
  also?: string[];
  /** Which items count (e.g. replies to the same parent only). */
  keep?: (item: EdgeItem) => boolean;
}

/**
 * The newest items of an edge (`GET /{id}/{edge}?fields=id,<text>,<time>&limit=N`, e.g. an Instagram account's
 * media or a Threads profile's posts or replies) as publish candidates: a `recent` for `publishOnce`.
 */
export async function recentOnEdge(graph: GraphClient, edge: string, { textField, timeField = 'timestamp', limit, also = [], keep = () => true }: RecentOnEdge): Promise<PublishedCandidate[]> {
  const page = await graph.get<{ data?: EdgeItem[] }>(edge, { fields: ['id', textField, timeField, ...also].join(','), limit });
  return (page.data ?? []).filter(keep).map((item) => ({ id: item.id, text: (item[textField] as string | undefined) ?? '', createdAt: item[timeField] as string }));
}

/** An object's `permalink` field, when it has one: a `url` for `publishOnce`. */
export async function permalinkOf(graph: GraphClient, id: string): Promise<string | undefined> {
  return (await graph.get<{ permalink?: string }>(node(id), { fields: 'permalink' })).permalink;
}

export async function publishOnce(job: GuardedPublish): Promise<PublishOutcome> {
  const sent = await job.store.get<{ id: string; url: string | null }>(`sent:${job.key}`);
  if (sent) return { id: sent.id, url: sent.url ?? undefined, adopted: false };
  const attempt = await job.store.get<{ at: string }>(`attempt:${job.key}`);
  if (attempt) {
    const found = await findPublished(job, Date.parse(attempt.at));
    if (found) {
      job.logger?.info(`${job.network}: a previous attempt had published this item; adopting it instead of publishing again`, { externalId: found.id });
      return remember(job, found.id, true);
    }
  }
  const id = await job.publish(async () => {
    // The earliest attempt stays: an item made by it is still in the window on every later retry.
    if (!(await job.store.get(`attempt:${job.key}`))) await job.store.set(`attempt:${job.key}`, { at: new Date().toISOString() });
  });
  return remember(job, id, false);
}

/** The oldest recent item with exactly this text, made since the attempt (less the skew), that no other post target owns. */
async function findPublished(job: GuardedPublish, attemptAt: number): Promise<PublishedCandidate | undefined> {
  const since = (Number.isNaN(attemptAt) ? 0 : attemptAt) - (job.skewMs ?? DEFAULT_SKEW_MS);
  const text = normalise(job.text);
  const matches = (await job.recent())
    .filter((item) => normalise(item.text) === text && Date.parse(item.createdAt) >= since)
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  for (const candidate of matches) {
    const owner = await job.store.get<string>(`published:${candidate.id}`);
    if (owner === undefined || owner === job.key) return candidate;
  }
  return undefined;
}

async function remember(job: GuardedPublish, id: string, adopted: boolean): Promise<PublishOutcome> {
  await job.store.set(`sent:${job.key}`, { id, url: null });
  await job.store.set(`published:${id}`, job.key);
  await job.store.delete(`attempt:${job.key}`);
  const url = await job.url?.(id);
  if (url) await job.store.set(`sent:${job.key}`, { id, url });
  return { id, url, adopted };
}

/** Line endings and surrounding blanks are not the post's text: Graph may answer with either. */
function normalise(text: string | undefined): string {
  return (text ?? '').replace(/\r\n?/g, '\n').trim();
}
