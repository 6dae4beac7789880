import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../common/base.entity.js';

@ObjectType({ description: 'A reply template for reviews whose rating falls in a band, e.g. 1–2 stars: apologise and invite contact.' })
@Entity('review_reply_template')
@Index(['workspaceId', 'name'], { unique: true })
export class ReviewReplyTemplate extends BaseEntity {
  @Column({ type: 'uuid' })
  workspaceId: string;

  @Field({ description: 'Short, unique name.' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => Int, { description: 'Lowest rating (1–5) it is for.' })
  @Column({ type: 'int' })
  minRating: number;

  @Field(() => Int, { description: 'Highest rating (1–5) it is for.' })
  @Column({ type: 'int' })
  maxRating: number;

  @Field({ description: 'The text, with variables such as {{contact.name}} and {{rating}} (docs/templates.md).' })
  @Column({ type: 'text' })
  body: string;
}
