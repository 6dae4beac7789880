import { FINDING_SEVERITIES, type Finding, type FindingSeverity, type PolicyRule, type TextSpan } from '@rapport/plugin-sdk';
import { confirmshaming, DISCOUNTS, EXCLAMATION_RUNS, HARD_SELL, isPromotional, PRICE_TALK } from './sales-patterns.js';

export interface SalesPressureArgs {
  /** Highest share (0..1) of promotional posts among the channel's recent posts, this one included. */
  maxPromotionalShare?: number;
  /** Fewest recent posts (context.recentTexts) before the share is judged: a small sample says nothing. */
  minRecentPosts?: number;
  severity?: FindingSeverity;
}

const DEFAULTS = { maxPromotionalShare: 0.4, minRecentPosts: 5, severity: 'medium' } as const satisfies SalesPressureArgs;

/** From this many exclamation marks on, a text about prices reads as shouting a sale. */
const MANY_EXCLAMATIONS = 3;

const spanOf = (match: RegExpExecArray): TextSpan => ({ start: match.index, end: match.index + match[0].length, text: match[0] });
const quoted = (spans: TextSpan[]) => spans.map((span) => `"${span.text}"`).join(', ');
const percent = (share: number) => `${Math.round(share * 100)}%`;

function countExclamations(text: string): number {
  let count = 0;
  for (let index = text.indexOf('!'); index !== -1; index = text.indexOf('!', index + 1)) count++;
  return count;
}

/** Urgency on top of a discount ("20% off, today only"): the classic hard sell. */
function stackingFinding(text: string, urgency: TextSpan[], severity: FindingSeverity): Finding | undefined {
  const discounts = Array.from(text.matchAll(DISCOUNTS), spanOf);
  if (discounts.length === 0) return undefined;
  return {
    severity,
    message: `Stacks urgency (${quoted(urgency)}) on a discount (${quoted(discounts)}).`,
    spans: [...urgency, ...discounts].sort((a, b) => a.start - b.start),
    suggestion: "Let the offer stand on its own: state it and its real end date once, e.g. '20% off grooming until 30 June'.",
    labels: ['sales-pressure'],
  };
}

function shoutingFinding(text: string, severity: FindingSeverity): Finding | undefined {
  const exclamations = countExclamations(text);
  if (exclamations < MANY_EXCLAMATIONS || !PRICE_TALK.test(text)) return undefined;
  return {
    severity,
    message: `${exclamations} exclamation marks around prices or discounts read as shouting a sale.`,
    spans: Array.from(text.matchAll(EXCLAMATION_RUNS), spanOf),
    suggestion: 'Keep one exclamation mark at most and let the price speak for itself.',
    labels: ['sales-pressure'],
  };
}

/** A decline option that shames the reader into saying yes ("No thanks, I enjoy paying full price"). */
function confirmshamingFinding(text: string, severity: FindingSeverity): Finding | undefined {
  const spans = confirmshaming(text);
  if (spans.length === 0) return undefined;
  return {
    severity,
    message: `A decline option that shames the reader: ${quoted(spans)}.`,
    spans,
    suggestion: "Let people say no plainly ('No thanks'): guilt makes the ones who say yes regret it.",
    labels: ['sales-pressure'],
  };
}

/**
 * When this promotional text would push the channel's share of promotional posts
 * over the limit. A general-interest post never triggers it: it is the remedy.
 */
function adFeedFinding(recentTexts: string[] | undefined, args: SalesPressureArgs, severity: FindingSeverity): Finding | undefined {
  const minRecentPosts = Number.isFinite(args?.minRecentPosts) ? Number(args.minRecentPosts) : DEFAULTS.minRecentPosts;
  const maxShare = Number.isFinite(args?.maxPromotionalShare) ? Number(args.maxPromotionalShare) : DEFAULTS.maxPromotionalShare;
  if (!Array.isArray(recentTexts) || recentTexts.length < minRecentPosts) return undefined;
  let promotional = 1; // this text
  for (const recent of recentTexts) if (typeof recent === 'string' && isPromotional(recent)) promotional++;
  const total = recentTexts.length + 1;
  const share = promotional / total;
  if (share <= maxShare) return undefined;
  return {
    severity,
    message: `${promotional} of the channel's last ${total} posts are promotional (${percent(share)}, this one included; the limit is ${percent(maxShare)}): the channel is turning into an ad feed.`,
    spans: [],
    suggestion:
      "Don't make every interaction a sale: post something of general interest next (a care tip, a behind-the-scenes story, an answered question) and keep offers the exception.",
    labels: ['promotional-feed'],
  };
}

export const salesPressureRule: PolicyRule<SalesPressureArgs> = {
  code: 'sales-pressure',
  description:
    "Flags hard-sell phrasing in posts and replies (buy now, last chance, only 3 left, urgency stacked on a discount, exclamation marks around prices, decline options that shame the reader), and a promotional post when the channel's recent posts are already mostly ads.",
  appliesTo: ['post', 'reply'],
  argsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      maxPromotionalShare: {
        type: 'number',
        minimum: 0,
        maximum: 1,
        default: DEFAULTS.maxPromotionalShare,
        title: "Highest share of promotional posts in the channel's recent posts",
      },
      minRecentPosts: {
        type: 'integer',
        minimum: 1,
        default: DEFAULTS.minRecentPosts,
        title: 'Recent posts needed before the share is judged',
      },
      severity: { type: 'string', enum: [...FINDING_SEVERITIES], default: DEFAULTS.severity },
    },
  },
  defaultArgs: { ...DEFAULTS },

  evaluate(text, context, args) {
    const severity = args?.severity && FINDING_SEVERITIES.includes(args.severity) ? args.severity : DEFAULTS.severity;
    const findings: Finding[] = [];
    const pressure = Array.from(text.matchAll(HARD_SELL));
    if (pressure.length > 0) {
      const spans = pressure.map(spanOf);
      findings.push({
        severity,
        message: `Hard-sell phrasing: ${quoted(spans)}.`,
        spans,
        suggestion: "Give a reason to come instead of a push, e.g. 'our autumn grooming slots open Monday' rather than 'book now, last chance!'.",
        labels: ['sales-pressure'],
      });
      const urgency = pressure.filter((match) => match[1] !== undefined).map(spanOf);
      const stacking = urgency.length > 0 ? stackingFinding(text, urgency, severity) : undefined;
      if (stacking) findings.push(stacking);
    }
    const shouting = shoutingFinding(text, severity);
    if (shouting) findings.push(shouting);
    const shaming = confirmshamingFinding(text, severity);
    if (shaming) findings.push(shaming);
    const adFeed = pressure.length > 0 || isPromotional(text) ? adFeedFinding(context?.recentTexts, args, severity) : undefined;
    if (adFeed) findings.push(adFeed);
    return findings;
  },
};
