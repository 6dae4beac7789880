import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/base.entity.js';
import { Workspace } from '../workspaces/workspace.entity.js';
import { Role } from './role.enum.js';

@ObjectType({ description: 'A machine credential bound to one workspace and one role. The secret is shown only once, at creation.' })
@Entity('api_key')
export class ApiKey extends BaseEntity {

  @Index()
  @Column({ type: 'uuid' })
  workspaceId: string;

  @ManyToOne(() => Workspace, { onDelete: 'CASCADE' })
  @JoinColumn()
  workspace: Workspace;

  @Field({ description: 'What the key is for, e.g. "website widget".' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => Role, { description: 'What requests made with this key may do.' })
  @Column({ type: 'enum', enum: Role, enumName: 'workspace_role' })
  role: Role;

  @Field({ description: 'The first characters of the key, to recognise it (e.g. "rk_3f9a").' })
  @Column({ type: 'varchar', length: 16 })
  prefix: string;

  /** SHA-256 of the whole key: keys are high-entropy, so a fast hash is safe and lookups are O(1). */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  secretHash: string;

  @Field(() => ID, { nullable: true, description: 'The user who created the key.' })
  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Field(() => Date, { nullable: true, description: 'Last time the key authenticated a request (updated at most once a minute).' })
  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the key was revoked; revoked keys authenticate nothing.' })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
