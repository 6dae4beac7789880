import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/base.entity.js';
import { Workspace } from '../workspaces/workspace.entity.js';
import { PolicyRuleConfigType, type PolicyRuleConfig } from './policy-rule-config.js';
import { PolicyScope } from './policy.enums.js';

/**
 * A policy's current state. Every edit also writes an immutable PolicyVersion,
 * and findings point at the version that produced them.
 */
@ObjectType({ description: 'Brand-voice or moderation rules an admin configured for one scope of a workspace.' })
@Entity('policy')
@Index(['workspaceId', 'scope'])
export class Policy extends BaseEntity {
  @Column({ type: 'uuid' })
  workspaceId: string;

  @ManyToOne(() => Workspace, { onDelete: 'CASCADE' })
  @JoinColumn()
  workspace: Workspace;

  @Field({ description: 'Name shown to admins.' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => PolicyScope, { description: 'What the policy checks.' })
  @Column({ type: 'enum', enum: PolicyScope, enumName: 'policy_scope' })
  scope: PolicyScope;

  @Field({ description: 'Disabled policies are kept but not applied.' })
  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @Field(() => ID, { nullable: true, description: 'Only this channel, or every channel when null.' })
  @Column({ type: 'uuid', nullable: true })
  channelId: string | null;

  @Field(() => [PolicyRuleConfigType], { description: 'Rules in order; several may fire (see docs/policies.md for how their actions combine).' })
  @Column({ type: 'jsonb' })
  rules: PolicyRuleConfig[];

  @Field(() => Int, { description: 'Current version; every edit makes a new one.' })
  @Column({ type: 'int' })
  version: number;
}
