import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMinSize, ArrayUnique, IsArray, IsEnum, IsOptional, IsUUID } from 'class-validator';

export enum WorkspaceSetting {
  POLICIES = 'POLICIES',
  CANNED_REPLIES = 'CANNED_REPLIES',
  REPLY_TEMPLATES = 'REPLY_TEMPLATES',
}

registerEnumType(WorkspaceSetting, {
  name: 'WorkspaceSetting',
  description: 'A kind of setting copyWorkspaceSettings copies.',
  valuesMap: {
    POLICIES: { description: 'Policies for every channel (channel-specific ones are skipped: channels are not copied).' },
    CANNED_REPLIES: { description: 'Saved answers of the inbox.' },
    REPLY_TEMPLATES: { description: 'Review reply templates with their rating bands.' },
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
