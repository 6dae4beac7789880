import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../common/base.entity.js';
import { DisputeStatus } from './review.enums.js';

@ObjectType({ description: 'Our dispute of a fake or abusive review with the review site.' })
@Entity('review_dispute')
@Index(['reviewId', 'createdAt'])
export class ReviewDispute extends BaseEntity {
  @Column({ type: 'uuid' })
  workspaceId: string;

  @Field(() => ID, { description: 'The disputed review.' })
  @Column({ type: 'uuid' })
  reviewId: string;

  @Field(() => DisputeStatus, { description: 'Where it stands.' })
  @Column({ type: 'enum', enum: DisputeStatus, enumName: 'dispute_status', default: DisputeStatus.OPEN })
  status: DisputeStatus;

  @Field({ description: 'Why the review should go, as sent to the site.' })
  @Column({ type: 'text' })
  reason: string;

  @Field({ description: 'What backs the reason (order lookups, links...), as sent to the site.' })
  @Column({ type: 'text', default: '' })
  evidence: string;

  @Field(() => String, { nullable: true, description: "The site's reference for the report, once submitted." })
  @Column({ type: 'varchar', length: 300, nullable: true })
  platformReference: string | null;

  @Field(() => ID, { nullable: true, description: 'Who opened it (null for API keys).' })
  @Column({ type: 'uuid', nullable: true })
  byUserId: string | null;

  @Field(() => String, { nullable: true, description: "Why reporting it FAILED: the review site's refusal, or its last failure once retries ran out." })
  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Field(() => Date, { nullable: true, description: 'When the site received it.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was marked UPHELD or REJECTED.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  resolvedAt: Date | null;
}
