import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { ErrorClassification } from '@rapport/plugin-sdk';
import { Column, Entity, Index } from 'typeorm';
import { MessageKind } from '../channels/message-kind.enum.js';
import { BaseEntity } from '../common/base.entity.js';
import { PolicyFindingType } from '../policies/dto/policy-evaluation.types.js';
import { DeliveryStatus, MessageDirection, MessageVisibility } from './conversation.enums.js';
import { NetworkAction, NetworkEffectState } from './network-effect.js';

@ObjectType({ description: 'One comment, mention, direct message, reply or internal note.' })
@Entity('message')
@Index(['channelId', 'externalId'], { unique: true, where: '"external_id" IS NOT NULL' })
@Index(['conversationId', 'sentAt', 'id'])
// The author's recent messages are read for every inbound item (repetition rules).
@Index(['contactId', 'sentAt'])
// The inbox's "reply held" filter: the few replies waiting for an ADMIN.
@Index('IDX_message_held_replies', ['workspaceId', 'conversationId'], { where: `"delivery_status" = 'PENDING_APPROVAL'` })
export class Message extends BaseEntity {
  @Column({ type: 'uuid' })
  workspaceId: string;

  @Field(() => ID, { description: 'The conversation.' })
  @Column({ type: 'uuid' })
  conversationId: string;

  @Column({ type: 'uuid' })
  channelId: string;

  @Field(() => MessageDirection, { description: 'Inbound, our reply, or an internal note.' })
  @Column({ type: 'enum', enum: MessageDirection, enumName: 'message_direction' })
  direction: MessageDirection;

  @Field(() => MessageKind, { nullable: true, description: 'Inbound only: comment, mention or direct message; what the network can hide or delete depends on it (see channelTypes capabilities).' })
  @Column({ type: 'enum', enum: MessageKind, enumName: 'message_kind', nullable: true })
  kind: MessageKind | null;

  @Field(() => String, { nullable: true, description: 'Its id on the network (null for notes and unsent replies).' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  externalId: string | null;

  @Field(() => String, { nullable: true, description: 'The network id of the message it answers.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  inReplyToExternalId: string | null;

  @Field(() => ID, { nullable: true, description: 'Inbound: the contact; outbound and notes: null (see authorUserId).' })
  @Column({ type: 'uuid', nullable: true })
  contactId: string | null;

  @Field(() => ID, { nullable: true, description: 'Outbound and notes: the agent who wrote it.' })
  @Column({ type: 'uuid', nullable: true })
  authorUserId: string | null;

  @Field({ description: 'The text.' })
  @Column({ type: 'text' })
  body: string;

  @Field({ description: 'When it was written (on the network for inbound messages).' })
  @Column({ type: 'timestamptz', precision: 3 })
  sentAt: Date;

  @Field(() => MessageVisibility, { description: 'Whether it is shown.' })
  @Column({ type: 'enum', enum: MessageVisibility, enumName: 'message_visibility', default: MessageVisibility.VISIBLE })
  visibility: MessageVisibility;

  @Field(() => [String], { description: 'Labels the inbound policies gave it (criticism, question, spam, ...).' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  labels: string[];

  @Field(() => [PolicyFindingType], { description: 'What the policies found: INBOUND_MESSAGE at ingestion, OUTBOUND_REPLY when the reply was written.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  findings: PolicyFindingType[];

  @Field(() => DeliveryStatus, { nullable: true, description: 'Outbound only: delivery state.' })
  @Column({ type: 'enum', enum: DeliveryStatus, enumName: 'delivery_status', nullable: true })
  deliveryStatus: DeliveryStatus | null;

  @Field(() => String, { nullable: true, description: 'Outbound only: why sending failed (the same as networkEffect.failure.message).' })
  @Column({ type: 'text', nullable: true })
  deliveryError: string | null;

  // The latest network side effect (see NetworkEffect, exposed as `networkEffect`): null when none was asked.
  @Column({ type: 'enum', enum: NetworkAction, enumName: 'network_action', nullable: true })
  networkAction: NetworkAction | null;

  @Column({ type: 'enum', enum: NetworkEffectState, enumName: 'network_effect_state', nullable: true })
  networkState: NetworkEffectState | null;

  @Column({ type: 'text', nullable: true })
  networkError: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  networkErrorClassification: ErrorClassification | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  networkUpdatedAt: Date | null;
}
