import { Column, CreateDateColumn, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Channel } from '../channel.entity.js';

/**
 * What Rapport needs to keep a channel connected by OAuth: the refresh token, client and token endpoint
 * (encrypted, never given to the driver, whose credentials hold only what `oauth.credentials` made) and when
 * the access token expires. Deleted with the channel.
 */
@Entity('channel_oauth_grant')
export class ChannelOAuthGrant {
  @PrimaryColumn({ type: 'uuid' })
  channelId: string;

  @OneToOne(() => Channel, { onDelete: 'CASCADE' })
  @JoinColumn()
  channel: Channel;

  @Column({ type: 'uuid' })
  workspaceId: string;

  /** AES-256-GCM ciphertext of the grant (refresh token, client, endpoints, connection), bound to the channel id. */
  @Column({ type: 'text' })
  grantEncrypted: string;

  /**
   * SHA-256 of the channel's credentials ciphertext this grant wrote: when it no longer matches, an admin
   * replaced the credentials (e.g. pasted a token) and this grant must not overwrite them.
   */
  @Column({ type: 'varchar', length: 64 })
  credentialsFingerprint: string;

  /** When the access token stops working; null when the network did not say (it does not expire). */
  @Index()
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  expiresAt: Date | null;

  /** Whether a refresh token is held: only then can the token be renewed before `expiresAt`. */
  @Column({ type: 'boolean', default: false })
  refreshable: boolean;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  refreshedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
