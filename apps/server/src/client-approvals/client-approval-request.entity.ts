import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../common/base.entity.js';
import { ClientApprovalRule } from '../workspaces/approval-mode.js';

@ObjectType({ description: "Posts sent to a client's reviewers for approval: each reviewer gets a link of their own by mail." })
@Entity('client_approval_request')
@Index('IDX_client_approval_request_workspace_created', ['workspaceId', 'createdAt', 'id'])
// The deadline sweep reads requests whose deadline passed and were not settled yet.
@Index('IDX_client_approval_request_deadline', ['deadline'], { where: '"deadline_processed_at" IS NULL AND "revoked_at" IS NULL' })
export class ClientApprovalRequest extends BaseEntity {
  @Column({ type: 'uuid' })
  workspaceId: string;

  @Field(() => ID, { nullable: true, description: 'Who asked (null for an API key); deadline notices go to them.' })
  @Column({ type: 'uuid', nullable: true })
  requestedById: string | null;

  @Field(() => [ID], { description: 'The posts the reviewers are asked about, in calendar order.' })
  @Column({ type: 'uuid', array: true })
  postIds: string[];

  @Field(() => String, { nullable: true, description: 'A note to the reviewers, shown on the page and in the mail.' })
  @Column({ type: 'text', nullable: true })
  message: string | null;

  @Field(() => ClientApprovalRule, { description: 'The rule that applies to this request (the workspace’s when it was sent).' })
  @Column({ type: 'enum', enum: ClientApprovalRule, enumName: 'client_approval_rule' })
  rule: ClientApprovalRule;

  @Field({ description: 'The time zone the page shows times in (the request’s, else the workspace’s).' })
  @Column({ type: 'varchar', length: 64 })
  timeZone: string;

  @Field({ description: 'When the links stop working.' })
  @Column({ type: 'timestamptz', precision: 3 })
  expiresAt: Date;

  @Field(() => Date, { nullable: true, description: 'After this, a post the client has not approved will not be published (it becomes EXPIRED) and the requester is told.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  deadline: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  deadlineProcessedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the whole request was revoked (every link stops working).' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  revokedAt: Date | null;
}
