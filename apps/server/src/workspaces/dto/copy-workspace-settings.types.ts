import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMinSize, ArrayUnique, IsArray, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { IsTimeZone } from '../../common/time-zones.js';
import { Workspace } from '../workspace.entity.js';

export enum WorkspaceSetting {
  POLICIES = 'POLICIES',
  CANNED_REPLIES = 'CANNED_REPLIES',
  REPLY_TEMPLATES = 'REPLY_TEMPLATES',
  REVIEW_SETTINGS = 'REVIEW_SETTINGS',
  APPROVAL_SETTINGS = 'APPROVAL_SETTINGS',
}

registerEnumType(WorkspaceSetting, {
  name: 'WorkspaceSetting',
  description: 'A kind of setting copyWorkspaceSettings copies.',
  valuesMap: {
    POLICIES: { description: 'Policies for every channel (channel-specific ones are skipped: channels are not copied).' },
    CANNED_REPLIES: { description: 'Saved answers of the inbox.' },
    REPLY_TEMPLATES: { description: 'Review reply templates with their rating bands.' },
    REVIEW_SETTINGS: { description: "Review triage settings (lowRatingThreshold, watchedNames); they overwrite the target's, whatever onNameClash says." },
    APPROVAL_SETTINGS: { description: "How posts are approved: approvalMode, clientApprovalRule, postApprovalRequired, requireDifferentApprover; they overwrite the target's, whatever onNameClash says (report recipients are not copied)." },
  },
});

export enum NameClash {
  SKIP = 'SKIP',
  REPLACE = 'REPLACE',
}

registerEnumType(NameClash, {
  name: 'NameClash',
  description: 'What copyWorkspaceSettings does when the target already has a setting of the same kind and name.',
  valuesMap: {
    SKIP: { description: "Keep the target's own and report the copy as skipped (the default)." },
    REPLACE: { description: "Overwrite the target's with the source's: a policy gets a new version with the source's rules (its history is kept)." },
  },
});

@InputType({ description: 'Copies settings from one workspace you administer to another ("workspace templates").' })
export class CopyWorkspaceSettingsInput {
  @Field(() => ID, { description: 'Where to copy from; you need ADMIN or higher there.' }) @IsUUID() fromWorkspaceId: string;
  @Field(() => ID, { description: 'Where to copy to; you need ADMIN or higher there.' }) @IsUUID() toWorkspaceId: string;

  @Field(() => [WorkspaceSetting], { description: 'Which kinds of settings to copy.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(WorkspaceSetting, { each: true })
  include: WorkspaceSetting[];

  @Field(() => NameClash, { nullable: true, description: 'What to do when the target has a setting of the same kind and name: SKIP (default) or REPLACE.' })
  @IsOptional()
  @IsEnum(NameClash)
  onNameClash?: NameClash;
}

@InputType({ description: 'A new client workspace made from another ("workspace templates").' })
export class CreateWorkspaceFromTemplateInput {
  @Field({ description: 'Display name of the new workspace.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @Field({ nullable: true, description: 'URL-safe handle; derived from the name when omitted.' })
  @IsOptional()
  @Matches(/^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/, { message: 'must be lower-case letters, digits and dashes' })
  slug?: string;

  @Field({ nullable: true, description: "IANA time zone; the template's when omitted." })
  @IsOptional()
  @IsTimeZone()
  timezone?: string;

  @Field(() => ID, { description: 'The workspace to copy from; you need ADMIN or higher there.' }) @IsUUID() fromWorkspaceId: string;

  @Field(() => [WorkspaceSetting], { description: 'Which kinds of settings to copy. Without POLICIES the new workspace gets the starter policies.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(WorkspaceSetting, { each: true })
  include: WorkspaceSetting[];
}

@ObjectType({ description: 'What copyWorkspaceSettings did with the settings of one kind, by name.' })
export class CopiedSettings {
  @Field(() => WorkspaceSetting, { description: 'The kind of setting.' }) kind: WorkspaceSetting;
  @Field(() => [String], { description: 'Names created in the target.' }) created: string[];
  @Field(() => [String], { description: 'Names that overwrote the target’s own (onNameClash: REPLACE).' }) replaced: string[];
  @Field(() => [String], { description: 'Names not copied: the target has one of that name (onNameClash: SKIP), or a policy is for one channel.' }) skipped: string[];
}

@ObjectType({ description: 'The result of copyWorkspaceSettings, one entry per kind included.' })
export class CopyWorkspaceSettingsPayload {
  @Field(() => [CopiedSettings], { description: 'Per kind: what was created, replaced and skipped.' }) settings: CopiedSettings[];
}

@ObjectType({ description: 'The workspace createWorkspaceFromTemplate made, and what it copied into it.' })
export class CreateWorkspaceFromTemplatePayload {
  @Field(() => Workspace, { description: 'The new workspace (you are its OWNER).' }) workspace: Workspace;
  @Field(() => [CopiedSettings], { description: 'Per kind: what was copied.' }) settings: CopiedSettings[];
}
