import type { DataSourceOptions } from 'typeorm';
import { coreMigrations } from '../../../../migrations/index.js';
import { PluginRegistry } from '../plugins/plugin-registry.js';
import { coreEntities } from './core-entities.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

/**
 * The one definition of how Rapport talks to PostgreSQL. The schema comes
 * from migrations only: `synchronize` is never on. Plugin entities and
 * migrations join core's.
 */
export function dataSourceOptions(url: string, plugins: PluginRegistry = new PluginRegistry()): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [...coreEntities, ...plugins.entities] as DataSourceOptions['entities'],
    migrations: [...coreMigrations, ...plugins.migrations],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logging: false,
    extra: { max: 10 },
  };
}
