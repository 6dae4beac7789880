import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { GatedRegExpMatcher } from '../src/gated-matcher.js';

const options = { ...englishDataset.build(), ...englishRecommendedTransformers };
const plain = new RegExpMatcher(options);
const gated = new GatedRegExpMatcher(options);

/** The triage model's labelled comments and posts (seven languages, insults and disguised swearing among them). */
function labelledTexts(): string[] {
  const root = new URL('../../rule-triage-model/data/', import.meta.url);
  return ['train', 'dev', 'test'].flatMap((set) =>
    readdirSync(new URL(`${set}/`, root))
      .filter((file) => file.endsWith('.jsonl'))
      .flatMap((file) => readFileSync(new URL(`${set}/${file}`, root), 'utf8').split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { text: string }).text)),
  );
}

describe('GatedRegExpMatcher', () => {
  it("uses its quick check with this version of obscenity (else it is only obscenity's matcher)", () => {
    expect(gated.gated).toBe(true);
  });

  it("finds exactly what obscenity's matcher finds in every labelled text", () => {
    const texts = labelledTexts();
    expect(texts.length).toBeGreaterThan(20_000);
    const differing = texts.filter((text) => JSON.stringify(gated.getAllMatches(text)) !== JSON.stringify(plain.getAllMatches(text)));
    expect(differing).toEqual([]);
    // Not a vacuous comparison: many of them do swear.
    expect(texts.filter((text) => gated.getAllMatches(text).length > 0).length).toBeGreaterThan(500);
    // About 32,000 texts through obscenity's own matcher: 4 s alone, 13 s beside another suite.
  }, 120_000);

  it("finds exactly what obscenity's matcher finds in text made of listed words, their disguises and allowed words", () => {
    const pieces = ['fuck', 'f*ck', 'sh1t', 'shiiiit', 'a$$', 'b1tch', 'ass', 'assassin', 'bass', 'class', 'dick', 'dickens', 'cum', 'cumin', 'scunthorpe', 'penistone', 'hell', 'hello', 'nigg', '𝐟𝐮𝐜𝐤', 'ＦＵＣＫ', 'f u c k', 's.h.i.t', 'tit', 'title', 'é', ' ', '.', '!', '\n', '@', '$', '0', '1', '3'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(gated.getAllMatches(text)).toEqual(plain.getAllMatches(text));
      }),
      { numRuns: 2_000 },
    );
  });
});
