import type { JsonValue, KeyValueStore } from '@rapport/plugin-sdk';
import type { DataSource } from 'typeorm';

/**
 * The driver's key/value store, in the plugin_store table (see
 * PluginStoreEntry), confined to one plugin and one scope. Plain SQL: the
 * recursive JsonValue type sends TypeORM's typed finders into endless
 * type instantiation.
 */
export function createPluginStore(dataSource: DataSource, plugin: string, scope: string): KeyValueStore {
  return {
    async get<T extends JsonValue = JsonValue>(key: string): Promise<T | undefined> {
      const rows: Array<{ value: T }> = await dataSource.query('SELECT value FROM plugin_store WHERE plugin = $1 AND scope = $2 AND key = $3', [plugin, scope, key]);
      return rows[0]?.value;
    },
    async set(key: string, value: JsonValue): Promise<void> {
      await dataSource.query(
        `INSERT INTO plugin_store (plugin, scope, key, value, updated_at) VALUES ($1, $2, $3, $4, now())
         ON CONFLICT (plugin, scope, key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
        [plugin, scope, key, JSON.stringify(value)],
      );
    },
    async delete(key: string): Promise<void> {
      await dataSource.query('DELETE FROM plugin_store WHERE plugin = $1 AND scope = $2 AND key = $3', [plugin, scope, key]);
    },
  };
}
