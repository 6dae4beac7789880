import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../common/base.entity.js';

@ObjectType({ description: 'What a review said before its author edited it (createdAt: when we saw the edit).' })
@Entity('review_revision')
@Index(['reviewId', 'createdAt'])
export class ReviewRevision extends BaseEntity {
  @Column({ type: 'uuid' })
  workspaceId: string;

  @Field(() => ID, { description: 'The review.' })
  @Column({ type: 'uuid' })
  reviewId: string;

  @Field(() => Float, { description: 'The 1–5 rating before the edit.' })
  @Column({ type: 'double precision' })
  previousRating: number;

  @Field(() => Float, { description: "The site's own rating before the edit." })
  @Column({ type: 'double precision' })
  previousRawRating: number;

  @Field(() => String, { nullable: true, description: 'The title before the edit.' })
  @Column({ type: 'text', nullable: true })
  previousTitle: string | null;

  @Field({ description: 'The text before the edit.' })
  @Column({ type: 'text' })
  previousBody: string;

  @Field({ description: 'When the edited version was written on the site.' })
  @Column({ type: 'timestamptz', precision: 3 })
  editedAt: Date;
}
