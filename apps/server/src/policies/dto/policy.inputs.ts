import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsObject, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { JSONScalar } from '../../common/json.scalar.js';
import { NullClears } from '../../common/null-input.js';
import { ConnectionArgs } from '../../common/pagination.js';
import { PolicyAction, PolicyScope, Priority, Severity } from '../policy.enums.js';

export const MAX_RULES_PER_POLICY = 50;
export const MAX_EVALUATED_TEXT = 20_000;

@InputType({ description: 'One rule of a policy.' })
export class PolicyRuleInput {
  @Field({ description: 'Rule code from ruleTypes.' })
  @IsString()
  @MinLength(1)
  rule: string;

  @Field(() => JSONScalar, { nullable: true, description: "Arguments, validated against the rule's argsSchema; its defaultArgs fill what is left out." })
  @IsOptional()
  @IsObject()
  args?: Record<string, unknown>;

  @Field(() => PolicyAction, { description: 'What to do when the rule finds something; must suit the policy scope.' })
  @IsEnum(PolicyAction)
  action: PolicyAction;

  @Field(() => Severity, { nullable: true, description: 'Ignore findings below this severity (default INFO: every finding counts).' })
  @IsOptional()
  @IsEnum(Severity)
  severityThreshold?: Severity;

  @Field(() => [String], { nullable: true, description: 'LABEL: labels to add (default: the findings’ labels).' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  labels?: string[];

  @Field(() => ID, { nullable: true, description: 'ASSIGN: the member (user id) to assign; required for ASSIGN.' })
  @IsOptional()
  @IsUUID()
  assigneeId?: string;

  @Field(() => Priority, { nullable: true, description: 'SET_PRIORITY: the priority; required for SET_PRIORITY.' })
  @IsOptional()
  @IsEnum(Priority)
  priority?: Priority;

  @Field({ nullable: true, description: 'AUTO_REPLY: the reply text; required for AUTO_REPLY.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  template?: string;
}

@InputType({ description: 'A new policy.' })
export class CreatePolicyInput {
  @Field(() => ID, { description: 'The workspace.' })
  @IsUUID()
  workspaceId: string;

  @Field({ description: 'Name shown to admins.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @Field(() => PolicyScope, { description: 'What the policy checks.' })
  @IsEnum(PolicyScope)
  scope: PolicyScope;

  @Field({ nullable: true, description: 'Apply it right away (default true).' })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;

  @Field(() => ID, { nullable: true, description: 'Only content of this channel (default: every channel).' })
  @IsOptional()
  @IsUUID()
  channelId?: string;

  @Field(() => [PolicyRuleInput], { description: 'Rules, in order.' })
  @IsArray()
  @ArrayMaxSize(MAX_RULES_PER_POLICY)
  @ValidateNested({ each: true })
  @Type(() => PolicyRuleInput)
  rules: PolicyRuleInput[];
}

@InputType({ description: 'An edit of a policy; it makes a new version. Omitted fields stay as they are.' })
export class UpdatePolicyInput {
  @Field(() => ID, { description: 'The workspace.' })
  @IsUUID()
  workspaceId: string;

  @Field(() => ID, { description: 'The policy.' })
  @IsUUID()
  policyId: string;

  @Field({ nullable: true, description: 'New name.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @Field({ nullable: true, description: 'Enable or disable.' })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;

  @Field(() => ID, { nullable: true, description: 'Restrict to this channel; pass null to apply to every channel.' })
  @NullClears()
  @IsOptional()
  @IsUUID()
  channelId?: string | null;

  @Field(() => [PolicyRuleInput], { nullable: true, description: 'The new list of rules, replacing the old one.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_RULES_PER_POLICY)
  @ValidateNested({ each: true })
  @Type(() => PolicyRuleInput)
  rules?: PolicyRuleInput[];
}

@ArgsType()
export class PoliciesArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'The workspace.' })
  @IsUUID()
  workspaceId: string;

  @Field(() => PolicyScope, { nullable: true, description: 'Only policies of this scope.' })
  @IsOptional()
  @IsEnum(PolicyScope)
  scope?: PolicyScope;
}

@ArgsType()
export class PolicyVersionsArgs extends ConnectionArgs {
  @Field({ nullable: true, description: 'Latest version first (true), so the first page is the latest versions and `after` pages back to older ones; oldest first by default.' })
  @IsOptional()
  @IsBoolean()
  newestFirst?: boolean;
}

@ArgsType()
export class EvaluatePolicyArgs {
  @Field(() => ID, { description: 'The workspace whose enabled policies apply.' })
  @IsUUID()
  workspaceId: string;

  @Field(() => PolicyScope, { description: 'Which policies: e.g. OUTBOUND_POST while composing a post.' })
  @IsEnum(PolicyScope)
  scope: PolicyScope;

  @Field({ description: 'The text to check.' })
  @IsString()
  @MaxLength(MAX_EVALUATED_TEXT)
  text: string;

  @Field(() => ID, { nullable: true, description: 'The channel it is for; adds that channel’s own policies.' })
  @IsOptional()
  @IsUUID()
  channelId?: string;

  @Field(() => [PolicyRuleInput], {
    nullable: true,
    description: 'Checks the text against these rules alone (a policy being edited, before it is saved) instead of the saved policies; validated as createPolicy validates them. ADMIN only.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_RULES_PER_POLICY)
  @ValidateNested({ each: true })
  @Type(() => PolicyRuleInput)
  draftRules?: PolicyRuleInput[];
}
