import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { definePlugin, type Finding, type FindingSeverity, type PluginHostContext, type PluginService, type PolicyRule } from '@rapport/plugin-sdk';
import { INBOUND_LABELS, loadModel, OUTBOUND_LABELS, type LabelDecision, type LanguageGuess, type TriageModel } from './model.js';

/** Loaded once, when the plugin is imported at boot; nothing is fetched at run time. */
let shipped: TriageModel | undefined;
/** A model of the installation's own (the `model` option), loaded when the plugin starts; it replaces the shipped one. */
let configured: TriageModel | undefined;
export function triageModel(): TriageModel {
  if (configured) return configured;
  shipped ??= loadModel();
  return shipped;
}
triageModel();

export interface TriageModelOptions {
  /**
   * A model trained on the installation's own corpus (`TRIAGE_DATA=... TRIAGE_OUT=... npm run model:train`): the path
   * of its triage-model.json, absolute or relative to the directory Rapport runs in; the weights file beside it.
   */
  model?: string;
}

/**
 * Loads the `model` option's model in every Rapport process (API and workers both run policies). A model that cannot
 * be read, or was trained on other features than this code computes, stops the boot with loadModel's reason.
 */
async function startWithOptions(host: PluginHostContext): Promise<PluginService | void> {
  const { model } = host.options as TriageModelOptions;
  if (!model) return;
  const header = resolve(model);
  configured = loadModel(pathToFileURL(header));
  host.logger.info('triage model loaded from the plugin options', { model: header });
  return {
    async stop() {
      configured = undefined;
    },
  };
}

export const UNKNOWN_LANGUAGE_LABEL = 'unknown_language';
export const TRIAGE_LABELS = [...INBOUND_LABELS, UNKNOWN_LANGUAGE_LABEL] as const;
export type TriageLabel = (typeof TRIAGE_LABELS)[number];

export interface TriageArgs {
  /** The labels this rule reports (one finding each); a policy maps them to an action. */
  labels: TriageLabel[];
  /** Report a label only when the model is at least this confident (0: the model's own tuned thresholds). */
  minConfidence: number;
}

export interface BrandVoiceArgs {
  labels: Array<(typeof OUTBOUND_LABELS)[number]>;
  minConfidence: number;
}

/** Praise and neutral are opt-in: a rule with its default labels never acts on happy or ordinary messages. */
export const DEFAULT_TRIAGE_ARGS: TriageArgs = { labels: ['spam', 'abuse', 'threat', 'criticism', 'question', UNKNOWN_LANGUAGE_LABEL], minConfidence: 0 };
export const DEFAULT_BRAND_VOICE_ARGS: BrandVoiceArgs = { labels: [...OUTBOUND_LABELS], minConfidence: 0 };

const INBOUND_WORDING: Record<TriageLabel, { what: string; severity: FindingSeverity; suggestion: string }> = {
  spam: { what: 'spam or a scam', severity: 'medium', suggestion: 'Hide it; do not follow its links or answer the offer.' },
  abuse: { what: 'abuse (insults, harassment or hate)', severity: 'high', suggestion: 'Hide it; if it also complains, answer the complaint calmly.' },
  threat: { what: 'a threat', severity: 'critical', suggestion: 'Hide it and handle it now: keep the evidence and consider reporting it.' },
  criticism: { what: 'a complaint (honest criticism)', severity: 'medium', suggestion: 'Answer it: acknowledge the problem and offer a fix.' },
  question: { what: 'a question that expects an answer', severity: 'low', suggestion: 'Answer the question.' },
  praise: { what: 'praise', severity: 'info', suggestion: 'Thank them.' },
  neutral: { what: 'neutral', severity: 'info', suggestion: 'No action needed.' },
  unknown_language: { what: 'in a language the model does not read', severity: 'medium', suggestion: 'Have someone who reads the language triage it.' },
};

const OUTBOUND_WORDING: Record<(typeof OUTBOUND_LABELS)[number], { what: string; severity: FindingSeverity; suggestion: string }> = {
  claim: { what: 'an inflated or unsubstantiated claim', severity: 'medium', suggestion: 'Name the source (a study, an award, your data) or soften it ("one of", "helps with").' },
  insensitive: { what: 'insensitive or non-inclusive wording', severity: 'medium', suggestion: 'Reword it: describe people neutrally and keep tragedies out of marketing.' },
  profanity: { what: 'profanity', severity: 'high', suggestion: 'Remove the swearing.' },
  sales: { what: 'pushy sales pressure', severity: 'low', suggestion: 'State the offer calmly: no false urgency, scarcity or guilt.' },
};

const percent = (confidence: number) => `${Math.round(confidence * 100)}%`;
const quoted = (decision: LabelDecision) => decision.spans.map((span) => JSON.stringify(span.text)).join(', ');
const languageNote = (language: LanguageGuess) => (language.unknown ? 'language unknown' : `language ${language.language}`);

function finding(decision: LabelDecision, language: LanguageGuess, wording: { what: string; severity: FindingSeverity; suggestion: string }): Finding {
  const because = decision.spans.length ? `; weighed most: ${quoted(decision)}` : '';
  const message =
    decision.label === UNKNOWN_LANGUAGE_LABEL
      ? `Written in a language the model does not read (${percent(decision.confidence)} sure); a person should triage it.`
      : `Reads as ${wording.what} (${percent(decision.confidence)} confident, ${languageNote(language)})${because}.`;
  return {
    severity: wording.severity,
    message,
    spans: decision.spans,
    suggestion: wording.suggestion,
    labels: [decision.label],
    confidence: decision.confidence,
    language: language.language,
  };
}

const confidenceSchema = {
  type: 'number',
  minimum: 0,
  maximum: 1,
  default: 0,
  title: 'Minimum confidence',
  description: "Report a label only when the model is at least this confident (0 to 1). 0 keeps the model's own tuned thresholds.",
} as const;

export const triageModelRule: PolicyRule<TriageArgs> = {
  code: 'triage-model',
  description:
    'A trained multilingual model (en, fr, es, de, it, pt, nl) that reads what an inbound message or review is: spam, abuse, threat, criticism, question, praise or neutral (several at once where it fits), or written in a language it does not read. One finding per label, with its confidence, the detected language and the words that weighed most; map each label to an action.',
  appliesTo: ['inbound_message', 'review'],
  argsSchema: {
    type: 'object',
    properties: {
      labels: {
        type: 'array',
        items: { type: 'string', enum: [...TRIAGE_LABELS] },
        uniqueItems: true,
        minItems: 1,
        default: DEFAULT_TRIAGE_ARGS.labels,
        title: 'Labels',
        description: 'Which labels this rule reports; the action applies to them. praise and neutral are not reported unless listed.',
      },
      minConfidence: confidenceSchema,
    },
    additionalProperties: false,
  },
  defaultArgs: DEFAULT_TRIAGE_ARGS,

  evaluate(text, _context, args) {
    const { labels, minConfidence } = { ...DEFAULT_TRIAGE_ARGS, ...args };
    if (!text.trim()) return [];
    const triage = triageModel().triageInbound(text);
    return triage.labels
      .filter((decision) => (labels as string[]).includes(decision.label) && decision.confidence >= minConfidence)
      .map((decision) => finding(decision, triage.language, INBOUND_WORDING[decision.label as TriageLabel]));
  },
};

export const brandVoiceModelRule: PolicyRule<BrandVoiceArgs> = {
  code: 'brand-voice-model',
  description:
    'A trained multilingual model that checks a post or reply before it goes out: inflated or unsubstantiated claims, insensitive wording, profanity (disguised too) and pushy sales pressure, each a finding with its confidence, the words that weighed most and what to write instead.',
  appliesTo: ['post', 'reply'],
  argsSchema: {
    type: 'object',
    properties: {
      labels: {
        type: 'array',
        items: { type: 'string', enum: [...OUTBOUND_LABELS] },
        uniqueItems: true,
        minItems: 1,
        default: DEFAULT_BRAND_VOICE_ARGS.labels,
        title: 'Labels',
        description: 'Which problems this rule reports; the action applies to them.',
      },
      minConfidence: confidenceSchema,
    },
    additionalProperties: false,
  },
  defaultArgs: DEFAULT_BRAND_VOICE_ARGS,

  evaluate(text, _context, args) {
    const { labels, minConfidence } = { ...DEFAULT_BRAND_VOICE_ARGS, ...args };
    if (!text.trim()) return [];
    const check = triageModel().checkOutbound(text);
    return check.labels
      .filter((decision) => (labels as string[]).includes(decision.label) && decision.confidence >= minConfidence)
      .map((decision) => finding(decision, check.language, OUTBOUND_WORDING[decision.label as (typeof OUTBOUND_LABELS)[number]]));
  },
};

export default definePlugin({
  name: '@rapport/plugin-rule-triage-model',
  version: '1.0.0',
  compatibility: '^1.0.0',
  description: 'Policy rules "triage-model" (inbound: spam, abuse, threat, criticism, question, praise, neutral, unknown language) and "brand-voice-model" (outbound: claims, insensitive wording, profanity, sales pressure), from a trained model shipped in the package.',
  rules: [triageModelRule, brandVoiceModelRule],
  configSchema: {
    type: 'object',
    properties: {
      model: {
        type: 'string',
        minLength: 1,
        title: 'Model',
        description:
          'Path of a triage-model.json trained on your own corpus (TRIAGE_DATA=... TRIAGE_OUT=... npm run model:train), absolute or relative to the directory Rapport runs in. Default: the model shipped in this package.',
      },
    },
    additionalProperties: false,
  },
  start: startWithOptions,
});

export { INBOUND_LABELS, OUTBOUND_LABELS, loadModel, TriageModel } from './model.js';
export type { InboundTriage, LabelDecision, LanguageGuess, OutboundCheck } from './model.js';
