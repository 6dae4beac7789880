import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/base.entity.js';
import { PolicyRuleConfigType, type PolicyRuleConfig } from './policy-rule-config.js';
import { PolicyScope } from './policy.enums.js';
import { Policy } from './policy.entity.js';

@ObjectType({ description: 'An immutable snapshot of a policy as it was after one edit.' })
@Entity('policy_version')
@Index(['policyId', 'version'], { unique: true })
export class PolicyVersion extends BaseEntity {
  @Column({ type: 'uuid' })
  workspaceId: string;

  @Field(() => ID, { description: 'The policy.' })
  @Column({ type: 'uuid' })
  policyId: string;

  @ManyToOne(() => Policy, { onDelete: 'CASCADE' })
  @JoinColumn()
  policy: Policy;

  @Field(() => Int, { description: 'Version number, from 1.' })
  @Column({ type: 'int' })
  version: number;

  @Field({ description: 'Name at this version.' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => PolicyScope, { description: 'Scope at this version.' })
  @Column({ type: 'enum', enum: PolicyScope, enumName: 'policy_scope' })
  scope: PolicyScope;

  @Field({ description: 'Whether it was enabled at this version.' })
  @Column({ type: 'boolean' })
  enabled: boolean;

  @Field(() => ID, { nullable: true, description: 'Channel restriction at this version.' })
  @Column({ type: 'uuid', nullable: true })
  channelId: string | null;

  @Field(() => [PolicyRuleConfigType], { description: 'Rules at this version.' })
  @Column({ type: 'jsonb' })
  rules: PolicyRuleConfig[];

  @Field(() => ID, { nullable: true, description: 'Who made this version (null for an API key).' })
  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;
}
