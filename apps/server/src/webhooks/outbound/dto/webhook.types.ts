import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { ConnectionArgs } from '../../../common/pagination.js';
import { WebhookDeliveryStatus } from '../webhook-delivery.entity.js';
import { WebhookEndpoint } from '../webhook-endpoint.entity.js';

const MAX_EVENT_TYPES = 50;
const EVENT_TYPES_DESCRIPTION = 'Event types to receive: exact ones (`post.updated`) or families (`post.*`); see webhookEventTypes. At least one.';

@InputType({ description: 'A new webhook endpoint of a workspace.' })
export class CreateWebhookEndpointInput {
  @Field(() => ID, { description: 'The workspace whose events it receives.' })
  @IsUUID()
  workspaceId: string;

  @Field({ description: 'Where to POST deliveries: https (plain http only for allowed internal destinations), no credentials in it, an address the outbound guard allows.' })
  @IsString()
  @MaxLength(2000)
  url: string;

  @Field(() => [String], { description: EVENT_TYPES_DESCRIPTION })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_EVENT_TYPES)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  eventTypes: string[];

  @Field({ nullable: true, description: 'What it is for (at most 500 characters).' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string;
}

@InputType({ description: 'Changes to a webhook endpoint; fields left out stay as they are.' })
export class UpdateWebhookEndpointInput {
  @Field(() => ID, { description: 'The workspace of the endpoint.' })
  @IsUUID()
  workspaceId: string;

  @Field(() => ID, { description: 'The endpoint.' })
  @IsUUID()
  endpointId: string;

  @Field({ nullable: true, description: 'A new URL (checked as at creation). Waiting retries go to the new URL.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  url?: string;

  @Field(() => [String], { nullable: true, description: `${EVENT_TYPES_DESCRIPTION} Replaces the list; events already recorded are still delivered.` })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_EVENT_TYPES)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  eventTypes?: string[];

  @Field({ nullable: true, description: 'A new description (empty text clears it).' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string;
}

@InputType({ description: "Replaces an endpoint's signing secret." })
export class RotateWebhookSecretInput {
  @Field(() => ID, { description: 'The workspace of the endpoint.' })
  @IsUUID()
  workspaceId: string;

  @Field(() => ID, { description: 'The endpoint.' })
  @IsUUID()
  endpointId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'How many hours the previous secret keeps signing deliveries beside the new one, so receivers can switch without losing any (0: at once; default RAPPORT_WEBHOOK_SECRET_OVERLAP_HOURS, 24 unless set; at most 720).',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(720)
  keepPreviousForHours?: number;
}

@ObjectType({ description: 'An endpoint and its signing secret, shown only in this response.' })
export class WebhookEndpointSecretPayload {
  @Field(() => WebhookEndpoint, { description: 'The endpoint (without its secret).' })
  endpoint: WebhookEndpoint;

  @Field({ description: 'The Standard Webhooks secret (`whsec_...`) to verify deliveries with. Shown only now: it is stored encrypted and cannot be read back.' })
  secret: string;
}

@ObjectType({ description: 'An event type outbound webhooks can deliver (see docs/webhooks.md for each payload).' })
export class WebhookEventType {
  @Field({ description: 'The type, e.g. `post.updated`; its family (`post`) can be subscribed to as `post.*`.' })
  type: string;

  @Field(() => Int, { description: "The payload's version, sent as `version`; a change that breaks the payload raises it." })
  version: number;

  @Field({ description: 'When it is sent and what `data` holds.' })
  description: string;
}

@ArgsType()
export class WebhookEndpointsArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'The workspace.' })
  @IsUUID()
  workspaceId: string;
}

@ArgsType()
export class WebhookDeliveriesArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'The workspace.' })
  @IsUUID()
  workspaceId: string;

  @Field(() => ID, { description: 'The endpoint whose deliveries to list (newest first).' })
  @IsUUID()
  endpointId: string;

  @Field(() => WebhookDeliveryStatus, { nullable: true, description: 'Only deliveries in this status.' })
  @IsOptional()
  @IsEnum(WebhookDeliveryStatus)
  status?: WebhookDeliveryStatus;

  @Field({ nullable: true, description: 'Only deliveries of this event type (exact, e.g. `post.updated`).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  eventType?: string;
}
