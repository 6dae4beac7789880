import { validateAgainstSchema } from '@rapport/plugin-sdk';
import { memoizeByList, orderedUniqueSpans, readsAsEnglish, rememberingLastText, severityArgSchema, spanAt, spansMatching, wholeWordsPattern } from '../src/rule-kit.js';

describe('rule kit', () => {
  it('makes spans whose text is the text between their offsets', () => {
    expect(spanAt('Hello there', 6, 11)).toEqual({ start: 6, end: 11, text: 'there' });
    expect(spansMatching('a1 b22 c', /\d+/g)).toEqual([
      { start: 1, end: 2, text: '1' },
      { start: 4, end: 6, text: '22' },
    ]);
  });

  it('orders spans and drops repeats of the same stretch', () => {
    const a = spanAt('abcdef', 3, 5);
    const b = spanAt('abcdef', 0, 2);
    expect(orderedUniqueSpans([a, b, { ...a }, spanAt('abcdef', 0, 3)])).toEqual([b, spanAt('abcdef', 0, 3), a]);
  });

  it('matches listed words and phrases as whole words, whatever the case and spacing', () => {
    const pattern = wholeWordsPattern(['idiot', 'go to hell', 'a+b', ' '])!;
    expect(spansMatching('IDIOT! Go  to\nhell. idiotic, a+b', pattern).map((span) => span.text)).toEqual(['IDIOT', 'Go  to\nhell', 'a+b']);
    expect(spansMatching('Café idiot_ naïveidiot', wholeWordsPattern(['idiot', 'café'])!).map((span) => span.text)).toEqual(['Café']);
    // Words starting with characters special in a character class, and with letters of other cases and scripts.
    const special = wholeWordsPattern(['^caret', ']bracket', '-dash', '\\slash', 'Émile', 'ßtraße', '😀 smile'])!;
    expect(spansMatching('^CARET ]Bracket -dash \\slash émile SSTRASSE ßtraße 😀  smile', special).map((span) => span.text)).toEqual(['^CARET', ']Bracket', '-dash', '\\slash', 'émile', 'ßtraße', '😀  smile']);
    expect(wholeWordsPattern([])).toBeNull();
    expect(wholeWordsPattern(['  '])).toBeNull();
  });

  it('tells English text from text in the six other languages the triage model reads', () => {
    const english = [
      'Sorry for the delay, your refund is on its way.',
      'Great tits and blue tits all over the feeders this morning',
      'W A N K E R S',
      'Damn, only 3 left!',
      'Spotted dick and custard, £6',
      'Same as last year I guess',
    ];
    const others = [
      'Bonjour Mme Perrin, nous sommes désolés pour ce retard.',
      'Este es Rufo, el gato negro de la librería.',
      'Schon gewusst? Ihr könnt euer Abo bis zu 3 Monate pausieren.',
      'Heute bleibt unser Kanal still.',
      'Spaghetti alla puttanesca, il piatto del giovedì',
      'Resultado do teste cego: 7 em cada 10 clientes preferiram o novo blend.',
      'Nieuw: je kunt facturen als PDF exporteren via Instellingen.',
    ];
    for (const text of english) expect([text, readsAsEnglish(text)]).toEqual([text, true]);
    for (const text of others) expect([text, readsAsEnglish(text)]).toEqual([text, false]);
    // Without a function word of any language there is nothing to go on: the English word lists still judge it.
    expect(readsAsEnglish('Negroamaro 2022')).toBe(true);
    expect(readsAsEnglish('')).toBe(true);
  });

  it('prefers the longest listed phrase', () => {
    expect(spansMatching('fuck off', wholeWordsPattern(['fuck', 'fuck off'])!).map((span) => span.text)).toEqual(['fuck off']);
  });

  it('compiles a list once, whether the same array or an equal one comes back', () => {
    let compilations = 0;
    const compiled = memoizeByList((list) => {
      compilations++;
      return new Set(list);
    });
    const list = ['a', 'b'];
    expect(compiled(list)).toBe(compiled(list));
    expect(compiled(['a', 'b'])).toBe(compiled(list));
    expect(compiled(['b', 'a'])).not.toBe(compiled(list));
    expect(compilations).toBe(2);
  });

  it('forgets lists by content when its cache is full, and still answers', () => {
    const compiled = memoizeByList((list) => list.join('+'), 2);
    for (const word of ['a', 'b', 'c', 'd']) expect(compiled([word])).toBe(word);
  });

  it('answers a text asked again in a row from memory, and another text afresh', () => {
    const asked: string[] = [];
    const length = rememberingLastText((text) => (asked.push(text), text.length));
    expect([length('hello'), length('hello'), length('hi'), length('hello')]).toEqual([5, 5, 2, 5]);
    expect(asked).toEqual(['hello', 'hi', 'hello']);
  });

  it('describes a severity argument', () => {
    const schema = severityArgSchema('high');
    expect(schema.default).toBe('high');
    expect(validateAgainstSchema(schema, 'critical').valid).toBe(true);
    expect(validateAgainstSchema(schema, 'severe').valid).toBe(false);
  });
});
