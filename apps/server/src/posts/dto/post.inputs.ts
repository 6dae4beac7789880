import { ArgsType, Field, Float, ID, InputType, Int, OmitType, PartialType, PickType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsInt, IsNumber, IsOptional, IsString, IsUrl, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested, IsBoolean } from 'class-validator';
import { IsDateTime } from '../../common/date-time.js';
import { IsTimeZone } from '../../common/time-zones.js';
import { ConnectionArgs } from '../../common/pagination.js';
import { PostKind, PostStatus } from '../post.enums.js';

@InputType({ description: 'A media reference.' })
export class PostMediaInput {
  @Field({ description: 'Where the file is.' })
  @IsUrl({ require_tld: false })
  url: string;

  @Field({ description: 'Its MIME type, e.g. image/png.' })
  @IsString()
  mimeType: string;

  @Field({ nullable: true, description: 'Alternative text for accessibility.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  altText?: string;

  @Field(() => Int, { nullable: true, description: "Width in pixels, when known: checked against each network's aspect ratios and sizes (limitErrors)." })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  width?: number;

  @Field(() => Int, { nullable: true, description: 'Height in pixels, when known (with width).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  height?: number;

  @Field(() => Float, { nullable: true, description: "A video's duration in seconds, when known: checked against each network's limits." })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(86_400)
  durationSeconds?: number;
}

@InputType({ description: 'The text of a post for one channel.' })
export class PostVariantInput {
  @Field(() => ID, { description: 'The channel.' })
  @IsUUID()
  channelId: string;

  @Field({ description: 'The text for that channel.' })
  @IsString()
  @MinLength(1)
  @MaxLength(20_000)
  text: string;
}

@InputType({ description: 'One network option of a post on a channel.' })
export class PostOptionInput {
  @Field({ description: "The option, as the channel type's postOptionsSchema names it (e.g. visibility)." })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  name: string;

  @Field({ description: 'Its value (e.g. unlisted).' })
  @IsString()
  @MaxLength(2000)
  value: string;
}

@InputType({ description: "A post's network options on one channel, e.g. Mastodon's visibility and content warning; checked against the channel type's postOptionsSchema." })
export class PostTargetOptionsInput {
  @Field(() => ID, { description: 'The channel (one of channelIds).' })
  @IsUUID()
  channelId: string;

  @Field(() => [PostOptionInput], { description: 'The options; an empty list keeps the channel defaults.' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PostOptionInput)
  options: PostOptionInput[];
}

@InputType({ description: 'A new post (DRAFT).' })
export class CreatePostInput {
  @Field(() => ID, { description: 'The workspace.' })
  @IsUUID()
  workspaceId: string;

  @Field({ description: 'The text.' })
  @IsString()
  @MinLength(1)
  @MaxLength(20_000)
  body: string;

  @Field(() => [ID], { description: 'Channels to publish to.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  channelIds: string[];

  @Field(() => [PostVariantInput], { nullable: true, description: 'Per-channel texts.' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => PostVariantInput)
  variants?: PostVariantInput[];

  @Field(() => [PostTargetOptionsInput], { nullable: true, description: "Per-channel network options (e.g. Mastodon visibility), as each channel type's postOptionsSchema allows." })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PostTargetOptionsInput)
  targetOptions?: PostTargetOptionsInput[];

  @Field(() => [PostMediaInput], { nullable: true, description: 'Media references.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PostMediaInput)
  media?: PostMediaInput[];

  @Field(() => [String], { nullable: true, description: 'Tags.' })
  @IsOptional()
  @IsString({ each: true })
  tags?: string[];

  @Field(() => PostKind, { nullable: true, description: 'GENERAL (default) or PROMOTIONAL.' })
  @IsOptional()
  @IsEnum(PostKind)
  kind?: PostKind;
}

@InputType({ description: 'Changes to a post: omitted fields stay, lists given (channels, variants, media, tags) replace the old ones. Editing a post in review or approved sends it back to DRAFT.' })
export class UpdatePostInput extends PartialType(OmitType(CreatePostInput, ['workspaceId'] as const)) {
  @Field(() => ID, { description: 'The workspace.' })
  @IsUUID()
  workspaceId: string;

  @Field(() => ID, { description: 'The post.' })
  @IsUUID()
  postId: string;
}

@InputType({ description: 'A decision or request about one post.' })
export class PostActionInput {
  @Field(() => ID, { description: 'The workspace.' })
  @IsUUID()
  workspaceId: string;

  @Field(() => ID, { description: 'The post.' })
  @IsUUID()
  postId: string;

  @Field({ nullable: true, description: 'A comment for the history (required to request changes).' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

@InputType({ description: 'When to publish.' })
export class SchedulePostInput {
  @Field(() => ID, { description: 'The workspace.' })
  @IsUUID()
  workspaceId: string;

  @Field(() => ID, { description: 'The post.' })
  @IsUUID()
  postId: string;

  @Field({ description: 'An ISO time with offset ("2026-12-01T09:00:00+01:00"), or a wall-clock time ("2026-12-01T09:00") in `timezone`.' })
  @IsString()
  at: string;

  @Field({ nullable: true, description: 'IANA zone for a wall-clock `at`; the workspace time zone by default.' })
  @IsOptional()
  @IsTimeZone()
  timezone?: string;
}

@ArgsType()
export class PostsArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'The workspace.' })
  @IsUUID()
  workspaceId: string;

  @Field(() => PostStatus, { nullable: true, description: 'Only posts with this status.' })
  @IsOptional()
  @IsEnum(PostStatus)
  status?: PostStatus;

  @Field(() => ID, { nullable: true, description: 'Only posts going to this channel.' })
  @IsOptional()
  @IsUUID()
  channelId?: string;

  @Field({ nullable: true, description: 'Newest first (true), so the first page is the latest posts and `after` pages back to older ones; oldest first by default.' })
  @IsOptional()
  @IsBoolean()
  newestFirst?: boolean;
}

@ArgsType()
export class CalendarArgs {
  @Field(() => ID, { description: 'The workspace.' })
  @IsUUID()
  workspaceId: string;

  @Field({ description: 'Start of the range (inclusive), ISO time.' })
  @IsDateTime()
  from: string;

  @Field({ description: 'End of the range (exclusive), ISO time.' })
  @IsDateTime()
  to: string;

  @Field(() => ID, { nullable: true, description: 'Only posts going to this channel.' })
  @IsOptional()
  @IsUUID()
  channelId?: string;
}

@ArgsType()
export class PostFitArgs extends PickType(CreatePostInput, ['workspaceId', 'channelIds', 'variants', 'media'] as const, ArgsType) {
  @Field({ description: 'The text, as typed so far (may be empty).' })
  @IsString()
  @MaxLength(20_000)
  body: string;
}
