/**
 * Post text as Bluesky measures and annotates it.
 *
 * - Length: `app.bsky.feed.post` text holds at most 300 graphemes (user-perceived characters, counted with
 *   Intl.Segmenter) and 3000 UTF-8 bytes.
 * - Rich text: links, mentions and hashtags are "facets" that point at UTF-8 byte ranges of the text
 *   (inclusive start, exclusive end), not at JavaScript (UTF-16) indexes:
 *   https://docs.bsky.app/docs/advanced-guides/post-richtext
 */

export const MAX_POST_GRAPHEMES = 300;
export const MAX_POST_BYTES = 3000;
/** chat.bsky.convo messageInput: 1000 graphemes, 10000 bytes. */
export const MAX_MESSAGE_GRAPHEMES = 1000;
export const MAX_MESSAGE_BYTES = 10000;
/** app.bsky.richtext.facet#tag: at most 64 graphemes, without the '#'. */
const MAX_TAG_GRAPHEMES = 64;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function graphemeLength(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count++;
  return count;
}

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export type FacetFeature = { type: 'link'; uri: string } | { type: 'mention'; handle: string } | { type: 'tag'; tag: string };

/** A facet found in the text, before mentions are resolved to DIDs. Offsets are UTF-8 bytes. */
export interface DetectedFacet {
  byteStart: number;
  byteEnd: number;
  feature: FacetFeature;
}

interface Span {
  start: number;
  end: number;
  feature: FacetFeature;
}

// A handle is a domain name: labels of letters, digits and inner hyphens, the last one starting with a letter.
const LABEL = '[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?';
const MENTION = new RegExp(`(^|[\\s(])@(${LABEL}(?:\\.${LABEL})+)`, 'g');
const LINK = /(^|[\s(])(https?:\/\/[^\s]+)/gi;
// '#' or the full-width '＃' after a space or the start, then anything up to the next space.
const TAG = /(^|\s)[#＃](\S+)/gu;
// Soft hyphen, zero-width spaces and joiners, word joiner, the keycap's enclosing marks and variation selector end a tag.
const TAG_END = /[\u00AD\u200A-\u200D\u2060\u20E2\u20E3\uFE0F]/u;

/**
 * Finds links (http and https URLs), mentions (`@handle.domain`) and hashtags in `text`, in order, with the
 * UTF-8 byte range each covers. Bare domains (`example.com`) are left as text: only a URL with its scheme
 * becomes a link, so nothing is linked by guesswork.
 */
export function detectFacets(text: string): DetectedFacet[] {
  const spans: Span[] = [...findLinks(text), ...findMentions(text), ...findTags(text)].sort((a, b) => a.start - b.start);
  const kept: Span[] = [];
  for (const span of spans) {
    if (kept.length > 0 && span.start < kept[kept.length - 1]!.end) continue;
    kept.push(span);
  }
  return kept.map((span) => ({ byteStart: utf8Length(text.slice(0, span.start)), byteEnd: utf8Length(text.slice(0, span.end)), feature: span.feature }));
}

function findLinks(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(LINK)) {
    const start = match.index + match[1]!.length;
    let uri = match[2]!;
    // Punctuation that ends a sentence, or a bracket closing around the link, is not part of it.
    while (/[.,;:!?'"]$/.test(uri) || (uri.endsWith(')') && !uri.includes('('))) uri = uri.slice(0, -1);
    if (!URL.canParse(uri) || new URL(uri).hostname === '') continue;
    spans.push({ start, end: start + uri.length, feature: { type: 'link', uri } });
  }
  return spans;
}

function findMentions(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(MENTION)) {
    const handle = match[2]!;
    const start = match.index + match[1]!.length;
    const after = text[start + 1 + handle.length];
    // "@ana.bsky.social-team" or "@ana.bsky.social_x" is not that handle.
    if (after !== undefined && /[\w-]/.test(after)) continue;
    if (!/^[a-zA-Z]/.test(handle.slice(handle.lastIndexOf('.') + 1))) continue;
    spans.push({ start, end: start + 1 + handle.length, feature: { type: 'mention', handle: handle.toLowerCase() } });
  }
  return spans;
}

function findTags(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(TAG)) {
    // Trailing punctuation is not part of the tag ("#sale!" tags "sale").
    const tag = match[2]!.split(TAG_END)[0]!.replace(/\p{P}+$/u, '');
    // A keycap (#️⃣), a number (#1) or punctuation alone is not a tag.
    if (tag === '' || !/[^\d\p{P}]/u.test(tag)) continue;
    if (graphemeLength(tag) > MAX_TAG_GRAPHEMES) continue;
    const start = match.index + match[1]!.length;
    spans.push({ start, end: start + 1 + tag.length, feature: { type: 'tag', tag } });
  }
  return spans;
}
