import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../common/base.entity.js';

@ObjectType({ description: 'Someone on a network who wrote to us.' })
@Entity('contact')
@Index(['channelId', 'externalId'], { unique: true })
export class Contact extends BaseEntity {
  @Column({ type: 'uuid' })
  workspaceId: string;

  @Column({ type: 'uuid' })
  channelId: string;

  @Field({ description: 'Their id on the network.' })
  @Column({ type: 'varchar', length: 300 })
  externalId: string;

  @Field({ description: 'Their handle, e.g. @ana.' })
  @Column({ type: 'varchar', length: 300 })
  handle: string;

  @Field(() => String, { nullable: true, description: 'Their display name.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true, description: 'Their avatar.' })
  @Column({ type: 'text', nullable: true })
  avatarUrl: string | null;
}
