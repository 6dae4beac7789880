// Plain ESM (jest loads globalSetup outside its transform): uses the built
// server code, which `npm test` compiles first.
import { chmodSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * The suite's PostgreSQL: TEST_DATABASE_URL when set (an external server the
 * tests may create databases on), otherwise a throwaway embedded server.
 * Workers inherit RAPPORT_TEST_PG_URL and create one database per test file.
 */
export default async function globalSetup() {
  // Cheaper password hashing for the many users tests create; same code path.
  process.env.RAPPORT_BCRYPT_COST ??= '4';
  if (process.env.TEST_DATABASE_URL) {
    process.env.RAPPORT_TEST_PG_URL = process.env.TEST_DATABASE_URL;
    return;
  }
  const { EmbeddedDatabase } = await import('../../dist/apps/server/src/database/embedded-postgres.js').catch(() => {
    throw new Error('Build first: `npm test` runs `npm run build` before jest.');
  });
  const root = mkdtempSync(join(tmpdir(), 'rapport-test-pg-'));
  chmodSync(root, 0o755); // as root, PostgreSQL runs as a separate OS user that must reach the data folder
  const database = new EmbeddedDatabase({ dataDir: join(root, 'data'), port: await freePort() });
  await database.start();
  globalThis.__RAPPORT_TEST_PG__ = database;
  process.env.RAPPORT_TEST_PG_URL = database.url;
}
