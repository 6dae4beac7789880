// One worker process of bench/publish.mjs (not meant to be run by hand).
//
// Builds the real Rapport app from dist/ with RAPPORT_ROLE=worker on the
// benchmark's database, with the sandbox plugin pointed at BENCH_SANDBOX_URL,
// so its JobQueue works the shared pg-boss queue exactly as a production
// worker replica does. No HTTP is served. The parent talks to it over IPC:
// it answers { type: 'ready' } once the queue is started and exits after
// { type: 'stop' } (app.close() stops pg-boss gracefully).
import { createApp } from '../dist/apps/server/src/bootstrap.js';
import { loadConfig } from '../dist/apps/server/src/config/rapport-config.js';
import { createLogger } from '../dist/apps/server/src/logging/logger.js';
import { loadPlugins } from '../dist/apps/server/src/plugins/plugin-loader.js';

const databaseUrl = process.env.BENCH_DATABASE_URL;
const sandboxUrl = process.env.BENCH_SANDBOX_URL;
if (!databaseUrl || !sandboxUrl || !process.send) {
  console.error('publish-worker.mjs is started by bench/publish.mjs');
  process.exit(2);
}

const config = loadConfig(process.env);
if (config.role !== 'worker') throw new Error(`expected RAPPORT_ROLE=worker, got ${config.role}`);
const logger = createLogger(config.logLevel);
const registry = await loadPlugins([{ specifier: '@rapport/plugin-network-sandbox', baseDir: '/', options: { baseUrl: sandboxUrl } }]);
const app = await createApp(config, databaseUrl, logger, registry);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  try {
    await app.close();
  } finally {
    process.exit(0);
  }
}
process.on('message', (message) => {
  if (message?.type === 'stop') void stop();
});
process.on('SIGTERM', () => void stop());
process.on('disconnect', () => void stop()); // the parent died: do not linger
process.send({ type: 'ready', pid: process.pid });
