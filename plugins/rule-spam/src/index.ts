import { definePlugin, type Finding, type PolicyRule, type TextSpan } from '@rapport/plugin-sdk';
import { memoizeByList, spanAt, spansMatching, wholeWordsPattern } from '@rapport/plugin-rule-profanity/rule-kit';

export interface SpamArgs {
  /** Domains of link shorteners, which hide where a link goes. */
  shorteners: string[];
  /** More links than this in one text is link stuffing. */
  maxLinks: number;
  /** Share of upper-case letters from which a text is shouting. */
  shoutingRatio: number;
  /** Texts with fewer letters are never shouting ("OK", "LOL", "NASA"). */
  shoutingMinLetters: number;
  /** The author's recent texts may hold the same text this many times; one more is a repeat. */
  maxRepeats: number;
  /** Texts shorter than this (once normalised) never count as repeats: "Thanks!" twice is not spam. */
  repeatMinLength: number;
  /** Giveaway and crypto-scam phrases, matched case-insensitively as whole words. */
  scamPhrases: string[];
}

export const DEFAULT_SPAM_ARGS: SpamArgs = {
  shorteners: ['bit.ly', 'tinyurl.com', 't.co', 'goo.gl', 'ow.ly', 'is.gd', 'buff.ly', 'cutt.ly', 'rb.gy', 'shorturl.at', 'tiny.cc', 'bl.ink', 'rebrand.ly', 't.ly', 'v.gd', 's.id', 'lnkd.in', 'shorte.st', 'adf.ly'],
  maxLinks: 3,
  shoutingRatio: 0.7,
  shoutingMinLetters: 12,
  maxRepeats: 2,
  repeatMinLength: 12,
  scamPhrases: [
    'free giveaway', 'crypto giveaway', 'bitcoin giveaway', 'free airdrop', 'crypto airdrop', 'claim your prize', 'claim your reward', 'you have won', "you've won",
    'dm me to claim', 'dm to claim', 'message me to claim', 'double your bitcoin', 'double your btc', 'double your eth', 'double your crypto',
    'double your money', 'investment opportunity', 'guaranteed profit', 'guaranteed returns', 'passive income', 'connect your wallet',
    'validate your wallet', 'seed phrase', 'recovery phrase',
  ],
};

/**
 * A link: with a scheme, with "www.", or a bare domain followed by a path
 * ("bit.ly/x"). Bare "example.com" is not taken for a link, so "Node.js"
 * is not one either.
 */
const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"']+|\b(?:[a-z0-9-]+\.)+[a-z]{2,}\/[^\s<>"']*/giu;
const TRAILING_PUNCTUATION = /[.,!?;:)\]}'"»]+$/u;

interface Link {
  span: TextSpan;
  host: string;
  /** Host and path, lower case, without scheme, "www." or a trailing slash: equal for the same link written two ways. */
  address: string;
}

function findLinks(text: string): Link[] {
  return spansMatching(text, LINK).map((span) => {
    const trimmed = span.text.replace(TRAILING_PUNCTUATION, '');
    const address = trimmed.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '');
    return { span: spanAt(text, span.start, span.start + trimmed.length), host: address.split(/[/?#:]/, 1)[0], address };
  });
}

/** Crypto amounts to send ("send 0.1 ETH") and wallet addresses, which scams ask for. */
const CRYPTO_TRANSFER = /\bsend\s+(?:only\s+|just\s+)?\d+(?:[.,]\d+)?\s*(?:eth|btc|bitcoin|usdt|usdc|bnb|sol|doge|xrp)\b/giu;
const WALLET_ADDRESS = /\b(?:0x[a-fA-F0-9]{40}|bc1[a-z0-9]{25,87}|[13][a-km-zA-HJ-NP-Z1-9]{25,34})\b/gu;

const shortenerSet = memoizeByList((domains) => new Set(domains.map((domain) => domain.trim().toLowerCase().replace(/^www\./, ''))));
const scamPattern = memoizeByList(wholeWordsPattern);

function signalFinding(severity: Finding['severity'], message: string, spans: TextSpan[], suggestion: string, labels = ['spam']): Finding {
  return { severity, message, spans, suggestion, labels };
}

function linkFindings(links: Link[], args: SpamArgs): Finding[] {
  const findings: Finding[] = [];
  const shorteners = shortenerSet(args.shorteners);
  const shortened = links.filter((link) => shorteners.has(link.host));
  if (shortened.length) {
    findings.push(signalFinding('medium', `Shortened link hides where it goes: ${shortened.map((link) => link.host).join(', ')}.`, shortened.map((link) => link.span), 'Use the full address.'));
  }
  const repeated = links.filter((link) => links.filter((other) => other.address === link.address).length >= 2);
  if (repeated.length) {
    findings.push(signalFinding('medium', 'The same link appears more than once.', repeated.map((link) => link.span), 'Keep one copy of the link.'));
  }
  if (links.length > args.maxLinks) {
    findings.push(signalFinding('medium', `${links.length} links (more than ${args.maxLinks}).`, links.map((link) => link.span), `Keep to ${args.maxLinks} links or fewer.`));
  }
  return findings;
}

function scamFinding(text: string, args: SpamArgs): Finding | null {
  const pattern = scamPattern(args.scamPhrases);
  const phrases = [...(pattern ? spansMatching(text, pattern) : []), ...spansMatching(text, CRYPTO_TRANSFER)];
  const wallets = spansMatching(text, WALLET_ADDRESS);
  if (phrases.length === 0 && wallets.length === 0) return null;
  const spans = [...phrases, ...wallets].sort((a, b) => a.start - b.start);
  // A wallet address alone may be a donation link; with giveaway or "send ETH" wording it is the classic scam.
  return phrases.length
    ? signalFinding('high', 'Reads like a giveaway or crypto scam.', spans, 'Do not engage; hide and report it.')
    : signalFinding('medium', 'Contains a crypto wallet address.', spans, 'Check it is not a scam before showing it.');
}

function isShouting(text: string, args: SpamArgs): boolean {
  let letters = 0;
  let upperCase = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 65 && code <= 90) {
      letters++;
      upperCase++;
    } else if (code >= 97 && code <= 122) {
      letters++;
    } else if (code > 127) {
      // Beyond ASCII, a cased letter is one whose upper and lower case differ: "É" is, "中" is not.
      const character = text[index];
      const upper = character.toUpperCase();
      if (upper === character.toLowerCase()) continue;
      letters++;
      if (character === upper) upperCase++;
    }
  }
  return letters >= args.shoutingMinLetters && upperCase / letters >= args.shoutingRatio;
}

/** Lower case, words only, single spaces: "Buy NOW!!!" and "buy now" are the same text. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * The author's recent texts, normalised once per item: the policy engine hands each rule of an item the same array, and
 * runs spam once per distinct settings (two policies with their own spam settings ask about the same texts).
 */
const normalisedRecentTexts = new WeakMap<readonly string[], string[]>();

function repeatCount(text: string, recentTexts: readonly string[], args: SpamArgs): number {
  const normalised = normalise(text);
  if (normalised.length < args.repeatMinLength) return 0;
  let recent = normalisedRecentTexts.get(recentTexts);
  if (!recent) normalisedRecentTexts.set(recentTexts, (recent = recentTexts.map(normalise)));
  return recent.filter((other) => other === normalised).length;
}

function trimmedSpan(text: string): TextSpan[] {
  const start = text.search(/\S/);
  return start === -1 ? [] : [spanAt(text, start, text.trimEnd().length)];
}

export const spamRule: PolicyRule<SpamArgs> = {
  code: 'spam',
  description: 'Flags link shorteners, repeated or too many links, shouting in capitals, copy-pasted repeats and giveaway or crypto scams.',
  appliesTo: ['inbound_message', 'review', 'reply', 'post'],
  argsSchema: {
    type: 'object',
    properties: {
      shorteners: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        default: DEFAULT_SPAM_ARGS.shorteners,
        title: 'Link shorteners',
        description: 'Domains of link shorteners, e.g. bit.ly.',
      },
      maxLinks: { type: 'integer', minimum: 0, default: DEFAULT_SPAM_ARGS.maxLinks, title: 'Most links', description: 'More links than this in one text is flagged.' },
      shoutingRatio: {
        type: 'number',
        exclusiveMinimum: 0,
        maximum: 1,
        default: DEFAULT_SPAM_ARGS.shoutingRatio,
        title: 'Shouting ratio',
        description: 'Share of upper-case letters (0 to 1) from which a text is shouting.',
      },
      shoutingMinLetters: {
        type: 'integer',
        minimum: 1,
        default: DEFAULT_SPAM_ARGS.shoutingMinLetters,
        title: 'Shouting: fewest letters',
        description: 'Shorter texts are never shouting ("OK", "LOL").',
      },
      maxRepeats: {
        type: 'integer',
        minimum: 1,
        default: DEFAULT_SPAM_ARGS.maxRepeats,
        title: 'Most repeats',
        description: "Flagged when the author's recent texts already hold the same text this many times.",
      },
      repeatMinLength: {
        type: 'integer',
        minimum: 1,
        default: DEFAULT_SPAM_ARGS.repeatMinLength,
        title: 'Repeats: shortest text',
        description: 'Shorter texts (letters, digits and single spaces) never count as repeats.',
      },
      scamPhrases: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        default: DEFAULT_SPAM_ARGS.scamPhrases,
        title: 'Scam phrases',
        description: 'Giveaway and crypto-scam wording, matched as whole words. "send 0.1 ETH" and wallet addresses are always checked.',
      },
    },
    additionalProperties: false,
  },
  defaultArgs: DEFAULT_SPAM_ARGS,

  evaluate(text, context, args) {
    const settings = { ...DEFAULT_SPAM_ARGS, ...args };
    const findings = linkFindings(findLinks(text), settings);
    const scam = scamFinding(text, settings);
    if (scam) findings.push(scam);
    if (isShouting(text, settings)) {
      // Labelled 'shouting', not 'spam': an angry complaint in capitals is still honest criticism, which must never be hidden as spam.
      findings.push(signalFinding('low', 'Written in capitals (shouting).', trimmedSpan(text), 'Write in sentence case.', ['shouting']));
    }
    const repeats = repeatCount(text, context.recentTexts ?? [], settings);
    if (repeats >= settings.maxRepeats) {
      findings.push(signalFinding('medium', `The author sent the same text ${repeats} times recently.`, trimmedSpan(text), 'Treat it as a copy-paste campaign.'));
    }
    return findings;
  },
};

export default definePlugin({
  name: '@rapport/plugin-rule-spam',
  version: '1.0.0',
  compatibility: '^1.0.0',
  description: 'Policy rule "spam": link shorteners, link stuffing, shouting, repeats and giveaway or crypto scams.',
  rules: [spamRule],
});
