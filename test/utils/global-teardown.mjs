import { rmSync } from 'node:fs';
import { dirname } from 'node:path';

export default async function globalTeardown() {
  const database = globalThis.__RAPPORT_TEST_PG__;
  if (!database) return;
  await database.stop();
  rmSync(dirname(database.dataDir), { recursive: true, force: true });
}
