import type { DataSourceOptions } from 'typeorm';
import { coreMigrations } from '../../../../migrations/index.js';
import type { Logger } from '../logging/logger.js';
import { PluginRegistry } from '../plugins/plugin-registry.js';
import { coreEntities } from './core-entities.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';
import { rapportTypes } from './timestamptz.js';

/**
 * The one definition of how Rapport talks to PostgreSQL. The schema comes
 * from migrations only: `synchronize` is never on. Plugin entities and
 * migrations join core's. With a `logger`, connections the database drops
 * (a restart, an administrator) are reported there; the pool replaces them on
 * the next query either way.
 */
export function dataSourceOptions(url: string, plugins: PluginRegistry = new PluginRegistry(), logger?: Logger): DataSourceOptions {
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
    // While the database is down, a request waiting for a connection fails after this instead of hanging.
    extra: { max: 10, connectionTimeoutMillis: 10_000, types: rapportTypes },
    ...(logger ? { poolErrorHandler: (error: Error) => reportLostConnection(logger, error) } : {}),
  };
}

/** PostgreSQL's code when it closes connections because it is stopping (a restart, or `npm start`'s own stop). */
const ADMIN_SHUTDOWN = '57P01';

/**
 * A connection the database closed while idle in the pool. A database shutting down in order is said plainly
 * (at every stop of the embedded database it is expected); anything else is a warning with its cause.
 */
function reportLostConnection(logger: Logger, error: Error): void {
  if ((error as Error & { code?: string }).code === ADMIN_SHUTDOWN) logger.info('the database is shutting down: its connections were closed');
  else logger.warn({ err: error }, 'database connection lost');
}
