import type { PluginRegistry } from '../plugins/plugin-registry.js';
import type { CreatePolicyInput, PolicyRuleInput } from '../policies/dto/policy.inputs.js';
import { PolicyAction, PolicyScope, Priority, Severity } from '../policies/policy.enums.js';

/** A starter rule; `replacedBy`: left out when that rule is loaded (the trained model replaces English word lists). */
type StarterRule = PolicyRuleInput & { replacedBy?: string };

/** The trained triage model's rules (@rapport/plugin-rule-triage-model). */
const MODEL = 'triage-model';
const VOICE_MODEL = 'brand-voice-model';

/**
 * alex's words for condescending documentation ("just", "easy", "simply", "of course", "clearly", "basically",
 * "obviously") are everyday brand copy ("who's just passed her exam", "dead easy recipe"), and "black" is Black Friday
 * or black coffee: the starter policies allow them, so a warning means something. An admin can take them out.
 */
const BRAND_COPY_ALLOWED = ['just', 'easy', 'simple', 'of-course', 'clearly', 'basically', 'obvious', 'black'];

/**
 * What every new workspace starts with (the Demo workspace of a first run
 * too), so spam is hidden and abusive replies are blocked from day one. Only
 * rules whose plugins are loaded are used. docs/policies.md lists them.
 */
const STARTER_POLICIES: Array<Omit<CreatePolicyInput, 'workspaceId' | 'rules'> & { rules: StarterRule[] }> = [
  {
    name: 'Inbox triage',
    scope: PolicyScope.INBOUND_MESSAGE,
    rules: [
      { rule: 'question-detector', action: PolicyAction.LABEL, replacedBy: MODEL },
      // The model never calls spam a question.
      { rule: MODEL, args: { labels: ['question'] }, action: PolicyAction.LABEL },
      // MEDIUM: shouting (LOW) is not spam; shorteners, scams and copy-paste campaigns are.
      { rule: 'spam', action: PolicyAction.HIDE, severityThreshold: Severity.MEDIUM },
      // Abuse is hidden; honest criticism is escalated instead (the engine guarantees it).
      { rule: 'sentiment-and-criticism', action: PolicyAction.HIDE, replacedBy: MODEL },
      { rule: MODEL, args: { labels: ['spam', 'abuse', 'threat'] }, action: PolicyAction.HIDE },
      // A person looks at threats, complaints (also abusive ones) and what the model cannot read.
      { rule: MODEL, args: { labels: ['threat', 'criticism', 'unknown_language'] }, action: PolicyAction.ESCALATE },
      { rule: MODEL, args: { labels: ['threat'] }, action: PolicyAction.SET_PRIORITY, priority: Priority.URGENT },
    ],
  },
  {
    name: 'Brand voice',
    scope: PolicyScope.OUTBOUND_POST,
    rules: [
      { rule: 'profanity', action: PolicyAction.BLOCK },
      { rule: 'abuse', action: PolicyAction.BLOCK },
      { rule: 'inflated-claims', action: PolicyAction.REQUIRE_APPROVAL },
      { rule: 'sales-pressure', action: PolicyAction.WARN },
      { rule: 'inclusive-language', args: { allow: BRAND_COPY_ALLOWED }, action: PolicyAction.WARN },
      { rule: VOICE_MODEL, args: { labels: ['profanity'] }, action: PolicyAction.BLOCK },
      { rule: VOICE_MODEL, args: { labels: ['claim'] }, action: PolicyAction.REQUIRE_APPROVAL },
      { rule: VOICE_MODEL, args: { labels: ['insensitive', 'sales'] }, action: PolicyAction.WARN },
    ],
  },
  {
    name: 'Reply tone',
    scope: PolicyScope.OUTBOUND_REPLY,
    rules: [
      { rule: 'profanity', action: PolicyAction.BLOCK },
      // Insults, "shut up", "go to hell": an agent's bad moment must not reach a customer.
      { rule: 'abuse', action: PolicyAction.BLOCK },
      { rule: 'inclusive-language', args: { allow: BRAND_COPY_ALLOWED }, action: PolicyAction.WARN },
      { rule: VOICE_MODEL, args: { labels: ['profanity'] }, action: PolicyAction.BLOCK },
      { rule: VOICE_MODEL, args: { labels: ['claim', 'insensitive', 'sales'] }, action: PolicyAction.WARN },
    ],
  },
  {
    name: 'Review triage',
    scope: PolicyScope.REVIEW,
    rules: [
      { rule: 'sentiment-and-criticism', action: PolicyAction.ESCALATE, replacedBy: MODEL },
      { rule: MODEL, args: { labels: ['criticism', 'abuse', 'threat', 'unknown_language'] }, action: PolicyAction.ESCALATE },
      { rule: MODEL, args: { labels: ['threat'] }, action: PolicyAction.SET_PRIORITY, priority: Priority.URGENT },
      { rule: 'spam', action: PolicyAction.LABEL },
      { rule: MODEL, args: { labels: ['spam', 'question'] }, action: PolicyAction.LABEL },
    ],
  },
];

/** The starter policies whose rules are loaded, for one workspace. */
export function starterPolicies(registry: PluginRegistry, workspaceId: string): CreatePolicyInput[] {
  const kept = (rule: StarterRule) => registry.rule(rule.rule) && !(rule.replacedBy && registry.rule(rule.replacedBy));
  return STARTER_POLICIES.map((policy) => ({ ...policy, workspaceId, rules: policy.rules.filter(kept).map(({ replacedBy: _replacedBy, ...rule }) => rule) })).filter((policy) => policy.rules.length > 0);
}
