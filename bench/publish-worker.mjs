// One worker process of bench/publish.mjs (not meant to be run by hand).
//
// Builds the real Rapport app from dist/ with RAPPORT_ROLE=worker on the
// benchmark's database, with the sandbox plugin pointed at BENCH_SANDBOX_URL,
// so its JobQueue works the shared pg-boss queue exactly as a production
// worker replica does. No HTTP is served. The parent talks to it over IPC:
// it answers { type: 'ready' } once the queue is started and exits after
// { type: 'stop' } (app.close() stops pg-boss gracefully).
//
// With BENCH_BARE_REQUESTS it is the bare client instead: no app, no database;
// RAPPORT_JOB_CONCURRENCY lanes POST /v1/posts to the same proxy and sandbox
// back to back once told { type: 'go' }, then answer { type: 'done', ms }, so
// the parent learns what this machine allows at that moment.
import http from 'node:http';
import { performance } from 'node:perf_hooks';
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

if (Number(process.env.BENCH_BARE_REQUESTS) > 0) runBare(Number(process.env.BENCH_BARE_REQUESTS));
else await runWorker();

async function runWorker() {
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
}

function runBare(total) {
  const lanes = loadConfig(process.env).jobConcurrency;
  const agent = new http.Agent({ keepAlive: true });
  const url = new URL('/v1/posts', sandboxUrl);
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${process.env.BENCH_SANDBOX_TOKEN}` };
  const post = (n) =>
    new Promise((resolve, reject) => {
      const request = http.request(url, { method: 'POST', agent, headers: { ...headers, 'idempotency-key': `bare-${process.pid}-${n}` } }, (response) => {
        response.resume();
        response.on('end', () => (response.statusCode < 300 ? resolve() : reject(new Error(`bare POST /v1/posts: ${response.statusCode}`))));
      });
      request.on('error', reject);
      request.end(JSON.stringify({ text: `bare ${process.pid} ${n}`, media: [] }));
    });
  process.on('message', async (message) => {
    if (message?.type !== 'go') process.exit(0);
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: lanes }, async () => {
        while (next < total) await post(next++);
      }),
    );
    process.send({ type: 'done', ms: performance.now() - started });
  });
  process.on('disconnect', () => process.exit(0));
  process.send({ type: 'ready', pid: process.pid });
}
