import pg from 'pg';
import { DataSource } from 'typeorm';
import { PluginRegistry } from '../plugins/plugin-registry.js';
import { dataSourceOptions } from './data-source-options.js';

/** Any fixed 64-bit number shared by every Rapport process; names the lock in pg_locks. */
const MIGRATION_LOCK_KEY = 7_245_991_031;

/**
 * Applies pending migrations (core's and the plugins') and returns their
 * names. Several API and worker processes may boot at once on a fresh
 * database: a session-level advisory lock lets exactly one migrate while the
 * others wait, then find nothing left to do.
 */
export async function runMigrations(url: string, registry: PluginRegistry = new PluginRegistry()): Promise<string[]> {
  const lock = new pg.Client({ connectionString: url });
  // Losing this idle connection must not crash the process: the migrations' own queries fail on the same outage.
  lock.on('error', () => undefined);
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const dataSource = new DataSource({ ...dataSourceOptions(url, registry), extra: { max: 1 } });
    await dataSource.initialize();
    try {
      return (await dataSource.runMigrations({ transaction: 'each' })).map((migration) => migration.name);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.end();
  }
}
