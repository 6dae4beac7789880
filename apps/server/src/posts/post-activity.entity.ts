import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../common/base.entity.js';
import { PostActivityKind } from './post.enums.js';

@ObjectType({ description: 'One step of a post’s history: who did what, when.' })
@Entity('post_activity')
@Index(['postId', 'createdAt'])
export class PostActivity extends BaseEntity {
  @Column({ type: 'uuid' })
  workspaceId: string;

  @Column({ type: 'uuid' })
  postId: string;

  @Field(() => PostActivityKind, { description: 'What happened.' })
  @Column({ type: 'varchar', length: 40 })
  kind: PostActivityKind;

  @Field(() => ID, { nullable: true, description: 'Who did it (null for API keys and the publisher).' })
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Field(() => String, { nullable: true, description: "The client's e-mail address, for a client's decision (CLIENT_APPROVED, CLIENT_CHANGES_REQUESTED); null otherwise." })
  @Column({ type: 'varchar', length: 320, nullable: true })
  clientEmail: string | null;

  @Field(() => String, { nullable: true, description: 'Comment or detail, e.g. the changes requested or the error.' })
  @Column({ type: 'text', nullable: true })
  detail: string | null;
}
