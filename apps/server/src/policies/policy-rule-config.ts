import { Field, ID, ObjectType } from '@nestjs/graphql';
import { JSONScalar } from '../common/json.scalar.js';
import { PolicyAction, Priority, Severity } from './policy.enums.js';

/** One step of a policy, as stored in a version's JSON. */
export interface PolicyRuleConfig {
  /** Rule code from ruleTypes. */
  rule: string;
  args: Record<string, unknown>;
  action: PolicyAction;
  /** Findings below this severity are ignored. */
  severityThreshold: Severity;
  /** LABEL: labels to add (the findings' own labels when empty). */
  labels?: string[];
  /** ASSIGN: the member to assign. */
  assigneeId?: string;
  /** SET_PRIORITY: the priority to raise to. */
  priority?: Priority;
  /** AUTO_REPLY: the reply, with {{variables}}. */
  template?: string;
}

@ObjectType('PolicyRule', { description: 'One rule of a policy: which check, with which arguments, and what to do when it finds something.' })
export class PolicyRuleConfigType implements PolicyRuleConfig {
  @Field({ description: 'Rule code (see ruleTypes).' }) rule: string;
  @Field(() => JSONScalar, { description: "Arguments, shaped by the rule's argsSchema." }) args: Record<string, unknown>;
  @Field(() => PolicyAction, { description: 'What happens when the rule finds something.' }) action: PolicyAction;
  @Field(() => Severity, { description: 'Findings below this severity are ignored.' }) severityThreshold: Severity;
  @Field(() => [String], { nullable: true, description: 'LABEL: labels to add; the findings’ own labels when empty.' }) labels?: string[];
  @Field(() => ID, { nullable: true, description: 'ASSIGN: the member (user id) to assign.' }) assigneeId?: string;
  @Field(() => Priority, { nullable: true, description: 'SET_PRIORITY: the priority to raise to.' }) priority?: Priority;
  @Field({ nullable: true, description: 'AUTO_REPLY: the reply text; {{contact.name}} and similar variables are filled in.' }) template?: string;
}
