import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { IsDateTime } from '../common/date-time.js';
import { PolicyFindingType } from './dto/policy-evaluation.types.js';
import { MAX_RULES_PER_POLICY, PolicyRuleInput } from './dto/policy.inputs.js';
import { PolicyScope } from './policy.enums.js';

/** One stored text a policy can be replayed on. */
export interface BacktestItem {
  itemType: string;
  itemId: string;
  text: string;
  channelId: string | null;
  channelCode?: string;
}

/**
 * Where stored content of a scope comes from (posts for OUTBOUND_POST, ...).
 * Domain modules register theirs, so policies need not know every domain.
 */
export interface BacktestSource {
  scope: PolicyScope;
  label: string;
  items(workspaceId: string, since: Date, limit: number): Promise<BacktestItem[]>;
}

@InputType({ description: 'A draft policy to try: its scope and rules (nothing is saved).' })
export class DraftPolicyInput {
  @Field(() => PolicyScope, { description: 'What it would check.' })
  @IsEnum(PolicyScope)
  scope: PolicyScope;

  @Field(() => [PolicyRuleInput], { description: 'Its rules, in order.' })
  @IsArray()
  @ArrayMaxSize(MAX_RULES_PER_POLICY)
  @ValidateNested({ each: true })
  @Type(() => PolicyRuleInput)
  rules: PolicyRuleInput[];
}

@InputType({ description: 'What to replay, on what, since when. Give a saved policyId or a draft.' })
export class BacktestPolicyInput {
  @Field(() => ID, { description: 'The workspace.' })
  @IsUUID()
  workspaceId: string;

  @Field(() => ID, { nullable: true, description: 'A saved policy (its current version, enabled or not).' })
  @IsOptional()
  @IsUUID()
  policyId?: string;

  @Field(() => DraftPolicyInput, { nullable: true, description: 'Or a draft policy.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DraftPolicyInput)
  draft?: DraftPolicyInput;

  @Field({ description: 'Replay content stored since this time (ISO).' })
  @IsDateTime()
  since: string;

  @Field(() => Int, { nullable: true, description: 'Examples kept per outcome (default 3).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(20)
  examplesPerOutcome?: number;
}

@ObjectType({ description: 'One stored item and what the policy would have found in it.' })
export class BacktestExample {
  @Field({ description: 'What kind of item: post, message or review.' }) itemType: string;
  @Field(() => ID, { description: 'Its id.' }) itemId: string;
  @Field({ description: 'The start of its text.' }) excerpt: string;
  @Field(() => [PolicyFindingType], { description: 'What the rules found.' }) findings: PolicyFindingType[];
}

@ObjectType({ description: 'How many items would have had one outcome, with examples.' })
export class BacktestOutcome {
  @Field({ description: 'ALLOW, WARN, REQUIRE_APPROVAL or BLOCK for outbound scopes; the actions taken (e.g. "ESCALATE+LABEL", or NONE) for inbound ones.' }) outcome: string;
  @Field(() => Int, { description: 'How many items.' }) count: number;
  @Field(() => [BacktestExample], { description: 'Some of them.' }) examples: BacktestExample[];
}

@ObjectType({ description: 'What a policy would have done to stored content. Nothing was changed.' })
export class BacktestReport {
  @Field(() => PolicyScope, { description: 'The scope replayed.' }) scope: PolicyScope;
  @Field(() => Int, { description: 'Items evaluated.' }) evaluated: number;
  @Field(() => [String], { description: 'Where the items came from, e.g. "posts".' }) sources: string[];
  @Field(() => [BacktestOutcome], { description: 'Counts and examples by outcome, most frequent first.' }) outcomes: BacktestOutcome[];
  @Field(() => String, { nullable: true, description: 'Anything that limits the report, e.g. that it stopped at the item limit.' }) note: string | null;
}
