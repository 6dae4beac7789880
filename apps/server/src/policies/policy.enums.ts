import { registerEnumType } from '@nestjs/graphql';
import type { RuleTarget } from '@rapport/plugin-sdk';

export enum PolicyScope {
  OUTBOUND_POST = 'OUTBOUND_POST',
  OUTBOUND_REPLY = 'OUTBOUND_REPLY',
  INBOUND_MESSAGE = 'INBOUND_MESSAGE',
  REVIEW = 'REVIEW',
}

/** What a rule does when it finds something. Outbound scopes take the first three; inbound scopes the rest. */
export enum PolicyAction {
  BLOCK = 'BLOCK',
  REQUIRE_APPROVAL = 'REQUIRE_APPROVAL',
  WARN = 'WARN',
  HIDE = 'HIDE',
  ESCALATE = 'ESCALATE',
  LABEL = 'LABEL',
  ASSIGN = 'ASSIGN',
  SET_PRIORITY = 'SET_PRIORITY',
  AUTO_REPLY = 'AUTO_REPLY',
}

export enum Severity {
  INFO = 'INFO',
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  CRITICAL = 'CRITICAL',
}

export enum Priority {
  LOW = 'LOW',
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}

export const OUTBOUND_SCOPES = new Set([PolicyScope.OUTBOUND_POST, PolicyScope.OUTBOUND_REPLY]);
export const OUTBOUND_ACTIONS = [PolicyAction.BLOCK, PolicyAction.REQUIRE_APPROVAL, PolicyAction.WARN];
export const INBOUND_ACTIONS = [PolicyAction.HIDE, PolicyAction.ESCALATE, PolicyAction.LABEL, PolicyAction.ASSIGN, PolicyAction.SET_PRIORITY, PolicyAction.AUTO_REPLY];

/** Which rule target (the SDK's `appliesTo`) a scope evaluates. */
export const SCOPE_TARGET: Record<PolicyScope, RuleTarget> = {
  [PolicyScope.OUTBOUND_POST]: 'post',
  [PolicyScope.OUTBOUND_REPLY]: 'reply',
  [PolicyScope.INBOUND_MESSAGE]: 'inbound_message',
  [PolicyScope.REVIEW]: 'review',
};

export const SEVERITY_RANK: Record<Severity, number> = { INFO: 0, LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 };
export const PRIORITY_RANK: Record<Priority, number> = { LOW: 0, NORMAL: 1, HIGH: 2, URGENT: 3 };

registerEnumType(PolicyScope, {
  name: 'PolicyScope',
  description: 'What a policy checks.',
  valuesMap: {
    OUTBOUND_POST: { description: 'Posts before they are scheduled or published.' },
    OUTBOUND_REPLY: { description: 'Replies to messages and reviews before they are sent.' },
    INBOUND_MESSAGE: { description: 'Comments, mentions and direct messages as they arrive.' },
    REVIEW: { description: 'Reviews as they arrive.' },
  },
});
registerEnumType(PolicyAction, {
  name: 'PolicyAction',
  description: 'What happens when a rule finds something.',
  valuesMap: {
    BLOCK: { description: 'Outbound: the text cannot be published or sent.' },
    REQUIRE_APPROVAL: { description: 'Outbound: an ADMIN must approve it first.' },
    WARN: { description: 'Outbound: shown to the author; nothing is stopped.' },
    HIDE: { description: 'Inbound: hidden on the network and in the inbox (never for honest criticism: escalated instead).' },
    ESCALATE: { description: 'Inbound: flagged for a human.' },
    LABEL: { description: 'Inbound: labelled (with the configured labels, or the findings’ labels).' },
    ASSIGN: { description: 'Inbound: assigned to the configured member.' },
    SET_PRIORITY: { description: 'Inbound: priority raised to the configured level.' },
    AUTO_REPLY: { description: 'Inbound: answered with the configured template.' },
  },
});
registerEnumType(Severity, {
  name: 'Severity',
  description: 'How serious a finding is.',
  valuesMap: {
    INFO: { description: 'Worth knowing.' },
    LOW: { description: 'Minor.' },
    MEDIUM: { description: 'Should be looked at.' },
    HIGH: { description: 'Serious.' },
    CRITICAL: { description: 'Must not go out / must be handled now.' },
  },
});
registerEnumType(Priority, {
  name: 'Priority',
  description: 'How urgently a conversation needs an answer.',
  valuesMap: {
    LOW: { description: 'Whenever convenient.' },
    NORMAL: { description: 'The default.' },
    HIGH: { description: 'Before normal items.' },
    URGENT: { description: 'Now.' },
  },
});
