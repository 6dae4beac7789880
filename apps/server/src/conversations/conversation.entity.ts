import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/base.entity.js';
import { Priority } from '../policies/policy.enums.js';
import { Contact } from './contact.entity.js';
import { ConversationKind, ConversationStatus } from './conversation.enums.js';

@ObjectType({ description: 'A thread in the inbox: the comments under one post, a mention, or a direct-message conversation.' })
@Entity('conversation')
@Index(['channelId', 'threadExternalId'], { unique: true })
@Index(['workspaceId', 'status', 'waitingSince'])
@Index(['workspaceId', 'lastMessageAt', 'id'])
// A contact's conversations (the inbox thread view's history of the person).
@Index(['contactId'])
// The inbox's default order, coalesce(waiting_since, 'infinity'), id: an expression index (migration ListIndexes), which TypeORM cannot declare.
@Index('IDX_conversation_waiting_order', { synchronize: false })
export class Conversation extends BaseEntity {
  @Column({ type: 'uuid' })
  workspaceId: string;

  @Field(() => ID, { description: 'The channel it happens on.' })
  @Column({ type: 'uuid' })
  channelId: string;

  /** The network's thread key (see InboundItem.threadExternalId). */
  @Column({ type: 'varchar', length: 300 })
  threadExternalId: string;

  @Field(() => ConversationKind, { description: 'Comment thread, mention or direct messages.' })
  @Column({ type: 'enum', enum: ConversationKind, enumName: 'conversation_kind' })
  kind: ConversationKind;

  @Field(() => ID, { nullable: true, description: 'Our post target it comments on, when it does.' })
  @Column({ type: 'uuid', nullable: true })
  postTargetId: string | null;

  @Field(() => Contact, { description: 'Who started it.' })
  @ManyToOne(() => Contact, { eager: true })
  @JoinColumn()
  contact: Contact;

  @Column({ type: 'uuid' })
  contactId: string;

  @Field(() => ConversationStatus, { description: 'Where it is in the inbox.' })
  @Column({ type: 'enum', enum: ConversationStatus, enumName: 'conversation_status', default: ConversationStatus.OPEN })
  status: ConversationStatus;

  @Field(() => Priority, { description: 'How urgent.' })
  @Column({ type: 'enum', enum: Priority, enumName: 'priority', default: Priority.NORMAL })
  priority: Priority;

  @Field(() => ID, { nullable: true, description: 'The agent (user id) it is assigned to.' })
  @Column({ type: 'uuid', nullable: true })
  assigneeId: string | null;

  @Field(() => [String], { description: 'Labels, from agents and policies; compared case-insensitively and stored trimmed in lower case.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  labels: string[];

  @Field({ description: 'A policy flagged it for a human (e.g. criticism, hidden or not) and nobody has cleared it since (clearEscalation).' })
  @Column({ type: 'boolean', default: false })
  escalated: boolean;

  @Field(() => Date, { nullable: true, description: 'When a person last cleared its escalation (clearEscalation); kept if a later message escalates it again.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  escalationClearedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The user who last cleared its escalation (null when never cleared, or cleared with an API key).' })
  @Column({ type: 'uuid', nullable: true })
  escalationClearedById: string | null;

  @Field({ description: 'The last visible inbound message asks something or complains (criticism) and nobody has answered since.' })
  @Column({ type: 'boolean', default: false })
  awaitingAnswer: boolean;

  @Field(() => Date, { nullable: true, description: 'Since when the customer has been waiting for us (null when we answered last).' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  waitingSince: Date | null;

  @Field(() => Date, { nullable: true, description: 'When we first answered.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  firstResponseAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the first inbound message was written (for first-response time).' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  firstInboundAt: Date | null;

  @Field({ description: 'When the last message was written.' })
  @Column({ type: 'timestamptz', precision: 3 })
  lastMessageAt: Date;

  @Field(() => Date, { nullable: true, description: 'While SNOOZED: when it comes back.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  snoozedUntil: Date | null;
}
