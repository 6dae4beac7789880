import { validateAgainstSchema, type Finding, type RuleContext } from '@rapport/plugin-sdk';
import { assertConformance, runRuleConformance } from '@rapport/plugin-sdk/testing';
import plugin, { questionDetectorRule, validateQuestionDetectorArgs, type QuestionDetectorArgs } from '../src/index.js';

const context: RuleContext = { target: 'inbound_message' };
const evaluate = (text: string, args: QuestionDetectorArgs = questionDetectorRule.defaultArgs!) => questionDetectorRule.evaluate(text, context, args) as Finding[];
const questions = (text: string, args?: QuestionDetectorArgs) => evaluate(text, args).map((finding) => finding.spans[0].text);

const ENGLISH_QUESTIONS = [
  'Are you open on Sunday?',
  'do you deliver to Lyon',
  'how much is the grooming',
  'Hi Anna, can I book for Saturday',
  'is there parking',
  'any vegan options',
  'Please let me know when Max is ready.',
  "I'd like to know your prices",
  'Could you tell me the address',
  'We loved it, did you change the shampoo',
  'Why is nobody answering?!',
  'Just wondering if you do cats too.',
];

const FRENCH_QUESTIONS = [
  'Est-ce que vous livrez à Lyon',
  'Combien pour un toilettage',
  'Quand ouvrez-vous',
  'Où êtes-vous situés',
  'Pouvez-vous me rappeler',
  'Bonjour, y a-t-il un parking',
  'Vous êtes ouverts dimanche ?',
  'Possible de réserver samedi',
  "J'aimerais savoir vos tarifs.",
  'Merci de me confirmer le rendez-vous.',
];

const NOT_QUESTIONS = [
  'Thanks so much, great service!',
  'no question, great service!',
  'who knew grooming could be this fun!',
  'Who knew grooming could be this fun?!',
  'Can you believe how fluffy he is?!',
  'Have you ever seen a happier dog!',
  '??',
  '🤔?',
  'Was it worth it? Absolutely!',
  'Was the best day ever.',
  'Is this the cutest pup ever?',
  'Best groomers in town, right?',
  'Any excuse to pamper my dog is a good one.',
  "Can't wait to come back!",
  'Would recommend.',
  'Do yourself a favour and go.',
  'When we arrived the staff were lovely.',
  'What a lovely day.',
  'Priced at €4.50. Great value.',
  'Rendez-vous pris pour samedi.',
  'Reposez-vous bien !',
  "Qu'est-ce qu'il est mignon !",
  'Merci beaucoup, à bientôt !',
  'Super accueil, je recommande.',
  "C'est mignon, non ?",
  'Le salon où nous allons est top.',
  'Qui l’eût cru ?',
];

describe('question-detector rule', () => {
  it('passes the Rapport conformance kit', async () => {
    assertConformance(await runRuleConformance(questionDetectorRule, { positive: [...ENGLISH_QUESTIONS, ...FRENCH_QUESTIONS], negative: NOT_QUESTIONS }));
  });

  it('passes the conformance kit on reviews too', async () => {
    assertConformance(
      await runRuleConformance(questionDetectorRule, {
        context: { target: 'review' },
        positive: ['Lovely staff. Do you also groom cats?'],
        negative: ['Lovely staff, would come again.'],
      }),
    );
  });

  it('is a plugin with one rule for inbound messages and reviews', () => {
    expect(plugin.name).toBe('@rapport/plugin-rule-question-detector');
    expect(plugin.rules).toEqual([questionDetectorRule]);
    expect(questionDetectorRule.appliesTo).toEqual(['inbound_message', 'review']);
    expect(questionDetectorRule.validateArgs).toBe(validateQuestionDetectorArgs);
  });

  it.each([...ENGLISH_QUESTIONS, ...FRENCH_QUESTIONS])('marks %j', (text) => {
    expect(evaluate(text)).toHaveLength(1);
  });

  it.each(NOT_QUESTIONS)('leaves %j alone', (text) => {
    expect(evaluate(text)).toEqual([]);
  });

  it('marks the question sentence itself, as an info finding labelled question', () => {
    const text = 'Great job with Max! Do you do nail trims too 🙏\nThanks again.';
    const [finding, ...others] = evaluate(text);
    expect(others).toEqual([]);
    expect(finding).toEqual({
      severity: 'info',
      message: 'Asks a question ("Do you"): it awaits an answer.',
      spans: [{ start: 20, end: 47, text: 'Do you do nail trims too 🙏' }],
      labels: ['question'],
    });
    expect(text.slice(finding.spans[0].start, finding.spans[0].end)).toBe(finding.spans[0].text);
  });

  it('marks each question of a message', () => {
    expect(questions('Hello! Are you open Sunday? Also, how much for a bath. Thanks!')).toEqual(['Are you open Sunday?', 'Also, how much for a bath.']);
    expect(evaluate('Are you open Sunday?')[0].message).toBe('Asks a question (question mark): it awaits an answer.');
  });

  it('keeps a question whose next sentence is not an answer', () => {
    expect(questions('Was it worth it? Absolutely!')).toEqual([]);
    expect(questions('Was it worth it? I am not sure.')).toEqual(['Was it worth it?']);
  });

  it('recognises only the configured languages, but a question mark in any', () => {
    const english: QuestionDetectorArgs = { languages: ['en'] };
    expect(questions('Combien pour un toilettage', english)).toEqual([]);
    expect(questions('Combien pour un toilettage ?', english)).toEqual(['Combien pour un toilettage ?']);
    expect(questions('do you deliver to Lyon', { languages: ['fr'] })).toEqual([]);
    expect(questions('Wie viel kostet das?', { languages: [] })).toEqual(['Wie viel kostet das?']);
  });

  it('adds extra patterns, even on exclaimed sentences', () => {
    const args: QuestionDetectorArgs = { extraPatterns: ['\\bdispo\\b', 'tarifs?\\s+svp'] };
    expect(questions('Dispo samedi', args)).toEqual(['Dispo samedi']);
    expect(questions('Tarifs svp!', args)).toEqual(['Tarifs svp!']);
    expect(questions('Dispo samedi')).toEqual([]);
  });

  it('skips an invalid extra pattern instead of throwing', () => {
    expect(questions('Dispo samedi', { extraPatterns: ['(', 'dispo'] })).toEqual(['Dispo samedi']);
    expect(questions('hello', undefined as unknown as QuestionDetectorArgs)).toEqual([]);
  });

  describe('args', () => {
    it('default and custom args match argsSchema', () => {
      expect(validateAgainstSchema(questionDetectorRule.argsSchema, questionDetectorRule.defaultArgs).valid).toBe(true);
      expect(validateAgainstSchema(questionDetectorRule.argsSchema, { languages: ['fr'], extraPatterns: ['\\bdispo\\b'] }).valid).toBe(true);
    });

    it('argsSchema rejects unknown languages and repeated ones', () => {
      expect(validateAgainstSchema(questionDetectorRule.argsSchema, { languages: ['de'] }).errors.map((error) => error.field)).toEqual(['languages.0']);
      expect(validateAgainstSchema(questionDetectorRule.argsSchema, { languages: ['en', 'en'] }).valid).toBe(false);
    });

    it('validateArgs names an extra pattern that does not compile', () => {
      expect(validateQuestionDetectorArgs({ extraPatterns: ['ok', 'dispo('] })).toEqual([
        { field: 'extraPatterns.1', message: expect.stringMatching(/^is not a valid regular expression: /) },
      ]);
      expect(validateQuestionDetectorArgs(questionDetectorRule.defaultArgs)).toEqual([]);
      expect(validateQuestionDetectorArgs({ extraPatterns: 'dispo' })).toEqual([{ field: 'extraPatterns', message: 'must be a list of regular expressions' }]);
    });
  });
});
