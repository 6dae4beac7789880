import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../auth/user.entity.js';
import { Workspace } from '../../workspaces/workspace.entity.js';

/**
 * A consent given on a network whose driver lists the accounts it covers (e.g. a Google Business Profile user's
 * locations): between the callback and the user's choice, the tokens, the grant and the candidates are kept here,
 * encrypted and bound to this row's id, for the user who began the connection only, until it expires.
 * Completing the choice deletes it.
 */
@Entity('channel_pending_connection')
export class ChannelPendingConnection {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  workspaceId: string;

  @ManyToOne(() => Workspace, { onDelete: 'CASCADE' })
  @JoinColumn()
  workspace: Workspace;

  /** Who began the connection; only they may see the candidates and complete it. */
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user: User;

  /** The driver's type code. */
  @Column({ type: 'varchar', length: 100 })
  channelType: string;

  /** AES-256-GCM ciphertext of the tokens, grant (client, endpoints, connection) and candidate accounts, bound to this row's id. */
  @Column({ type: 'text' })
  pendingEncrypted: string;

  @Index()
  @Column({ type: 'timestamptz', precision: 3 })
  expiresAt: Date;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
