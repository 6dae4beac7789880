import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ConversationRefInput } from './conversation.inputs.js';

@InputType({ description: 'A new saved answer.' })
export class CreateCannedReplyInput {
  @Field(() => ID, { description: 'The workspace.' }) @IsUUID() workspaceId: string;
  @Field({ description: 'Short, unique name.' }) @IsString() @MinLength(1) @MaxLength(100) name: string;
  @Field({ description: 'The text, with {{contact.name}} / {{contact.handle}} (docs/templates.md); unknown variables are refused.' }) @IsString() @MinLength(1) @MaxLength(10_000) body: string;
}

@InputType({ description: 'Changes to a saved answer; fields left out stay as they are.' })
export class UpdateCannedReplyInput {
  @Field(() => ID, { description: 'The workspace.' }) @IsUUID() workspaceId: string;
  @Field(() => ID, { description: 'The saved answer.' }) @IsUUID() id: string;
  @Field({ nullable: true, description: 'A new short, unique name.' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(100) name?: string;
  @Field({ nullable: true, description: 'A new text, with {{contact.name}} / {{contact.handle}} (docs/templates.md); unknown variables are refused.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(10_000)
  body?: string;
}

@InputType({ description: 'A reply: your own text, or a saved answer.' })
export class ReplyToConversationInput extends ConversationRefInput {
  @Field({ nullable: true, description: 'The text; {{contact.name}} and {{contact.handle}} are filled in, unknown variables refused (docs/templates.md). Required unless cannedReplyId is given.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(10_000)
  body?: string;

  @Field(() => ID, { nullable: true, description: 'Send this saved answer instead of body.' })
  @IsOptional()
  @IsUUID()
  cannedReplyId?: string;
}
