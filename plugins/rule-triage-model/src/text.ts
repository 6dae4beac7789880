/**
 * Text analysis shared by training and inference: folds the text for features
 * (NFKC/NFKD compatibility forms, lower case, accents stripped, leetspeak and
 * in-word obfuscation undone) while every token keeps the offsets of the
 * ORIGINAL text it came from, so the words that weighed most can be shown as
 * spans of what the customer wrote.
 */

export type TokenKind = 'word' | 'number' | 'url' | 'email' | 'mention' | 'hashtag' | 'emoji' | 'punct';

export interface Token {
  /** Folded form used for features ("b*tch", "idiots", "<url>"). */
  text: string;
  kind: TokenKind;
  /** Offsets in the original text (UTF-16 code units): `original.slice(start, end)`. */
  start: number;
  end: number;
  /** Host of a URL token ("bit.ly"). */
  host?: string;
  /** The word was disguised: stars, leetspeak, symbols for letters, spaced or dotted letters. */
  obfuscated?: boolean;
}

export interface TextStats {
  /** Cased letters and how many of them are upper case (shouting). */
  letters: number;
  upper: number;
  /** '?' anywhere, and whether the text ends with a question (emojis and spaces aside). */
  hasQuestionMark: boolean;
  endsWithQuestionMark: boolean;
  exclamations: number;
  /** A short stretch in quotes: "fast delivery" said with irony, often. */
  quoted: boolean;
}

export interface Analysis {
  tokens: Token[];
  stats: TextStats;
}

type CharClass = 'letter' | 'digit' | 'space' | 'obfuscator' | 'joiner' | 'emoji' | 'punct' | 'drop';

interface Folded {
  text: string;
  cls: CharClass;
}

/** Letters NFKD does not decompose, and symbols used as letters ("fu©k"). */
const SPECIAL_FOLDS: Record<string, string> = {
  '©': 'c', '®': 'r', 'ø': 'o', 'Ø': 'o', 'æ': 'ae', 'Æ': 'ae', 'œ': 'oe', 'Œ': 'oe', 'ł': 'l', 'Ł': 'l', 'đ': 'd', 'Đ': 'd',
  'ħ': 'h', 'ı': 'i', 'ß': 'ss', 'ẞ': 'ss', 'þ': 'th', 'ð': 'd',
  '’': "'", '‘': "'", 'ʼ': "'", '´': "'", '`': "'", '“': '"', '”': '"', '«': '"', '»': '"',
};

const FOLD_CACHE = new Map<number, Folded>();
/** Latin, Greek and Cyrillic code points, most of every text: an array lookup is cheaper than the map's. */
const SMALL_FOLDS: Array<Folded | undefined> = new Array(0x800).fill(undefined);
const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;
const PICTOGRAPH = /\p{Extended_Pictographic}|\p{So}/u;
const INVISIBLE = /[\u200b-\u200f\u2060\ufe00-\ufe0f\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}\u00ad]/u;
const MARK = /\p{M}/gu;
const SPACE = /\s/u;

function classify(folded: string, original: string): CharClass {
  if (folded === '') return 'drop';
  const first = folded[0];
  if (first === '*' || first === '@' || first === '$') return 'obfuscator';
  if (first === '.' || first === '-' || first === '_' || first === "'") return 'joiner';
  if (first >= '0' && first <= '9') return 'digit';
  if (LETTER.test(first)) return 'letter';
  if (NUMBER.test(first)) return 'digit';
  if (SPACE.test(first)) return 'space';
  if (PICTOGRAPH.test(original)) return 'emoji';
  return 'punct';
}

/** How one code point reads for features; cached (texts share their alphabet). */
function fold(codePoint: number): Folded {
  const cached = codePoint < SMALL_FOLDS.length ? SMALL_FOLDS[codePoint] : FOLD_CACHE.get(codePoint);
  if (cached) return cached;
  const original = String.fromCodePoint(codePoint);
  let text: string;
  if (INVISIBLE.test(original)) text = '';
  else if (SPECIAL_FOLDS[original] !== undefined) text = SPECIAL_FOLDS[original];
  else text = original.normalize('NFKD').replace(MARK, '').toLowerCase();
  if (text.length > 1 && SPACE.test(text)) text = ' ';
  // Full-width and stylised letters fold to plain ones ("𝐟𝐮𝐜𝐤" → "fuck"); a combining mark alone folds to nothing.
  const folded: Folded = { text, cls: classify(text, original) };
  if (codePoint < SMALL_FOLDS.length) SMALL_FOLDS[codePoint] = folded;
  else FOLD_CACHE.set(codePoint, folded);
  return folded;
}

/** Leetspeak digits read as letters inside words ("id10ts", "h3ll0", "a55"). */
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g' };

interface Piece {
  text: string;
  cls: CharClass;
  start: number;
  end: number;
}

const QUOTED = /(?:^|[\s(])["“«‘'][^"”»’'\n]{2,40}["”»’'](?=$|[\s,.!?;:)—-])/u;
const URL_START = /^(?:https?:\/\/|www\.)/;
const DOMAIN = /^(?:[a-z0-9-]+\.)+(?:com|net|org|io|ly|co|me|info|biz|xyz|shop|site|online|store|app|link|click|top|live|club|gg|tv|us|uk|eu|fr|de|es|it|pt|nl|be|ch|at|br|mx|ar|ru|cn|in)(?:\/\S*)?$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/;
const TRAILING = /[.,!?;:)\]}'"…]+$/;

/**
 * Splits the folded text into tokens. Words keep their obfuscation
 * ("b*tch", "f***ing") as a wildcard, read "@"/"$" as letters inside words,
 * undo leetspeak, join spaced or dotted letters ("s h i t", "f.u.c.k") and
 * shorten runs of a repeated letter to two ("fuuuuck" → "fuuck").
 */
export function analyse(original: string): Analysis {
  const pieces: Piece[] = [];
  let letters = 0;
  let upper = 0;
  let exclamations = 0;
  let hasQuestionMark = false;
  let lastMeaningful = '';
  for (let index = 0; index < original.length; ) {
    const codePoint = original.codePointAt(index)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const folded = fold(codePoint);
    if (folded.cls === 'letter') {
      if (codePoint < 128) {
        letters++;
        if (codePoint <= 90) upper++;
      } else {
        // Beyond ASCII a cased letter is one whose cases differ: "É" is, "中" is not.
        const char = original.slice(index, index + width);
        const lower = char.toLowerCase();
        if (lower !== char.toUpperCase()) {
          letters++;
          if (char !== lower) upper++;
        }
      }
    }
    if (folded.text === '?' || codePoint === 0xbf) hasQuestionMark = true;
    if (folded.text === '!') exclamations++;
    if (folded.cls !== 'space' && folded.cls !== 'emoji' && folded.cls !== 'drop') lastMeaningful = folded.text;
    if (folded.cls !== 'drop') pieces.push({ text: folded.text, cls: folded.cls, start: index, end: index + width });
    index += width;
  }
  // "sh!t", "bullsh!t": an exclamation mark between two letters stands for an i.
  for (let index = 1; index + 1 < pieces.length; index++) {
    if (pieces[index].text === '!' && pieces[index - 1].cls === 'letter' && pieces[index + 1].cls === 'letter') pieces[index] = { ...pieces[index], cls: 'obfuscator' };
  }
  const tokens: Token[] = [];
  let position = 0;
  while (position < pieces.length) {
    if (pieces[position].cls === 'space') {
      position++;
      continue;
    }
    let chunkEnd = position;
    while (chunkEnd < pieces.length && pieces[chunkEnd].cls !== 'space') chunkEnd++;
    chunkTokens(pieces, position, chunkEnd, tokens);
    position = chunkEnd;
  }
  return {
    tokens: joinSpacedLetters(tokens),
    stats: { letters, upper, hasQuestionMark, endsWithQuestionMark: lastMeaningful === '?', exclamations, quoted: QUOTED.test(original) },
  };
}

function chunkTokens(pieces: Piece[], from: number, to: number, out: Token[]): void {
  let text = '';
  for (let index = from; index < to; index++) text += pieces[index].text;
  const start = pieces[from].start;
  const end = pieces[to - 1].end;
  // Links, e-mails, mentions and hashtags are read whole; punctuation after them is not theirs.
  const dotted = text.includes('.');
  if (dotted && (URL_START.test(text) || DOMAIN.test(text.replace(TRAILING, '')))) {
    const trimmed = text.replace(TRAILING, '');
    const host = trimmed.replace(URL_START, '').replace(/^www\./, '').split(/[/?#:]/, 1)[0];
    out.push({ text: '<url>', kind: 'url', start, end: endOfPrefix(pieces, from, to, trimmed.length), host });
    return;
  }
  if (dotted && text.includes('@') && EMAIL.test(text.replace(TRAILING, ''))) {
    out.push({ text: '<email>', kind: 'email', start, end: endOfPrefix(pieces, from, to, text.replace(TRAILING, '').length) });
    return;
  }
  if (/^@[a-z0-9_.]+/.test(text)) {
    const handle = /^@[a-z0-9_.]+/.exec(text)![0].replace(/\.+$/, '');
    out.push({ text: '<mention>', kind: 'mention', start, end: endOfPrefix(pieces, from, to, handle.length) });
    splitWords(pieces, from + piecesForLength(pieces, from, handle.length), to, out);
    return;
  }
  if (text.length > 1 && text[0] === '#' && (pieces[from + 1].cls === 'letter' || pieces[from + 1].cls === 'digit')) {
    out.push({ text: '<hashtag>', kind: 'hashtag', start, end: pieces[from].end });
    splitWords(pieces, from + 1, to, out);
    return;
  }
  splitWords(pieces, from, to, out);
}

function piecesForLength(pieces: Piece[], from: number, length: number): number {
  let count = 0;
  let seen = 0;
  while (seen < length && from + count < pieces.length) seen += pieces[from + count++].text.length;
  return count;
}

function endOfPrefix(pieces: Piece[], from: number, to: number, length: number): number {
  const count = piecesForLength(pieces, from, length);
  return pieces[Math.min(from + count, to) - 1].end;
}

const isWordClass = (cls: CharClass) => cls === 'letter' || cls === 'digit' || cls === 'obfuscator';

/** Words, numbers, emojis and the punctuation that carries meaning ('?', '!', '¿'). */
function splitWords(pieces: Piece[], from: number, to: number, out: Token[]): void {
  let index = from;
  while (index < to) {
    const piece = pieces[index];
    if (isWordClass(piece.cls)) {
      let end = index;
      // A word: letters, digits and obfuscators, with joiners ('.', '-', '_', "'") only between them.
      while (end < to && (isWordClass(pieces[end].cls) || (pieces[end].cls === 'joiner' && end + 1 < to && isWordClass(pieces[end + 1].cls) && end > index))) end++;
      emitWord(pieces, index, end, out);
      index = end;
    } else if (piece.cls === 'emoji') {
      out.push({ text: piece.text, kind: 'emoji', start: piece.start, end: piece.end });
      index++;
    } else if (piece.text === '?' || piece.text === '!' || piece.text === '¿' || piece.text === '¡') {
      let end = index;
      while (end < to && pieces[end].text === piece.text) end++;
      out.push({ text: end - index > 1 ? piece.text + piece.text : piece.text, kind: 'punct', start: piece.start, end: pieces[end - 1].end });
      index = end;
    } else {
      index++;
    }
  }
}

function emitWord(pieces: Piece[], from: number, to: number, out: Token[]): void {
  // A leading obfuscator not followed by a letter is currency or decoration ("$50", "*sigh" stays): dropped.
  let first = from;
  const last = to;
  while (first < last && pieces[first].cls === 'obfuscator' && !(first + 1 < last && pieces[first + 1].cls === 'letter')) first++;
  if (first === last) {
    // "****" alone is a censored swear word.
    if (pieces.slice(from, to).every((piece) => piece.text === '*') && to - from >= 3) out.push({ text: '*', kind: 'word', start: pieces[from].start, end: pieces[to - 1].end });
    return;
  }
  const parts: Piece[][] = [[]];
  for (let index = first; index < last; index++) {
    if (pieces[index].cls === 'joiner') parts.push([]);
    else parts[parts.length - 1].push(pieces[index]);
  }
  const nonEmpty = parts.filter((part) => part.length > 0);
  // "s.h.i.t", "f-u-c-k": single letters joined by dots or dashes are one word.
  if (nonEmpty.length >= 3 && nonEmpty.every((part) => part.length === 1)) {
    pushWord(nonEmpty.flat(), out);
    out[out.length - 1].obfuscated = true;
    return;
  }
  for (const part of nonEmpty) pushWord(part, out);
}

function pushWord(part: Piece[], out: Token[]): void {
  const start = part[0].start;
  const end = part[part.length - 1].end;
  let raw = '';
  for (const piece of part) raw += piece.text;
  if (/^[0-9]+$/.test(raw)) {
    out.push({ text: '<num>', kind: 'number', start, end });
    return;
  }
  let text = raw;
  const hasLetter = part.some((piece) => piece.cls === 'letter');
  if (hasLetter) {
    // '@', '$' and '!' inside a word are letters ("b@stard", "$hit", "a$$", "sh!t"); '*' stays a wildcard ("b*tch").
    if (/[@$!]/.test(text)) text = text.replace(/@/g, 'a').replace(/\$/g, 's').replace(/!/g, 'i');
    if (/[0-9]/.test(text) && isLeet(text)) text = text.replace(/[0-9]/g, (digit) => LEET[digit] ?? digit);
  } else if (/^[*]+$/.test(text)) {
    text = '*';
  }
  const disguised = text !== raw || text.includes('*');
  if (mayRepeatThrice(text)) text = text.replace(/(.)\1{2,}/gu, '$1$1');
  if (text.length === 0) return;
  out.push(disguised ? { text, kind: 'word', start, end, obfuscated: true } : { text, kind: 'word', start, end });
}

/**
 * Whether `text` may hold a letter three times in a row (a quick look before the Unicode pattern, which most words pass
 * without a match): exact for text without surrogate pairs, and true whenever it has one.
 */
function mayRepeatThrice(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdfff) return true;
    if (index >= 2 && code === text.charCodeAt(index - 1) && code === text.charCodeAt(index - 2)) return true;
  }
  return false;
}

/** Digits are leetspeak when a letter sits on both sides ("id10ts") or next to a 3+ letter word ("hell0", "1diot"). */
function isLeet(word: string): boolean {
  if (/[a-z*][0-9]+[a-z*]/.test(word)) return true;
  if (/^[a-z]{3,}[013457]$/.test(word)) return true;
  return /^[013457][a-z]{3,}$/.test(word);
}

/** "s h i t", "i d i o t": three or more single letters in a row, one space apart, are one word. */
function joinSpacedLetters(tokens: Token[]): Token[] {
  const out: Token[] = [];
  let index = 0;
  while (index < tokens.length) {
    let end = index;
    while (end < tokens.length && isSingleLetter(tokens[end]) && (end === index || tokens[end].start - tokens[end - 1].end <= 2)) end++;
    if (end - index >= 3) {
      out.push({ text: tokens.slice(index, end).map((token) => token.text).join('').replace(/(.)\1{2,}/gu, '$1$1'), kind: 'word', start: tokens[index].start, end: tokens[end - 1].end, obfuscated: true });
      index = end;
    } else {
      out.push(tokens[index]);
      index++;
    }
  }
  return out;
}

function isSingleLetter(token: Token): boolean {
  return token.kind === 'word' && token.text.length === 1 && token.end - token.start <= 2;
}

/**
 * Single letters one space, dot or dash apart, three or more ("p u t a i n", "f.u.c.k"): one disguised word; after
 * such a word, wider gaps separate the next spaced words ("p u t a i n  d e  c o n n a r d s").
 */
const SPACED_LETTERS = /(?<![\p{L}\p{M}\p{N}])\p{L}\p{M}*(?:[ .\-_]\p{L}\p{M}*){2,}(?: {2,}\p{L}\p{M}*(?:[ .\-_]\p{L}\p{M}*)*)*(?![\p{L}\p{M}\p{N}])/gu;
/** Leetspeak and symbols inside a word ("p0rra", "id10ts", "b@stard", "$hit", "b*tch"), as the features read them. */
const IN_WORD_DISGUISE = /(?<=\p{L})[0-9@$*!]+(?=\p{L})|(?<=\p{L}{3})[013457](?![\p{L}\p{N}])|(?<![\p{L}\p{N}])[013457@$](?=\p{L}{3})/gu;
const LEET_LANGUAGE: Record<string, string> = { ...LEET, '@': 'a', $: 's', '!': 'i', '*': '' };

/**
 * Words for language identification: lower case with accents KEPT (é, ñ, ß,
 * ã tell languages apart), letters only, no links, mentions or hashtags.
 * Disguises are undone as for the features ("p u t a i n  d e  c o n n a r d s"
 * reads "putain de connards", "p0rra" reads "porra"), so a disguised text is
 * not taken for an unknown language.
 */
export function languageWords(original: string): string[] {
  let text = original.normalize('NFKC').toLowerCase();
  // Each pattern only where its first characters occur: most texts have no link, mention or disguise.
  if (MAY_LINK.test(text)) text = text.replace(/(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|(?<![\p{L}\p{N}])[@#][\p{L}\p{N}_.]+/gu, ' ');
  text = text.replace(SPACED_LETTERS, (letters) => letters.split(/ {2,}/).map((word) => word.replace(/[ .\-_]/g, '')).join(' '));
  if (MAY_DISGUISE.test(text)) text = text.replace(IN_WORD_DISGUISE, (run) => [...run].map((char) => LEET_LANGUAGE[char] ?? char).join(''));
  return text.match(/\p{L}[\p{L}\p{M}'’]*\p{L}|\p{L}/gu) ?? [];
}
const MAY_LINK = /https?:\/\/|www\.|[@#]/;
const MAY_DISGUISE = /[0-9@$*!]/;
