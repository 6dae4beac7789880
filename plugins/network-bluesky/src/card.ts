/** What a link card shows, read from the page's Open Graph tags (or its <title>). */
export interface PageSummary {
  title: string;
  description: string;
  image?: string;
}

const MAX_TITLE = 300;
const MAX_DESCRIPTION = 1000;

/**
 * The summary of an HTML page as Bluesky's own app builds link cards: `og:title`, `og:description` and
 * `og:image` (resolved against the page URL), with `<title>` and `<meta name="description">` as fallbacks.
 * Null when the page says nothing usable.
 */
export function summarisePage(html: string, pageUrl: string): PageSummary | null {
  const head = html.slice(0, 200_000);
  const meta = new Map<string, string>();
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const attributes = parseAttributes(tag);
    const key = (attributes.get('property') ?? attributes.get('name'))?.toLowerCase();
    const content = attributes.get('content');
    if (key && content !== undefined && !meta.has(key)) meta.set(key, content);
  }
  const titleTag = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(head)?.[1];
  const title = clean(meta.get('og:title') ?? meta.get('twitter:title') ?? (titleTag !== undefined ? decodeEntities(titleTag) : ''), MAX_TITLE);
  const description = clean(meta.get('og:description') ?? meta.get('twitter:description') ?? meta.get('description') ?? '', MAX_DESCRIPTION);
  if (title === '' && description === '') return null;
  const image = meta.get('og:image') ?? meta.get('twitter:image');
  const imageUrl = image && URL.canParse(image.trim(), pageUrl) ? new URL(image.trim(), pageUrl) : undefined;
  return { title, description, image: imageUrl && /^https?:$/.test(imageUrl.protocol) ? imageUrl.toString() : undefined };
}

function parseAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(/([a-zA-Z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    attributes.set(match[1]!.toLowerCase(), decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
    if (code[0] === '#') {
      const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : entity;
    }
    return NAMED_ENTITIES[code.toLowerCase()] ?? entity;
  });
}

function clean(text: string, max: number): string {
  // By code point, so an emoji is never cut in half.
  const characters = [...text.replace(/\s+/g, ' ').trim()];
  return characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : characters.join('');
}
