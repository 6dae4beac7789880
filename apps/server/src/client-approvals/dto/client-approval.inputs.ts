import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsEmail, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsDateTime } from '../../common/date-time.js';
import { ConnectionArgs } from '../../common/pagination.js';
import { IsTimeZone } from '../../common/time-zones.js';

/** The most posts one request may carry; a page of more is no longer read. */
export const MAX_POSTS_PER_REQUEST = 50;
export const DEFAULT_EXPIRES_IN_HOURS = 72;

@InputType({ description: 'A stretch of the content calendar: posts scheduled at or after `from` and before `to`.' })
export class CalendarRangeInput {
  @Field({ description: 'Start (inclusive), ISO time.' }) @IsDateTime() from: string;
  @Field({ description: 'End (exclusive), ISO time.' }) @IsDateTime() to: string;
}

@InputType({ description: 'Posts to send to the client for approval, and to whom. Give postIds or range, not both.' })
export class RequestClientApprovalInput {
  @Field(() => ID, { description: 'The workspace; its approvalMode must involve the client.' })
  @IsUUID()
  workspaceId: string;

  @Field(() => [ID], { nullable: true, description: `The posts (at most ${MAX_POSTS_PER_REQUEST}).` })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_POSTS_PER_REQUEST)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  postIds?: string[];

  @Field(() => CalendarRangeInput, { nullable: true, description: 'Instead of postIds: every post scheduled in this range that can be sent (not yet approved by the client, in a status the approvalMode allows).' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CalendarRangeInput)
  range?: CalendarRangeInput;

  @Field(() => [String], { description: 'The reviewers’ e-mail addresses (1 to 20); each gets a link of their own.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsEmail({}, { each: true })
  @MaxLength(320, { each: true })
  emails: string[];

  @Field({ nullable: true, description: 'A note shown to the reviewers (at most 2,000 characters).' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  message?: string;

  @Field(() => Int, { nullable: true, description: `How long the links work, in hours (1 to 720; default ${DEFAULT_EXPIRES_IN_HOURS}, or longer to outlive a later deadline).` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(720)
  expiresInHours?: number;

  @Field({ nullable: true, description: 'When the client must have decided: an ISO time with offset, or a wall-clock time in timeZone. Posts not approved by then are not published, and you are told.' })
  @IsOptional()
  @IsString()
  deadline?: string;

  @Field({ nullable: true, description: "The client's IANA time zone, for the times shown on the page and in the mail (default: the workspace's)." })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;
}

@InputType({ description: 'Stops the links of a client approval request: all of them, or one reviewer’s.' })
export class RevokeClientApprovalInput {
  @Field(() => ID, { description: 'The workspace.' }) @IsUUID() workspaceId: string;
  @Field(() => ID, { description: 'The request.' }) @IsUUID() requestId: string;
  @Field({ nullable: true, description: "Only this reviewer's link; the whole request when omitted." }) @IsOptional() @IsEmail() email?: string;
}

@ArgsType()
export class ClientApprovalRequestsArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'The workspace.' }) @IsUUID() workspaceId: string;
  @Field(() => ID, { nullable: true, description: 'Only requests about this post.' }) @IsOptional() @IsUUID() postId?: string;
}
