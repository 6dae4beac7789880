/**
 * Context for alex's gendered-word checks, which flag every "she" and every
 * "groom" whatever they refer to. A pet groomer's "we groom your dog" and
 * "Bella was great, she loved her bath" are not gendered language about
 * people; "When a customer calls, he..." and "the bride and groom" are.
 */

/** alex's rule ids for gendered pronouns. */
export const PRONOUN_RULES: ReadonlySet<string> = new Set(['he-she', 'her-him', 'herself-himself']);
export const GROOM_RULE = 'bride-groom';

interface Token {
  word: string;
  start: number;
  end: number;
  /** Index of the sentence the token is in. */
  sentence: number;
  /** First word of its sentence. */
  sentenceStart: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[.!?]+|\n\s*\n|\//gu;
const SENTENCE_END = /^(?:[.!?]+|\n\s*\n)$/u;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let sentenceStart = true;
  for (const match of text.matchAll(TOKEN)) {
    if (SENTENCE_END.test(match[0])) {
      sentence++;
      sentenceStart = true;
      continue;
    }
    tokens.push({ word: match[0].toLowerCase().replaceAll('’', "'"), start: match.index, end: match.index + match[0].length, sentence, sentenceStart });
    sentenceStart = false;
  }
  return tokens;
}

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));
const plural = (word: string) => (/[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : /(s|sh|ch|x)$/.test(word) ? `${word}es` : `${word}s`);
const withPlurals = (words: string) => new Set(words.split(/\s+/).filter(Boolean).flatMap((word) => [word, plural(word)]));

const PRONOUNS = set("he she him her his hers himself herself he's she's he'd she'd he'll she'll");
const FEMININE = set("she her hers herself she's she'd she'll");
/** Nouns that say who a pronoun refers to and that it has a gender of its own: animals, and people named by a gendered word. */
const ANIMALS = withPlurals(
  'dog puppy pup cat kitten kitty pet horse pony foal rabbit bunny hamster guinea ferret parrot bird budgie tortoise turtle goat cow sheep ' +
    'poodle terrier retriever labrador spaniel collie shepherd dachshund beagle bulldog pug chihuahua husky schnauzer doodle cockapoo labradoodle greyhound whippet',
);
const GENDERED_PEOPLE = withPlurals(
  'woman man girl boy lady gentleman gent mother father mum mom dad sister brother wife husband daughter son aunt uncle niece nephew grandmother grandfather ' +
    'grandma grandpa granny girlfriend boyfriend queen king princess prince bride groom waitress actress mr mrs ms miss sir madam',
);
/** People of any gender: a pronoun about one of them assumes a gender. */
const PERSON_NOUNS = withPlurals(
  'customer client user guest visitor reader buyer shopper caller member employee worker applicant candidate student teacher patient doctor nurse driver ' +
    'owner manager groomer stylist developer engineer person individual parent child kid baby friend neighbour neighbor colleague partner boss writer author ' +
    'player fan follower subscriber tenant traveller traveler passenger diner agent representative volunteer professional expert technician vet trainer walker ' +
    'consumer seller vendor supplier contractor freelancer officer official leader scientist researcher programmer admin administrator moderator reviewer ' +
    'commenter recipient resident homeowner human',
);
const INDEFINITE_PEOPLE = set('someone somebody anyone anybody everyone everybody nobody whoever');
/** Before a person noun, these leave the person unspecified ("a customer", "every guest"); "the", "our" point at someone in particular. */
const UNSPECIFYING = set('a an any every each no some another whichever whatever');

function isName(token: Token, text: string): boolean {
  const first = text[token.start];
  return !token.sentenceStart && token.word !== 'i' && first !== first.toLowerCase();
}

/**
 * Whether a gendered pronoun at [start, end) is about an unspecified person,
 * so alex's "use they" applies: "he or she" / "his/her" always is; otherwise
 * the nearest possible referent before it (in its sentence or the two before)
 * decides: an unspecified person ("a customer", "anyone") yes; a name, an
 * animal, a gendered noun or a particular person ("our groomer") no; none
 * found (the reader knows who is meant) no.
 */
export function pronounIsAboutUnspecifiedPerson(text: string, start: number): boolean {
  const tokens = tokenize(text);
  const at = tokens.findIndex((token) => token.start === start);
  if (at === -1) return true;
  if (pairedWithOtherGender(tokens, at)) return true;
  for (let index = at - 1; index >= 0 && tokens[index].sentence >= tokens[at].sentence - 2; index--) {
    const token = tokens[index];
    if (PRONOUNS.has(token.word)) continue;
    if (INDEFINITE_PEOPLE.has(token.word)) return true;
    if (ANIMALS.has(token.word) || GENDERED_PEOPLE.has(token.word) || isName(token, text)) return false;
    if (PERSON_NOUNS.has(token.word)) {
      const isPlural = token.word.endsWith('s') && PERSON_NOUNS.has(token.word.replace(/e?s$/, ''));
      const determiner = [tokens[index - 1], tokens[index - 2]].find((before) => before && before.sentence === token.sentence && UNSPECIFYING.has(before.word));
      return isPlural || determiner !== undefined;
    }
  }
  return false;
}

/** "he or she", "his/her", "him and her": a pronoun joined to one of the other gender. */
function pairedWithOtherGender(tokens: Token[], at: number): boolean {
  const feminine = FEMININE.has(tokens[at].word);
  const joined = (other: Token | undefined, joiner: Token | undefined) =>
    other !== undefined && joiner !== undefined && /^(or|and|\/)$/.test(joiner.word) && PRONOUNS.has(other.word) && FEMININE.has(other.word) !== feminine;
  return joined(tokens[at + 2], tokens[at + 1]) || joined(tokens[at - 2], tokens[at - 1]);
}

const WEDDING = set('bride brides bridal wedding weddings wed married marry marrying marriage newlywed newlyweds honeymoon vows fiance fiancé fiancee fiancée groomsman groomsmen engagement engaged ceremony reception');
const PET_OR_HAIR = new Set([
  ...ANIMALS,
  ...set('fur coat hair haircut beard moustache mustache nails claws paws mane tail bath shampoo brush trim clip salon spa groomer groomers grooming appointment breed'),
]);
// Not "boy" or "girl": a groomer's "good girl" is a dog.
const CHILDREN = withPlurals('child kid minor teen teenager youngster pupil schoolgirl schoolboy');
CHILDREN.add('children');
/** Words after which "groom" is a verb: "we groom", "will groom", "to groom". */
const BEFORE_VERB = set("i we you they to will can could would should may might must also and please don't we'll i'll they'll we're i'm");
/** Words that start the object of the verb "groom": "groom your dog", "groom them". */
const OBJECT_START = set('your the a an his her their my our them him it every all each any');

export type GroomSense = 'wedding' | 'children' | 'care';

/**
 * Which "groom" (or "grooms", "grooming", "groomed") is meant at [start, end):
 * grooming children (the abuse sense) when a child word is its object or
 * near it; the bridegroom in a wedding sentence or as a noun with no pet or
 * hair context; otherwise care of pets, hair or horses.
 */
export function groomSense(text: string, start: number): GroomSense {
  const tokens = tokenize(text);
  const at = tokens.findIndex((token) => token.start === start);
  if (at === -1) return 'wedding';
  const here = tokens[at];
  const sentence = tokens.filter((token) => token.sentence === here.sentence);
  const near = tokens.slice(Math.max(0, at - 3), at + 5).filter((token) => token.sentence === here.sentence);
  if (near.some((token) => CHILDREN.has(token.word)) && !near.some((token) => ANIMALS.has(token.word))) return 'children';
  if (sentence.some((token) => WEDDING.has(token.word))) return 'wedding';
  if (!/^groom$/.test(here.word)) return 'care';
  const verb = BEFORE_VERB.has(tokens[at - 1]?.word ?? '') || OBJECT_START.has(tokens[at + 1]?.word ?? '');
  return verb || tokens.some((token) => token !== here && PET_OR_HAIR.has(token.word)) ? 'care' : 'wedding';
}

/** Every "groom", "grooms", "groomed", "grooming" in the text, for the children check. */
export function groomWords(text: string): Array<{ start: number; end: number }> {
  return [...text.matchAll(/(?<![\p{L}\p{N}])groom(?:s|ed|ing)?(?![\p{L}\p{N}])/giu)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}
