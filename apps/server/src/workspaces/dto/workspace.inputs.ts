import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { Role } from '../../auth/role.enum.js';
import { IsTimeZone } from '../../common/time-zones.js';
import { ApprovalMode, ClientApprovalRule } from '../approval-mode.js';
import { Invitation } from '../invitation.entity.js';

@InputType({ description: 'A new workspace (brand or client).' })
export class CreateWorkspaceInput {
  @Field({ description: 'Display name.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @Field({ nullable: true, description: 'URL-safe handle (lower-case letters, digits, dashes); derived from the name when omitted.' })
  @IsOptional()
  @Matches(/^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/, { message: 'must be lower-case letters, digits and dashes' })
  slug?: string;

  @Field({ nullable: true, description: 'IANA time zone; UTC when omitted.' })
  @IsOptional()
  @IsTimeZone()
  timezone?: string;

  @Field({ nullable: true, description: 'False to start with no policies (e.g. to copy another workspace’s with copyWorkspaceSettings); by default the starter policies are created (docs/policies.md).' })
  @IsOptional()
  @IsBoolean()
  starterPolicies?: boolean;
}

@InputType({ description: 'Changes to a workspace; omitted fields stay as they are.' })
export class UpdateWorkspaceInput {
  @Field(() => ID, { description: 'The workspace to change.' })
  @IsUUID()
  workspaceId: string;

  @Field({ nullable: true, description: 'New display name.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @Field({ nullable: true, description: 'New IANA time zone.' })
  @IsOptional()
  @IsTimeZone()
  timezone?: string;

  @Field({ nullable: true, description: 'Require an ADMIN’s approval for every post.' })
  @IsOptional()
  @IsBoolean()
  postApprovalRequired?: boolean;

  @Field({ nullable: true, description: 'Require the approver of a post to be someone other than whoever wrote or edited it (and a person, not an API key).' })
  @IsOptional()
  @IsBoolean()
  requireDifferentApprover?: boolean;

  @Field(() => ApprovalMode, { nullable: true, description: 'Who approves posts before they are published (docs/client-approvals.md).' })
  @IsOptional()
  @IsEnum(ApprovalMode)
  approvalMode?: ApprovalMode;

  @Field(() => ClientApprovalRule, { nullable: true, description: 'Whether every person asked must approve a post, or any one of them.' })
  @IsOptional()
  @IsEnum(ClientApprovalRule)
  clientApprovalRule?: ClientApprovalRule;

  @Field(() => [String], { nullable: true, description: "The client's addresses for the monthly report (at most 20; an empty list stops it)." })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsEmail({}, { each: true })
  reportRecipients?: string[];
}

@InputType({ description: 'Add an existing user to a workspace.' })
export class AddMemberInput {
  @Field(() => ID, { description: 'The workspace.' })
  @IsUUID()
  workspaceId: string;

  @Field({ description: 'E-mail of an existing user.' })
  @IsEmail()
  email: string;

  @Field(() => Role, { description: 'Their role in the workspace.' })
  @IsEnum(Role)
  role: Role;
}

@InputType({ description: 'Invite someone by e-mail; they join with acceptInvitation.' })
export class InviteMemberInput {
  @Field(() => ID, { description: 'The workspace.' })
  @IsUUID()
  workspaceId: string;

  @Field({ description: 'E-mail of the invitee.' })
  @IsEmail()
  email: string;

  @Field(() => Role, { description: 'Their role once they accept.' })
  @IsEnum(Role)
  role: Role;
}

@InputType({ description: "Change a member's role." })
export class UpdateMemberRoleInput {
  @Field(() => ID, { description: 'The workspace.' })
  @IsUUID()
  workspaceId: string;

  @Field(() => ID, { description: 'The member user.' })
  @IsUUID()
  userId: string;

  @Field(() => Role, { description: 'The new role.' })
  @IsEnum(Role)
  role: Role;
}

@ObjectType({ description: 'An invitation and its one-time token (shown only here).' })
export class InviteMemberPayload {
  @Field(() => Invitation, { description: 'The stored invitation.' })
  invitation: Invitation;

  @Field({ description: 'Give this to the invitee; they pass it to acceptInvitation. It is not stored and cannot be shown again.' })
  token: string;
}
