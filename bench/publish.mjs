// Publishing benchmark: BENCH_TARGETS post targets due at once, the sandbox
// network with BENCH_LATENCY_MS of latency, BENCH_WORKERS worker processes on
// the shared pg-boss queue. As scheduled posts are, the targets' jobs are
// enqueued ahead of the instant they fall due (BENCH_LEAD_MS; 0 enqueues them
// already due, so enqueueing overlaps publishing). Prints time to drain (from
// the due instant), throughput, latency percentiles, failures and duplicates as
// a table; exits non-zero when a target failed or was published twice. See
// bench/README.md.
//
//   npm run bench:publish                       # 5000 targets, 50 ms, 2 workers
//   BENCH_TARGETS=500 npm run bench:publish     # quick run
//
// Uses the BUILT server (dist/); `npm run bench:publish` builds first.
import { fork } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { startSandboxNetwork } from '@rapport/plugin-network-sandbox/server';
import { createApp } from '../dist/apps/server/src/bootstrap.js';
import { loadConfig } from '../dist/apps/server/src/config/rapport-config.js';
import { JobQueue } from '../dist/apps/server/src/jobs/job-queue.js';
import { createLogger } from '../dist/apps/server/src/logging/logger.js';
import { loadPlugins } from '../dist/apps/server/src/plugins/plugin-loader.js';
import { PUBLISH_TARGET } from '../dist/apps/server/src/posts/publish-target.job.js';
import { freePort, intOption, onServer, printTable, withDatabase, runAndExit, serverExecArgv, writeResults } from './lib/common.mjs';

// ---------------------------------------------------------------- options


const TARGETS = intOption('BENCH_TARGETS', 5000);
const WORKERS = intOption('BENCH_WORKERS', 2);
const LATENCY_MS = intOption('BENCH_LATENCY_MS', 50, 0);
const CHANNELS = intOption('BENCH_CHANNELS', 1);
const STALL_SECONDS = intOption('BENCH_STALL_SECONDS', 120);
const ENQUEUE_CONCURRENCY = intOption('BENCH_ENQUEUE_CONCURRENCY', 8);
/** How long before the due instant the jobs start being enqueued: enough for the enqueue to finish first. */
const LEAD_MS = intOption('BENCH_LEAD_MS', 1500 + 4 * TARGETS, 0);
const BARE_REQUESTS = intOption('BENCH_BARE_REQUESTS', Math.min(TARGETS, 2000), 0);
const POLL_MS = 200;
// pg-boss 10 refuses anything below 0.5 s. The app's own default is 2 s
// outside tests; 0.5 is the fastest the queue can be told to look for work.
const POLLING_SECONDS = process.env.RAPPORT_JOB_POLLING_SECONDS || '0.5';
const LOG_LEVEL = process.env.BENCH_LOG_LEVEL || 'error';
if (CHANNELS > TARGETS) throw new Error('BENCH_CHANNELS cannot exceed BENCH_TARGETS');

const log = (message) => process.stderr.write(`[bench:publish] ${message}\n`);

// ---------------------------------------------------------------- helpers




/**
 * A counting reverse proxy in front of the sandbox: the sandbox answers a
 * repeated Idempotency-Key with the first result and does not record requests,
 * so the proxy counts every POST /v1/posts per key to see whether any target
 * was sent to the network more than once.
 */
async function startCountingProxy(upstreamUrl) {
  const upstream = new URL(upstreamUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const postsByKey = new Map();
  let publishRequests = 0;
  const server = http.createServer((req, res) => {
    if (req.method === 'POST' && req.url.split('?')[0] === '/v1/posts') {
      publishRequests += 1;
      const key = req.headers['idempotency-key'] ?? '(none)';
      postsByKey.set(key, (postsByKey.get(key) ?? 0) + 1);
    }
    const forward = http.request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', (error) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'proxy', message: error.message } }));
    });
    req.pipe(forward);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    get publishRequests() {
      return publishRequests;
    },
    postsByKey,
    close: () =>
      new Promise((resolve) => {
        agent.destroy();
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

function startWorker(index, env) {
  // BENCH_CPU_PROF_DIR: each worker writes a V8 CPU profile there when it stops.
  const execArgv = serverExecArgv();
  const child = fork(new URL('./publish-worker.mjs', import.meta.url), [], { env, execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const ready = new Promise((resolve, reject) => {
    child.once('message', (message) => (message?.type === 'ready' ? resolve() : reject(new Error(`worker ${index}: unexpected message`))));
    exited.then(({ code, signal }) => reject(new Error(`worker ${index} exited before it was ready (code ${code}, signal ${signal})`)));
  });
  return {
    pid: child.pid,
    ready,
    /** Bare client only: runs its requests; resolves when they are done. */
    go() {
      const done = new Promise((resolve, reject) => {
        child.on('message', (message) => message?.type === 'done' && resolve(message));
        exited.then(({ code }) => reject(new Error(`bare client ${index} exited (code ${code})`)));
      });
      child.send({ type: 'go' });
      return done;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      if (child.connected) child.send({ type: 'stop' });
      const done = await Promise.race([exited, sleep(20_000).then(() => null)]);
      if (!done) {
        log(`worker ${index} (pid ${child.pid}) did not stop in 20 s; killing it`);
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}

async function inBatches(items, concurrency, fn) {
  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      await fn(items[index], index);
    }
  });
  await Promise.all(lanes);
}

const fmt = {
  s: (ms) => `${(ms / 1000).toFixed(2)} s`,
  ms: (ms) => (ms == null ? 'n/a' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`),
  n: (value) => String(value),
};

// ---------------------------------------------------------------- run

const cleanups = [];
let interrupted = false;
let cleaning;
/** Undoes the setup in reverse order; runs once, however often it is called. */
function cleanup() {
  return (cleaning ??= (async () => {
    while (cleanups.length) {
      const { name, fn } = cleanups.pop();
      try {
        await fn();
      } catch (error) {
        log(`cleanup (${name}) failed: ${error.message}`);
      }
    }
  })());
}

async function main() {
  const runId = randomBytes(4).toString('hex');
  const stateDir = mkdtempSync(join(tmpdir(), 'rapport-bench-'));
  chmodSync(stateDir, 0o755); // as root, the embedded PostgreSQL runs as another OS user
  cleanups.push({ name: 'temp dir', fn: () => rmSync(stateDir, { recursive: true, force: true }) });

  // PostgreSQL: DATABASE_URL's server, or a throwaway embedded one.
  let serverUrl = process.env.DATABASE_URL;
  let databaseKind = 'external (DATABASE_URL)';
  if (!serverUrl) {
    const { EmbeddedDatabase } = await import('../dist/apps/server/src/database/embedded-postgres.js');
    const embedded = new EmbeddedDatabase({ dataDir: join(stateDir, 'pgdata'), port: await freePort() });
    log('starting embedded PostgreSQL');
    await embedded.start();
    // pg_stat_statements, for the statements per target printed at the end (one restart).
    await onServer(embedded.url, "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'");
    await embedded.stop();
    await embedded.start();
    cleanups.push({ name: 'embedded PostgreSQL', fn: () => embedded.stop() });
    serverUrl = embedded.url;
    databaseKind = 'embedded';
  }
  const databaseName = `rapport_bench_${runId}`;
  await onServer(serverUrl, `CREATE DATABASE ${databaseName}`);
  cleanups.push({ name: 'drop database', fn: () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`) });
  const databaseUrl = withDatabase(serverUrl, databaseName);
  let hasStatements = false;
  try {
    await onServer(databaseUrl, 'CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    await onServer(databaseUrl, 'SELECT pg_stat_statements_reset()'); // fails unless the server preloads it
    hasStatements = true;
  } catch (error) {
    log(`pg_stat_statements unavailable (${error.message.split('\n')[0]}): no statement counts`);
  }

  // The sandbox network, behind the counting proxy; every process talks to the proxy.
  const sandbox = await startSandboxNetwork({ host: '127.0.0.1', port: 0, latencyMs: LATENCY_MS });
  cleanups.push({ name: 'sandbox', fn: () => sandbox.close() });
  const proxy = await startCountingProxy(sandbox.url);
  cleanups.push({ name: 'proxy', fn: () => proxy.close() });

  // Same secret, database, plugin config in every process; only the role differs.
  const sharedEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    RAPPORT_SECRET: randomBytes(32).toString('hex'),
    RAPPORT_STATE_DIR: stateDir,
    RAPPORT_DEMO_WORKSPACE: 'false',
    RAPPORT_JOB_POLLING_SECONDS: POLLING_SECONDS,
    RAPPORT_BCRYPT_COST: process.env.RAPPORT_BCRYPT_COST || '4',
    LOG_LEVEL: LOG_LEVEL,
  };
  process.env.RAPPORT_BCRYPT_COST = sharedEnv.RAPPORT_BCRYPT_COST;
  const plugins = [{ specifier: '@rapport/plugin-network-sandbox', baseDir: '/', options: { baseUrl: proxy.url } }];

  // The API process (this one): enqueues, never works jobs. createApp migrates the fresh database.
  log('building the API app (RAPPORT_ROLE=api) and migrating');
  const apiConfig = loadConfig({ ...sharedEnv, RAPPORT_ROLE: 'api' });
  const app = await createApp(apiConfig, databaseUrl, createLogger(LOG_LEVEL), await loadPlugins(plugins));
  cleanups.push({ name: 'api app', fn: () => app.close() });
  await app.listen(0, '127.0.0.1');
  const graphqlUrl = `http://127.0.0.1:${app.getHttpServer().address().port}/graphql`;
  const gql = async (query, variables, token) => {
    const response = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors?.length) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
    return body.data;
  };

  const pool = new pg.Pool({ connectionString: databaseUrl, max: 3 });
  pool.on('error', () => {}); // idle clients cut when the database is dropped
  cleanups.push({ name: 'pool', fn: () => pool.end() });
  const sql = async (text, params = []) => (await pool.query(text, params)).rows;

  // Admin, workspace, sandbox channel(s): through the public GraphQL API.
  const { setup } = await gql('mutation($input: SetupInput!) { setup(input: $input) { token user { id } } }', {
    input: { email: 'bench@rapport.test', name: 'Bench Admin', password: 'bench-password-long-enough' },
  });
  const token = setup.token;
  const { createWorkspace } = await gql('mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }', { input: { name: 'Bench' } }, token);
  const workspaceId = createWorkspace.id;
  const channelIds = [];
  for (let k = 0; k < CHANNELS; k++) {
    const { connectChannel } = await gql(
      'mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id status } }',
      { input: { workspaceId, type: 'sandbox', displayName: `Sandbox ${k + 1}`, credentials: { accessToken: sandbox.accessToken } } },
      token,
    );
    if (connectChannel.status !== 'CONNECTED') throw new Error(`channel ${k + 1} is ${connectChannel.status}`);
    channelIds.push(connectChannel.id);
  }

  // The posts: bulk SQL (setup only). ceil(TARGETS / CHANNELS) posts, each on up to CHANNELS channels.
  log(`inserting ${TARGETS} targets`);
  const postCount = Math.ceil(TARGETS / CHANNELS);
  const postIds = Array.from({ length: postCount }, () => randomUUID());
  await sql(
    `INSERT INTO post (id, workspace_id, author_id, body, status)
     SELECT id, $2, $3, 'Bench post #' || n, 'DRAFT' FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, n)`,
    [postIds, workspaceId, setup.user.id],
  );
  const targetPostIds = [];
  const targetChannelIds = [];
  const targetTexts = [];
  for (let i = 0; i < TARGETS; i++) {
    const post = Math.floor(i / CHANNELS);
    const channel = i % CHANNELS;
    targetPostIds.push(postIds[post]);
    targetChannelIds.push(channelIds[channel]);
    // Unique per target, so a duplicate on the network shows up as a repeated text.
    targetTexts.push(`Bench post #${post + 1} on channel ${channel + 1} (${runId})`);
  }
  const targets = await sql(
    `INSERT INTO post_target (workspace_id, post_id, channel_id, variant_text, status)
     SELECT $1, p, c, v, 'PENDING' FROM unnest($2::uuid[], $3::uuid[], $4::text[]) AS t(p, c, v)
     RETURNING id`,
    [workspaceId, targetPostIds, targetChannelIds, targetTexts],
  );

  // Workers: separate processes, RAPPORT_ROLE=worker, same database and plugin config.
  log(`starting ${WORKERS} worker process(es) (RAPPORT_JOB_POLLING_SECONDS=${POLLING_SECONDS})`);
  const workers = [];
  for (let w = 0; w < WORKERS; w++) {
    const worker = startWorker(w + 1, { ...sharedEnv, RAPPORT_ROLE: 'worker', BENCH_DATABASE_URL: databaseUrl, BENCH_SANDBOX_URL: proxy.url });
    workers.push(worker);
    cleanups.push({ name: `worker ${w + 1}`, fn: () => worker.stop() });
  }
  await Promise.all(workers.map((w) => w.ready));

  // Due at once: every post SCHEDULED for one instant LEAD_MS ahead, then one job per target, as PostsService.scheduleAt
  // enqueues them (a scheduled post's jobs exist before it falls due).
  const scheduledAt = new Date(Date.now() + LEAD_MS);
  // The same instant on the monotonic clock: the drain is timed from here.
  const dueAt = performance.now() + LEAD_MS;
  await sql(`UPDATE post SET status = 'SCHEDULED', scheduled_at = $2 WHERE workspace_id = $1`, [workspaceId, scheduledAt]);
  const queue = app.get(JobQueue);
  if (hasStatements) await sql('SELECT pg_stat_statements_reset()');
  log(`enqueueing ${targets.length} jobs`);
  const enqueueStarted = performance.now();
  await inBatches(targets, ENQUEUE_CONCURRENCY, (target) =>
    queue.send(PUBLISH_TARGET, { workspaceId, targetId: target.id, scheduledAt: scheduledAt.toISOString() }, { startAfter: scheduledAt }),
  );
  const enqueueMs = performance.now() - enqueueStarted;
  const enqueuedBeforeDue = performance.now() <= dueAt;
  if (!enqueuedBeforeDue) log(`the enqueue overran the lead of ${LEAD_MS} ms: jobs were still being enqueued after they fell due`);
  else await sleep(dueAt - performance.now());

  // Drain: poll the database every 200 ms until every target is PUBLISHED (or FAILED / CANCELLED).
  let counts = {};
  let lastTerminal = -1;
  let lastProgressAt = performance.now();
  let lastReportAt = 0;
  let drainMs = null;
  let stalled = false;
  for (;;) {
    if (interrupted) throw new Error('interrupted');
    const rows = await sql('SELECT status, count(*)::int AS n FROM post_target WHERE workspace_id = $1 GROUP BY status', [workspaceId]);
    counts = Object.fromEntries(rows.map((r) => [r.status, r.n]));
    const now = performance.now();
    const terminal = (counts.PUBLISHED ?? 0) + (counts.FAILED ?? 0) + (counts.CANCELLED ?? 0);
    if (terminal === TARGETS) {
      drainMs = now - dueAt;
      break;
    }
    if (terminal !== lastTerminal) {
      lastTerminal = terminal;
      lastProgressAt = now;
    } else if (now - lastProgressAt > STALL_SECONDS * 1000) {
      stalled = true;
      log(`no progress for ${STALL_SECONDS} s; giving up`);
      break;
    }
    if (now - lastReportAt > 10_000) {
      lastReportAt = now;
      const elapsed = (now - dueAt) / 1000;
      log(`${elapsed.toFixed(0)} s: ${counts.PUBLISHED ?? 0}/${TARGETS} published (${((counts.PUBLISHED ?? 0) / elapsed).toFixed(1)}/s), ${counts.FAILED ?? 0} failed`);
    }
    await sleep(POLL_MS);
  }
  const elapsedMs = drainMs ?? performance.now() - dueAt;

  // Results, from the database, the proxy and the sandbox's in-memory state.
  const [latency] = await sql(
    `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50,
            percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) AS p99,
            max(ms) AS max,
            count(*)::int AS n
       FROM (SELECT extract(epoch FROM (t.published_at - p.scheduled_at)) * 1000 AS ms
               FROM post_target t JOIN post p ON p.id = t.post_id
              WHERE t.workspace_id = $1 AND t.status = 'PUBLISHED') AS l`,
    [workspaceId],
  );
  const [attempts] = await sql(
    `SELECT coalesce(sum(attempts), 0)::int AS total, coalesce(max(attempts), 0)::int AS max,
            count(DISTINCT external_id)::int AS distinct_external_ids
       FROM post_target WHERE workspace_id = $1`,
    [workspaceId],
  );
  const [{ server_version: version }] = await sql('SHOW server_version');
  // Statements run in this database since the enqueue (every process, the drain poll included), per published target.
  const statements = hasStatements
    ? await sql(
        `SELECT calls::int, total_exec_time AS total_ms, left(regexp_replace(query, '\\s+', ' ', 'g'), 110) AS query
           FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
          WHERE d.datname = current_database() AND query !~* 'pg_stat_statements' ORDER BY total_exec_time DESC`,
      )
    : [];
  const published = counts.PUBLISHED ?? 0;
  const failed = counts.FAILED ?? 0;
  const unfinished = TARGETS - published - failed - (counts.CANCELLED ?? 0);
  const repeatedKeys = [...proxy.postsByKey.values()].filter((n) => n > 1).length;
  const extraRequests = [...proxy.postsByKey.values()].reduce((sum, n) => sum + (n - 1), 0);
  const ourTexts = new Set(targetTexts);
  const textCounts = new Map();
  for (const post of sandbox.state.posts.values()) if (ourTexts.has(post.text)) textCounts.set(post.text, (textCounts.get(post.text) ?? 0) + 1);
  const duplicatePosts = [...textCounts.values()].reduce((sum, n) => sum + (n - 1), 0);
  const sandboxPosts = sandbox.state.posts.size;
  const publishRequests = proxy.publishRequests; // before the bare client adds its own

  // The bare client, right after, in the same conditions: BENCH_WORKERS processes with RAPPORT_JOB_CONCURRENCY lanes
  // each, POSTing to the same proxy and sandbox back to back (no app, no database). 0 skips it.
  let bare = null;
  if (BARE_REQUESTS > 0) {
    log(`bare client: ${BARE_REQUESTS} POST /v1/posts from ${WORKERS} process(es)`);
    const perProcess = Math.ceil(BARE_REQUESTS / WORKERS);
    const clients = Array.from({ length: WORKERS }, (_, k) =>
      startWorker(`bare ${k + 1}`, { ...sharedEnv, RAPPORT_ROLE: 'worker', BENCH_DATABASE_URL: databaseUrl, BENCH_SANDBOX_URL: proxy.url, BENCH_SANDBOX_TOKEN: sandbox.accessToken, BENCH_BARE_REQUESTS: String(perProcess) }),
    );
    await Promise.all(clients.map((c) => c.ready));
    const bareStarted = performance.now();
    await Promise.all(clients.map((c) => c.go()));
    bare = { requests: perProcess * WORKERS, ms: performance.now() - bareStarted };
    bare.throughput = bare.requests / (bare.ms / 1000);
    await Promise.all(clients.map((c) => c.stop()));
  }

  // Each worker process makes RAPPORT_JOB_CONCURRENCY network calls at once, each at least one network round trip long.
  const concurrency = WORKERS * loadConfig({ ...sharedEnv, RAPPORT_ROLE: 'worker' }).jobConcurrency;
  const allowed = LATENCY_MS ? concurrency / (LATENCY_MS / 1000) : null;
  const throughput = published / (elapsedMs / 1000);
  const rows = [
    ['targets', fmt.n(TARGETS)],
    ['posts × channels', `${postCount} × ${CHANNELS}`],
    ['workers (processes)', fmt.n(WORKERS)],
    ['sandbox latency', `${LATENCY_MS} ms`],
    ['RAPPORT_JOB_POLLING_SECONDS', POLLING_SECONDS],
    ['enqueue time', `${fmt.s(enqueueMs)} (${LEAD_MS ? `lead ${fmt.s(LEAD_MS)}, ` : ''}${enqueuedBeforeDue ? 'done before the due instant' : 'still enqueueing when due'})`],
    [drainMs == null ? 'time elapsed (NOT drained)' : failed ? 'time to drain (due → all settled)' : 'time to drain (due → all published)', fmt.s(elapsedMs)],
    ['throughput', `${throughput.toFixed(2)} targets/s`],
    ['what the concurrency allows (calls in flight / latency)', allowed == null ? 'n/a' : `${concurrency} / ${LATENCY_MS} ms = ${allowed.toFixed(0)} targets/s`],
    ['share of it reached (target ≥ 90%)', allowed == null ? 'n/a' : `${Math.round((100 * throughput) / allowed)}%`],
    ['bare client, same lanes and proxy, right after', bare ? `${bare.throughput.toFixed(2)} posts/s (${bare.requests} in ${fmt.s(bare.ms)})` : 'skipped'],
    ['Rapport / bare client', bare ? `${(throughput / bare.throughput).toFixed(2)}×` : 'n/a'],
    ['latency p50 (published_at − scheduled_at)', fmt.ms(latency.p50)],
    ['latency p99', fmt.ms(latency.p99)],
    ['latency max', fmt.ms(latency.max)],
    ['published', fmt.n(published)],
    ['failed targets', fmt.n(failed)],
    ['unfinished targets', fmt.n(unfinished)],
    ['publish attempts (sum / max per target)', `${attempts.total} / ${attempts.max}`],
    ['POST /v1/posts requests', fmt.n(publishRequests)],
    ['Idempotency-Keys sent more than once', fmt.n(repeatedKeys)],
    ['duplicate sandbox posts', fmt.n(duplicatePosts)],
    ['sandbox posts / distinct external ids', `${sandboxPosts} / ${attempts.distinct_external_ids}`],
    ['PostgreSQL', `${version} (${databaseKind})`],
    ['machine', `${cpus().length} CPU, Node ${process.version}`],
  ];
  if (statements.length && published && Number(process.env.BENCH_TOP_STATEMENTS ?? 12) > 0) {
    const calls = statements.reduce((sum, s) => sum + s.calls, 0);
    const totalMs = statements.reduce((sum, s) => sum + s.total_ms, 0);
    rows.push(['SQL statements per target (all processes)', `${(calls / published).toFixed(1)} (${(totalMs / published).toFixed(2)} ms execution)`]);
    printTable(
      'Costliest statements (pg_stat_statements, since the enqueue began)',
      ['calls', 'per target', 'total ms', 'statement'],
      statements.slice(0, Number(process.env.BENCH_TOP_STATEMENTS ?? 12)).map((s) => [String(s.calls), (s.calls / published).toFixed(2), s.total_ms.toFixed(0), s.query]),
    );
  }
  printTable(`Publish benchmark (${new Date().toISOString()}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')})`, ['', 'value'], rows);
  await writeResults('publish', { options: { targets: TARGETS, workers: WORKERS, latencyMs: LATENCY_MS, channels: CHANNELS, concurrency, leadMs: LEAD_MS }, throughput, allowed, share: allowed ? throughput / allowed : null, bare, latency, published, failed, unfinished, repeatedKeys, duplicatePosts, enqueueMs, enqueuedBeforeDue, elapsedMs });

  const problems = [];
  if (stalled || unfinished > 0) problems.push(`${unfinished} target(s) never finished`);
  if (failed > 0) problems.push(`${failed} target(s) failed`);
  if (repeatedKeys > 0) problems.push(`${repeatedKeys} target(s) were sent to the network more than once (${extraRequests} extra requests)`);
  if (duplicatePosts > 0) problems.push(`${duplicatePosts} duplicate post(s) on the network`);
  if (problems.length) {
    console.log(`FAIL: ${problems.join('; ')}`);
    process.exitCode = 1;
  } else {
    console.log('OK: every target published exactly once.');
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (interrupted) process.exit(130); // a second Ctrl+C: leave at once
    interrupted = true;
    log(`${signal}: cleaning up`);
    cleanup().finally(() => process.exit(130));
  });
}

await runAndExit(main, cleanup);
