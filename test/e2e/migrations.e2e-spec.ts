import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { runMigrations } from '../../apps/server/src/database/migrate.js';
import { coreMigrations } from '../../migrations/index.js';

describe('migrations', () => {
  const name = `rapport_test_${randomBytes(6).toString('hex')}`;
  const server = process.env.RAPPORT_TEST_PG_URL!;
  const url = Object.assign(new URL(server), { pathname: `/${name}` }).toString();
  const admin = new pg.Client({ connectionString: server });

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
  });
  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('lets three processes booting at once on a fresh database apply each migration exactly once', async () => {
    const results = await Promise.all([runMigrations(url), runMigrations(url), runMigrations(url)]);
    expect(results.flat().sort()).toEqual(coreMigrations.map((m) => m.name).sort());
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT name, count(*)::int AS n FROM migrations GROUP BY name');
      expect(rows).toHaveLength(coreMigrations.length);
      expect(rows.every((row) => row.n === 1)).toBe(true);
    } finally {
      await client.end();
    }
    expect(await runMigrations(url)).toEqual([]);
  });
});
