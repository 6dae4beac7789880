import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OutboundOutcome } from '../policy-engine.js';
import { PolicyAction, Priority, Severity } from '../policy.enums.js';

registerEnumType(OutboundOutcome, {
  name: 'OutboundOutcome',
  description: 'What happens to outbound text: the most severe action of any firing rule.',
  valuesMap: {
    ALLOW: { description: 'Nothing fired.' },
    WARN: { description: 'Show the findings; nothing is stopped.' },
    REQUIRE_APPROVAL: { description: 'An ADMIN must approve it.' },
    BLOCK: { description: 'It cannot go out.' },
  },
});

@ObjectType({ description: 'A stretch of the checked text.' })
export class TextSpanType {
  @Field(() => Int, { description: 'Offset of the first character (UTF-16 code units).' }) start: number;
  @Field(() => Int, { description: 'Offset after the last character.' }) end: number;
  @Field({ description: 'The matched text.' }) text: string;
}

@ObjectType({ description: 'Something a rule found, explained: which policy version and rule, which words, what to do instead.' })
export class PolicyFindingType {
  @Field(() => ID, { description: 'The policy.' }) policyId: string;
  @Field({ description: 'The policy name.' }) policyName: string;
  @Field(() => Int, { description: 'The policy version that produced it.' }) policyVersion: number;
  @Field({ description: 'The rule code.' }) rule: string;
  @Field(() => PolicyAction, { description: 'The action the rule is configured with.' }) action: PolicyAction;
  @Field(() => Severity, { description: 'How serious it is.' }) severity: Severity;
  @Field({ description: 'What is wrong, in words.' }) message: string;
  @Field(() => [TextSpanType], { description: 'Where in the text.' }) spans: TextSpanType[];
  @Field(() => String, { nullable: true, description: 'What to write instead.' }) suggestion: string | null;
  @Field(() => [String], { description: 'What the text is, e.g. criticism, abuse, spam, question.' }) labels: string[];
  @Field(() => Float, { nullable: true, description: 'How sure a model-based rule is, from 0 to 1 (null for word-list rules).' }) confidence: number | null;
  @Field(() => String, { nullable: true, description: "The language a model-based rule read the text as (ISO 639-1, or 'unknown'); null for word-list rules." }) language: string | null;
}

@ObjectType({ description: 'What inbound policies do to a message or review (actions compose).' })
export class InboundOutcomeType {
  @Field({ description: 'Hide it on the network and in the inbox.' }) hide: boolean;
  @Field({ description: 'Flag it for a human (ESCALATE, honest criticism asked to be hidden, or criticism hidden for its abuse or spam).' }) escalate: boolean;
  @Field(() => [String], { description: 'Labels to add.' }) labels: string[];
  @Field(() => ID, { nullable: true, description: 'Member to assign.' }) assigneeId: string | null;
  @Field(() => Priority, { nullable: true, description: 'Priority to set: the highest SET_PRIORITY, and at least HIGH for criticism.' }) priority: Priority | null;
  @Field(() => String, { nullable: true, description: 'Automatic reply to send.' }) autoReply: string | null;
  @Field({ description: 'A HIDE was turned into ESCALATE because this is criticism without abuse: Rapport never silently hides honest criticism.' })
  hideWithheldForCriticism: boolean;
}

@ObjectType({ description: 'The result of checking a text against a workspace’s policies.' })
export class PolicyEvaluation {
  @Field(() => [PolicyFindingType], { description: 'Every finding, in policy and rule order.' }) findings: PolicyFindingType[];
  @Field(() => OutboundOutcome, { nullable: true, description: 'For outbound scopes: what happens to the text.' }) outbound: OutboundOutcome | null;
  @Field(() => InboundOutcomeType, { nullable: true, description: 'For inbound scopes: what happens to the content.' }) inbound: InboundOutcomeType | null;
}
