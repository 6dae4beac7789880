import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Role } from '../auth/role.enum.js';
import { User } from '../auth/user.entity.js';
import { BaseEntity } from '../common/base.entity.js';
import { Workspace } from './workspace.entity.js';

@ObjectType({ description: "A user's membership of a workspace, with their role there." })
@Entity('workspace_member')
@Index(['workspaceId', 'userId'], { unique: true })
export class WorkspaceMember extends BaseEntity {

  @Column({ type: 'uuid' })
  workspaceId: string;

  @ManyToOne(() => Workspace, { onDelete: 'CASCADE' })
  @JoinColumn()
  workspace: Workspace;

  @Field(() => ID, { description: 'The member user.' })
  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @Field(() => User, { description: 'The member user.' })
  @ManyToOne(() => User, { onDelete: 'CASCADE', eager: true })
  @JoinColumn()
  user: User;

  @Field(() => Role, { description: 'What the member may do in this workspace.' })
  @Column({ type: 'enum', enum: Role, enumName: 'workspace_role' })
  role: Role;
}
