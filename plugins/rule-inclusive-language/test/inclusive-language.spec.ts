import { validateAgainstSchema, type Finding, type RuleContext } from '@rapport/plugin-sdk';
import { assertConformance, runRuleConformance } from '@rapport/plugin-sdk/testing';
import retextEnglish from 'retext-english';
import retextEquality from 'retext-equality';
import retextProfanities from 'retext-profanities';
import { unified } from 'unified';
import { VFile } from 'vfile';
import plugin, { DEFAULT_INCLUSIVE_LANGUAGE_ARGS, inclusiveLanguageRule, type InclusiveLanguageArgs } from '../src/index.js';
import { ShardedChecker, type Message } from '../src/sharded-checker.js';

const post: RuleContext = { target: 'post' };

async function findingsOf(text: string, args: Partial<InclusiveLanguageArgs> = {}): Promise<Finding[]> {
  return inclusiveLanguageRule.evaluate(text, post, { ...DEFAULT_INCLUSIVE_LANGUAGE_ARGS, ...args });
}

async function flaggedWords(text: string, args: Partial<InclusiveLanguageArgs> = {}): Promise<string[]> {
  return (await findingsOf(text, args)).flatMap((finding) => finding.spans.map((span) => span.text));
}

const samples = [
  'When a customer calls, he or she gets a reply.',
  'Our chairman is crazy about this, what the fuck',
  "Don't be a retard, you son of a bitch",
  'The master branch and the slave server',
  "She is a stewardess and he is a fireman. He's a crack-head, isn't he?",
  'Hey guys, the new menu is out! Those bitches and hos. Go to hell.',
  'Thank you so much, the staff were wonderful.',
  'That was a dumb idea, you idiot. Damn.\n\nA second paragraph: the postman was lame.',
  'He’s the best! Our chairwoman’s guests were… crazy. Thanks to the cameramen!',
  '',
];

describe('inclusive-language rule', () => {
  it('is the one rule of the plugin', () => {
    expect(plugin.name).toBe('@rapport/plugin-rule-inclusive-language');
    expect(plugin.rules).toEqual([inclusiveLanguageRule]);
  });

  it('flags gendered wording with the alternatives as suggestion', async () => {
    const text = 'When a customer calls, he or she gets a reply from our chairman.';
    const findings = await findingsOf(text);
    expect(findings.map((finding) => finding.spans[0].text)).toEqual(['he', 'she', 'chairman']);
    expect(findings[0]).toMatchObject({ severity: 'medium', labels: ['insensitive-language'], spans: [{ start: 23, end: 25, text: 'he' }] });
    expect(findings[0].suggestion).toContain('"they"');
    expect(findings[2].suggestion).toBe('Use "chair", "head" or "chairperson" instead of "chairman".');
  });

  it('flags ableist wording and profanity once each, preferring the finding with alternatives', async () => {
    const findings = await findingsOf('That was a dumb idea, you idiot. Damn.');
    expect(findings.map((finding) => [finding.spans[0].text, finding.labels])).toEqual([
      ['dumb', ['insensitive-language']],
      ['idiot', ['insensitive-language']],
      ['Damn', ['profanity']],
    ]);
  });

  it('reads English only: everyday words of other languages are not flagged', async () => {
    for (const text of [
      'Spaghetti alla puttanesca, il piatto del giovedì', // "alla" is not Allah
      'Nieuw: je kunt facturen als PDF exporteren via Instellingen.', // "kunt": (you) can
      'Temos orgulho de apoiar a corrida contra o câncer de mama neste domingo',
      'Un bon papa ne laisse pas ses enfants sans siège auto, et nous sommes désolés pour ce retard',
    ]) {
      expect([text, await findingsOf(text)]).toEqual([text, []]);
    }
    expect(await flaggedWords('Be a real man and let your wife have a break, she deserves it')).not.toEqual([]);
  });

  it('leaves considerate text alone', async () => {
    for (const text of ['We welcome everyone.', 'Our chair thanks the fire fighters and flight attendants.', 'They said the new menu is out!']) {
      expect(await findingsOf(text)).toEqual([]);
    }
  });

  it('does not report rule ids on the allow list', async () => {
    expect(await flaggedWords('Hey guys, if anyone calls, he is here. Damn.', { allow: ['gals-man', 'damn'] })).toEqual(['he']);
    expect(await flaggedWords('We groom kids too', { allow: ['groom-children'] })).toEqual([]);
  });

  describe('gendered pronouns, by what they refer to', () => {
    it.each([
      ['When a customer calls, he or she gets a reply.', ['he', 'she']],
      ['Every guest can bring his partner.', ['his']],
      ['Anyone can book online; she only needs an e-mail address.', ['she']],
      ['If a client is late, tell him the new time.', ['him']],
      ['Ask the customer for his/her order number.', ['his', 'her']],
      ['Customers love it when he answers within the hour.', ['he']],
    ])('flags %j: about an unspecified person', async (text, words) => {
      expect(await flaggedWords(text)).toEqual(words);
    });

    it.each([
      'She is a good dog',
      'Our groomer will groom your dog. She loved the bath.',
      'Bella was a star today. She loved her bath and he was so proud!',
      'Thanks for bringing your puppy, he was very brave.',
      'Our groomer Anna said she will call you tomorrow.',
      'Thanks, Maria! She loved the salon.',
      'He will call you back this afternoon.',
    ])('leaves %j alone: a named or known individual, or an animal', async (text) => {
      expect(await flaggedWords(text)).toEqual([]);
    });
  });

  describe('"groom", by sense', () => {
    it.each([
      'We groom cats and dogs.',
      'Our groomer will groom your dog.',
      'Book a full groom for your poodle today.',
      'Beard trims and a groom for your horse.',
      'Well groomed and happy!',
    ])('leaves %j alone: caring for pets or hair', async (text) => {
      expect(await flaggedWords(text)).toEqual([]);
    });

    it('still flags the bridegroom, with the alternatives', async () => {
      const findings = await findingsOf('Congratulations to the bride and groom!');
      expect(findings.map((finding) => finding.spans[0].text)).toEqual(['bride', 'groom']);
      expect(findings[1].suggestion).toContain('"spouse"');
      expect(await flaggedWords('The groom looked great.')).toEqual(['groom']);
    });

    it('flags "groom" beside children, in the child-abuse sense', async () => {
      for (const [text, word] of [['We groom kids and teens too', 'groom'], ['Grooming children since 1998', 'Grooming']]) {
        const [finding, ...others] = await findingsOf(text);
        expect(others).toEqual([]);
        expect(finding).toMatchObject({ labels: ['insensitive-language'], spans: [{ text: word }] });
        expect(finding.message).toContain('child grooming');
      }
      expect(await flaggedWords("We groom your kids' puppies")).toEqual([]);
    });
  });

  it('reports profanity by sureness, as alex does', async () => {
    const text = 'Damn, the launch was a bomb and the food was crap';
    expect(await flaggedWords(text, { profanitySureness: 0 })).toEqual(['Damn', 'bomb', 'crap']);
    expect(await flaggedWords(text, { profanitySureness: 1 })).toEqual(['Damn', 'crap']);
    expect(await flaggedWords(text, { profanitySureness: 2 })).toEqual(['crap']);
  });

  it('uses the severity given in args', async () => {
    expect((await findingsOf('Our chairman', { severity: 'low' }))[0].severity).toBe('low');
  });

  it('validates its args', () => {
    const { argsSchema } = inclusiveLanguageRule;
    expect(validateAgainstSchema(argsSchema, DEFAULT_INCLUSIVE_LANGUAGE_ARGS).valid).toBe(true);
    expect(validateAgainstSchema(argsSchema, { allow: ['he-she'], profanitySureness: 2, severity: 'low' }).valid).toBe(true);
    expect(validateAgainstSchema(argsSchema, { profanitySureness: 3 }).valid).toBe(false);
    expect(validateAgainstSchema(argsSchema, { allow: [''] }).valid).toBe(false);
    expect(validateAgainstSchema(argsSchema, { binary: true }).valid).toBe(false);
  });

  it('passes the rule conformance kit', async () => {
    assertConformance(
      await runRuleConformance(inclusiveLanguageRule, {
        positive: ['When a customer calls, he or she gets a reply.', 'Hey guys!', 'Our chairman is crazy about it', 'Damn, sold out'],
        negative: ['We welcome everyone.', 'They loved the new menu', 'Thanks, folks!'],
      }),
    );
    assertConformance(
      await runRuleConformance(inclusiveLanguageRule, {
        args: { allow: ['gals-man'], profanitySureness: 2, severity: 'low' },
        positive: ['Our chairman'],
        negative: ['Hey guys!', 'Damn, sold out'],
      }),
    );
  });
});

describe('ShardedChecker', () => {
  const signature = (messages: Message[]) =>
    messages
      .map((message) => `${message.source}:${message.ruleId}@${JSON.stringify(message.place)}:${message.reason}:${JSON.stringify(message.expected)}`)
      .sort();

  it.each([0, 1, 2] as const)('gives the same messages as the plain plugins (sureness %i)', (sureness) => {
    const checker = new ShardedChecker([
      { plugin: retextEquality, options: {} },
      { plugin: retextProfanities, options: { sureness } },
    ]);
    const plain = unified().use(retextEnglish).use(retextEquality).use(retextProfanities, { sureness }).freeze();
    for (const text of samples) {
      const file = new VFile(text);
      plain.runSync(plain.parse(file), file);
      expect(signature(checker.check(text))).toEqual(signature(file.messages));
    }
  });

  it('runs a plugin only for the shards of the words in the text, each with its own phrases', () => {
    const runs: string[][] = [];
    const fakePlugin = (options?: Readonly<{ ignore?: ReadonlyArray<string> | null }> | null) => {
      const searched = ['rude waiter', 'cold soup'].filter((phrase) => !options?.ignore?.includes(phrase));
      return () => {
        runs.push(searched);
        return undefined;
      };
    };
    const checker = new ShardedChecker([{ plugin: fakePlugin, options: {} }], 4);
    checker.check('Lovely food');
    expect(runs).toEqual([]);
    checker.check('The soup was cold and the waiter rude');
    expect(runs.flat().sort()).toEqual(['cold soup', 'rude waiter']);
  });
});
