import type { Finding, PolicyRule, TextSpan } from '@rapport/plugin-sdk';
import { UserInputError } from '../common/errors.js';
import type { Logger } from '../logging/logger.js';
import type { PluginRegistry } from '../plugins/plugin-registry.js';
import type { PolicyRuleConfig } from './policy-rule-config.js';
import { OUTBOUND_SCOPES, PolicyAction, Priority, PRIORITY_RANK, SCOPE_TARGET, Severity, SEVERITY_RANK, type PolicyScope } from './policy.enums.js';

/** The policy data the engine needs: a Policy or one of its versions. */
export interface PolicySnapshot {
  policyId: string;
  name: string;
  version: number;
  rules: PolicyRuleConfig[];
}

export interface EvaluationInput {
  scope: PolicyScope;
  text: string;
  channelCode?: string;
  authorExternalId?: string;
  recentTexts?: string[];
}

export interface EvaluatedFinding {
  policyId: string;
  policyName: string;
  policyVersion: number;
  rule: string;
  action: PolicyAction;
  severity: Severity;
  message: string;
  spans: TextSpan[];
  suggestion: string | null;
  labels: string[];
  /** A model-based rule's confidence (0 to 1). */
  confidence: number | null;
  /** The language a model-based rule read the text as. */
  language: string | null;
  /** The policy rule that produced it (for the action's settings). */
  config: PolicyRuleConfig;
}

/** The outcome for outbound text: the most severe action of any firing rule. */
export enum OutboundOutcome {
  ALLOW = 'ALLOW',
  WARN = 'WARN',
  REQUIRE_APPROVAL = 'REQUIRE_APPROVAL',
  BLOCK = 'BLOCK',
}

/** The outcome for inbound content: every firing rule's action, composed. */
export interface InboundOutcome {
  hide: boolean;
  escalate: boolean;
  labels: string[];
  assigneeId: string | null;
  priority: Priority | null;
  autoReply: string | null;
  /** A HIDE was turned into ESCALATE because the content is criticism without abuse. */
  hideWithheldForCriticism: boolean;
}

export interface PolicyDecision {
  findings: EvaluatedFinding[];
  /** Set for outbound scopes. */
  outbound: OutboundOutcome | null;
  /** Set for inbound scopes (messages and reviews). */
  inbound: InboundOutcome | null;
}

const OUTBOUND_RANK: Record<OutboundOutcome, number> = { ALLOW: 0, WARN: 1, REQUIRE_APPROVAL: 2, BLOCK: 3 };
const CRITICISM_CLASSIFIER = 'sentiment-and-criticism';
/** The trained model's inbound rule (@rapport/plugin-rule-triage-model), preferred over the word list when loaded. */
const CRITICISM_MODEL = 'triage-model';
/** The least priority content labelled `criticism` gets. */
const CRITICISM_PRIORITY = Priority.HIGH;

function severityOf(finding: Finding): Severity {
  return finding.severity.toUpperCase() as Severity;
}

/**
 * Runs policies over a text and combines what their rules say, always the
 * same way (documented in docs/policies.md):
 * - outbound: the most severe action wins (BLOCK > REQUIRE_APPROVAL > WARN);
 * - inbound: actions compose (labels add up, the highest priority wins, the
 *   first assignee and auto-reply in policy order win);
 * - HIDE is never taken on honest criticism: content labelled `criticism`
 *   but not `abuse` or `spam` is escalated to a human instead;
 * - criticism raises the priority to at least HIGH, and hidden criticism
 *   (abusive or spammy) is still escalated.
 */
export class PolicyEngine {
  private readonly runKeys = new WeakMap<PolicyRuleConfig, string>();

  constructor(
    private readonly registry: PluginRegistry,
    private readonly logger: Logger,
  ) {}

  async evaluate(policies: PolicySnapshot[], input: EvaluationInput): Promise<PolicyDecision> {
    const findings: EvaluatedFinding[] = [];
    // Rules are pure: one that several steps use with the same arguments (a rule per action, or the same rule in two
    // policies) runs once per text.
    const runs = new Map<string, Promise<Finding[]>>();
    for (const policy of policies) {
      for (const config of policy.rules) {
        const key = this.runKey(config);
        let run = runs.get(key);
        if (!run) runs.set(key, (run = this.runRule(config, input)));
        for (const finding of await run) {
          if (SEVERITY_RANK[severityOf(finding)] < SEVERITY_RANK[config.severityThreshold]) continue;
          findings.push({
            policyId: policy.policyId,
            policyName: policy.name,
            policyVersion: policy.version,
            rule: config.rule,
            action: config.action,
            severity: severityOf(finding),
            message: finding.message,
            spans: finding.spans,
            suggestion: finding.suggestion ?? null,
            labels: finding.labels ?? [],
            confidence: finding.confidence ?? null,
            language: finding.language ?? null,
            config,
          });
        }
      }
    }
    if (OUTBOUND_SCOPES.has(input.scope)) return { findings, outbound: this.outboundOutcome(findings), inbound: null };
    return { findings, outbound: null, inbound: await this.inboundOutcome(policies, findings, input) };
  }

  /** Which runs of rules give the same findings: the rule and its arguments (kept per config object, which a batch reuses). */
  private runKey(config: PolicyRuleConfig): string {
    let key = this.runKeys.get(config);
    if (key === undefined) this.runKeys.set(config, (key = `${config.rule}\u0000${JSON.stringify(config.args ?? {})}`));
    return key;
  }

  private async runRule(config: PolicyRuleConfig, input: EvaluationInput): Promise<Finding[]> {
    const rule = this.registry.rule(config.rule)?.driver;
    if (!rule) {
      // The plugin was removed from the config after the policy was saved: skip, loudly.
      this.logger.warn({ rule: config.rule }, 'policy uses a rule that is not loaded; skipped');
      return [];
    }
    return this.safeEvaluate(rule, config.args, input);
  }

  private async safeEvaluate(rule: PolicyRule, args: Record<string, unknown>, input: EvaluationInput): Promise<Finding[]> {
    try {
      return await rule.evaluate(
        input.text,
        { target: SCOPE_TARGET[input.scope], channelCode: input.channelCode, authorExternalId: input.authorExternalId, recentTexts: input.recentTexts },
        { ...(rule.defaultArgs ?? {}), ...args },
      );
    } catch (error) {
      // One broken rule must not stop ingestion or publishing; the others still apply.
      this.logger.error({ rule: rule.code, err: error }, 'policy rule failed; skipped');
      return [];
    }
  }

  private outboundOutcome(findings: EvaluatedFinding[]): OutboundOutcome {
    return findings.reduce<OutboundOutcome>((worst, finding) => {
      const outcome = OutboundOutcome[finding.action as keyof typeof OutboundOutcome] ?? OutboundOutcome.ALLOW;
      return OUTBOUND_RANK[outcome] > OUTBOUND_RANK[worst] ? outcome : worst;
    }, OutboundOutcome.ALLOW);
  }

  private async inboundOutcome(policies: PolicySnapshot[], findings: EvaluatedFinding[], input: EvaluationInput): Promise<InboundOutcome> {
    const outcome: InboundOutcome = { hide: false, escalate: false, labels: [], assigneeId: null, priority: null, autoReply: null, hideWithheldForCriticism: false };
    const labels = new Set<string>();
    for (const finding of findings) {
      finding.labels.forEach((label) => labels.add(label));
      const { config } = finding;
      switch (finding.action) {
        case PolicyAction.HIDE:
          outcome.hide = true;
          break;
        case PolicyAction.ESCALATE:
          outcome.escalate = true;
          break;
        case PolicyAction.LABEL:
          (config.labels?.length ? config.labels : finding.labels).forEach((label) => labels.add(label));
          break;
        case PolicyAction.ASSIGN:
          outcome.assigneeId ??= config.assigneeId ?? null;
          break;
        case PolicyAction.SET_PRIORITY:
          if (config.priority && (!outcome.priority || PRIORITY_RANK[config.priority] > PRIORITY_RANK[outcome.priority])) outcome.priority = config.priority;
          break;
        case PolicyAction.AUTO_REPLY:
          outcome.autoReply ??= config.template ?? null;
          break;
      }
    }
    if (outcome.hide) {
      await this.classifyCriticism(labels, policies, input);
      if (labels.has('criticism') && !labels.has('abuse') && !labels.has('spam')) {
        outcome.hide = false;
        outcome.hideWithheldForCriticism = true;
      }
    }
    if (labels.has('criticism')) {
      // A complaint needs a person, even one hidden for its abuse, and comes before routine questions.
      if (outcome.hide || outcome.hideWithheldForCriticism) outcome.escalate = true;
      if (!outcome.priority || PRIORITY_RANK[outcome.priority] < PRIORITY_RANK[CRITICISM_PRIORITY]) outcome.priority = CRITICISM_PRIORITY;
    }
    outcome.labels = [...labels].sort();
    return outcome;
  }

  /**
   * Before hiding, make sure the content was classified: when no policy ran the
   * criticism classifier, run it (if loaded) so a complaint is never hidden
   * merely because nobody asked. The trained triage model, when loaded, is the
   * judge instead: it reads every supported language (the word list reads English).
   */
  private async classifyCriticism(labels: Set<string>, policies: PolicySnapshot[], input: EvaluationInput): Promise<void> {
    const model = this.registry.rule(CRITICISM_MODEL)?.driver;
    if (model) {
      for (const finding of await this.safeEvaluate(model, { labels: ['criticism'] }, input)) finding.labels?.forEach((label) => labels.add(label));
      return;
    }
    if (policies.some((p) => p.rules.some((r) => r.rule === CRITICISM_CLASSIFIER))) return;
    const classifier = this.registry.rule(CRITICISM_CLASSIFIER)?.driver;
    if (!classifier) return;
    for (const finding of await this.safeEvaluate(classifier, {}, input)) finding.labels?.forEach((label) => labels.add(label));
  }
}

/** Refuses outbound text that a BLOCK rule fired on, naming what the rules found (field `body`). */
export function assertNotBlocked(outcome: OutboundOutcome | string | null, findings: ReadonlyArray<{ action: string; message: string }>): void {
  if (outcome !== OutboundOutcome.BLOCK) return;
  const reasons = findings.filter((f) => f.action === PolicyAction.BLOCK).map((f) => f.message).join(' ');
  throw new UserInputError(`Blocked by policy: ${reasons}`, [{ field: 'body', message: reasons }]);
}
