import { detectFacets, graphemeLength, utf8Length } from '../src/text.js';

/** What each facet covers, read back from the UTF-8 bytes as Bluesky's apps read it. */
function covered(text: string) {
  const bytes = Buffer.from(text, 'utf8');
  return detectFacets(text).map((facet) => ({ text: bytes.subarray(facet.byteStart, facet.byteEnd).toString('utf8'), ...facet }));
}

describe('facets are UTF-8 byte ranges', () => {
  it('counts bytes, not JavaScript characters, after accents and emoji', () => {
    // "Ça coûte 5€ 🐶 chez " is 20 UTF-16 units but 26 bytes: Ç, û 2 bytes each, € 3, 🐶 4.
    const text = 'Ça coûte 5€ 🐶 chez @ana.bsky.social';
    expect(text.indexOf('@')).toBe(20);
    expect(detectFacets(text)).toEqual([{ byteStart: 26, byteEnd: 42, feature: { type: 'mention', handle: 'ana.bsky.social' } }]);
  });

  it('finds a mention, a link and hashtags in one text with emoji, accents and a family emoji (one grapheme of 5 code points)', () => {
    const text = '👩‍👩‍👧 Bon appétit @Ana.bsky.social! Menu: https://exemple.fr/carte?plat=crêpe #été #brunch.';
    expect(covered(text).map(({ text, feature }) => [text, feature])).toEqual([
      ['@Ana.bsky.social', { type: 'mention', handle: 'ana.bsky.social' }],
      ['https://exemple.fr/carte?plat=crêpe', { type: 'link', uri: 'https://exemple.fr/carte?plat=crêpe' }],
      ['#été', { type: 'tag', tag: 'été' }],
      ['#brunch', { type: 'tag', tag: 'brunch' }],
    ]);
    const [mention] = detectFacets(text);
    expect(mention!.byteStart).toBe(utf8Length('👩‍👩‍👧 Bon appétit '));
    expect(mention!.byteStart).not.toBe(text.indexOf('@'));
  });

  it('leaves sentence punctuation and a closing bracket out of links, but keeps a bracket that belongs to the URL', () => {
    expect(covered('Read https://example.com/a. Then (see https://example.com/b) and https://en.wikipedia.org/wiki/Pug_(dog)!').map((f) => f.text)).toEqual([
      'https://example.com/a',
      'https://example.com/b',
      'https://en.wikipedia.org/wiki/Pug_(dog)',
    ]);
  });

  it('links only URLs with their scheme', () => {
    expect(detectFacets('see example.com or ftp://example.com')).toEqual([]);
  });

  it('takes tags after a space or at the start, without trailing punctuation, and not numbers, keycaps or tags over 64 graphemes', () => {
    const long = `#${'a'.repeat(65)}`;
    expect(covered(`#sale! a#b #1 #️⃣ ${long} #2024goals ＃タグ`).map(({ text, feature }) => [text, feature])).toEqual([
      ['#sale', { type: 'tag', tag: 'sale' }],
      ['#2024goals', { type: 'tag', tag: '2024goals' }],
      ['＃タグ', { type: 'tag', tag: 'タグ' }],
    ]);
  });

  it('takes mentions of domain handles only, not e-mail addresses or words', () => {
    expect(covered('mail bob@example.com, ask @localhost or @ana.bsky.123, thanks @ben.example.com.').map((f) => f.text)).toEqual(['@ben.example.com']);
  });

  it('never lets two facets overlap', () => {
    const facets = detectFacets('@ana.bsky.social https://x.com/#top #tag');
    facets.slice(1).forEach((facet, index) => expect(facet.byteStart).toBeGreaterThanOrEqual(facets[index]!.byteEnd));
    expect(facets).toHaveLength(3);
  });
});

describe('graphemeLength', () => {
  it('counts what a reader sees as one character once', () => {
    expect(graphemeLength('👩‍👩‍👧')).toBe(1);
    expect(graphemeLength('e\u0301')).toBe(1);
    expect(graphemeLength('🇫🇷 ok')).toBe(4);
    expect([...'👩‍👩‍👧'].length).toBe(5);
  });
});
