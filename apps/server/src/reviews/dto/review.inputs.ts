import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsDateTime } from '../../common/date-time.js';
import { ConnectionArgs } from '../../common/pagination.js';
import { DisputeStatus, ReviewReplyStatus, SentimentLabel } from '../review.enums.js';

@ArgsType()
export class ReviewsArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'The workspace.' }) @IsUUID() workspaceId: string;
  @Field(() => ID, { nullable: true, description: 'Only this review source.' }) @IsOptional() @IsUUID() channelId?: string;
  @Field({ nullable: true, description: 'Only urgent ones (true), or only the others (false).' }) @IsOptional() @IsBoolean() urgent?: boolean;
  @Field({ nullable: true, description: 'Only reviews still awaiting our reply: none yet, a draft, or a failed one (true); or only the others (false).' })
  @IsOptional()
  @IsBoolean()
  awaitingReply?: boolean;
  @Field({ nullable: true, description: 'Only flagged ones (true), or only unflagged ones (false).' }) @IsOptional() @IsBoolean() flagged?: boolean;
  @Field(() => Float, { nullable: true, description: 'Only reviews with at least this suspicion score (0–1).' }) @IsOptional() @IsNumber() @Min(0) @Max(1) minSuspicion?: number;
  @Field(() => Int, { nullable: true, description: 'Only reviews rated at most this (1–5).' }) @IsOptional() @IsInt() @Min(1) @Max(5) maxRating?: number;
  @Field(() => SentimentLabel, { nullable: true, description: 'Only this tone.' }) @IsOptional() @IsEnum(SentimentLabel) sentiment?: SentimentLabel;
  @Field(() => ReviewReplyStatus, { nullable: true, description: 'Only reviews whose reply has this status.' }) @IsOptional() @IsEnum(ReviewReplyStatus) replyStatus?: ReviewReplyStatus;
}

@InputType({ description: 'A review to act on.' })
export class ReviewRefInput {
  @Field(() => ID, { description: 'The workspace.' }) @IsUUID() workspaceId: string;
  @Field(() => ID, { description: 'The review.' }) @IsUUID() reviewId: string;
}

@InputType({ description: 'Our public answer to a review; it replaces an earlier one.' })
export class ReplyToReviewInput extends ReviewRefInput {
  @Field({ nullable: true, description: 'The text; variables such as {{contact.name}} and {{rating}} are filled in (docs/templates.md), unknown ones refused. Required unless templateId is given.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(10_000)
  body?: string;

  @Field(() => ID, { nullable: true, description: "Answer with this reply template instead of body. It must be meant for the review's rating (its band) unless allowOutsideRatingBand is true." }) @IsOptional() @IsUUID() templateId?: string;

  @Field({ nullable: true, description: "True to send a template outside its rating band on purpose (e.g. a thank-you on a 3★ review); refused otherwise." })
  @IsOptional()
  @IsBoolean()
  allowOutsideRatingBand?: boolean;
}

@InputType({ description: 'A new reply template for a rating band.' })
export class CreateReviewReplyTemplateInput {
  @Field(() => ID, { description: 'The workspace.' }) @IsUUID() workspaceId: string;
  @Field({ description: 'Short, unique name.' }) @IsString() @MinLength(1) @MaxLength(100) name: string;
  @Field(() => Int, { description: 'Lowest rating (1–5) it is for.' }) @IsInt() @Min(1) @Max(5) minRating: number;
  @Field(() => Int, { description: 'Highest rating (1–5) it is for.' }) @IsInt() @Min(1) @Max(5) maxRating: number;
  @Field({ description: 'The text, with variables such as {{contact.name}} and {{rating}} (docs/templates.md); unknown ones are refused.' }) @IsString() @MinLength(1) @MaxLength(10_000) body: string;
}

@InputType({ description: 'A reply template to change; fields left out keep their value.' })
export class UpdateReviewReplyTemplateInput {
  @Field(() => ID, { description: 'The workspace.' }) @IsUUID() workspaceId: string;
  @Field(() => ID, { description: 'The template.' }) @IsUUID() id: string;
  @Field({ nullable: true, description: 'A new short, unique name.' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(100) name?: string;
  @Field(() => Int, { nullable: true, description: 'A new lowest rating (1–5).' }) @IsOptional() @IsInt() @Min(1) @Max(5) minRating?: number;
  @Field(() => Int, { nullable: true, description: 'A new highest rating (1–5).' }) @IsOptional() @IsInt() @Min(1) @Max(5) maxRating?: number;
  @Field({ nullable: true, description: 'A new text, with variables such as {{contact.name}} and {{rating}} (docs/templates.md); unknown ones are refused.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(10_000)
  body?: string;
}

@InputType({ description: 'Why a review needs attention.' })
export class FlagReviewInput extends ReviewRefInput {
  @Field({ description: 'The reason, kept as a flag on the review (e.g. "fake", "mentions staff").' }) @IsString() @MinLength(1) @MaxLength(200) reason: string;
}

@InputType({ description: 'A flag to take off a review.' })
export class UnflagReviewInput extends ReviewRefInput {
  @Field({ description: 'The flag, as listed in Review.flags (e.g. "suspicious" or "fake").' }) @IsString() @MinLength(1) @MaxLength(200) flag: string;
}

@InputType({ description: 'A dispute of a review with its review site.' })
export class DisputeReviewInput extends ReviewRefInput {
  @Field({ description: 'Why the review should go.' }) @IsString() @MinLength(1) @MaxLength(2000) reason: string;
  @Field({ nullable: true, description: 'What backs the reason (order lookups, links...).' }) @IsOptional() @IsString() @MaxLength(10_000) evidence?: string;
  @Field({
    nullable: true,
    description: "True to only record a dispute you filed with the site yourself: it stays OPEN until resolveDispute. Needed when the review source cannot take reports; otherwise it is reported through the site's report API.",
  })
  @IsOptional()
  @IsBoolean()
  manual?: boolean;
}

@InputType({ description: "The review site's answer to a dispute." })
export class ResolveDisputeInput {
  @Field(() => ID, { description: 'The workspace.' }) @IsUUID() workspaceId: string;
  @Field(() => ID, { description: 'The dispute.' }) @IsUUID() disputeId: string;
  @Field(() => DisputeStatus, { description: 'UPHELD or REJECTED.' }) @IsIn([DisputeStatus.UPHELD, DisputeStatus.REJECTED]) status: DisputeStatus;
}

@InputType({ description: 'Review triage settings to change; fields left out keep their value.' })
export class UpdateReviewSettingsInput {
  @Field(() => ID, { description: 'The workspace.' }) @IsUUID() workspaceId: string;
  @Field(() => Int, { nullable: true, description: 'Reviews rated at or below this (1–5) are urgent.' }) @IsOptional() @IsInt() @Min(1) @Max(5) lowRatingThreshold?: number;
  @Field(() => [String], { nullable: true, description: 'Staff and competitor names to watch for in reviews.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(100, { each: true })
  watchedNames?: string[];
}

@ArgsType()
export class ReputationArgs {
  @Field(() => ID, { description: 'The workspace.' }) @IsUUID() workspaceId: string;
  @Field({ description: 'Reviews written at or after this time (ISO).' }) @IsDateTime() from: string;
  @Field({ description: 'Reviews written before this time (ISO).' }) @IsDateTime() to: string;
  @Field(() => ID, { nullable: true, description: 'Only this review source.' }) @IsOptional() @IsUUID() channelId?: string;
}
