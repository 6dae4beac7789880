import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { JSONScalar } from '../common/json.scalar.js';
import { Node } from '../common/node/node.interface.js';

/** Who made an audited change. */
export enum AuditActorType {
  USER = 'USER',
  API_KEY = 'API_KEY',
  SYSTEM = 'SYSTEM',
}

registerEnumType(AuditActorType, {
  name: 'AuditActorType',
  description: 'Who made an audited change.',
  valuesMap: {
    USER: { description: 'A signed-in user; `actorId` is the user id.' },
    API_KEY: { description: 'A request made with an API key; `actorId` is the key id.' },
    SYSTEM: { description: 'Rapport itself (e.g. first-run setup); `actorId` is null.' },
  },
});

/** One changed field. Secret-like fields (credentials, tokens, secrets, password and key hashes) say only that they changed. */
@ObjectType({ description: 'One field an audited change touched, with its value before and after (null when it did not exist).' })
export class AuditChange {
  @Field({ description: 'The field, as named in the API where it is exposed (e.g. `role`, `rules`, `credentialsEncrypted`).' })
  field: string;

  @Field(() => JSONScalar, { nullable: true, description: 'The value before the change; null when created, or when `redacted`.' })
  before?: unknown;

  @Field(() => JSONScalar, { nullable: true, description: 'The value after the change; null when deleted, or when `redacted`.' })
  after?: unknown;

  @Field({ description: 'True for a secret (credentials, token, secret, hash): it changed, and its values are never stored.' })
  redacted: boolean;
}

/**
 * One change to a workspace's configuration or access (policies, members,
 * invitations, channels, API keys, webhooks, settings, approvals): who, what,
 * when and from where. Written in the transaction of the change it records, so
 * a rolled-back change leaves none; never updated; deleted after the retention
 * period (RAPPORT_AUDIT_RETENTION_DAYS).
 */
@ObjectType({ description: "An entry of a workspace's audit log: who changed what, when and from where.", implements: () => [Node] })
@Entity('audit_entry')
@Index('IDX_audit_entry_workspace_created', ['workspaceId', 'createdAt', 'id'])
@Index('IDX_audit_entry_workspace_entity', ['workspaceId', 'entityType', 'entityId'])
@Index('IDX_audit_entry_created', ['createdAt'])
export class AuditEntry {
  @Field(() => ID, { description: 'Stable, opaque identifier.' })
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_audit_entry' })
  id: string;

  @Field(() => ID, { description: 'The workspace the change was made in.' })
  @Column({ type: 'uuid' })
  workspaceId: string;

  @Field(() => AuditActorType, { description: 'Whether a user, an API key or Rapport itself made the change.' })
  @Column({ type: 'varchar', length: 20 })
  actorType: AuditActorType;

  @Field(() => ID, { nullable: true, description: 'The user id (USER) or API key id (API_KEY) that made the change; null for SYSTEM.' })
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Field({ description: 'What was done, `<entity>.<verb>`: e.g. `policy.updated`, `member.role_changed`, `channel.credentials_changed`, `api_key.revoked`, `post.approved`.' })
  @Column({ type: 'varchar', length: 100 })
  action: string;

  @Field({ description: 'The kind of thing changed, as its GraphQL type is named: `Policy`, `WorkspaceMember`, `Invitation`, `Channel`, `ApiKey`, `WebhookEndpoint`, `Workspace`, `ReviewSettings`, `Post`.' })
  @Column({ type: 'varchar', length: 100 })
  entityType: string;

  @Field({ description: 'Its id (a WorkspaceMember is named by its user id).' })
  @Column({ type: 'varchar', length: 200 })
  entityId: string;

  @Field(() => [AuditChange], { description: 'The fields the change touched: every set field for a creation or deletion, the changed ones for an update.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  changes: AuditChange[];

  @Field(() => String, { nullable: true, description: "The caller's IP address (X-Forwarded-For only from proxies trusted by RAPPORT_TRUST_PROXY); null when not known." })
  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @Field(() => String, { nullable: true, description: "The caller's User-Agent header (first 512 characters); null when none was sent (e.g. over WebSocket)." })
  @Column({ type: 'varchar', length: 512, nullable: true })
  userAgent: string | null;

  @Field(() => String, { nullable: true, description: 'The request id (X-Request-Id), to find the request in the logs.' })
  @Column({ type: 'varchar', length: 128, nullable: true })
  requestId: string | null;

  // clock_timestamp(), not now(): the entries of one transaction keep the order they were written in.
  @Field({ description: 'When the change was made.' })
  @CreateDateColumn({ type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  createdAt: Date;
}
