import { validateAgainstSchema, type Finding, type RuleContext } from '@rapport/plugin-sdk';
import { assertConformance, runRuleConformance } from '@rapport/plugin-sdk/testing';
import Sentiment from 'sentiment';
import plugin, { abuseRule, DEFAULT_ABUSE_ARGS, DEFAULT_SENTIMENT_AND_CRITICISM_ARGS, sentimentAndCriticismRule, type SentimentAndCriticismArgs } from '../src/index.js';

const review: RuleContext = { target: 'review' };

function findingsOf(text: string, args: Partial<SentimentAndCriticismArgs> = {}, context = review): Finding[] {
  const findings = sentimentAndCriticismRule.evaluate(text, context, { ...DEFAULT_SENTIMENT_AND_CRITICISM_ARGS, ...args });
  if (!Array.isArray(findings)) throw new Error('the sentiment-and-criticism rule is synchronous');
  return findings;
}

function labelsOf(text: string, args: Partial<SentimentAndCriticismArgs> = {}): string[] {
  return findingsOf(text, args).flatMap((finding) => finding.labels ?? []);
}

const complaint = 'The delivery was two weeks late and nobody answered my emails. Very disappointed.';

describe('sentiment-and-criticism rule', () => {
  it('is one of the two rules of the plugin', () => {
    expect(plugin.name).toBe('@rapport/plugin-rule-sentiment-and-criticism');
    expect(plugin.rules).toEqual([sentimentAndCriticismRule, abuseRule]);
  });

  it('labels an honest complaint criticism, not abuse, so it is escalated rather than hidden', () => {
    const [finding, ...others] = findingsOf(complaint);
    expect(others).toEqual([]);
    expect(finding).toMatchObject({ severity: 'medium', labels: ['criticism'] });
    expect(finding.spans).toEqual([{ start: 68, end: 80, text: 'disappointed' }]);
  });

  it('labels criticism with insults both criticism and abuse, with high severity', () => {
    const text = 'Your staff are idiots and the food was disgusting';
    const [finding] = findingsOf(text);
    expect(finding).toMatchObject({ severity: 'high', labels: ['criticism', 'abuse'] });
    expect(finding.spans.map((span) => span.text)).toEqual(['idiots', 'disgusting']);
  });

  it('labels abuse without negative sentiment abuse only', () => {
    expect(labelsOf('Thanks a lot, you b1tch')).toEqual(['abuse']);
    expect(labelsOf('Great deal, now fuck off')).toEqual(['abuse']);
    expect(findingsOf('Thanks a lot, you b1tch')[0].severity).toBe('high');
  });

  it('does not count plain swearing in a complaint as abuse', () => {
    expect(labelsOf('The food was shit and cold, really disappointing')).toEqual(['criticism']);
  });

  it('reads sentiment in English only: "sin" and "Die" in Spanish and German are not sin and death', () => {
    expect(labelsOf('Buscamos camarero a media jornada, sin experiencia, formación incluida.')).toEqual([]);
    expect(labelsOf('Die Stempelkarte zieht in die App um, der Papierkram hat ein Ende.')).toEqual([]);
    expect(labelsOf('Hochwasser in Süddeutschland: Die Einnahmen vom Samstag gehen an Aktion Deutschland Hilft.')).toEqual([]);
    // Abuse in any language is still abuse where the lists know the words.
    expect(labelsOf('Eres un bastard y un retard, fuck you')).toEqual(['abuse']);
  });

  it('leaves positive and neutral text alone', () => {
    for (const text of ['not bad at all, would come again', 'Lovely staff, will be back!', 'What time do you open on Sunday?', 'no problem, thanks', '']) {
      expect(findingsOf(text)).toEqual([]);
    }
  });

  it('handles negation further than sentiment does on its own', () => {
    // sentiment alone flips only the word right after "not", "don't" and a few others.
    const plain = new Sentiment();
    expect(plain.analyze('not bad at all').score).toBeGreaterThan(0);
    expect(plain.analyze('Not too bad').score).toBeLessThan(0);
    expect(plain.analyze("It wasn't terrible").score).toBeLessThan(0);

    for (const text of ['Not too bad', "It wasn't terrible", 'It wasn’t terrible', 'never disappointed', 'nothing wrong with it']) {
      expect(findingsOf(text)).toEqual([]);
    }
    const [notGood] = findingsOf('The coffee was not good.');
    expect(notGood.spans.map((span) => span.text)).toEqual(['not good']);
    // Clause punctuation ends a negation: "No, terrible." is negative.
    expect(labelsOf('No, terrible.')).toEqual(['criticism']);
  });

  it('takes its threshold and abuse terms from args', () => {
    expect(labelsOf(complaint, { criticismThreshold: -3 })).toEqual([]);
    expect(labelsOf('The manager is a muppet')).toEqual([]);
    expect(labelsOf('The manager is a muppet', { abuseTerms: ['muppet'] })).toEqual(['abuse']);
    expect(labelsOf('You idiot', { abuseTerms: [] })).toEqual(['criticism']);
  });

  it('words its suggestion for the target', () => {
    expect(findingsOf(complaint)[0].suggestion).toMatch(/escalate/i);
    expect(findingsOf('This launch is a disaster', {}, { target: 'post' })[0].suggestion).toMatch(/tone/i);
  });

  it('validates its args', () => {
    const { argsSchema } = sentimentAndCriticismRule;
    expect(validateAgainstSchema(argsSchema, DEFAULT_SENTIMENT_AND_CRITICISM_ARGS).valid).toBe(true);
    expect(validateAgainstSchema(argsSchema, { criticismThreshold: -4, abuseTerms: ['muppet'] }).valid).toBe(true);
    expect(validateAgainstSchema(argsSchema, { criticismThreshold: 0 }).valid).toBe(false);
    expect(validateAgainstSchema(argsSchema, { criticismThreshold: -1.5 }).valid).toBe(false);
    expect(validateAgainstSchema(argsSchema, { abuseTerms: [''] }).valid).toBe(false);
  });

  it('passes the rule conformance kit', async () => {
    assertConformance(
      await runRuleConformance(sentimentAndCriticismRule, {
        positive: [complaint, 'Your staff are idiots and the food was disgusting', 'Not good.', 'I hate this 😡', 'you stupid b1tch'],
        negative: ['not bad at all, would come again', 'Thanks!', 'Where is your shop?', "It wasn't terrible"],
      }),
    );
    assertConformance(
      await runRuleConformance(sentimentAndCriticismRule, {
        args: { criticismThreshold: -5, abuseTerms: ['muppet'] },
        positive: ['Terrible, terrible service', 'What a muppet'],
        negative: [complaint],
      }),
    );
  });
});

describe('abuse rule', () => {
  const reply: RuleContext = { target: 'reply' };
  const abuseIn = (text: string, args: Partial<SentimentAndCriticismArgs> = {}) => {
    const findings = abuseRule.evaluate(text, reply, { ...DEFAULT_ABUSE_ARGS, ...args });
    if (!Array.isArray(findings)) throw new Error('the abuse rule is synchronous');
    return findings.flatMap((finding) => finding.spans.map((span) => span.text));
  };

  it('flags an abusive reply: dismissals, name-calling and insults aimed at the reader', () => {
    const [finding, ...others] = abuseRule.evaluate('Go to hell, you are a liar and a loser. Shut up.', reply, DEFAULT_ABUSE_ARGS) as ReturnType<typeof findingsOf>;
    expect(others).toEqual([]);
    expect(finding).toMatchObject({ severity: 'high', labels: ['abuse'], suggestion: 'Remove the insults or threats.' });
    expect(finding.spans.map((span) => span.text)).toEqual(['Go to hell', 'you are a liar', 'loser', 'Shut up']);
  });

  it.each([
    ["You're pathetic.", ["You're pathetic"]],
    ['you guys are frauds and cheats!', ['you guys are frauds and cheats']],
    ['You are a liar, a cheat and a fraud.', ['You are a liar, a cheat and a fraud']],
    ['Get lost, nobody asked you', ['nobody asked you']],
    ['Shut up you little rat', ['Shut up', 'you little rat']],
    ['You clown!', ['You clown']],
    ['u r a joke', ['u r a joke']],
    ['ur so dumb lol', ['ur so dumb']],
    ['You are all liars', ['You are all liars']],
    ["You're such a disgrace to your family", ["You're such a disgrace"]],
    ['Drop dead, you worthless piece of garbage', ['Drop dead', 'you worthless piece of garbage']],
    ['you stupid b1tch', ['b1tch']],
  ])('flags %j', (text, spans) => {
    expect(abuseIn(text)).toEqual(spans);
  });

  it.each([
    'Sorry your order was late: we are disappointed too and will refund it.',
    'Did you cheat?',
    'If you cheat on the diet, our treats are still fine',
    "Our clowns are booked for your kids' party",
    'You are a pig farmer, right?',
    'you are thick-skinned',
    "you are nobody's fool",
    'Your parcel might get lost in the post',
    'What a pathetic turnout for the launch',
    'Are you a fraud victim? Call your bank.',
    'Thank you, you are the best!',
    'The food was a joke and the service useless',
  ])('leaves %j alone', (text) => {
    expect(abuseIn(text)).toEqual([]);
  });

  it('takes its words from args', () => {
    expect(abuseIn('you are a muppet')).toEqual([]);
    expect(abuseIn('you are a muppet', { directedInsults: ['muppet'] })).toEqual(['you are a muppet']);
    expect(abuseIn('You are a liar', { directedInsults: [] })).toEqual([]);
    expect(abuseIn('Shut up', { abuseTerms: [] })).toEqual([]);
  });

  it('passes the rule conformance kit', async () => {
    assertConformance(
      await runRuleConformance(abuseRule, {
        positive: ['Go to hell, you are a liar and a loser. Shut up.', 'You clown!', 'you stupid b1tch'],
        negative: [complaint, 'Thanks for your patience, we are sorry it was late.', 'Our clowns are great at parties'],
      }),
    );
  });
});
