import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../common/base.entity.js';
import { ApprovalMode, ClientApprovalRule } from './approval-mode.js';

@ObjectType({ description: 'One brand or client: every post, conversation, review and policy belongs to exactly one workspace.' })
@Entity('workspace')
export class Workspace extends BaseEntity {

  @Field({ description: 'Display name, e.g. the brand.' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field({ description: 'URL-safe unique handle.' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 100 })
  slug: string;

  @Field({ description: 'When true, every post needs an ADMIN’s approval before it can be scheduled.' })
  @Column({ type: 'boolean', default: false })
  postApprovalRequired: boolean;

  @Field({ description: 'When true, nobody approves a post they wrote or edited (approvePost answers FORBIDDEN), and API keys cannot approve posts.' })
  @Column({ type: 'boolean', default: false })
  requireDifferentApprover: boolean;

  @Field(() => ApprovalMode, { description: 'Who approves posts before they are published: the team, the team then the client, or the client (docs/client-approvals.md).' })
  @Column({ type: 'enum', enum: ApprovalMode, enumName: 'workspace_approval_mode', default: ApprovalMode.INTERNAL_ONLY })
  approvalMode: ApprovalMode;

  @Field(() => ClientApprovalRule, { description: 'With the client in approvalMode: whether every person asked must approve a post, or any one of them.' })
  @Column({ type: 'enum', enum: ClientApprovalRule, enumName: 'client_approval_rule', default: ClientApprovalRule.ALL_MUST_APPROVE })
  clientApprovalRule: ClientApprovalRule;

  @Field(() => [String], { description: "The client's addresses that receive the monthly report (PDF attached); none: no monthly report is sent." })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  reportRecipients: string[];

  @Field({ description: 'IANA time zone used for scheduling and reports, e.g. Europe/Paris.' })
  @Column({ type: 'varchar', length: 64, default: 'UTC' })
  timezone: string;
}
