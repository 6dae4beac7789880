import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../auth/user.entity.js';
import { Workspace } from '../../workspaces/workspace.entity.js';
import { Channel } from '../channel.entity.js';

/**
 * One "Connect" in progress, from beginChannelConnection to the callback: the OAuth `state` is bound to the
 * user, workspace and channel type that began it, is stored hashed (a leaked table cannot forge a callback),
 * used once (the callback deletes the row) and expires. The PKCE verifier and the client are encrypted.
 */
@Entity('channel_connect_attempt')
export class ChannelConnectAttempt {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** SHA-256 (hex) of the `state` sent to the network. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  stateHash: string;

  @Column({ type: 'uuid' })
  workspaceId: string;

  @ManyToOne(() => Workspace, { onDelete: 'CASCADE' })
  @JoinColumn()
  workspace: Workspace;

  /** Who began it; the callback acts as this user, if they are still an ADMIN of the workspace. */
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user: User;

  /** The driver's type code. */
  @Column({ type: 'varchar', length: 100 })
  channelType: string;

  /** The channel being reconnected (e.g. after NEEDS_REAUTH); null for a new one. */
  @Column({ type: 'uuid', nullable: true })
  channelId: string | null;

  @ManyToOne(() => Channel, { onDelete: 'CASCADE' })
  @JoinColumn()
  channel: Channel | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  displayName: string | null;

  /** AES-256-GCM ciphertext of the pending connection (endpoints, client, PKCE verifier), bound to this row's id. */
  @Column({ type: 'text' })
  pendingEncrypted: string;

  @Index()
  @Column({ type: 'timestamptz', precision: 3 })
  expiresAt: Date;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
