import { validateAgainstSchema, type Finding, type RuleContext } from '@rapport/plugin-sdk';
import { assertConformance, runRuleConformance } from '@rapport/plugin-sdk/testing';
import plugin, { DEFAULT_PROFANITY_ARGS, findProfanity, profanityRule, type ProfanityArgs } from '../src/index.js';

const context: RuleContext = { target: 'inbound_message' };

function findingsOf(text: string, args: Partial<ProfanityArgs> = {}): Finding[] {
  const findings = profanityRule.evaluate(text, context, { ...DEFAULT_PROFANITY_ARGS, ...args });
  if (!Array.isArray(findings)) throw new Error('the profanity rule is synchronous');
  return findings;
}

function flaggedTexts(text: string, args: Partial<ProfanityArgs> = {}): string[] {
  return findingsOf(text, args).flatMap((finding) => finding.spans.map((span) => span.text));
}

describe('profanity rule', () => {
  it('is the one rule of the plugin', () => {
    expect(plugin.name).toBe('@rapport/plugin-rule-profanity');
    expect(plugin.rules).toEqual([profanityRule]);
  });

  it('flags plain, obscured, leetspeak and spaced-out spellings', () => {
    expect(flaggedTexts('This is shit')).toEqual(['shit']);
    expect(flaggedTexts('f*ck this')).toEqual(['f*ck']);
    expect(flaggedTexts('what a load of sh1t')).toEqual(['sh1t']);
    expect(flaggedTexts('What the f u c k')).toEqual(['f u c k']);
    expect(flaggedTexts('S.H.I.T happens')).toEqual(['S.H.I.T']);
    expect(flaggedTexts('fuuuuck')).toEqual(['fuuuuck']);
  });

  it('returns one labelled finding whose spans point into the text', () => {
    const text = '🙂 f*ck this, such b1tches';
    const findings = findingsOf(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'high', labels: ['profanity'], suggestion: expect.any(String) });
    expect(findings[0].spans.map((span) => span.text)).toEqual(['f*ck', 'b1tch']);
    for (const span of findings[0].spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('leaves clean text and words that merely contain a listed word alone', () => {
    for (const text of ['Thanks, the pasta was great!', 'A classic assassin movie', 'We drove through Scunthorpe', 'I am a big fan', 'Hancock and Cockburn']) {
      expect(flaggedTexts(text)).toEqual([]);
    }
  });

  it('reads numbers as numbers, not as leetspeak: ports, prices and phone numbers are no swear words', () => {
    for (const text of ['Book at http://127.0.0.1:44553/rdv', 'Call 0800 4455 123', 'Order #5318008 shipped', 'Only 55.55 € today']) expect([text, findProfanity(text)]).toEqual([text, []]);
    // ...while digits inside a word still stand for letters.
    for (const text of ['you a55hole', 'sh1t happens', 'kiss my 4$$']) expect(findProfanity(text)).not.toEqual([]);
  });

  it('leaves everyday words of the other languages alone, and still flags swearing in them', () => {
    for (const text of [
      'Bonjour Mme Perrin, nous sommes désolés pour ce retard.', // retard: a delay
      'Gruyère râpé sur les pâtes, comme chez mamie', // râpé: grated
      'Este es Rufo, el gato negro de la librería.', // negro: black
      'Nuova etichetta in cantina: il Negroamaro del Salento',
      'Schon gewusst? Ihr könnt euer Abo bis zu 3 Monate pausieren.', // Abo: a subscription
      'Die Pizza war richtig dick belegt und die Dicke Berta ist zurück',
      'Heute bleibt unser Kanal still.',
      'Peligrosamente rica la birra artesanal, y la analítica de hoy salió bien',
      'Matronatación para bebés los miércoles a las 10. Pañal de agua obligatorio.',
      'Da giovedì torna la pasta e fagioli, la fregola con le arselle e i principianti assoluti sono benvenuti',
      'Ça me rappelle mes vacances, et les croissants sont assez bons',
    ]) {
      expect([text, findProfanity(text)]).toEqual([text, []]);
    }
    expect(flaggedTexts('Fuck, qué bueno está este ramen')).toEqual(['Fuck']);
    expect(flaggedTexts('Vous êtes des motherfuckers et des a55holes')).toEqual(['fuck', 'a55']);
    expect(flaggedTexts('Ce connard de livreur est un vrai c0ck')).toEqual(['c0ck']);
    // In English they are what the list says.
    expect(flaggedTexts('You are a retard and your dick pics are not welcome')).toEqual(['retard', 'dick']);
  });

  it('never flags words on the allow-list, matched on the whole word or on the listed word', () => {
    expect(flaggedTexts('Greetings from Penistone')).toEqual(['Penis']);
    expect(flaggedTexts('Greetings from Penistone', { allowList: ['penistone'] })).toEqual([]);
    expect(flaggedTexts('The ass and the donkey', { allowList: ['Ass'] })).toEqual([]);
    expect(flaggedTexts('Penistone is shit', { allowList: ['Penistone'] })).toEqual(['shit']);
  });

  it('uses the severity given in args', () => {
    expect(findingsOf('shit', { severity: 'low' })[0].severity).toBe('low');
  });

  it('tells which listed word a match stands for', () => {
    expect(findProfanity('f u c k and sh1t').map((match) => match.word)).toEqual(['fuck', 'shit']);
  });

  it('answers a repeated text the same, whatever the caller did with the first answer', () => {
    const first = findProfanity('such sh1t');
    first[0].span.text = 'changed';
    expect(findProfanity('such sh1t')).toEqual([{ span: { start: 5, end: 9, text: 'sh1t' }, word: 'shit' }]);
    expect(findProfanity('clean')).toEqual([]);
  });

  it('validates its args', () => {
    expect(validateAgainstSchema(profanityRule.argsSchema, DEFAULT_PROFANITY_ARGS).valid).toBe(true);
    expect(validateAgainstSchema(profanityRule.argsSchema, { allowList: ['Penistone'], severity: 'medium' }).valid).toBe(true);
    expect(validateAgainstSchema(profanityRule.argsSchema, { severity: 'extreme' }).valid).toBe(false);
    expect(validateAgainstSchema(profanityRule.argsSchema, { allowList: [''] }).valid).toBe(false);
    expect(validateAgainstSchema(profanityRule.argsSchema, { blockList: [] }).valid).toBe(false);
  });

  it('passes the rule conformance kit', async () => {
    assertConformance(
      await runRuleConformance(profanityRule, {
        positive: ['This is shit', 'f*ck off', 'sh1t service', 'What the f u c k', 'Greetings from Penistone'],
        negative: ['Lovely staff, great coffee', 'Scunthorpe United', 'A classic assassin movie'],
      }),
    );
    assertConformance(
      await runRuleConformance(profanityRule, {
        args: { allowList: ['Penistone'], severity: 'medium' },
        positive: ['f*ck off'],
        negative: ['Greetings from Penistone'],
      }),
    );
  });
});
