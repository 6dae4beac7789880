import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../common/base.entity.js';

@ObjectType({ description: 'One reviewer of a client approval request and their link (the link itself is only ever sent to them).' })
@Entity('client_approval_recipient')
@Index('UQ_client_approval_recipient_request_email', ['requestId', 'email'], { unique: true })
export class ClientApprovalRecipient extends BaseEntity {
  @Column({ type: 'uuid' })
  workspaceId: string;

  @Field(() => ID, { description: 'The request.' })
  @Column({ type: 'uuid' })
  requestId: string;

  @Field({ description: 'Their e-mail address (lower case).' })
  @Column({ type: 'varchar', length: 320 })
  email: string;

  /** SHA-256 of the link's token; the token is only in the mail. */
  @Index('UQ_client_approval_recipient_token_hash', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Field(() => Date, { nullable: true, description: 'When their link was revoked (revokeClientApproval).' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When they last opened the page.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastOpenedAt: Date | null;
}
