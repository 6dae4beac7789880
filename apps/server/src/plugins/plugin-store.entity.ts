import type { JsonValue } from '@rapport/plugin-sdk';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Backs the small key/value store drivers get: namespaced by plugin and channel. */
@Entity('plugin_store')
export class PluginStoreEntry {
  @PrimaryColumn({ type: 'varchar', length: 214 })
  plugin: string;

  /** A channel id, or '' for plugin-wide values. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  scope: string;

  @PrimaryColumn({ type: 'varchar', length: 200 })
  key: string;

  @Column({ type: 'jsonb' })
  value: JsonValue;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
