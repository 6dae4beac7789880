import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../common/base.entity.js';
import { ReviewFlagAction } from './review.enums.js';

@ObjectType({ description: 'A flag put on or taken off a review: by whom and when (createdAt).' })
@Entity('review_flag_change')
@Index(['reviewId', 'createdAt'])
export class ReviewFlagChange extends BaseEntity {
  @Column({ type: 'uuid' })
  workspaceId: string;

  @Field(() => ID, { description: 'The review.' })
  @Column({ type: 'uuid' })
  reviewId: string;

  @Field({ description: 'The flag, e.g. "fake" or "suspicious".' })
  @Column({ type: 'varchar', length: 200 })
  flag: string;

  @Field(() => ReviewFlagAction, { description: 'Put on or taken off.' })
  @Column({ type: 'enum', enum: ReviewFlagAction, enumName: 'review_flag_action' })
  action: ReviewFlagAction;

  @Field(() => ID, { nullable: true, description: 'The user who did it (null for API keys and the suspicion check).' })
  @Column({ type: 'uuid', nullable: true })
  byUserId: string | null;

  @Field({ description: 'True when the suspicion check did it at ingestion, rather than a person or API key.' })
  @Column({ type: 'boolean', default: false })
  bySuspicionCheck: boolean;
}
