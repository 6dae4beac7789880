import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../common/base.entity.js';
import { Workspace } from '../../workspaces/workspace.entity.js';

/** What `secretsEncrypted` holds: the secret that signs, and the one before it while a rotation overlaps. */
export interface WebhookSecrets {
  current: string;
  previous: string | null;
}

@ObjectType({ description: "A URL of the workspace's own systems that receives its events, signed the Standard Webhooks way. Its secret is shown only when created or rotated." })
@Entity('webhook_endpoint')
export class WebhookEndpoint extends BaseEntity {
  @Index()
  @Column({ type: 'uuid' })
  workspaceId: string;

  @ManyToOne(() => Workspace, { onDelete: 'CASCADE' })
  @JoinColumn()
  workspace: Workspace;

  @Field({ description: 'Where deliveries are POSTed.' })
  @Column({ type: 'text' })
  url: string;

  @Field({ description: 'What the endpoint is for (free text; empty when none was given).' })
  @Column({ type: 'varchar', length: 500, default: '' })
  description: string;

  @Field(() => [String], { description: 'The event types it receives: exact types (`post.updated`) or a family with `*` (`post.*`); see webhookEventTypes.' })
  @Column({ type: 'text', array: true })
  eventTypes: string[];

  /** AES-256-GCM of WebhookSecrets, bound to this row's id. */
  @Column({ type: 'text' })
  secretsEncrypted: string;

  @Field(() => Date, { nullable: true, description: 'After rotateWebhookSecret: until when the previous secret still signs deliveries too (null: only the current one signs).' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  previousSecretExpiresAt: Date | null;

  @Field({ description: 'False while disabled: no new deliveries are made for it, and waiting retries were given up (see disabledReason).' })
  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @Field(() => Date, { nullable: true, description: 'When it was disabled (null while enabled).' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  disabledAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was disabled: a long failure streak, an answer of 410 Gone, or by hand (null while enabled). enableWebhookEndpoint turns it back on.' })
  @Column({ type: 'text', nullable: true })
  disabledReason: string | null;

  @Field(() => Date, { nullable: true, description: 'When the current streak of failed attempts began (null after a success).' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  failingSince: Date | null;

  @Field(() => Int, { description: 'Failed attempts in a row since the last success.' })
  @Column({ type: 'int', default: 0 })
  consecutiveFailures: number;
}
