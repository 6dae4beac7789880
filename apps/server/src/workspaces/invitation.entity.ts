import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Role } from '../auth/role.enum.js';
import { BaseEntity } from '../common/base.entity.js';
import { Workspace } from './workspace.entity.js';

@ObjectType({ description: 'An invitation for someone without an account to join a workspace.' })
@Entity('invitation')
export class Invitation extends BaseEntity {

  @Index()
  @Column({ type: 'uuid' })
  workspaceId: string;

  @ManyToOne(() => Workspace, { onDelete: 'CASCADE' })
  @JoinColumn()
  workspace: Workspace;

  @Field({ description: 'Who is invited.' })
  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Field(() => Role, { description: 'The role the invitee gets on accepting.' })
  @Column({ type: 'enum', enum: Role, enumName: 'workspace_role' })
  role: Role;

  /** SHA-256 of the one-time token; the token itself is shown once. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ type: 'uuid', nullable: true })
  invitedById: string | null;

  @Field({ description: 'After this instant the invitation can no longer be accepted.' })
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the invitation was accepted, if it was.' })
  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;
}
