import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../common/base.entity.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where one delivery of an event to one endpoint stands.',
  valuesMap: {
    PENDING: { description: 'Waiting for its first attempt or its next retry (see nextAttemptAt).' },
    SUCCEEDED: { description: 'The endpoint answered 2xx.' },
    FAILED: { description: 'Given up: every attempt failed, or the endpoint was disabled (see lastError). redeliverWebhook sends it again.' },
  },
});

@ObjectType({ description: 'One event sent (or being sent) to one endpoint, with the outcome of its last attempt.' })
@Entity('webhook_delivery')
@Index(['endpointId', 'createdAt'])
@Index(['status', 'createdAt'])
export class WebhookDelivery extends BaseEntity {
  @Column({ type: 'uuid' })
  workspaceId: string;

  @Field(() => ID, { description: 'The endpoint.' })
  @Column({ type: 'uuid' })
  endpointId: string;

  @ManyToOne(() => WebhookEndpoint, { onDelete: 'CASCADE' })
  @JoinColumn()
  endpoint: WebhookEndpoint;

  @Field(() => ID, { description: 'The event, sent as the `webhook-id` header: the same on every attempt and redelivery, so receivers can skip one they already handled.' })
  @Column({ type: 'uuid' })
  eventId: string;

  @Field({ description: 'The event type, e.g. `post.updated`.' })
  @Column({ type: 'varchar', length: 100 })
  eventType: string;

  @Field({ description: 'The exact JSON body sent: `{ type, version, timestamp, workspaceId, data }`.' })
  @Column({ type: 'text' })
  payload: string;

  @Field(() => WebhookDeliveryStatus, { description: 'Where it stands.' })
  @Column({ type: 'enum', enum: WebhookDeliveryStatus, enumName: 'webhook_delivery_status', default: WebhookDeliveryStatus.PENDING })
  status: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'Attempts made so far.' })
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due (null once SUCCEEDED or FAILED).' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  nextAttemptAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the last attempt was made.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastAttemptAt: Date | null;

  @Field(() => Int, { nullable: true, description: "The HTTP status of the last attempt's answer (null when none came: timeout, refused connection, blocked address)." })
  @Column({ type: 'int', nullable: true })
  responseStatus: number | null;

  @Field(() => Int, { nullable: true, description: 'How long the last attempt took, in milliseconds.' })
  @Column({ type: 'int', nullable: true })
  latencyMs: number | null;

  @Field(() => String, { nullable: true, description: "The start of the last answer's body (at most 1,000 characters)." })
  @Column({ type: 'text', nullable: true })
  responseExcerpt: string | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed, or why the delivery was given up.' })
  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Field(() => ID, { nullable: true, description: 'For a redelivery: the delivery it repeats.' })
  @Column({ type: 'uuid', nullable: true })
  redeliveryOfId: string | null;
}
