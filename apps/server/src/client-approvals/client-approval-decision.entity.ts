import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../common/base.entity.js';

export enum ClientDecision {
  APPROVED = 'APPROVED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
}

registerEnumType(ClientDecision, {
  name: 'ClientDecision',
  description: "A reviewer's answer about one post.",
  valuesMap: { APPROVED: { description: 'Approved as shown.' }, CHANGES_REQUESTED: { description: 'Asked for changes (see comment).' } },
});

@ObjectType({ description: "One reviewer's decision on one post of a client approval request." })
@Entity('client_approval_decision')
@Index('UQ_client_approval_decision_recipient_post', ['recipientId', 'postId'], { unique: true })
@Index('IDX_client_approval_decision_request_post', ['requestId', 'postId'])
export class ClientApprovalDecision extends BaseEntity {
  @Column({ type: 'uuid' })
  workspaceId: string;

  @Field(() => ID, { description: 'The request.' })
  @Column({ type: 'uuid' })
  requestId: string;

  @Field(() => ID, { description: 'The reviewer (ClientApprovalRecipient).' })
  @Column({ type: 'uuid' })
  recipientId: string;

  @Field({ description: "The reviewer's e-mail address." })
  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Field(() => ID, { description: 'The post.' })
  @Column({ type: 'uuid' })
  postId: string;

  @Field(() => ClientDecision, { description: 'Approved, or changes requested.' })
  @Column({ type: 'enum', enum: ClientDecision, enumName: 'client_decision' })
  decision: ClientDecision;

  @Field(() => String, { nullable: true, description: 'What they wrote.' })
  @Column({ type: 'text', nullable: true })
  comment: string | null;
}
