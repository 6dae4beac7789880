/**
 * Writes apps/server/schema.graphql, the committed contract front-end teams
 * run codegen against. A test fails when it is stale.
 */
import { writeFileSync } from 'node:fs';
import { loadConfig } from '../config/rapport-config.js';
import { openDatabase } from '../database/database-target.js';
import { createApp } from '../bootstrap.js';
import { createLogger } from '../logging/logger.js';
import { printRapportSchema, SCHEMA_FILE } from '../common/schema-file.js';

const config = loadConfig();
const database = await openDatabase(config);
try {
  const app = await createApp(config, database.url, createLogger('warn'));
  writeFileSync(SCHEMA_FILE, printRapportSchema(app));
  await app.close();
  console.log(`Wrote ${SCHEMA_FILE}`);
} finally {
  await database.stop();
}
