/**
 * What a question looks like in each language, as regex sources (no capturing
 * groups), tested against one sentence at a time with the `iu` flags:
 * - `openings`: how a question starts, at the start of the sentence or of a clause
 *   (whole words: each alternative must end where a word ends);
 * - `requests`: asking phrases found anywhere ("please let me know", "est-ce que");
 * - `rhetorical`: sentence starts that only look like questions ("who knew ...");
 * - `rhetoricalTail`: tags that make a statement look like one ("..., right?");
 * - `answers`: a short reply that makes the question before it self-answered.
 */
export interface LanguagePatterns {
  openings: string;
  requests: string;
  rhetorical: string;
  rhetoricalTail: string;
  answers: string;
}

export type Language = 'en' | 'fr';

export const LANGUAGES: readonly Language[] = ['en', 'fr'];

const APOSTROPHE = "['’]";
const NOT_A_LETTER_AFTER = '(?![\\p{L}])';

const EN_PRONOUN = '(?:you|u|i|we|they|he|she|it|there|this|that|these|those|your|ur|my|our|someone|somebody|anyone|anybody)';
// "Was the best day ever." is a review, not a question: after is/was, "the" does not count.
const EN_AUXILIARY_QUESTION = [
  `(?:do|does|did|can|could|would|will|should|shall|may|might|have|has)(?:n${APOSTROPHE}t)?\\s+(?:${EN_PRONOUN}|the)`,
  `(?:is|are|was|were)(?:n${APOSTROPHE}t)?\\s+${EN_PRONOUN}`,
].join('|');
const EN_AUXILIARIES = 'do|does|did|is|are|was|were|can|could|should|would|will|shall';

const ENGLISH: LanguagePatterns = {
  openings: [
    EN_AUXILIARY_QUESTION,
    `how\\s+(?:much|many|long|often|far|early|late|soon|old|big|about|${EN_AUXILIARIES})`,
    `what\\s+(?:time|day|days|kind|sort|type|size|price|prices|about|${EN_AUXILIARIES})`,
    `(?:what|how|where|when|who)(?:${APOSTROPHE}s|s)`,
    `(?:when|where|who)\\s+(?:${EN_AUXILIARIES})`,
    `which\\s+(?:one|ones|day|days|time|times|size|sizes|option|options|of|${EN_AUXILIARIES})`,
    `why\\s+(?:not\\s+\\p{L}+|(?:${EN_AUXILIARIES}|has|have|don|doesn|didn|won|isn|aren|can)(?:${APOSTROPHE}t|t)?)`,
    // "any vegan options": only as a short sentence, so "any excuse to pamper my dog is a good one" stays a statement.
    `any\\s+(?!(?:time|day|way|more|longer|how|one|body|thing|where)${NOT_A_LETTER_AFTER})[\\p{L}'’-]+(?:\\s+[\\p{L}\\p{N}'’-]+){0,4}[^\\p{L}\\p{N}]*$`,
    'any(?:one|body)\\s+(?:know|knows|tried|been|have|has|else)',
  ].join('|'),
  requests: [
    '(?:please\\s+)?let\\s+(?:me|us)\\s+know',
    `(?:i${APOSTROPHE}?d|i\\s+would|we${APOSTROPHE}?d|we\\s+would)\\s+(?:like|love)\\s+to\\s+(?:know|ask|find\\s+out|check)`,
    `(?:i\\s+(?:was|am)|i${APOSTROPHE}m|just)\\s+wondering`,
    'wondering\\s+(?:if|whether|when|how|what|where|about)',
    'i\\s+wonder\\s+(?:if|whether|when|how|what|where)',
    '(?:could|can|would)\\s+(?:you|someone|somebody|anyone)\\s+(?:please\\s+)?(?:tell|let|confirm|explain|send|advise|check|call|get\\s+back|help|recommend)',
    '(?:can|could|may)\\s+i\\s+(?:get|have|ask|book|bring)',
    'please\\s+(?:advise|confirm|tell|send|reply|respond|answer|get\\s+back|call\\s+me|contact\\s+me|email\\s+me|text\\s+me|dm\\s+me)',
    'do\\s+you\\s+know\\s+(?:if|whether|when|how|what|where)',
    '(?:i|we)\\s+(?:need|want)\\s+to\\s+know',
    '(?:any|some)\\s+(?:info|information|details)\\s+(?:on|about)',
    'looking\\s+for\\s+(?:info|information|details|a\\s+quote)',
  ].join('|'),
  rhetorical: [
    'who\\s+knew',
    `who(?:\\s+(?:would|could)(?:\\s+have|${APOSTROPHE}ve)|${APOSTROPHE}d\\s+have)\\s+(?:thought|guessed|known)`,
    'can\\s+you\\s+believe',
    'how\\s+(?:cute|adorable|amazing|awesome|great|cool|lovely|sweet|beautiful|gorgeous|fun|good|handsome|pretty|fluffy)\\s+(?:is|are|was|were|does|did)',
    'what\\s+more\\s+could\\s+(?:you|i|we|anyone|one)\\s+(?:ask|want|need)',
    'need\\s+i\\s+say\\s+more',
    'guess\\s+what',
    `who\\s+doesn${APOSTROPHE}t\\s+love`,
    `what${APOSTROPHE}s\\s+not\\s+to\\s+love`,
    `(?:isn${APOSTROPHE}t\\s+(?:he|she|it|that|this)|aren${APOSTROPHE}t\\s+(?:they|these|those))\\s+(?:just\\s+)?(?:the\\s+)?(?:cutest|best|sweetest|most|so|adorable|gorgeous|cute|beautiful|lovely|amazing)`,
    // "Is this the cutest pup ever?"
    '(?:is|was)\\s+(?:this|that|he|she|it)\\s+(?:just\\s+)?the\\s+\\p{L}+est\\s.*ever',
  ].join('|'),
  rhetoricalTail: ',\\s*(?:right|eh|huh)',
  answers: 'yes|yep|yeah|absolutely|definitely|of\\s+course|totally|you\\s+bet|100\\s?%',
};

/** Inverted verb + pronoun ("avez-vous", "y a-t-il"), limited to verbs that ask: "reposez-vous bien" is an imperative. */
const FR_INVERSION =
  "(?:avez|auriez|aurez|pouvez|pourriez|pourrez|êtes|etes|seriez|serez|faites|ferez|acceptez|livrez|ouvrez|fermez|proposez|prenez|vendez|voulez|voudriez|savez|connaissez|allez|comptez|travaillez|faut|faudrait|peut|pourrait|puis|pourrais|dois|doit|devrais|devrait|est|sont|serait|existe|reste|a|y\\s+a|as|es|peux|veux|sais)-(?:t-)?(?:vous|on|il|elle|ils|elles|je|tu)";

const FRENCH: LanguagePatterns = {
  openings: [
    FR_INVERSION,
    'combien',
    `quand\\s+(?:est[\\s-]ce|\\p{L}+-(?:t-)?(?:vous|on|il|elle|je|tu)${NOT_A_LETTER_AFTER}|pourrai|pourrais|puis|peut|peux|sera|serez|serait)`,
    `où${NOT_A_LETTER_AFTER}`,
    "comment\\s+(?:faire|on|je|j['’]\\p{L}+|puis|pourrais|peut|peux|réserver|reserver|prendre|ça|ca|se|vous|venir|payer|annuler)",
    'quel(?:le)?s?\\s+(?:est|sont|serait|seraient|heure|jour|jours|prix|tarif|tarifs|horaire|horaires|délai|delai|type|taille|genre)',
    'pourquoi(?!\\s+pas)',
    "c['’]est\\s+(?:combien|quand|où)",
    "(?:possible|moyen)\\s+d(?:e|['’]\\p{L}+)",
  ].join('|'),
  requests: [
    "est[\\s-]ce\\s+qu(?:e|['’])",
    '(?:pouvez|pourriez|auriez|sauriez)[\\s-]vous',
    '(?:pourrais|peux)[\\s-]tu',
    "(?:j['’]aimerais|je\\s+voudrais|je\\s+souhaiterais|nous\\s+aimerions|nous\\s+voudrions)\\s+(?:savoir|connaître|connaitre|avoir\\s+des\\s+(?:infos|informations|renseignements)|un\\s+devis|des\\s+(?:infos|informations|renseignements))",
    'je\\s+me\\s+demand(?:e|ais)',
    'dites[\\s-]moi',
    'tenez[\\s-]moi\\s+au\\s+courant',
    'faites[\\s-]moi\\s+savoir',
    'merci\\s+de\\s+(?:me|nous)\\s+(?:dire|confirmer|répondre|repondre|rappeler|recontacter|tenir|faire\\s+savoir|indiquer|envoyer)',
    '(?:des|quelques)\\s+(?:infos|informations|renseignements)\\s+sur',
  ].join('|'),
  rhetorical: [
    "qui\\s+l['’](?:eût|eut|aurait)\\s+cru",
    'quoi\\s+de\\s+(?:mieux|plus)',
    'comment\\s+ne\\s+pas',
    'que\\s+demander\\s+de\\s+plus',
    'devinez\\s+quoi',
    // "Qu'est-ce qu'il est mignon !": an exclamation dressed as a question.
    "qu['’]est[\\s-]ce\\s+qu['’](?:il|elle|ils|elles|on)\\s+(?:est|sont|était)\\s+(?:beau|belle|beaux|belles|mignon|mignonne|mignons|chou|adorable|adorables|magnifique|joli|jolie|doux|douce)",
    "n['’]est[\\s-](?:il|elle|ce)\\s+pas\\s+(?:trop\\s+)?(?:beau|belle|mignon|mignonne|magnifique|adorable|génial|parfait)",
  ].join('|'),
  rhetoricalTail: ',\\s*(?:non|hein)',
  answers: 'oui|absolument|bien\\s+s[uû]r|évidemment|carrément|tout\\s+à\\s+fait|sans\\s+hésiter',
};

export const PATTERNS: Record<Language, LanguagePatterns> = { en: ENGLISH, fr: FRENCH };

/** Greetings and fillers before the question itself: "Hi Anna, do you ...", "Bonjour, est-ce que ...". */
export const LEAD_IN =
  "(?:(?:hi|hello|hey|dear|good\\s+(?:morning|afternoon|evening)|bonjour|bonsoir|salut|coucou|excuse\\s+me|sorry|pardon|also|and|so|but|ok|okay|oh|et|mais|alors|sinon|aussi|quick\\s+question|petite\\s+question|please|svp|s['’]il\\s+vous\\s+pla[iî]t)(?:\\s+[\\p{L}'’-]+)?[\\s,:;!-]+){0,3}";
