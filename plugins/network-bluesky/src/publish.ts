import { DriverError, isHttpError, isNetworkError, isOutboundBlockedError, type DriverContext, type HttpResponse, type MediaAttachment } from '@rapport/plugin-sdk';
import { summarisePage } from './card.js';
import { POST_COLLECTION, nextTid } from './ids.js';
import type { BlobRef, Facet, PostEmbed, PostRecord, StrongRef } from './lexicon.js';
import { getPosts, getRecord } from './records.js';
import { MAX_POST_BYTES, MAX_POST_GRAPHEMES, detectFacets, graphemeLength, utf8Length } from './text.js';
import { blueskyClient, isXrpcError, type BlueskyClient } from './xrpc.js';

/**
 * Posting, as https://docs.bsky.app/docs/advanced-guides/posts describes it: an `app.bsky.feed.post` record
 * written with `com.atproto.repo.createRecord`, with rich-text facets, images uploaded with
 * `com.atproto.repo.uploadBlob`, a link card (`app.bsky.embed.external`) for the first link of a post without
 * images, and `reply.root` / `reply.parent` strong references for replies.
 */

export const MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'];
export const MAX_IMAGES = 4;
/** app.bsky.embed.images: each image blob at most 1,000,000 bytes (also the limit of a link card's thumbnail). */
const MAX_IMAGE_BYTES = 1_000_000;
const CARD_FETCH_TIMEOUT_MS = 5_000;

export interface PostDraft {
  /** Stable per post or reply: a second call with it finds the first record instead of writing another. */
  idempotencyKey: string;
  text: string;
  media: MediaAttachment[];
  reply?: { root: StrongRef; parent: StrongRef };
}

/** Refuses what Bluesky would: over 300 graphemes or 3000 bytes, too many images, nothing to post. */
export function checkPostText(text: string, mediaCount: number): void {
  const length = graphemeLength(text);
  if (length > MAX_POST_GRAPHEMES) throw new DriverError(`the text is ${length} characters (graphemes); Bluesky takes at most ${MAX_POST_GRAPHEMES}`, 'invalid');
  const bytes = utf8Length(text);
  if (bytes > MAX_POST_BYTES) throw new DriverError(`the text is ${bytes} bytes in UTF-8; Bluesky takes at most ${MAX_POST_BYTES}`, 'invalid');
  if (mediaCount > MAX_IMAGES) throw new DriverError(`${mediaCount} images attached; Bluesky takes at most ${MAX_IMAGES}`, 'invalid');
  if (text.trim() === '' && mediaCount === 0) throw new DriverError('a post needs text or an image', 'invalid');
}

/**
 * Writes the post once per idempotency key: its record key (a TID) is kept in the plugin store before the
 * record is written, so a retry after a crash or a lost answer finds the record with getRecord.
 */
export async function createPost(ctx: DriverContext, draft: PostDraft): Promise<StrongRef> {
  checkPostText(draft.text, draft.media.length);
  const client = blueskyClient(ctx);
  const { did } = await client.currentSession();
  const key = `post:${draft.idempotencyKey}`;
  const pending = await ctx.store.get<{ rkey: string }>(key);
  if (pending) {
    const existing = await getRecord(client, did, POST_COLLECTION, pending.rkey);
    if (existing) return { uri: existing.uri, cid: existing.cid };
  }
  const rkey = pending?.rkey ?? nextTid();
  if (!pending) await ctx.store.set(key, { rkey });

  const facets = await resolveFacets(client, draft.text);
  const embed = draft.media.length > 0 ? await imagesEmbed(ctx, client, draft.media) : await linkCard(ctx, client, facets);
  const record: PostRecord = {
    $type: POST_COLLECTION,
    text: draft.text,
    createdAt: new Date().toISOString(),
    ...(facets.length > 0 ? { facets } : {}),
    ...(draft.reply ? { reply: draft.reply } : {}),
    ...(embed ? { embed } : {}),
  };
  const written = await client.post<StrongRef>('com.atproto.repo.createRecord', { repo: did, collection: POST_COLLECTION, rkey, record });
  return { uri: written.uri, cid: written.cid };
}

/** The strong references a reply to `parentUri` needs: its thread's root (the parent's own root, or the parent) and the parent. */
export async function replyRefs(ctx: DriverContext, parentUri: string): Promise<{ root: StrongRef; parent: StrongRef }> {
  const parent = (await getPosts(blueskyClient(ctx), [parentUri])).get(parentUri);
  if (!parent) throw new DriverError(`the post to answer (${parentUri}) no longer exists`, 'invalid');
  const parentRef = { uri: parent.uri, cid: parent.cid };
  return { root: parent.record.reply?.root ?? parentRef, parent: parentRef };
}

/**
 * Facets with mentions resolved to DIDs (`com.atproto.identity.resolveHandle`). A handle that does not
 * resolve stays plain text, as in Bluesky's app; any other failure (outage, rate limit) fails the post.
 */
export async function resolveFacets(client: BlueskyClient, text: string): Promise<Facet[]> {
  const dids = new Map<string, string | null>();
  const facets: Facet[] = [];
  for (const { byteStart, byteEnd, feature } of detectFacets(text)) {
    const index = { byteStart, byteEnd };
    if (feature.type === 'link') facets.push({ index, features: [{ $type: 'app.bsky.richtext.facet#link', uri: feature.uri }] });
    else if (feature.type === 'tag') facets.push({ index, features: [{ $type: 'app.bsky.richtext.facet#tag', tag: feature.tag }] });
    else {
      if (!dids.has(feature.handle)) dids.set(feature.handle, await resolveHandle(client, feature.handle));
      const did = dids.get(feature.handle);
      if (did) facets.push({ index, features: [{ $type: 'app.bsky.richtext.facet#mention', did }] });
    }
  }
  return facets;
}

async function resolveHandle(client: BlueskyClient, handle: string): Promise<string | null> {
  try {
    return (await client.get<{ did: string }>('com.atproto.identity.resolveHandle', { handle })).did;
  } catch (error) {
    if (isXrpcError(error) && error.classification === 'invalid') return null;
    throw error;
  }
}

async function imagesEmbed(ctx: DriverContext, client: BlueskyClient, media: MediaAttachment[]): Promise<PostEmbed> {
  const images: Array<{ image: BlobRef; alt: string }> = [];
  for (const [index, item] of media.entries()) {
    const what = `image ${index + 1}`;
    if (!MEDIA_TYPES.includes(item.mimeType)) throw new DriverError(`${what} is ${item.mimeType}; Bluesky takes ${MEDIA_TYPES.join(', ')}`, 'invalid');
    const { bytes } = imageOf(what, await download(ctx, item.url, what));
    images.push({ image: await client.uploadBlob(bytes, item.mimeType), alt: item.altText ?? '' });
  }
  return { $type: 'app.bsky.embed.images', images };
}

/**
 * A card for the post's first link, from the page's Open Graph tags, with its image as thumbnail. Best effort:
 * a page that cannot be fetched (the outbound guard included) or says nothing gives no card, and the post goes
 * out without one.
 */
async function linkCard(ctx: DriverContext, client: BlueskyClient, facets: Facet[]): Promise<PostEmbed | undefined> {
  const uri = facets.flatMap((facet) => facet.features).find((feature) => feature.$type === 'app.bsky.richtext.facet#link');
  if (!uri || uri.$type !== 'app.bsky.richtext.facet#link') return undefined;
  let summary;
  try {
    const page = await ctx.http.get(uri.uri, { headers: { accept: 'text/html,application/xhtml+xml' }, timeoutMs: CARD_FETCH_TIMEOUT_MS });
    summary = /html/i.test(page.headers['content-type'] ?? 'text/html') ? summarisePage(page.text, uri.uri) : null;
  } catch (error) {
    ctx.logger.info('no link card: the page could not be fetched', { url: uri.uri, reason: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
  if (!summary) return undefined;
  let thumb: BlobRef | undefined;
  if (summary.image) {
    try {
      const image = imageOf('the card image', await download(ctx, summary.image, 'the card image'));
      thumb = await client.uploadBlob(image.bytes, image.mimeType ?? 'image/jpeg');
    } catch (error) {
      if (isXrpcError(error)) throw error;
      ctx.logger.info('link card without image: it could not be fetched', { url: summary.image, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { $type: 'app.bsky.embed.external', external: { uri: uri.uri, title: summary.title, description: summary.description, ...(thumb ? { thumb } : {}) } };
}

/** Downloads media through the host's client (outbound guard and all), with no Bluesky credentials attached. */
async function download(ctx: DriverContext, url: string, what: string): Promise<HttpResponse> {
  if (!/^https?:\/\//i.test(url)) throw new DriverError(`${what} has no http(s) URL`, 'invalid');
  try {
    return await ctx.http.get(url, { headers: { accept: 'image/*' } });
  } catch (error) {
    if (isOutboundBlockedError(error)) throw new DriverError(`${what} may not be fetched: ${error.message}`, 'invalid', { cause: error });
    if (isHttpError(error)) {
      const transient = error.status === 429 || error.status === 408 || error.status >= 500;
      throw new DriverError(`${what} could not be downloaded (HTTP ${error.status})`, transient ? 'retry' : 'invalid', { cause: error, retryAfterSeconds: error.retryAfter });
    }
    if (isNetworkError(error)) throw new DriverError(`${what} could not be downloaded (${error.timedOut ? 'no answer in time' : 'could not connect'})`, 'retry', { cause: error });
    throw error;
  }
}

function imageOf(what: string, response: HttpResponse): { bytes: Buffer; mimeType: string | undefined } {
  const type = response.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (type && !type.startsWith('image/')) throw new DriverError(`${what} is not an image (${type})`, 'invalid');
  if (response.bytes.length > MAX_IMAGE_BYTES) throw new DriverError(`${what} is ${response.bytes.length} bytes; Bluesky takes at most ${MAX_IMAGE_BYTES}`, 'invalid');
  return { bytes: response.bytes, mimeType: type };
}
