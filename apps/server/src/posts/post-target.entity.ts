import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/base.entity.js';
import { Channel } from '../channels/channel.entity.js';
import { TargetStatus } from './post.enums.js';
import type { Post } from './post.entity.js';

@ObjectType({ description: "One of a post's network options on a channel (e.g. Mastodon's visibility), as the channel type's postOptionsSchema names them." })
export class PostOption {
  @Field({ description: 'The option, e.g. visibility.' })
  name: string;

  @Field({ description: 'Its value, e.g. unlisted.' })
  value: string;
}

@ObjectType({ description: 'A post on one channel: its variant text and publishing state.' })
@Entity('post_target')
@Index(['postId', 'channelId'], { unique: true })
export class PostTarget extends BaseEntity {
  @Column({ type: 'uuid' })
  workspaceId: string;

  @Field(() => ID, { description: 'The post.' })
  @Column({ type: 'uuid' })
  postId: string;

  @ManyToOne('Post', 'targets', { onDelete: 'CASCADE' })
  @JoinColumn()
  post: Post;

  @Field(() => ID, { description: 'The channel it publishes to.' })
  @Column({ type: 'uuid' })
  channelId: string;

  @ManyToOne(() => Channel, { onDelete: 'CASCADE' })
  @JoinColumn()
  channel: Channel;

  @Field(() => String, { nullable: true, description: 'Text for this channel only; the post body when null.' })
  @Column({ type: 'text', nullable: true })
  variantText: string | null;

  @Field(() => [PostOption], { description: "This post's network options on this channel (e.g. Mastodon visibility); empty for the channel's defaults." })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  options: PostOption[];

  @Field(() => TargetStatus, { description: 'Publishing state on this channel.' })
  @Column({ type: 'enum', enum: TargetStatus, enumName: 'post_target_status', default: TargetStatus.PENDING })
  status: TargetStatus;

  @Field(() => String, { nullable: true, description: 'Id of the published post on the network.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  externalId: string | null;

  @Field(() => String, { nullable: true, description: 'Link to the published post.' })
  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Field(() => Int, { description: 'Publishing attempts so far.' })
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' })
  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Field(() => Date, { nullable: true, description: 'When it went live on the network.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  publishedAt: Date | null;
}
