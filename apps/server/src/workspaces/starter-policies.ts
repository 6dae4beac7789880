import type { PluginRegistry } from '../plugins/plugin-registry.js';
import type { CreatePolicyInput } from '../policies/dto/policy.inputs.js';
import { PolicyAction, PolicyScope } from '../policies/policy.enums.js';

/**
 * What every new workspace starts with (the Demo workspace of a first run
 * too), so spam is hidden and abusive replies are blocked from day one. Only
 * rules whose plugins are loaded are used. docs/policies.md lists them.
 */
const STARTER_POLICIES: Array<Omit<CreatePolicyInput, 'workspaceId'>> = [
  {
    name: 'Inbox triage',
    scope: PolicyScope.INBOUND_MESSAGE,
    rules: [
      { rule: 'question-detector', action: PolicyAction.LABEL },
      { rule: 'spam', action: PolicyAction.HIDE },
      // Abuse is hidden; honest criticism is escalated instead (the engine guarantees it).
      { rule: 'sentiment-and-criticism', action: PolicyAction.HIDE },
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
      { rule: 'inclusive-language', action: PolicyAction.WARN },
    ],
  },
  {
    name: 'Reply tone',
    scope: PolicyScope.OUTBOUND_REPLY,
    rules: [
      { rule: 'profanity', action: PolicyAction.BLOCK },
      // Insults, "shut up", "go to hell": an agent's bad moment must not reach a customer.
      { rule: 'abuse', action: PolicyAction.BLOCK },
      { rule: 'inclusive-language', action: PolicyAction.WARN },
    ],
  },
  {
    name: 'Review triage',
    scope: PolicyScope.REVIEW,
    rules: [
      { rule: 'sentiment-and-criticism', action: PolicyAction.ESCALATE },
      { rule: 'spam', action: PolicyAction.LABEL },
    ],
  },
];

/** The starter policies whose rules are loaded, for one workspace. */
export function starterPolicies(registry: PluginRegistry, workspaceId: string): CreatePolicyInput[] {
  return STARTER_POLICIES.map((policy) => ({ ...policy, workspaceId, rules: policy.rules.filter((r) => registry.rule(r.rule)) })).filter((policy) => policy.rules.length > 0);
}
