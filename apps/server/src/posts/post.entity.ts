import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany } from 'typeorm';
import { BaseEntity } from '../common/base.entity.js';
import { JSONScalar } from '../common/json.scalar.js';
import { Workspace } from '../workspaces/workspace.entity.js';
import { ClientApprovalStatus, PostKind, PostStatus } from './post.enums.js';
import { PostTarget } from './post-target.entity.js';

export interface PostMedia {
  url: string;
  mimeType: string;
  altText?: string;
  /** Pixels and seconds, when given: checked against each network's media rules (aspect ratios, durations). */
  width?: number;
  height?: number;
  durationSeconds?: number;
}

@ObjectType({ description: 'Content composed once and published to several channels, each a PostTarget.' })
@Entity('post')
@Index(['workspaceId', 'scheduledAt'])
@Index(['workspaceId', 'createdAt', 'id'])
export class Post extends BaseEntity {
  @Column({ type: 'uuid' })
  workspaceId: string;

  @ManyToOne(() => Workspace, { onDelete: 'CASCADE' })
  @JoinColumn()
  workspace: Workspace;

  @Field(() => ID, { nullable: true, description: 'Who wrote it (null when an API key did).' })
  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @Field({ description: 'The text, used on every channel without its own variant.' })
  @Column({ type: 'text' })
  body: string;

  @Field(() => JSONScalar, { description: 'Media references: [{ url, mimeType, altText?, width?, height?, durationSeconds? }].' })
  @Column({ type: 'jsonb', default: [] })
  media: PostMedia[];

  @Field(() => [String], { description: 'Free tags for filtering.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Field(() => PostKind, { description: 'Promotional or general content.' })
  @Column({ type: 'enum', enum: PostKind, enumName: 'post_kind', default: PostKind.GENERAL })
  kind: PostKind;

  @Field(() => PostStatus, { description: 'Where the post is in its life.' })
  @Column({ type: 'enum', enum: PostStatus, enumName: 'post_status', default: PostStatus.DRAFT })
  status: PostStatus;

  @Field(() => Date, { nullable: true, description: 'When it publishes (set by schedulePost, reschedulePost and publishPostNow; cleared when it goes back to DRAFT).' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  scheduledAt: Date | null;

  @Field({ description: 'True when it must be approved before it can be scheduled (workspace setting or a REQUIRE_APPROVAL policy).' })
  @Column({ type: 'boolean', default: false })
  requiresApproval: boolean;

  @Field(() => ClientApprovalStatus, { description: "Where the post stands with the client's approval; in a workspace whose approvalMode involves the client, it publishes only once APPROVED." })
  @Column({ type: 'enum', enum: ClientApprovalStatus, enumName: 'post_client_approval_status', default: ClientApprovalStatus.NOT_REQUESTED })
  clientApprovalStatus: ClientApprovalStatus;

  @Field(() => ID, { nullable: true, description: 'The client approval request whose decisions count for the current content (null when none).' })
  @Column({ type: 'uuid', nullable: true })
  clientApprovalRequestId: string | null;

  /** Outcome and findings of the OUTBOUND_POST policies at the last save. */
  @Column({ type: 'jsonb', default: () => "'{\"outcome\": \"ALLOW\", \"findings\": []}'" })
  policyCheck: { outcome: string; findings: unknown[] };

  @Field(() => [PostTarget], { description: 'One per channel the post goes to.' })
  @OneToMany(() => PostTarget, (target) => target.post, { cascade: true, eager: true })
  targets: PostTarget[];
}
