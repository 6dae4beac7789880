/**
 * Training-time augmentation (train items only): the same message as people
 * really type it, so the model learns to read past the disguise instead of
 * memorising clean spellings. Labels never change.
 */

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)];

/**
 * Insults and swear words people disguise, in the model's languages. Used only
 * to choose which words augmentation obfuscates; the model itself has no word list.
 */
const DISGUISED_WORDS = new Set(
  `fuck fucking fucked fucker motherfucker shit shitty bullshit bitch bitches bastard bastards idiot idiots moron morons stupid asshole assholes
  dick dickhead crap damn cunt whore slut retard retarded loser losers scum scumbag ass jackass wtf piss pissed dumb dumbass twat prick wanker
  merde putain connard connards connasse salope salopes con cons encule enculé enculés pute abruti abrutis debile débile cretin crétin crétins
  bordel foutre nique niquer gueule batard bâtard batards bâtards ordure ordures
  mierda puta putas cabron cabrón cabrones gilipollas pendejo pendejos idiota idiotas imbecil imbécil estupido estúpido joder coño carajo culero
  pinche mamon mamón capullo hostia cojones ladron ladrón ladrones
  scheiße scheisse scheiss arschloch arschlöcher wichser hure fotze verdammt dumm vollidiot depp mist kacke hurensohn idioten drecksladen penner
  cazzo merda stronzo stronzi vaffanculo puttana coglione coglioni cretino cretini minchia porca schifo ladri
  porra caralho otario otário babaca foda fdp burro cacete merdas lixo ladrões ladroes
  kut klootzak klootzakken godverdomme lul eikel idioot idioten sukkel tering kanker hoer debiel mongool kolere`.split(/\s+/),
);

const LEET: Record<string, string[]> = { a: ['4', '@'], e: ['3'], i: ['1'], o: ['0'], s: ['5', '$'], t: ['7'], c: ['©'], l: ['1'] };
const VOWELS = /[aeiouáéíóúàèìòùâêîôûäëïöü]/i;

/** One disguise of one word: "b*tch", "id10t", "s h i t", "f.u.c.k", "fuuuuck", "fu©k", "BiTcH". */
export function obfuscateWord(word: string, random: Random): string {
  const chars = [...word];
  if (chars.length < 3) return word;
  switch (Math.floor(random() * 7)) {
    case 0: {
      // Stars for one or more inner vowels (or the middle letters).
      const inner = chars.map((char, index) => (index > 0 && index < chars.length - 1 && VOWELS.test(char) ? index : -1)).filter((index) => index > 0);
      const targets = inner.length ? inner.filter((_, n) => n === 0 || random() < 0.5) : [Math.floor(chars.length / 2)];
      for (const index of targets) chars[index] = '*';
      if (random() < 0.3) for (let index = 1; index < chars.length - 1; index++) chars[index] = '*';
      return chars.join('');
    }
    case 1:
    case 2:
      return chars.map((char, index) => (LEET[char.toLowerCase()] && (index > 0 || random() < 0.3) && random() < 0.6 ? pick(random, LEET[char.toLowerCase()]) : char)).join('');
    case 3:
      return chars.join(pick(random, [' ', '.', '-', ' ']));
    case 4: {
      const index = chars.findIndex((char, n) => n > 0 && VOWELS.test(char));
      const at = index > 0 ? index : 1;
      chars[at] = chars[at].repeat(3 + Math.floor(random() * 4));
      return chars.join('');
    }
    case 5:
      return chars.map((char) => (char.toLowerCase() === 'c' ? '©' : char.toLowerCase() === 'a' && random() < 0.5 ? '@' : char)).join('');
    default:
      return chars.map((char, index) => (index % 2 ? char.toUpperCase() : char.toLowerCase())).join('');
  }
}

const WORD = /[\p{L}\p{N}]+/gu;
const EMOJIS = ['😂', '🙏', '👍', '🔥', '😡', '🤬', '😍', '💯', '🙄', '😭', '👀', '✨', '🤔', '❤️', '😤', '🤡'];

function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/**
 * A variant of a training text: disguised insults and swear words (always
 * for abusive or profane items, sometimes another word of theirs), other
 * casing, dropped punctuation or accents, typos, stretched letters, emojis.
 */
export function augmentText(text: string, labels: readonly string[], random: Random): string {
  const offensive = labels.includes('abuse') || labels.includes('threat') || labels.includes('profanity');
  let disguisedAny = false;
  let out = text.replace(WORD, (word) => {
    if (DISGUISED_WORDS.has(word.toLowerCase()) && random() < 0.7) {
      disguisedAny = true;
      return obfuscateWord(word, random);
    }
    return word;
  });
  if (offensive && !disguisedAny && random() < 0.25) {
    const candidates = [...out.matchAll(WORD)].filter((match) => match[0].length >= 4);
    if (candidates.length) {
      const chosen = pick(random, candidates);
      out = out.slice(0, chosen.index) + obfuscateWord(chosen[0], random) + out.slice(chosen.index! + chosen[0].length);
    }
  }
  const casing = random();
  if (casing < 0.08) out = out.toUpperCase();
  else if (casing < 0.3) out = out.toLowerCase();
  if (random() < 0.3) out = out.replace(/[.,;:!?¿¡]+/g, '').replace(/\s{2,}/g, ' ').trim();
  if (random() < 0.3) out = stripAccents(out);
  if (random() < 0.2) out = typo(out, random);
  if (random() < 0.1) out = out.replace(/([aeiouy])(?=[^aeiouy\s]*\s*$)/i, (vowel) => vowel.repeat(3 + Math.floor(random() * 3)));
  if (random() < 0.15) out = random() < 0.5 ? `${out} ${pick(random, EMOJIS)}` : `${out}${pick(random, EMOJIS)}${pick(random, EMOJIS)}`;
  return out || text;
}

/** One slip of the keyboard in a longer word: two letters swapped or one dropped. */
function typo(text: string, random: Random): string {
  const words = [...text.matchAll(/\p{L}{5,}/gu)];
  if (!words.length) return text;
  const chosen = pick(random, words);
  const chars = [...chosen[0]];
  const at = 1 + Math.floor(random() * (chars.length - 2));
  if (random() < 0.5) [chars[at], chars[at + 1]] = [chars[at + 1], chars[at]];
  else chars.splice(at, 1);
  return text.slice(0, chosen.index) + chars.join('') + text.slice(chosen.index! + chosen[0].length);
}

export { stripAccents };
