import { RegExpMatcher, type MatchPayload, type RegExpMatcherOptions } from 'obscenity';

/**
 * obscenity's RegExpMatcher, with the same answers, about four times faster on text without profanity (most text).
 *
 * RegExpMatcher folds the text twice (once for its allow list, once for its word list) and then scans the folded text
 * once per listed word: 119 scans for the English list, about 40 µs of a 54 µs call. Here the word list's patterns are
 * also joined into one alternation that is tried first: it matches somewhere exactly when one of them does, so when it
 * does not, no listed word is in the text and there is nothing to report (the allow list only removes matches).
 * Otherwise RegExpMatcher answers as before.
 *
 * The folded text and the compiled patterns are RegExpMatcher's own, which its typings keep private (obscenity 0.4.6).
 * If a version no longer has them, `gated` is false and every call goes straight to RegExpMatcher: slower, never wrong.
 */
export class GatedRegExpMatcher {
  private readonly matcher: RegExpMatcher;
  private readonly gate: RegExp | undefined;
  private readonly fold: ((input: string) => string) | undefined;

  constructor(options: RegExpMatcherOptions) {
    this.matcher = new RegExpMatcher(options);
    const internals = this.matcher as unknown as Partial<ObscenityInternals>;
    const terms = internals.blacklistedTerms;
    if (typeof internals.applyTransformers === 'function' && Array.isArray(terms) && terms.length > 0 && terms.every((term) => term.regExp instanceof RegExp)) {
      const flags = new Set(terms.map((term) => term.regExp.flags.replace('g', '')));
      if (flags.size === 1) {
        this.gate = new RegExp(terms.map((term) => `(?:${term.regExp.source})`).join('|'), [...flags][0]);
        const transformers = internals.blacklistMatcherTransformers;
        this.fold = (input) => internals.applyTransformers!.call(this.matcher, input, transformers)[1];
      }
    }
  }

  /** Whether the quick check is in use (false only if obscenity's internals changed). */
  get gated(): boolean {
    return this.gate !== undefined;
  }

  getAllMatches(input: string): MatchPayload[] {
    if (this.gate && this.fold && !this.gate.test(this.fold(input))) return [];
    return this.matcher.getAllMatches(input);
  }
}

/** What GatedRegExpMatcher reads of RegExpMatcher (obscenity 0.4.6, dist/matcher/regexp/RegExpMatcher.js). */
interface ObscenityInternals {
  blacklistedTerms: Array<{ id: number; regExp: RegExp }>;
  blacklistMatcherTransformers: unknown;
  applyTransformers(input: string, transformers: unknown): [number[], string];
}
