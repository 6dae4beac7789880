import type { JSONSchema } from './json-schema.js';

export type RuleTarget = 'post' | 'reply' | 'inbound_message' | 'review';

export const RULE_TARGETS: readonly RuleTarget[] = ['post', 'reply', 'inbound_message', 'review'];

export type FindingSeverity = 'info' | 'low' | 'medium' | 'high' | 'critical';

export const FINDING_SEVERITIES: readonly FindingSeverity[] = ['info', 'low', 'medium', 'high', 'critical'];

/** A matched stretch of the evaluated text: `text === input.slice(start, end)`. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export interface Finding {
  severity: FindingSeverity;
  message: string;
  spans: TextSpan[];
  suggestion?: string;
  /** What the text is, for inbound routing: 'criticism', 'abuse', 'spam', 'question', ... */
  labels?: string[];
  /** How sure a model-based rule is of the finding, from 0 to 1. */
  confidence?: number;
  /** The language the rule read the text as (ISO 639-1, or 'unknown'). */
  language?: string;
}

export interface RuleContext {
  target: RuleTarget;
  channelCode?: string;
  authorExternalId?: string;
  /** The author's recent texts, for rules that look for repetition. */
  recentTexts?: string[];
}

/** A moderation or brand-voice check. `evaluate` must be pure: same input, same findings. */
export interface PolicyRule<TArgs = Record<string, unknown>> {
  code: string;
  description: string;
  appliesTo: RuleTarget[];
  /** JSON Schema of `args`; the admin UI renders it as a form. */
  argsSchema: JSONSchema;
  defaultArgs?: TArgs;
  evaluate(text: string, context: RuleContext, args: TArgs): Finding[] | Promise<Finding[]>;
  /**
   * Checks of `args` that JSON Schema cannot express (e.g. that a regular
   * expression compiles). Run after the schema passed; each problem names its
   * field inside args (`terms.2.term`). Policies with problems are not saved.
   */
  validateArgs?(args: TArgs): Array<{ field: string; message: string }>;
}
