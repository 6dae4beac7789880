import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsObject, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { JSONScalar } from '../../common/json.scalar.js';
import { ConnectionArgs } from '../../common/pagination.js';
import { ChannelStatus } from '../channel.entity.js';

@InputType({ description: 'Connect an account of a network or review site to a workspace.' })
export class ConnectChannelInput {
  @Field(() => ID, { description: 'The workspace.' })
  @IsUUID()
  workspaceId: string;

  @Field({ description: 'A channel or review source type code from channelTypes / reviewSourceTypes.' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  type: string;

  @Field({ description: 'Name shown in Rapport.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName: string;

  @Field({ nullable: true, description: 'Why this channel exists (e.g. "daily deals").' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  purpose?: string;

  @Field({ nullable: true, description: 'Who it speaks to (e.g. "dog owners in Lyon").' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  audience?: string;

  @Field(() => JSONScalar, { description: "Credentials, shaped by the type's credentialsSchema. Verified with the network, stored encrypted, never returned." })
  @IsObject()
  credentials: Record<string, unknown>;
}

@InputType({ description: 'Changes to a channel; omitted fields stay as they are.' })
export class UpdateChannelInput {
  @Field(() => ID, { description: 'The workspace.' })
  @IsUUID()
  workspaceId: string;

  @Field(() => ID, { description: 'The channel.' })
  @IsUUID()
  channelId: string;

  @Field({ nullable: true, description: 'New display name.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName?: string;

  @Field({ nullable: true, description: 'New purpose.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  purpose?: string;

  @Field({ nullable: true, description: 'New audience.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  audience?: string;

  @Field(() => JSONScalar, { nullable: true, description: 'New credentials (e.g. to reconnect after NEEDS_REAUTH); verified before they replace the old ones.' })
  @IsOptional()
  @IsObject()
  credentials?: Record<string, unknown>;

  @Field(() => Int, { nullable: true, description: 'Posts per week this channel should get (0 to stop tracking).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  targetPostsPerWeek?: number;

  @Field({ nullable: true, description: 'false switches the channel off (DISABLED); true switches it back on after verifying its credentials.' })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

@ArgsType()
export class ChannelsArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'The workspace.' })
  @IsUUID()
  workspaceId: string;

  @Field(() => ChannelStatus, { nullable: true, description: 'Only channels with this status.' })
  @IsOptional()
  @IsEnum(ChannelStatus)
  status?: ChannelStatus;

  @Field({ nullable: true, description: 'Only channels of this type code.' })
  @IsOptional()
  @IsString()
  type?: string;
}
