import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/base.entity.js';
import { Workspace } from '../workspaces/workspace.entity.js';
import { ChannelSync } from './channel-sync.js';

export enum ChannelStatus {
  CONNECTED = 'CONNECTED',
  NEEDS_REAUTH = 'NEEDS_REAUTH',
  ERROR = 'ERROR',
  DISABLED = 'DISABLED',
}

registerEnumType(ChannelStatus, {
  name: 'ChannelStatus',
  description: 'Whether Rapport can work with a connected account.',
  valuesMap: {
    CONNECTED: { description: 'Credentials work; publishing and syncing run.' },
    NEEDS_REAUTH: { description: 'The network rejected the credentials: reconnect with new ones.' },
    ERROR: { description: 'A fatal error stopped work on this channel; see statusReason.' },
    DISABLED: { description: 'Switched off by an admin; nothing runs.' },
  },
});

/** One network account is connected at most once per workspace and type (else every item arrives twice). */
export const CHANNEL_ACCOUNT_INDEX = 'UQ_channel_workspace_type_account';

@ObjectType({ description: 'A connected account on a social network or review site, in one workspace. Its credentials are never returned.' })
@Entity('channel')
@Index(CHANNEL_ACCOUNT_INDEX, ['workspaceId', 'type', 'externalAccountId'], { unique: true })
export class Channel extends BaseEntity {
  @Index()
  @Column({ type: 'uuid' })
  workspaceId: string;

  @ManyToOne(() => Workspace, { onDelete: 'CASCADE' })
  @JoinColumn()
  workspace: Workspace;

  @Field({ description: 'Channel type code of the plugin driver, e.g. "sandbox" (see channelTypes / reviewSourceTypes).' })
  @Column({ type: 'varchar', length: 100 })
  type: string;

  @Field({ description: 'Whether this is a social network account or a review source.' })
  @Column({ type: 'varchar', length: 20 })
  kind: 'NETWORK' | 'REVIEW_SOURCE';

  @Field({ description: 'Name shown in Rapport, e.g. "Instagram – Paris store".' })
  @Column({ type: 'varchar', length: 200 })
  displayName: string;

  @Field({ description: 'Why this channel exists, e.g. "daily deals" or "grooming tips".' })
  @Column({ type: 'text', default: '' })
  purpose: string;

  @Field({ description: 'Who it speaks to, e.g. "dog owners in Lyon".' })
  @Column({ type: 'text', default: '' })
  audience: string;

  @Field(() => Int, { nullable: true, description: 'How many posts a week this channel should get (its cadence); none when null.' })
  @Column({ type: 'int', nullable: true })
  targetPostsPerWeek: number | null;

  /** AES-256-GCM ciphertext of the credentials JSON (see CredentialsCipher); never exposed. */
  @Column({ type: 'text' })
  credentialsEncrypted: string;

  @Field(() => ChannelStatus, { description: 'Whether Rapport can work with this account now.' })
  @Column({ type: 'enum', enum: ChannelStatus, enumName: 'channel_status', default: ChannelStatus.CONNECTED })
  status: ChannelStatus;

  @Field(() => String, { nullable: true, description: 'Why the status is not CONNECTED, in words.' })
  @Column({ type: 'text', nullable: true })
  statusReason: string | null;

  @Field(() => String, { nullable: true, description: 'The account id on the network, as reported when credentials were verified; one account is connected at most once per workspace and type.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  externalAccountId: string | null;

  @Field(() => String, { nullable: true, description: 'The account name on the network.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  externalAccountName: string | null;

  @Field(() => String, { nullable: true, description: 'Link to the account on the network.' })
  @Column({ type: 'text', nullable: true })
  externalAccountUrl: string | null;

  /** Where polling resumes (the driver's opaque cursor). */
  @Column({ type: 'text', nullable: true })
  syncCursor: string | null;

  @Field(() => Date, { nullable: true, description: 'When activity was last pulled from the network.' })
  @Column({ type: 'timestamptz', nullable: true })
  lastSyncedAt: Date | null;

  @Field(() => ChannelSync, { description: 'How far the latest sync got (state, items and pages so far, the expected total): a backfill shows its progress here.' })
  @Column(() => ChannelSync)
  sync: ChannelSync;

  @Field(() => Date, { nullable: true, description: 'When the credentials were last verified with the network.' })
  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;
}
