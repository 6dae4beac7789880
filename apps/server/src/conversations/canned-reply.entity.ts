import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../common/base.entity.js';

@ObjectType({ description: 'A saved answer agents reuse; variables such as {{contact.name}} are filled in when sent (docs/templates.md).' })
@Entity('canned_reply')
@Index(['workspaceId', 'name'], { unique: true })
export class CannedReply extends BaseEntity {
  @Column({ type: 'uuid' })
  workspaceId: string;

  @Field({ description: 'Short name agents pick it by, e.g. "opening hours".' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field({ description: 'The text, with {{variables}} (docs/templates.md).' })
  @Column({ type: 'text' })
  body: string;
}
