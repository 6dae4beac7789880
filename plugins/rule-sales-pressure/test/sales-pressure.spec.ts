import { validateAgainstSchema, type Finding, type RuleContext } from '@rapport/plugin-sdk';
import { assertConformance, runRuleConformance } from '@rapport/plugin-sdk/testing';
import plugin, { isPromotional, salesPressureRule, type SalesPressureArgs } from '../src/index.js';

const evaluate = (text: string, context: RuleContext = { target: 'post' }, args: SalesPressureArgs = salesPressureRule.defaultArgs!) =>
  salesPressureRule.evaluate(text, context, args) as Finding[];
const labelsOf = (findings: Finding[]) => findings.flatMap((finding) => finding.labels ?? []);

const HARD_SELL = [
  'Buy now!',
  'Act now: limited time only.',
  'Last chance to book your spring groom.',
  'Only 3 left in stock.',
  'Only 2 spots remaining this week',
  'Hurry, the offer is nearly over',
  "Don't miss out on our new shampoo.",
  'While supplies last.',
  'Order today and get a free brush.',
  'SALE!!! 50% off everything!!!',
];

const CALM = [
  'Meet Luna, our new groomer.',
  'Five tips for brushing a double coat.',
  'We are closed Monday for the holiday!!!',
  'Only 3 days until spring, yay!',
  'In order to keep pets calm we use lavender.',
  'Thanks for 10 years of wagging tails!!! You are the best!!!',
  "Don't wait too long between baths: every 6 weeks is ideal.",
  'Our autumn grooming slots open Monday.',
];

const GENERAL_INTEREST = ['How to trim nails safely', 'Meet our new groomer, Luna', 'Why dogs shake after a bath', 'Behind the scenes: Monday morning'];
const PROMOTIONS = ['20% off baths this week', 'New collection in store now', 'Spring sale: grooming €30', 'Book now, limited spots', 'Gift cards available online', 'Free delivery on all shampoos'];

describe('sales-pressure rule', () => {
  it('passes the Rapport conformance kit', async () => {
    assertConformance(await runRuleConformance(salesPressureRule, { positive: HARD_SELL, negative: CALM }));
  });

  it('passes the conformance kit on a channel that is turning into an ad feed', async () => {
    assertConformance(
      await runRuleConformance(salesPressureRule, {
        context: { target: 'post', recentTexts: PROMOTIONS },
        positive: ['10% off nail trims', 'Our new shampoo is in stock'],
        negative: ['How to brush a puppy', 'Meet Luna'],
      }),
    );
  });

  it('is a plugin with one rule for posts and replies', () => {
    expect(plugin.name).toBe('@rapport/plugin-rule-sales-pressure');
    expect(plugin.rules).toEqual([salesPressureRule]);
    expect(salesPressureRule.appliesTo).toEqual(['post', 'reply']);
  });

  it('gathers the hard-sell phrases of a text in one finding', () => {
    const text = 'HURRY! Last chance, buy now.';
    const [finding, ...others] = evaluate(text);
    expect(others).toEqual([]);
    expect(finding).toMatchObject({ severity: 'medium', labels: ['sales-pressure'], message: 'Hard-sell phrasing: "HURRY", "Last chance", "buy now".' });
    finding.spans.forEach((span) => expect(text.slice(span.start, span.end)).toBe(span.text));
    expect(finding.suggestion).toContain('instead of a push');
  });

  it('flags urgency stacked on a discount', () => {
    const findings = evaluate('20% off every bath, today only.');
    expect(findings).toHaveLength(2);
    expect(findings[1].message).toBe('Stacks urgency ("today only") on a discount ("20% off").');
    expect(findings[1].spans.map((span) => span.text)).toEqual(['20% off', 'today only']);
    // A command to buy is pressure, but not a deadline: no stacking.
    expect(evaluate('Shop now: 20% off.')).toHaveLength(1);
  });

  it('flags a decline option that shames the reader, in the seven languages, and says where it is', () => {
    const shaming = [
      'No thanks, I prefer sleeping badly.',
      'Want 10% off your first order? [Yes please] [No thanks, I enjoy paying full price]',
      "Non merci, j'aime payer plein pot",
      'No gracias, prefiero pagar de más.',
      '[Nein danke, ich zahle lieber den vollen Preis] – Wirklich?',
      'No grazie, il mio futuro non mi interessa.',
      'Não, obrigado, prefiro continuar a pagar caro',
      'Nee bedankt, ik gok liever met mijn inboedel.',
    ];
    for (const text of shaming) {
      const findings = evaluate(text).filter((finding) => finding.message.startsWith('A decline option that shames'));
      expect([text, findings.length]).toEqual([text, 1]);
      const [span] = findings[0].spans;
      expect(text.slice(span.start, span.end)).toBe(span.text);
      expect(span.text).toMatch(/^(No|Non|Nein|Não|Nee)\b.*\p{L}$/u);
    }
    expect(evaluate('[Nein danke, ich zahle lieber den vollen Preis] – Wirklich?')[0].spans[0].text).toBe('Nein danke, ich zahle lieber den vollen Preis');
    // A plain no, the brand speaking as "we", and "no thanks" inside a sentence are not that.
    for (const text of ['No thanks.', "No thanks, we don't buy reviews. Every one of ours is real.", 'A café that says no thanks to plastic: I love it', 'Nein danke!']) {
      expect([text, evaluate(text)]).toEqual([text, []]);
    }
  });

  it('flags exclamation marks piled around prices, not around good news', () => {
    const [finding] = evaluate('Full groom €45!!! Best price!');
    expect(finding.message).toBe('4 exclamation marks around prices or discounts read as shouting a sale.');
    expect(finding.spans.map((span) => span.text)).toEqual(['!!!', '!']);
    expect(evaluate('Full groom €45! Book online.')).toEqual([]);
    expect(evaluate('Happy birthday Max!!! 🎉!!')).toEqual([]);
  });

  describe('isPromotional', () => {
    it.each(PROMOTIONS)('%j is promotional', (text) => expect(isPromotional(text)).toBe(true));
    it.each([...GENERAL_INTEREST, 'Our shop is closed on Monday.', 'We get it, Mondays are hard.', 'Feel free to drop by!'])('%j is not', (text) =>
      expect(isPromotional(text)).toBe(false),
    );
  });

  describe('share of promotional posts on the channel', () => {
    const feed = (text: string, recentTexts: string[], args?: SalesPressureArgs) =>
      evaluate(text, { target: 'post', recentTexts }, args).filter((finding) => finding.labels?.includes('promotional-feed'));

    it('flags a promotional post when promotions would exceed 40% of the recent posts', () => {
      // 3 of 6 recent posts + this one = 4 of 7 (57%).
      const [finding] = feed('Flash sale on brushes', [...PROMOTIONS.slice(0, 3), ...GENERAL_INTEREST.slice(0, 3)]);
      expect(finding).toMatchObject({ severity: 'medium', spans: [], labels: ['promotional-feed'] });
      expect(finding.message).toBe("4 of the channel's last 7 posts are promotional (57%, this one included; the limit is 40%): the channel is turning into an ad feed.");
      expect(finding.suggestion).toContain("Don't make every interaction a sale");
    });

    it('stays quiet at or below the limit', () => {
      // 1 of 4 recent + this one = 2 of 5 (40%): not above.
      expect(feed('Flash sale on brushes', [PROMOTIONS[0], ...GENERAL_INTEREST])).toEqual([]);
    });

    it('never flags a general-interest post: it is the remedy', () => {
      expect(evaluate('How to brush a puppy', { target: 'post', recentTexts: PROMOTIONS })).toEqual([]);
    });

    it('waits for minRecentPosts before judging', () => {
      expect(feed('Flash sale on brushes', PROMOTIONS.slice(0, 4))).toEqual([]);
      expect(feed('Flash sale on brushes', PROMOTIONS.slice(0, 4), { minRecentPosts: 4 })).toHaveLength(1);
      expect(feed('Flash sale on brushes', undefined as unknown as string[])).toEqual([]);
    });

    it('uses the configured share and severity', () => {
      const recent = [PROMOTIONS[0], PROMOTIONS[1], ...GENERAL_INTEREST];
      expect(feed('Flash sale on brushes', recent)).toHaveLength(1); // 3 of 7
      expect(feed('Flash sale on brushes', recent, { maxPromotionalShare: 0.5 })).toEqual([]);
      expect(feed('Flash sale on brushes', recent, { severity: 'low' })[0].severity).toBe('low');
    });

    it('counts a hard-sell post as promotional', () => {
      expect(labelsOf(evaluate('Last chance!', { target: 'post', recentTexts: PROMOTIONS }))).toEqual(['sales-pressure', 'promotional-feed']);
    });
  });

  describe('args', () => {
    it('default and custom args match argsSchema', () => {
      expect(validateAgainstSchema(salesPressureRule.argsSchema, salesPressureRule.defaultArgs).valid).toBe(true);
      expect(validateAgainstSchema(salesPressureRule.argsSchema, { maxPromotionalShare: 0.25, minRecentPosts: 10, severity: 'high' }).valid).toBe(true);
    });

    it('argsSchema rejects a share outside 0..1 and a non-integer sample', () => {
      const result = validateAgainstSchema(salesPressureRule.argsSchema, { maxPromotionalShare: 40, minRecentPosts: 2.5 });
      expect(result.errors.map((error) => error.field)).toEqual(['maxPromotionalShare', 'minRecentPosts']);
    });
  });
});
