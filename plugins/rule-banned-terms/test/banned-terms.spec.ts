import { validateAgainstSchema, type Finding, type RuleContext } from '@rapport/plugin-sdk';
import { assertConformance, runRuleConformance } from '@rapport/plugin-sdk/testing';
import plugin, { bannedTermsRule, findSpans, hasNestedQuantifier, phrasePattern, validateBannedTermsArgs, type BannedTermsArgs } from '../src/index.js';

const context: RuleContext = { target: 'post' };
const args: BannedTermsArgs = {
  terms: [
    { term: 'Acme Corp', reason: 'competitor', suggestion: 'Say "other salons".' },
    { term: 'café' },
    { term: 'naïve', caseSensitive: true },
    { term: 'free\\s*money', regex: true, severity: 'high' },
    { term: 'C++' },
  ],
};
const evaluate = (text: string, withArgs: BannedTermsArgs = args) => bannedTermsRule.evaluate(text, context, withArgs) as Finding[];

describe('banned-terms rule', () => {
  it('passes the Rapport conformance kit', async () => {
    assertConformance(
      await runRuleConformance(bannedTermsRule, {
        args,
        positive: ['Cheaper than Acme Corp!', 'ACME   CORP again', 'Un café ?', 'Get FREE money', 'We code in C++ too', 'so naïve'],
        negative: ['Nothing banned here.', 'Les cafés de Lyon', 'Acme is a cartoon company', 'So Naïve', 'money for free', 'C is fine'],
      }),
    );
  });

  it('is a plugin with one rule covering every target', () => {
    expect(plugin.name).toBe('@rapport/plugin-rule-banned-terms');
    expect(plugin.rules).toEqual([bannedTermsRule]);
    expect(bannedTermsRule.appliesTo).toEqual(['post', 'reply', 'inbound_message', 'review']);
    expect(bannedTermsRule.validateArgs).toBe(validateBannedTermsArgs);
  });

  it('reports every occurrence of a term in one finding, with its reason, suggestion and severity', () => {
    const text = 'Acme Corp? acme corp. ACME\nCORP!';
    const [finding, ...others] = evaluate(text);
    expect(others).toEqual([]);
    expect(finding).toMatchObject({ severity: 'medium', suggestion: 'Say "other salons".', labels: ['banned-term'] });
    expect(finding.message).toBe('"Acme Corp" is on the banned list: competitor');
    expect(finding.spans.map((span) => span.text)).toEqual(['Acme Corp', 'acme corp', 'ACME\nCORP']);
    finding.spans.forEach((span) => expect(text.slice(span.start, span.end)).toBe(span.text));
  });

  it('matches plain terms as whole words in any script', () => {
    expect(evaluate('Un café, merci')).toHaveLength(1);
    expect(evaluate('Les cafés')).toEqual([]);
    expect(evaluate('décafé')).toEqual([]);
    expect(evaluate('très naïve')).toHaveLength(1);
    expect(evaluate('naïveté')).toEqual([]);
  });

  it('honours caseSensitive and the default case-insensitivity', () => {
    expect(evaluate('Naïve')).toEqual([]);
    expect(evaluate('CAFÉ')).toHaveLength(1);
  });

  it('uses regex terms as written, with their own severity', () => {
    const [finding] = evaluate('Win freemoney today');
    expect(finding).toMatchObject({ severity: 'high', message: '"freemoney" is on the banned list.', suggestion: 'Rephrase without it.' });
  });

  it('takes metacharacters of plain terms literally', () => {
    expect(evaluate('C++ developers')).toHaveLength(1);
    expect(evaluate('C developers')).toEqual([]);
  });

  it('flags nothing with the default (empty) list', () => {
    expect(bannedTermsRule.evaluate('anything at all', context, bannedTermsRule.defaultArgs!)).toEqual([]);
  });

  it('never throws on bad args: invalid and unsafe patterns are skipped, the other terms still apply', () => {
    const bad = { terms: [{ term: '(', regex: true }, { term: '(a+)+$', regex: true }, { term: '' }, null, { term: 'acme' }] } as unknown as BannedTermsArgs;
    const started = Date.now();
    expect(evaluate(`${'a'.repeat(40)}! acme`, bad)).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(200);
    expect(evaluate('acme', undefined as unknown as BannedTermsArgs)).toEqual([]);
    expect(evaluate('acme', { terms: 'acme' } as unknown as BannedTermsArgs)).toEqual([]);
  });

  describe('args', () => {
    it('default and sample args match argsSchema', () => {
      expect(validateAgainstSchema(bannedTermsRule.argsSchema, bannedTermsRule.defaultArgs).valid).toBe(true);
      expect(validateAgainstSchema(bannedTermsRule.argsSchema, args).valid).toBe(true);
    });

    it('argsSchema rejects malformed terms, naming the field', () => {
      const result = validateAgainstSchema(bannedTermsRule.argsSchema, { terms: [{ term: 'ok', severity: 'fatal' }, { regex: true }] });
      expect(result.valid).toBe(false);
      expect(result.errors.map((error) => error.field)).toEqual(expect.arrayContaining(['terms.0.severity', 'terms.1.term']));
    });
  });

  describe('validateBannedTermsArgs', () => {
    it('accepts plain terms (any characters) and sound regexes', () => {
      expect(validateBannedTermsArgs(args)).toEqual([]);
      expect(validateBannedTermsArgs({ terms: [{ term: '(' }, { term: '\\d{3}-\\d{4}', regex: true }, { term: '\\p{Lu}{2,}', regex: true }] })).toEqual([]);
    });

    it('names an invalid regex by its field and says why', () => {
      const problems = validateBannedTermsArgs({ terms: [{ term: 'acme' }, { term: 'ok', regex: true }, { term: 'acme(', regex: true }] });
      expect(problems).toEqual([{ field: 'terms.2.term', message: expect.stringMatching(/^is not a valid regular expression: .*Unterminated group/) }]);
    });

    it('rejects what Unicode mode rejects, since evaluate compiles with the u flag', () => {
      expect(validateBannedTermsArgs({ terms: [{ term: '\\-', regex: true }] })).toEqual([
        { field: 'terms.0.term', message: expect.stringContaining('is not a valid regular expression') },
      ]);
    });

    it('refuses patterns that can backtrack catastrophically, and long ones', () => {
      const problems = validateBannedTermsArgs({
        terms: [{ term: '(a+)+', regex: true }, { term: '(\\w+\\s?){2,}', regex: true }, { term: 'x'.repeat(201), regex: true }],
      });
      expect(problems).toEqual([
        { field: 'terms.0.term', message: expect.stringContaining('repeats a group that itself repeats') },
        { field: 'terms.1.term', message: expect.stringContaining('repeats a group that itself repeats') },
        { field: 'terms.2.term', message: 'is longer than 200 characters' },
      ]);
    });

    it('reports malformed input instead of throwing', () => {
      expect(validateBannedTermsArgs(null)).toEqual([{ field: 'terms', message: 'must be a list of terms' }]);
      expect(validateBannedTermsArgs({ terms: [null, { term: '  ' }] })).toEqual([
        { field: 'terms.0.term', message: 'must be a non-empty text' },
        { field: 'terms.1.term', message: 'must be a non-empty text' },
      ]);
    });
  });

  describe('hasNestedQuantifier', () => {
    it.each(['(a+)+', '(a*)*', '((ab)*c)+', '(?:a+){3}', '(?<word>\\w+)*', '(x|y+)+'])('flags %s', (source) => {
      expect(hasNestedQuantifier(source)).toBe(true);
    });

    it.each(['(ab)+', '(?:foo|bar)+', '[(a+)]+', '\\(a+\\)+', '\\p{L}+', '\\u{61}{3}', 'a+b*', '(a)(b+)', '(a+)?'])('accepts %s', (source) => {
      expect(hasNestedQuantifier(source)).toBe(false);
    });
  });

  describe('findSpans', () => {
    it('returns every non-empty match as a span of the text', () => {
      const text = 'a café, another CAFÉ';
      expect(findSpans(text, new RegExp(phrasePattern('café'), 'giu'))).toEqual([
        { start: 2, end: 6, text: 'café' },
        { start: 16, end: 20, text: 'CAFÉ' },
      ]);
      expect(findSpans('abc', /x*/g)).toEqual([]);
    });
  });
});
