import { validateAgainstSchema, type Finding, type RuleContext } from '@rapport/plugin-sdk';
import { assertConformance, runRuleConformance } from '@rapport/plugin-sdk/testing';
import plugin, { inflatedClaimsRule, type InflatedClaimsArgs } from '../src/index.js';

const context: RuleContext = { target: 'post' };
const evaluate = (text: string, args: InflatedClaimsArgs = inflatedClaimsRule.defaultArgs!) => inflatedClaimsRule.evaluate(text, context, args) as Finding[];
const flagged = (text: string, args?: InflatedClaimsArgs) => evaluate(text, args).map((finding) => finding.spans[0].text);
const kinds = (text: string) => evaluate(text).map((finding) => finding.labels?.[1]);

const CLAIMS = [
  'We are the best in the world at grooming.',
  'The best groomer in the world!',
  'Honestly the best haircut ever.',
  'Best-ever bath for your pup',
  "The world's best shampoo",
  "World's #1 dog spa",
  '#1 groomer in Lyon',
  "We're number one in town",
  'No.1 for puppies',
  'Results 100% guaranteed',
  'Guaranteed results or your money back',
  'This shampoo never fails.',
  'Our detangler always works',
  'Try it risk-free for 30 days',
  'It cures itching in a day',
  'A miracle cure for dry skin',
  'Clinically proven formula',
  'Lowest prices anywhere!',
  'Unbeatable prices this week',
];

const FINE = [
  'Our salon is not the best fit for everyone, and that is fine.',
  'First day at the salon! #1stday',
  'Your order #1234 has shipped.',
  'Tip #1: brush before the bath.',
  'Our #1 priority is your pet.',
  'There is no cure for this much cuteness.',
  'Not a miracle, just a good brush.',
  'Clinically proven in a 12-week study of 120 dogs (https://doi.org/10.1000/xyz).',
  'Nothing is risk-free, so we patch-test every shampoo.',
  'This is not the best pizza ever, but it is close.',
  'Secure checkout. Manicure and pedicure for paws.',
  'We had the best time, ever grateful for you.',
  'Rated 4.8/5 by 1,200 customers.',
  'Number one: be kind to the groomer.',
];

describe('inflated-claims rule', () => {
  it('passes the Rapport conformance kit', async () => {
    assertConformance(await runRuleConformance(inflatedClaimsRule, { positive: CLAIMS, negative: FINE }));
  });

  it('is a plugin with one rule for posts and replies', () => {
    expect(plugin.name).toBe('@rapport/plugin-rule-inflated-claims');
    expect(plugin.rules).toEqual([inflatedClaimsRule]);
    expect(inflatedClaimsRule.appliesTo).toEqual(['post', 'reply']);
  });

  it.each(CLAIMS)('flags %j', (text) => {
    expect(evaluate(text).length).toBeGreaterThan(0);
  });

  it.each(FINE)('leaves %j alone', (text) => {
    expect(evaluate(text)).toEqual([]);
  });

  it('names the phrase and suggests a concrete, checkable alternative', () => {
    const text = 'Simply the best groomer in the world.';
    const [finding] = evaluate(text);
    expect(finding).toMatchObject({ severity: 'medium', labels: ['inflated-claim', 'superlative'], spans: [{ start: 11, end: 36, text: 'best groomer in the world' }] });
    expect(finding.message).toContain('"best groomer in the world"');
    expect(finding.suggestion).toContain("'rated 4.8/5 by 1,200 customers'");
    expect(text.slice(finding.spans[0].start, finding.spans[0].end)).toBe(finding.spans[0].text);
  });

  it('tells the kinds of claim apart, each with its own advice', () => {
    expect(kinds('Lowest price guaranteed. 100% effective. It cures fleas. Scientifically proven.')).toEqual(['price', 'guarantee', 'health', 'unsourced-proof']);
    const suggestions = new Set(evaluate('Lowest price guaranteed. 100% effective. It cures fleas. Scientifically proven.').map((finding) => finding.suggestion));
    expect(suggestions.size).toBe(4);
  });

  it('reports one finding per claim, in text order, without overlaps', () => {
    expect(flagged('A miracle cure, 100% guaranteed results, the #1 spa.')).toEqual(['miracle cure', '100% guaranteed', '#1']);
  });

  it('tells a ranking from a hashtag, an order number or a list position', () => {
    expect(flagged('#1 in Lyon')).toEqual(['#1']);
    expect(flagged('Voted #1!')).toEqual(['#1']);
    expect(flagged('#10 on the list, #1stday, order #1, step number one, page#1')).toEqual([]);
  });

  it('reads a negation up to three words back, but not across punctuation or "not only"', () => {
    expect(flagged("It isn't risk-free.")).toEqual([]);
    expect(flagged('We were never the best groomer in the world')).toEqual([]);
    expect(flagged('No. The best groomer in the world is here.')).toEqual(['best groomer in the world']);
    expect(flagged('Not only the best groomer in town, also the kindest.')).toEqual(['best groomer in town']);
  });

  it('accepts "clinically proven" only with a source', () => {
    expect(flagged('Clinically proven to calm dogs.')).toEqual(['Clinically proven']);
    expect(flagged('Clinically proven to calm dogs [1].')).toEqual([]);
    expect(flagged('Clinically proven to calm dogs, according to the Lyon vet school.')).toEqual([]);
  });

  it('flags extra phrases and spares ignored ones', () => {
    const args: InflatedClaimsArgs = { extraPhrases: ['life-changing', 'the only  salon'], ignorePhrases: ['Miracle Mane'], severity: 'high' };
    const findings = evaluate('Miracle Mane conditioner: life-changing! The only salon you need. A miracle.', args);
    expect(findings.map((finding) => [finding.spans[0].text, finding.labels?.[1], finding.severity])).toEqual([
      ['life-changing', 'custom', 'high'],
      ['The only salon', 'custom', 'high'],
      ['miracle', 'health', 'high'],
    ]);
    expect(findings[0].suggestion).toContain("'rated 4.8/5 by 1,200 customers'");
  });

  it('does not double-report an extra phrase the built-in list already flags', () => {
    expect(flagged('A miracle!', { extraPhrases: ['miracle'] })).toEqual(['miracle']);
  });

  it('copes with missing or odd args', () => {
    expect(flagged('Best ever!', {})).toEqual(['Best ever']);
    expect(flagged('Best ever!', undefined as unknown as InflatedClaimsArgs)).toEqual(['Best ever']);
    expect(flagged('Best ever!', { extraPhrases: ['', '  '] })).toEqual(['Best ever']);
  });

  describe('args', () => {
    it('default and custom args match argsSchema', () => {
      expect(validateAgainstSchema(inflatedClaimsRule.argsSchema, inflatedClaimsRule.defaultArgs).valid).toBe(true);
      expect(validateAgainstSchema(inflatedClaimsRule.argsSchema, { extraPhrases: ['x'], ignorePhrases: ['y'], severity: 'low' }).valid).toBe(true);
    });

    it('argsSchema rejects unknown severities, empty phrases and unknown keys', () => {
      const result = validateAgainstSchema(inflatedClaimsRule.argsSchema, { severity: 'loud', extraPhrases: [''], colour: 'red' });
      expect(result.errors.map((error) => error.field)).toEqual(expect.arrayContaining(['severity', 'extraPhrases.0', 'colour']));
    });
  });
});
