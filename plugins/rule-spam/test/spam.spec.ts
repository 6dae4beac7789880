import { validateAgainstSchema, type Finding, type RuleContext } from '@rapport/plugin-sdk';
import { assertConformance, runRuleConformance } from '@rapport/plugin-sdk/testing';
import plugin, { DEFAULT_SPAM_ARGS, spamRule, type SpamArgs } from '../src/index.js';

const inbound: RuleContext = { target: 'inbound_message' };
const wallet = '0x52908400098527886E0F7030069857D2E4169EE7';

function findingsOf(text: string, args: Partial<SpamArgs> = {}, context = inbound): Finding[] {
  const findings = spamRule.evaluate(text, context, { ...DEFAULT_SPAM_ARGS, ...args });
  if (!Array.isArray(findings)) throw new Error('the spam rule is synchronous');
  return findings;
}

function messagesOf(text: string, args: Partial<SpamArgs> = {}, context = inbound): string[] {
  return findingsOf(text, args, context).map((finding) => finding.message);
}

describe('spam rule', () => {
  it('is the one rule of the plugin', () => {
    expect(plugin.name).toBe('@rapport/plugin-rule-spam');
    expect(plugin.rules).toEqual([spamRule]);
  });

  it('flags link shorteners, with or without a scheme', () => {
    const [finding, ...others] = findingsOf('Great post! More at bit.ly/3xYz.');
    expect(others).toEqual([]);
    expect(finding).toMatchObject({ severity: 'medium', labels: ['spam'], spans: [{ start: 20, end: 31, text: 'bit.ly/3xYz' }] });
    expect(messagesOf('see https://www.tinyurl.com/abc')).toEqual([expect.stringContaining('tinyurl.com')]);
    expect(messagesOf('see https://example.com/abc')).toEqual([]);
    expect(messagesOf('see example.com/abc', { shorteners: ['example.com'] })).toEqual([expect.stringContaining('example.com')]);
  });

  it('flags the same link twice and more links than maxLinks', () => {
    const twice = findingsOf('Visit https://example.com/a and www.example.com/a/ now');
    expect(twice.map((finding) => finding.message)).toEqual(['The same link appears more than once.']);
    expect(twice[0].spans.map((span) => span.text)).toEqual(['https://example.com/a', 'www.example.com/a/']);
    expect(messagesOf('a.com/1 b.com/2 c.com/3 d.com/4')).toEqual(['4 links (more than 3).']);
    expect(messagesOf('a.com/1 b.com/2 c.com/3 d.com/4', { maxLinks: 4 })).toEqual([]);
  });

  it('does not take dotted words for links', () => {
    expect(findingsOf('We love Node.js, e.g. for our shop (see our site for hours).')).toEqual([]);
  });

  it('flags giveaway and crypto scams as high, a wallet address alone as medium', () => {
    const scam = `FREE GIVEAWAY!!! Send 0.1 ETH to ${wallet} and get 0.2 back`;
    const [finding] = findingsOf(scam);
    expect(finding).toMatchObject({ severity: 'high', labels: ['spam'] });
    expect(finding.spans.map((span) => span.text)).toEqual(['FREE GIVEAWAY', 'Send 0.1 ETH', wallet]);
    expect(findingsOf('DM me to claim your prize')[0].severity).toBe('high');
    expect(findingsOf('Double your bitcoin in 24h, investment opportunity')[0].severity).toBe('high');
    expect(findingsOf(`Donations welcome: ${wallet}`)[0]).toMatchObject({ severity: 'medium', labels: ['spam'] });
    expect(findingsOf('Limited offer: free delivery', { scamPhrases: ['limited offer'] })[0].severity).toBe('high');
  });

  it('labels shouting "shouting", not "spam", so an angry complaint can still be escalated as criticism', () => {
    const [finding] = findingsOf('THIS IS THE WORST SERVICE EVER!!!');
    expect(finding).toMatchObject({ severity: 'low', labels: ['shouting'], spans: [{ start: 0, end: 33, text: 'THIS IS THE WORST SERVICE EVER!!!' }] });
    expect(findingsOf('OK LOL')).toEqual([]);
    expect(findingsOf('We loved the NASA and FBI themed menu')).toEqual([]);
    expect(findingsOf('ÇA NE MARCHE PAS DU TOUT')[0].labels).toEqual(['shouting']);
    expect(findingsOf('THIS IS BAD', { shoutingMinLetters: 20 })).toEqual([]);
  });

  it("flags a text the author already sent maxRepeats times, normalised, ignoring short ones", () => {
    const recentTexts = ['Check out my page for deals', 'check out my page for DEALS!!', 'hello', 'Thanks!', 'thanks'];
    const context: RuleContext = { ...inbound, recentTexts };
    const [finding] = findingsOf('Check out my page for deals', {}, context);
    expect(finding).toMatchObject({ severity: 'medium', labels: ['spam'], message: 'The author sent the same text 2 times recently.' });
    expect(findingsOf('Check out my page for deals', { maxRepeats: 3 }, context)).toEqual([]);
    expect(findingsOf('Thanks!', {}, context)).toEqual([]);
    expect(findingsOf('Check out my page for deals')).toEqual([]);
  });

  it('leaves ordinary messages alone', () => {
    for (const text of ['Loved the pasta, see you next week!', 'Is the shop open on Sunday? https://example.com/hours', 'Thanks!', '']) {
      expect(findingsOf(text)).toEqual([]);
    }
  });

  it('validates its args', () => {
    const { argsSchema } = spamRule;
    expect(validateAgainstSchema(argsSchema, DEFAULT_SPAM_ARGS).valid).toBe(true);
    expect(validateAgainstSchema(argsSchema, { shorteners: ['lnk.to'], maxLinks: 1, shoutingRatio: 0.8, maxRepeats: 3 }).valid).toBe(true);
    expect(validateAgainstSchema(argsSchema, { shoutingRatio: 1.5 }).valid).toBe(false);
    expect(validateAgainstSchema(argsSchema, { maxLinks: -1 }).valid).toBe(false);
    expect(validateAgainstSchema(argsSchema, { maxRepeats: 0 }).valid).toBe(false);
    expect(validateAgainstSchema(argsSchema, { shorteners: [''] }).valid).toBe(false);
  });

  it('passes the rule conformance kit', async () => {
    assertConformance(
      await runRuleConformance(spamRule, {
        positive: ['More at bit.ly/3xYz', `Send 0.1 ETH to ${wallet}`, 'FREE GIVEAWAY, DM me to claim', 'THIS IS THE WORST SERVICE EVER', 'a.com/1 a.com/1'],
        negative: ['Loved the pasta, see you next week!', 'We love Node.js', 'OK LOL', 'Opening hours: https://example.com/hours'],
      }),
    );
    assertConformance(
      await runRuleConformance(spamRule, {
        args: { ...DEFAULT_SPAM_ARGS, maxRepeats: 1, shorteners: ['lnk.to'] },
        context: { target: 'review', recentTexts: ['Best bakery in town, five stars'] },
        positive: ['Best bakery in town, five stars!', 'listen at lnk.to/new'],
        negative: ['Best bakery in Paris, five stars', 'More at bit.ly/3xYz'],
      }),
    );
  });
});
