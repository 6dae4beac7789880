import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../common/base.entity.js';

@ObjectType({ description: 'A saved answer agents reuse; {{contact.name}} and {{contact.handle}} are filled in when sent.' })
@Entity('canned_reply')
@Index(['workspaceId', 'name'], { unique: true })
export class CannedReply extends BaseEntity {
  @Column({ type: 'uuid' })
  workspaceId: string;

  @Field({ description: 'Short name agents pick it by, e.g. "opening hours".' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field({ description: 'The text, with {{variables}}.' })
  @Column({ type: 'text' })
  body: string;
}
