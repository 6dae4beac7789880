import type { TextSpan } from '@rapport/plugin-sdk';

/**
 * The vocabulary of selling, as regex sources (no capturing groups): what pushes
 * the reader to act now, what tells them to buy, and what marks a text as an
 * offer at all.
 */

const EDGE_BEFORE = '(?<![\\p{L}\\p{M}\\p{N}_])';
const EDGE_AFTER = '(?![\\p{L}\\p{M}\\p{N}_])';
const DONT = "(?:don['’]?t|do\\s+not)";

/** Deadlines, scarcity and pressure: act now or lose out. */
const URGENCY = [
  'hurry(?:\\s+up)?',
  'act\\s+(?:now|fast|quickly)',
  'last\\s+chance',
  'final\\s+(?:hours?|days?|call)',
  'limited[\\s-]time(?:\\s+(?:only|offer))?',
  'for\\s+a\\s+limited\\s+time',
  '(?:today|tonight|this\\s+weekend|24\\s+hours|48\\s+hours|one\\s+day)\\s+only',
  'only\\s+\\d+\\s+(?:\\p{L}+\\s+)?(?:left|remaining)',
  '(?:almost|nearly)\\s+sold\\s+out',
  '(?:selling\\s+out|selling|going)\\s+fast',
  'while\\s+(?:supplies|stocks?)\\s+last',
  'limited\\s+(?:stock|quantities|supply|spots|places|availability)',
  `${DONT}\\s+miss\\s+(?:out|this|it)`,
  // Only as a command on its own: "don't wait too long between baths" is advice.
  `${DONT}\\s+wait(?:\\s+any\\s+longer)?(?=\\s*(?:[,.!:;—–-]|$))`,
  'what\\s+are\\s+you\\s+waiting\\s+for',
  'now\\s+or\\s+never',
  "before\\s+it['’]?s\\s+(?:too\\s+late|gone)",
  '(?:offer|sale|deal|promo(?:tion)?|discount)\\s+ends\\s+(?:today|tonight|soon|tomorrow|at\\s+midnight)',
  'ends\\s+(?:tonight|at\\s+midnight)',
  'expires\\s+(?:today|tonight|soon|at\\s+midnight)',
  "you['’]ll\\s+regret\\s+it",
].join('|');

/** Commands to buy, right away. */
const BUY_NOW = [
  '(?:buy|order|shop|call|click|subscribe|sign\\s+up|register)\\s+(?:right\\s+)?(?:now|today)',
  'get\\s+yours\\s+(?:now|today|before)',
  'grab\\s+(?:yours|one|it)\\s+(?:now|today|before|while)',
].join('|');

const DISCOUNT = [
  '\\d+\\s?%\\s*(?:off|discount)',
  '(?:half|1/2)[\\s-]price',
  '(?:flash\\s+)?sale',
  'discount(?:s|ed)?',
  'promo(?:tion(?:al)?)?(?:\\s+code)?',
  'coupon(?:\\s+code)?',
  'bogo',
  'buy\\s+one,?\\s+get\\s+one',
  'save\\s+(?:up\\s+to\\s+)?(?:\\d+\\s?%|[€$£]\\s?\\d+)',
  'clearance',
  'special\\s+offer',
  'deals?',
].join('|');

const PRICE_AMOUNT = '[€$£]\\s?\\d+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?\\s?(?:€|\\$|£|eur(?:os?)?|usd|dollars?|bucks)';

/** Selling without a discount: shop links, stock, free shipping, new collections. */
const COMMERCE = [
  'buy',
  'shop\\s+(?:now|online|today|our|the)',
  'order\\s+(?:now|online|today|yours)',
  'book\\s+(?:now|online|today|yours|your\\s+\\p{L}+)',
  'get\\s+yours',
  'grab\\s+(?:yours|one)',
  'link\\s+in\\s+(?:bio|profile)',
  'available\\s+(?:now|online|in\\s+store)',
  'in\\s+stock',
  'free\\s+(?:shipping|delivery|gift|trial)',
  'new\\s+(?:arrivals?|collection)',
  '(?:use|with)\\s+(?:the\\s+)?code',
  'gift\\s+cards?',
].join('|');

/**
 * A decline option that shames the reader ("confirmshaming"): "No thanks" in one of the seven languages Rapport's
 * triage model reads, at the start of a line or of a bracketed button label, then a clause of at least three words
 * in the first person singular: "No thanks, I enjoy paying full price", "[Nein danke, ich zahle lieber zu viel]",
 * "No grazie, il mio futuro non mi interessa". A plain "No thanks.", a brand speaking as "we" ("No thanks, we don't
 * buy reviews") and "no thanks" inside a sentence are left alone.
 */
const DECLINE = [
  'no,?\\s+thanks?(?:\\s+you)?',
  'non,?\\s+merci',
  'no,?\\s+gracias',
  'nein,?\\s+danke',
  'nee,?\\s+danke',
  'no,?\\s+grazie',
  'não,?\\s+obrigad[oa]',
  'nee,?\\s+(?:bedankt|dank\\s+je(?:\\s+wel)?)',
].join('|');
const DECLINE_WITH_CLAUSE = new RegExp(`(?:^|\\[)\\s*["“«‘']?\\s*((?:${DECLINE})(?:\\s*[,.:;!–—-]\\s*|\\s+)([^.!?\\]\\n"”»]+))`, 'gimu');
/** Words that put a clause in the first person singular; Spanish, Italian and Portuguese often drop the pronoun ("prefiero pagar más"). */
const FIRST_PERSON = new Set(
  'i my me mine je j moi mon mes yo mi mis prefiero ich mich mir mein meine meinen io mio mia miei mie preferisco eu meu minha prefiro ik mij mijn'.split(' '),
);
const CLAUSE_WORD = /\p{L}+/gu;
const TRAILING = /[^\p{L}\p{N}]+$/u;

/** The confirmshaming decline options in `text`: where each "No thanks, ..." starts and ends, and its text. */
export function confirmshaming(text: string): TextSpan[] {
  const found: TextSpan[] = [];
  for (const match of text.matchAll(DECLINE_WITH_CLAUSE)) {
    const clause = Array.from(match[2].toLowerCase().matchAll(CLAUSE_WORD), ([word]) => word);
    if (clause.length < 3 || !clause.some((word) => FIRST_PERSON.has(word))) continue;
    const option = match[1].replace(TRAILING, '');
    const start = match.index + match[0].length - match[1].length;
    found.push({ start, end: start + option.length, text: option });
  }
  return found;
}

const words = (source: string) => `${EDGE_BEFORE}(?:${source})${EDGE_AFTER}`;

/** Hard-sell phrasing; group 1 is urgency, group 2 a command to buy now. */
export const HARD_SELL = new RegExp(`${EDGE_BEFORE}(?:(${URGENCY})|(${BUY_NOW}))${EDGE_AFTER}`, 'giu');
export const DISCOUNTS = new RegExp(words(DISCOUNT), 'giu');
export const PRICE_TALK = new RegExp(words(`${DISCOUNT}|${PRICE_AMOUNT}|prices?|offers?|for\\s+free|free\\s+(?:shipping|delivery|gift|trial)`), 'iu');
export const EXCLAMATION_RUNS = /!+/g;
const PROMOTIONAL = new RegExp(words([URGENCY, BUY_NOW, DISCOUNT, PRICE_AMOUNT, COMMERCE].join('|')), 'iu');

/**
 * Whether a text sells something: a discount, a price, a call to buy, a shop
 * link, urgency. Rapport labels posts with it; the sales-pressure rule uses it
 * to measure how much of a channel is advertising.
 */
export function isPromotional(text: string): boolean {
  return PROMOTIONAL.test(text);
}
