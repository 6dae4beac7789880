// Ingestion benchmark: BENCH_EVENTS signed sandbox webhook events (a share of
// them exact re-deliveries of earlier events) fired at POST /webhooks/:channelId
// with BENCH_CONCURRENCY requests in flight, against Rapport (one API process +
// BENCH_WORKERS worker processes, the sandbox plugin and every built-in rule
// plugin, an INBOUND_MESSAGE policy with every rule that applies to inbound
// messages), then the same events against a bare node:http endpoint that only
// checks the HMAC and INSERTs the row with `pg`. Prints accept throughput and
// latency, end-to-end ingest throughput, rows created (must equal the unique
// events) and the Rapport/bare ratio as a table; exits non-zero when the rows do
// not match or a delivery was not accepted. See bench/README.md.
//
//   npm run bench:ingest                         # 100,000 events, concurrency 50
//   BENCH_EVENTS=5000 npm run bench:ingest       # quick run
//
// Uses the BUILT server (dist/); `npm run bench:ingest` builds first. This one
// file is also the child processes (BENCH_INGEST_ROLE=api | worker | bare).
// Nothing is sent anywhere but 127.0.0.1.
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { SIGNATURE_HEADER, verifyWebhookSignature } from '@rapport/plugin-network-sandbox';
import { distinctText, freePort, intOption, onServer, printTable, prng, withDatabase, runAndExit, serverExecArgv, writeResults } from './lib/common.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const ROLE = process.env.BENCH_INGEST_ROLE;

// ================================================================ child processes

if (ROLE) {
  await runChild(ROLE);
} else {
  await runParent();
}

/** api / worker: the real Rapport app from dist/; bare: the baseline endpoint. Talks to the parent over IPC. */
async function runChild(role) {
  if (!process.send) {
    console.error('BENCH_INGEST_ROLE is set by bench/ingest.mjs for its child processes; run `node bench/ingest.mjs`');
    process.exit(2);
  }
  let stop;
  if (role === 'api' || role === 'worker') {
    const { createApp } = await import('../dist/apps/server/src/bootstrap.js');
    const { loadConfig } = await import('../dist/apps/server/src/config/rapport-config.js');
    const { createLogger } = await import('../dist/apps/server/src/logging/logger.js');
    const { loadPlugins } = await import('../dist/apps/server/src/plugins/plugin-loader.js');
    const config = loadConfig(process.env);
    if (config.role !== role) throw new Error(`expected RAPPORT_ROLE=${role}, got ${config.role}`);
    const registry = await loadPlugins(JSON.parse(process.env.BENCH_PLUGINS));
    const app = await createApp(config, process.env.DATABASE_URL, createLogger(config.logLevel), registry);
    let port = null;
    if (role === 'api') {
      await app.listen(0, '127.0.0.1');
      port = app.getHttpServer().address().port;
    }
    stop = async () => {
      if (role === 'api') app.getHttpServer().closeIdleConnections?.();
      await app.close();
    };
    process.send({ type: 'ready', pid: process.pid, port });
  } else if (role === 'backfill') {
    // A sync's storage side: pages of already-normalised items handed to IngestionService.ingest, as ChannelWorker.sync does.
    const { createApp } = await import('../dist/apps/server/src/bootstrap.js');
    const { loadConfig } = await import('../dist/apps/server/src/config/rapport-config.js');
    const { createLogger } = await import('../dist/apps/server/src/logging/logger.js');
    const { loadPlugins } = await import('../dist/apps/server/src/plugins/plugin-loader.js');
    const { IngestionService } = await import('../dist/apps/server/src/conversations/ingestion.service.js');
    const { Channel } = await import('../dist/apps/server/src/channels/channel.entity.js');
    const { DataSource } = await import('typeorm');
    const config = loadConfig(process.env);
    const registry = await loadPlugins(JSON.parse(process.env.BENCH_PLUGINS));
    const app = await createApp(config, process.env.DATABASE_URL, createLogger(config.logLevel), registry);
    stop = () => app.close();
    const items = JSON.parse(readFileSync(process.env.BENCH_BACKFILL_FILE, 'utf8'));
    const channel = await app.get(DataSource).getRepository(Channel).findOneByOrFail({ id: process.env.BENCH_BACKFILL_CHANNEL });
    const ingestion = app.get(IngestionService);
    const page = Number(process.env.BENCH_BACKFILL_PAGE);
    const started = performance.now();
    let created = 0;
    for (let i = 0; i < items.length; i += page) created += (await ingestion.ingest(channel, items.slice(i, i + page))).created;
    process.send({ type: 'ready', elapsedMs: performance.now() - started, created });
  } else if (role === 'bare') {
    const { server, pool } = await startBareEndpoint(process.env.DATABASE_URL, process.env.BENCH_WEBHOOK_SECRET, Number(process.env.BENCH_BARE_POOL));
    stop = async () => {
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(() => resolve()));
      await pool.end();
    };
    process.send({ type: 'ready', pid: process.pid, port: server.address().port });
  } else {
    throw new Error(`unknown BENCH_INGEST_ROLE ${role}`);
  }
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    try {
      await stop();
    } finally {
      process.exit(0);
    }
  };
  process.on('message', (message) => {
    if (message?.type === 'stop') void shutdown();
  });
  process.on('SIGTERM', () => void shutdown());
  process.on('disconnect', () => void shutdown()); // the parent died: do not linger
}

/**
 * The baseline: what a webhook receiver minimally has to do. Per request it
 * reads the body, checks `X-Sandbox-Signature` (HMAC-SHA256 of the raw body,
 * constant-time compare), parses the event and inserts the message row with
 * one INSERT … ON CONFLICT (channel_id, external_id) DO NOTHING (the same
 * unique key as Rapport's `message`), then answers 202. No framework, no
 * queue, no policies, no contacts or conversations.
 */
async function startBareEndpoint(databaseUrl, secret, poolSize) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, application_name: 'bench-bare' });
  const reply = (res, status, body) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };
  const server = http.createServer((req, res) => {
    const match = req.method === 'POST' && /^\/webhooks\/([0-9a-f-]{36})$/.exec(req.url ?? '');
    if (!match) {
      req.resume();
      return reply(res, 404, { error: 'not found' });
    }
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', async () => {
      try {
        const raw = Buffer.concat(chunks);
        // The same check Rapport's sandbox driver makes, so the baseline does the same work.
        if (!verifyWebhookSignature(secret, raw, req.headers[SIGNATURE_HEADER])) return reply(res, 401, { error: 'invalid signature' });
        let event;
        try {
          event = JSON.parse(raw.toString('utf8'));
        } catch {
          return reply(res, 400, { error: 'malformed payload' });
        }
        if (event?.type !== 'activity.created') return reply(res, 202, { accepted: 0 });
        const a = event.data;
        await pool.query(
          `INSERT INTO bare_message (channel_id, external_id, thread_external_id, kind, author_external_id, author_handle, body, sent_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (channel_id, external_id) DO NOTHING`,
          [match[1], a.id, a.thread_id, a.type, a.author.id, a.author.handle, a.text, a.created_at],
        );
        reply(res, 202, { accepted: 1 });
      } catch (error) {
        reply(res, 500, { error: error.message });
      }
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, pool };
}

// ================================================================ the parent

async function runParent() {
  // ---------------------------------------------------------------- options

  function numberOption(name, fallback, min, max) {
    const raw = process.env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min || value > max) throw new Error(`${name} must be a number from ${min} to ${max}, got "${raw}"`);
    return value;
  }

  const EVENTS = intOption('BENCH_EVENTS', 100_000);
  const CONCURRENCY = intOption('BENCH_CONCURRENCY', 50);
  const WORKERS = intOption('BENCH_WORKERS', 2, 1);
  const DUPLICATE_SHARE = numberOption('BENCH_DUPLICATE_SHARE', 0.1, 0, 0.9);
  const SEED = intOption('BENCH_SEED', 42, 0);
  const DRAIN_TIMEOUT_SECONDS = intOption('BENCH_DRAIN_TIMEOUT_SECONDS', 600);
  const STALL_SECONDS = intOption('BENCH_STALL_SECONDS', 120);
  const BARE_POOL = intOption('BENCH_BARE_POOL', 10);
  const SKIP_BARE = process.env.BENCH_SKIP_BARE === '1';
  // Items of the backfill run (0: none) and the page size a sync would hand over.
  const BACKFILL = intOption('BENCH_BACKFILL', 100_000, 0);
  const BACKFILL_PAGE = intOption('BENCH_BACKFILL_PAGE', 500);
  // 1: the worker processes only start once every delivery is answered, so accepting and ingesting are measured apart.
  const HOLD_WORKERS = process.env.BENCH_HOLD_WORKERS === '1';
  // Diagnostics (embedded PostgreSQL only): auto_explain every statement of the Rapport run slower than this many ms.
  const AUTO_EXPLAIN_MS = intOption('BENCH_AUTO_EXPLAIN_MS', 0, 0);
  // pg-boss 10 refuses anything below 0.5 s. The app's own default is 2 s
  // outside tests; 0.5 is the fastest the queue can be told to look for work.
  const POLLING_SECONDS = process.env.RAPPORT_JOB_POLLING_SECONDS || '0.5';
  const LOG_LEVEL = process.env.BENCH_LOG_LEVEL || 'error';
  const POLL_MS = 100;
  const SECRET = `whsec-bench-${randomBytes(8).toString('hex')}`;

  const log = (message) => process.stderr.write(`[bench:ingest] ${message}\n`);

  // Imported here, not at the top: the child processes do not need them.
  const { startSandboxNetwork } = await import('@rapport/plugin-network-sandbox/server');
  const { signWebhookBody } = await import('@rapport/plugin-network-sandbox');

  // ---------------------------------------------------------------- helpers




  function startChild(name, env) {
    // BENCH_CPU_PROF_DIR: every child writes a V8 CPU profile there when it exits (open it in Chrome DevTools).
    const execArgv = serverExecArgv();
    const child = fork(SELF, [], { env, execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    const ready = new Promise((resolve, reject) => {
      child.once('message', (message) => (message?.type === 'ready' ? resolve(message) : reject(new Error(`${name}: unexpected message`))));
      exited.then(({ code, signal }) => reject(new Error(`${name} exited before it was ready (code ${code}, signal ${signal})`)));
    });
    ready.catch(() => {}); // observed by the caller
    return {
      name,
      pid: child.pid,
      ready,
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

  /** CPU seconds (user + system) a process has used so far, from /proc; null where unavailable. */
  function cpuSeconds(pid) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
    } catch {
      return null;
    }
  }
  /** Busy and total jiffies of the whole machine, from /proc/stat. */
  function machineTicks() {
    try {
      const [cpu] = readFileSync('/proc/stat', 'utf8').split('\n');
      const values = cpu.trim().split(/\s+/).slice(1).map(Number);
      const idle = values[3] + (values[4] ?? 0);
      const total = values.reduce((sum, v) => sum + v, 0);
      return { busy: total - idle, total };
    } catch {
      return null;
    }
  }
  /** CPU seconds of every child process of `parent` (PostgreSQL's backends and helpers), by pid. */
  function childrenCpu(parent) {
    const result = {};
    if (!parent) return result;
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (Number(fields[1]) === parent) result[entry] = (Number(fields[11]) + Number(fields[12])) / 100;
      } catch {
        // gone meanwhile
      }
    }
    return result;
  }
  function cpuSnapshot(pids, postgresPid) {
    return { at: performance.now(), machine: machineTicks(), pids: Object.fromEntries(pids.map((pid) => [pid, cpuSeconds(pid)])), postgres: childrenCpu(postgresPid) };
  }
  /** Per-process CPU use between two snapshots as a share of one core, and the machine's busy share. */
  function cpuBetween(a, b) {
    const seconds = (b.at - a.at) / 1000;
    const perPid = {};
    for (const pid of Object.keys(b.pids)) {
      // A process started during the run (held workers) counts from zero.
      if (b.pids[pid] != null) perPid[pid] = (b.pids[pid] - (a.pids[pid] ?? 0)) / seconds;
    }
    const machine = a.machine && b.machine ? (b.machine.busy - a.machine.busy) / Math.max(1, b.machine.total - a.machine.total) : null;
    // Backends that exited in between are missed; pooled connections live through the run.
    let postgres = null;
    if (Object.keys(b.postgres).length) {
      postgres = 0;
      for (const [pid, used] of Object.entries(b.postgres)) postgres += used - (a.postgres[pid] ?? 0);
      postgres /= seconds;
    }
    return { perPid, machine, postgres };
  }

  function percentile(sorted, p) {
    if (!sorted.length) return null;
    const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
    return sorted[rank];
  }



  const fmt = {
    n: (v) => (v == null ? 'n/a' : Math.round(v).toLocaleString('en-US')),
    rate: (v) => (v == null ? 'n/a' : v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(2)),
    ms: (v) => (v == null ? 'n/a' : v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : v >= 100 ? `${Math.round(v)} ms` : `${v.toFixed(1)} ms`),
    s: (ms) => (ms == null ? 'n/a' : `${(ms / 1000).toFixed(2)} s`),
    pct: (v) => (v == null ? 'n/a' : `${Math.round(100 * v)}%`),
    ratio: (a, b) => (a == null || b == null || b === 0 ? 'n/a' : a / b >= 0.1 ? `${(a / b).toFixed(2)}×` : `${(a / b).toPrecision(2)}×`),
  };

  /**
   * Reads PostgreSQL's log as it streams (auto_explain entries in JSON) and
   * keeps, per statement, how many ran slower than the threshold, their total
   * time, and which tables their plans read with a sequential scan.
   */
  function slowStatementCollector() {
    const ENTRY = /^.*LOG:\s+duration: ([\d.]+) ms\s+plan:\s*$/m;
    const byStatement = new Map();
    let buffer = '';
    let enabled = false;
    const seqScans = (node, found) => {
      if (!node || typeof node !== 'object') return found;
      if (node['Node Type'] === 'Seq Scan' && node['Relation Name']) found.add(node['Relation Name']);
      for (const child of node.Plans ?? []) seqScans(child, found);
      return found;
    };
    const take = (ms, text) => {
      const json = text.slice(0, text.lastIndexOf('}') + 1);
      let entry;
      try {
        entry = JSON.parse(json);
      } catch {
        return;
      }
      const query = String(entry['Query Text'] ?? '').replace(/\s+/g, ' ').trim();
      const key = query.slice(0, 90);
      const stat = byStatement.get(key) ?? { count: 0, totalMs: 0, maxMs: 0, seq: new Set() };
      stat.count += 1;
      stat.totalMs += ms;
      stat.maxMs = Math.max(stat.maxMs, ms);
      seqScans(entry.Plan, stat.seq);
      byStatement.set(key, stat);
    };
    const drain = (final) => {
      for (;;) {
        const first = ENTRY.exec(buffer);
        if (!first) {
          if (buffer.length > 1_000_000) buffer = buffer.slice(-100_000);
          return;
        }
        const rest = buffer.slice(first.index + first[0].length);
        // The entry ends where the next log line starts (a line not indented by the JSON's tab).
        const end = rest.search(/\n(?=[^\t\s{}\]])/);
        if (end < 0 && !final) return;
        take(Number(first[1]), end < 0 ? rest : rest.slice(0, end));
        buffer = end < 0 ? '' : rest.slice(end + 1);
      }
    };
    return {
      onLog(message) {
        if (!enabled) return;
        buffer += message.startsWith('[STDERR] ') ? message.slice(9) : message;
        drain(false);
      },
      start() {
        enabled = true;
      },
      stop() {
        drain(true);
        enabled = false;
      },
      byStatement,
    };
  }

  // ---------------------------------------------------------------- the events

  const W = {
    first: ['ana', 'marc', 'lea', 'tom', 'sofia', 'karim', 'julie', 'ben', 'nora', 'hugo', 'emma', 'yuki', 'omar', 'ines', 'paul', 'chloe', 'raj', 'mia', 'leo', 'zoe'],
    last: ['martin', 'smith', 'dubois', 'garcia', 'nguyen', 'muller', 'rossi', 'kim', 'silva', 'bernard', 'lopez', 'weber'],
    product: ['sneakers', 'rain jacket', 'backpack', 'coffee grinder', 'desk lamp', 'headphones', 'yoga mat', 'water bottle', 'wool scarf', 'phone case'],
    size: ['size 38', 'size 44', 'XL', 'small', 'navy blue', 'the 2 L version'],
    city: ['Lyon', 'Berlin', 'Leeds', 'Porto', 'Ghent', 'Toronto', 'Austin', 'Milan', 'Oslo', 'Cork'],
    villeFR: ['Lyon', 'Lille', 'Nantes', 'Marseille', 'Toulouse', 'Rennes', 'Bordeaux', 'Strasbourg'],
    produitFR: ['sac à dos', 'moulin à café', 'casque', 'tapis de yoga', 'imperméable'],
    day: ['Saturday', 'Sunday', 'Monday', 'Easter Monday', 'Christmas Eve', 'Friday evening'],
    staff: ['Sam', 'Priya', 'Lukas', 'Maud', 'Jo'],
    emoji: ['', '', '', ' 🙏', ' 😍', ' 🔥', ' 😡', ' 🤔', ' ❤️', ' 👍'],
    shortener: ['bit.ly/3xYz9', 'tinyurl.com/fr33', 'cutt.ly/win', 't.co/AbC12', 'rb.gy/q1w2'],
    domain: ['cheap-followers.biz', 'win-free-stuff.io/claim', 'crypto-gains.app/x', 'www.best-deals-4u.net'],
    wallet: ['0x5290A1B2c3D4e5F60718293A4b5C6d7E8f9009EE7', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq'],
    swear: ['f*cking', 'sh1t', 'damn', 'bullsh!t', 'crap', 'fuuuucking'],
    insult: ['idiots', 'clowns', 'morons', 'incompetent fools'],
    competitor: ['MegaMart', 'QuickBuy', 'Shopzilla'],
  };
  const TEMPLATES = {
    question: [
      (p) => `Do you deliver to ${p.city}?`,
      (p) => `Hi! What time do you open on ${p.day}?`,
      (p) => `Is the ${p.product} available in ${p.size}?`,
      (p) => `How long does shipping to ${p.city} usually take${p.emoji}`,
      (p) => `can I still return my ${p.product} after 30 days`,
      (p) => `Any discount for students?`,
      (p) => `Where is my order #${p.order}? It says shipped 5 days ago.`,
      (p) => `Could you tell me if the ${p.product} is waterproof`,
    ],
    complaint: [
      () => `The delivery was two weeks late and nobody answered my emails. Very disappointed.`,
      (p) => `My ${p.product} arrived broken. Second time this happens. Terrible service.${p.emoji}`,
      (p) => `Still waiting for my refund for order #${p.order}, this is unacceptable`,
      () => `Customer support hung up on me twice. Worst experience ever.`,
      (p) => `The ${p.product} stopped working after 3 days, really poor quality.`,
      (p) => `Charged twice for order #${p.order} and no answer from anyone. Not happy at all.`,
    ],
    praise: [
      (p) => `@brand love the new ${p.product}!${p.emoji}`,
      (p) => `Great service at the ${p.city} store, thanks ${p.staff}!`,
      () => `Five stars, fast delivery and lovely packaging 😍`,
      (p) => `Best ${p.product} I have ever bought, highly recommend`,
      () => `Thank you for the quick reply yesterday, problem solved!`,
      (p) => `The ${p.product} is amazing, wearing it every day${p.emoji}`,
    ],
    spam: [
      (p) => `FREE crypto giveaway!!! DM me to claim: ${p.shortener}`,
      (p) => `Earn $500/day from home, click ${p.shortener} now`,
      (p) => `Follow me for follow back 🔥🔥🔥 ${p.shortener} ${p.shortener}`,
      (p) => `Send 0.1 ETH to ${p.wallet} and get 1 ETH back, guaranteed`,
      (p) => `Cheap followers and likes at ${p.domain} and ${p.domain}`,
    ],
    french: [
      (p) => `Bonjour, vous livrez à ${p.villeFR} ?`,
      (p) => `Commande #${p.order} toujours pas reçue, c'est inadmissible.`,
      (p) => `Super accueil au magasin de ${p.villeFR}, merci !${p.emoji}`,
      (p) => `Est-ce que le ${p.produitFR} existe en bleu ?`,
      () => `Service client injoignable depuis une semaine, très déçu.`,
      () => `Pouvez-vous me rappeler demain ? Merci de me confirmer l'heure.`,
    ],
    abuse: [
      (p) => `This is ${p.swear} ridiculous, where is my package`,
      (p) => `You are a bunch of ${p.insult}, ${p.swear} company`,
      (p) => `wtf is wrong with your website, ${p.swear} checkout broke again`,
    ],
    competitor: [
      (p) => `${p.competitor} ships faster and cheaper than you`,
      (p) => `Thinking of switching to ${p.competitor} honestly`,
      (p) => `Saw the same ${p.product} at ${p.competitor} for half the price`,
    ],
    neutral: [
      () => `ok thanks`,
      () => `👍`,
      () => `Saw your ad on TV yesterday`,
      (p) => `My sister told me about you, she lives in ${p.city}`,
      () => `Following!`,
      (p) => `Tagging @${p.first} for this one`,
    ],
  };
  const MIX = [
    ['question', 22],
    ['complaint', 14],
    ['praise', 20],
    ['spam', 10],
    ['french', 12],
    ['abuse', 5],
    ['competitor', 4],
    ['neutral', 13],
  ];

  /**
   * The unique activity, injected into the sandbox (so hide calls find real
   * comments there), then one webhook event body per delivery: the unique
   * events in order with DUPLICATE_SHARE of the deliveries being exact
   * re-deliveries (same bytes, signed again when sent) of an event among the last
   * 2,000 unique ones. Deterministic for a seed except the sandbox's ids and
   * timestamps.
   */
  async function generateEvents(sandbox, postIds) {
    const random = prng(SEED);
    const pick = (list) => list[Math.floor(random() * list.length)];
    const slots = Object.defineProperties(
      { get order() { return String(100000 + Math.floor(random() * 900000)); } },
      Object.fromEntries(Object.entries(W).map(([key, list]) => [key, { get: () => pick(list) }])),
    );
    const totalWeight = MIX.reduce((sum, [, w]) => sum + w, 0);
    const kindOf = () => {
      let roll = random() * totalWeight;
      for (const [kind, weight] of MIX) if ((roll -= weight) < 0) return kind;
      return MIX[0][0];
    };
    const duplicates = Math.round(EVENTS * DUPLICATE_SHARE);
    const unique = EVENTS - duplicates;
    // Authors: about one per 8 unique events, a few of them prolific (squared draw), 3% spam bots.
    const authorCount = Math.max(20, Math.ceil(unique / 8));
    const authors = Array.from({ length: authorCount }, (_, i) => {
      const first = W.first[i % W.first.length];
      const last = W.last[Math.floor(i / W.first.length) % W.last.length];
      return { handle: `${first}_${last}${i}`, name: `${first[0].toUpperCase()}${first.slice(1)} ${last[0].toUpperCase()}${last.slice(1)}` };
    });
    const bots = authors.slice(0, Math.max(2, Math.round(authorCount * 0.03))).map((a, i) => ({ handle: `promo_bot_${i}`, name: a.name }));
    const humans = authors.slice(bots.length);
    const author = () => humans[Math.floor(humans.length * random() ** 2)];

    const hotComments = []; // the first top-level comments: later replies join these threads
    const items = [];
    const kinds = {};
    const threadKinds = { comment: 0, reply: 0, mention: 0, direct_message: 0 };
    for (let i = 0; i < unique; i++) {
      const kind = kindOf();
      kinds[kind] = (kinds[kind] ?? 0) + 1;
      let text = pick(TEMPLATES[kind])(slots);
      if (kind !== 'spam' && random() < 0.2) text += ' ' + pick(TEMPLATES[kindOf()])(slots);
      text = distinctText(kind, text, i);
      const who = kind === 'spam' ? pick(bots) : author();
      const roll = random();
      let item;
      if (roll < 0.35 || (roll < 0.6 && hotComments.length === 0)) {
        item = await sandbox.inject.comment({ text, post_id: pick(postIds), author: who });
        if (hotComments.length < 1000) hotComments.push(item.id);
        threadKinds.comment++;
      } else if (roll < 0.6) {
        item = await sandbox.inject.comment({ text, in_reply_to_id: pick(hotComments), author: who });
        threadKinds.reply++;
      } else if (roll < 0.75) {
        item = await sandbox.inject.mention({ text, author: who });
        threadKinds.mention++;
      } else {
        item = await sandbox.inject.dm({ text, author: who });
        threadKinds.direct_message++;
      }
      const body = JSON.stringify({ id: `evt_${i + 1}`, type: 'activity.created', created_at: item.created_at, data: item });
      items.push({ externalId: item.id, threadId: item.thread_id, body });
    }

    // Which deliveries are re-deliveries: `duplicates` random positions after the first.
    const positions = Array.from({ length: EVENTS - 1 }, (_, k) => k + 1);
    for (let k = 0; k < duplicates; k++) {
      const j = k + Math.floor(random() * (positions.length - k));
      [positions[k], positions[j]] = [positions[j], positions[k]];
    }
    const isDuplicate = new Uint8Array(EVENTS);
    for (let k = 0; k < duplicates; k++) isDuplicate[positions[k]] = 1;
    const deliveries = [];
    let next = 0;
    for (let d = 0; d < EVENTS; d++) {
      if (isDuplicate[d] && next > 0) {
        deliveries.push({ index: next - 1 - Math.floor(random() * Math.min(next, 2000)), duplicate: true });
      } else {
        deliveries.push({ index: next++, duplicate: false });
      }
    }
    const threads = new Set(items.map((i) => i.threadId)).size;
    const averageLength = items.reduce((sum, i) => sum + i.body.length, 0) / items.length;
    return { items, deliveries, unique: next, duplicates: EVENTS - next, kinds, threadKinds, threads, authors: authorCount, averageLength };
  }

  // ---------------------------------------------------------------- load

  /**
   * Fires every delivery at `url` with CONCURRENCY requests in flight over
   * keep-alive connections (node:http with a keep-alive agent: Node's fetch
   * spent about 1 ms of CPU per request in this process, CPU that the measured
   * servers share on a small machine). Records each request's latency (send →
   * full answer read) and the wall time of the first delivery's start of each
   * unique event (for delivery → row latency).
   */
  async function fire(url, events) {
    const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const post = (body, headers) =>
      new Promise((resolve, reject) => {
        const request = http.request(url, { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (response) => {
          response.on('data', () => {});
          response.on('end', () => resolve(response.statusCode));
          response.on('error', reject);
        });
        request.on('error', reject);
        request.end(body);
      });
    const { items, deliveries } = events;
    const latencies = new Float64Array(deliveries.length);
    const firstSentAt = new Float64Array(items.length).fill(Number.NaN);
    const statuses = new Map();
    const errors = [];
    let next = 0;
    const started = performance.now();
    const lanes = Array.from({ length: Math.min(CONCURRENCY, deliveries.length) }, async () => {
      while (next < deliveries.length) {
        const d = next++;
        const item = items[deliveries[d].index];
        const t0 = performance.now();
        if (Number.isNaN(firstSentAt[deliveries[d].index])) firstSentAt[deliveries[d].index] = performance.timeOrigin + t0;
        let status;
        try {
          // Signed when sent: the sandbox's signature carries a timestamp, and a run longer than its replay window would see 401s.
          status = await post(item.body, { 'content-type': 'application/json', [SIGNATURE_HEADER]: signWebhookBody(SECRET, item.body) });
        } catch (error) {
          status = 'error';
          if (errors.length < 5) errors.push(error.message);
        }
        latencies[d] = performance.now() - t0;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    });
    await Promise.all(lanes);
    const elapsedMs = performance.now() - started;
    agent.destroy();
    const sorted = Float64Array.from(latencies).sort();
    return {
      started,
      elapsedMs,
      statuses,
      errors,
      accepted: statuses.get(202) ?? 0,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      max: sorted[sorted.length - 1],
      firstSentAt,
    };
  }

  /**
   * Sends the load and watches the rows: from the first request until
   * `countRows()` reaches the unique events (or the timeout / a stall). Also
   * samples `sample()` (if given) during the send phase.
   */
  async function runTarget(label, url, events, countRows, { sample, afterSend, onSent } = {}) {
    const unique = events.unique;
    const sending = fire(url, events);
    let sent = null;
    sending.then((result) => (sent = result), () => {});
    const started = performance.now();
    let rows = 0;
    let allRowsAt = null;
    let lastRows = -1;
    let lastProgressAt = started;
    let lastReportAt = started;
    let lastReportRows = 0;
    let stopped = null;
    let drainStartedAt = null;
    let onSentResult;
    const samples = [];
    for (;;) {
      if (sample && !sent) samples.push(await sample());
      if (sent && onSent && onSentResult === undefined) onSentResult = await onSent();
      if (sent && afterSend && drainStartedAt == null) {
        await afterSend();
        drainStartedAt = performance.now();
        lastProgressAt = drainStartedAt;
      }
      rows = await countRows();
      const now = performance.now();
      if (rows >= unique) {
        // The sender may finish after the rows are in (bare: the row is written before the 202); take the later.
        allRowsAt = now;
        break;
      }
      if (rows !== lastRows) {
        lastRows = rows;
        lastProgressAt = now;
      } else if (sent && now - lastProgressAt > STALL_SECONDS * 1000) {
        stopped = `no new row for ${STALL_SECONDS} s`;
        break;
      }
      if (now - started > DRAIN_TIMEOUT_SECONDS * 1000) {
        stopped = `BENCH_DRAIN_TIMEOUT_SECONDS=${DRAIN_TIMEOUT_SECONDS} reached`;
        break;
      }
      if (now - lastReportAt > 10_000) {
        const elapsed = (now - started) / 1000;
        const recent = (rows - lastReportRows) / ((now - lastReportAt) / 1000);
        log(`${label} ${elapsed.toFixed(0)} s: ${sent ? `all ${EVENTS} sent` : 'sending'}, ${rows}/${unique} rows (${(rows / elapsed).toFixed(1)}/s overall, ${recent.toFixed(1)}/s in the last ${((now - lastReportAt) / 1000).toFixed(0)} s)`);
        lastReportAt = now;
        lastReportRows = rows;
      }
      // Poll at 1% of the elapsed time (100 ms to 1 s): the end time is within 1%, and the count(*) stays cheap for PostgreSQL.
      await sleep(sent ? Math.min(1000, Math.max(POLL_MS, (now - started) / 100)) : 250);
    }
    // Bare writes the row before answering, so its rows can all be in before the last answer is read.
    if (!sent) sent = await sending;
    if (onSent && onSentResult === undefined) onSentResult = await onSent(); // stopped before the last answer
    const endToEndMs = allRowsAt == null ? null : Math.max(allRowsAt, sent.started + sent.elapsedMs) - sent.started;
    const drainMs = drainStartedAt == null || allRowsAt == null ? null : allRowsAt - drainStartedAt;
    return { sent, rows, endToEndMs, drainMs, elapsedMs: performance.now() - sent.started, stopped, samples, onSentResult };
  }

  /** Ingest rate in 10 slices of the rows in time order (row timestamps): does it hold up as the tables grow? */
  function rateBySlice(rowTimes) {
    const times = rowTimes.map((r) => Number(r.ms)).sort((a, b) => a - b);
    const slices = [];
    const size = Math.ceil(times.length / 10);
    for (let k = 0; k * size < times.length; k++) {
      const from = k * size;
      const to = Math.min(times.length, from + size) - 1;
      const previous = from > 0 ? times[from - 1] : times[0];
      const seconds = (times[to] - previous) / 1000;
      slices.push({ from: from + 1, to: to + 1, seconds, rate: seconds > 0 ? (to - from + 1) / seconds : null });
    }
    return slices;
  }

  /** Delivery → row latency: each unique event's row time minus the start of its first delivery. */
  function rowLatency(rows, events, firstSentAt) {
    const indexOf = new Map(events.items.map((item, index) => [item.externalId, index]));
    const values = [];
    for (const { external_id: externalId, ms } of rows) {
      const index = indexOf.get(externalId);
      if (index === undefined || Number.isNaN(firstSentAt[index])) continue;
      values.push(Number(ms) - firstSentAt[index]);
    }
    values.sort((a, b) => a - b);
    return { p50: percentile(values, 50), p99: percentile(values, 99) };
  }

  // ---------------------------------------------------------------- run

  const cleanups = [];
  async function cleanup() {
    while (cleanups.length) {
      const { name, fn } = cleanups.pop();
      try {
        await fn();
      } catch (error) {
        log(`cleanup (${name}) failed: ${error.message}`);
      }
    }
  }
  let interrupted = false;
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (interrupted) process.exit(130);
      interrupted = true;
      log(`${signal}: cleaning up`);
      cleanup().finally(() => process.exit(130));
    });
  }

  async function main() {
    const loadAtStart = loadavg();
    const runId = randomBytes(4).toString('hex');
    const stateDir = mkdtempSync(join(tmpdir(), 'rapport-bench-ingest-'));
    chmodSync(stateDir, 0o755); // as root, the embedded PostgreSQL runs as another OS user
    cleanups.push({ name: 'temp dir', fn: () => rmSync(stateDir, { recursive: true, force: true }) });

    // PostgreSQL: DATABASE_URL's server, or a throwaway embedded one.
    let serverUrl = process.env.DATABASE_URL;
    let databaseKind = 'external (DATABASE_URL)';
    let postgresPid = null;
    const slowLog = slowStatementCollector();
    if (!serverUrl) {
      const { EmbeddedDatabase } = await import('../dist/apps/server/src/database/embedded-postgres.js');
      const embedded = new EmbeddedDatabase({ dataDir: join(stateDir, 'pgdata'), port: await freePort(), onLog: (line) => slowLog.onLog(line) });
      log('starting embedded PostgreSQL');
      await embedded.start();
      cleanups.push({ name: 'embedded PostgreSQL', fn: () => embedded.stop() });
      serverUrl = embedded.url;
      databaseKind = 'embedded';
      try {
        postgresPid = Number(readFileSync(join(stateDir, 'pgdata', 'postmaster.pid'), 'utf8').split('\n')[0]);
      } catch {
        postgresPid = null;
      }
    }
    const databaseName = `rapport_bench_ingest_${runId}`;
    await onServer(serverUrl, `CREATE DATABASE ${databaseName}`);
    cleanups.push({ name: 'drop database', fn: () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`) });
    const databaseUrl = withDatabase(serverUrl, databaseName);
    if (AUTO_EXPLAIN_MS) {
      if (process.env.DATABASE_URL) {
        log('BENCH_AUTO_EXPLAIN_MS needs the embedded PostgreSQL (its log is read here); ignored');
      } else {
        // Every new connection to the bench database loads auto_explain; plans of slow statements go to the server log, read by slowLog.
        await onServer(serverUrl, `ALTER DATABASE ${databaseName} SET session_preload_libraries = 'auto_explain'`);
        await onServer(serverUrl, `ALTER DATABASE ${databaseName} SET auto_explain.log_min_duration = '${AUTO_EXPLAIN_MS}ms'`);
        await onServer(serverUrl, `ALTER DATABASE ${databaseName} SET auto_explain.log_format = 'json'`);
        log(`auto_explain: plans of statements slower than ${AUTO_EXPLAIN_MS} ms are collected (this slows the run down)`);
      }
    }
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 2, application_name: 'bench-observer' });
    cleanups.push({ name: 'pool', fn: () => pool.end() });
    const sql = async (text, params = []) => (await pool.query(text, params)).rows;

    // The sandbox network: where the workers' hide (and any auto-reply) calls go. No webhook configured: we deliver.
    const sandbox = await startSandboxNetwork({ host: '127.0.0.1', port: 0, latencyMs: 0 });
    cleanups.push({ name: 'sandbox', fn: () => sandbox.close() });

    // Every built-in rule plugin (plugins/rule-*), by package name, plus the sandbox plugin.
    const rulePackages = readdirSync(join(ROOT, 'plugins'))
      .filter((name) => name.startsWith('rule-') && existsSync(join(ROOT, 'plugins', name, 'package.json')))
      .sort()
      .map((name) => JSON.parse(readFileSync(join(ROOT, 'plugins', name, 'package.json'), 'utf8')).name);
    const plugins = [
      { specifier: '@rapport/plugin-network-sandbox', baseDir: '/', options: { baseUrl: sandbox.url } },
      ...rulePackages.map((specifier) => ({ specifier, baseDir: '/', options: {} })),
    ];

    const sharedEnv = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      RAPPORT_SECRET: randomBytes(32).toString('hex'),
      RAPPORT_STATE_DIR: stateDir,
      RAPPORT_DEMO_WORKSPACE: 'false',
      RAPPORT_JOB_POLLING_SECONDS: POLLING_SECONDS,
      // No polling sync during the run: every row must come from a webhook delivery.
      RAPPORT_SYNC_INTERVAL_SECONDS: '86400',
      RAPPORT_BCRYPT_COST: process.env.RAPPORT_BCRYPT_COST || '4',
      LOG_LEVEL,
      BENCH_PLUGINS: JSON.stringify(plugins),
    };

    // Pollers per queue per worker process (RAPPORT_JOB_CONCURRENCY; absent from older builds).
    const { loadConfig } = await import('../dist/apps/server/src/config/rapport-config.js');
    const jobConcurrency = loadConfig(sharedEnv).jobConcurrency;

    // The API process (RAPPORT_ROLE=api): serves GraphQL and the webhooks, enqueues, never works jobs. It migrates the fresh database.
    log(`starting the API process (RAPPORT_ROLE=api) with ${plugins.length} plugins and migrating`);
    const api = startChild('api', { ...sharedEnv, RAPPORT_ROLE: 'api', BENCH_INGEST_ROLE: 'api' });
    cleanups.push({ name: 'api process', fn: () => api.stop() });
    const { port: apiPort } = await api.ready;
    const base = `http://127.0.0.1:${apiPort}`;
    const gql = async (query, variables, token) => {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = await response.json();
      if (body.errors?.length) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
      return body.data;
    };

    // Admin, workspace, channel (with its webhook secret), policy: through the public GraphQL API.
    const { setup } = await gql('mutation($input: SetupInput!) { setup(input: $input) { token } }', {
      input: { email: 'bench@rapport.test', name: 'Bench Admin', password: 'bench-password-long-enough' },
    });
    const token = setup.token;
    const workspaceId = (await gql('mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }', { input: { name: 'Ingest bench' } }, token)).createWorkspace.id;
    const { connectChannel } = await gql(
      'mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id status } }',
      { input: { workspaceId, type: 'sandbox', displayName: 'Sandbox (webhooks)', credentials: { accessToken: sandbox.accessToken, webhookSecret: SECRET } } },
      token,
    );
    if (connectChannel.status !== 'CONNECTED') throw new Error(`the channel is ${connectChannel.status}`);
    const channelId = connectChannel.id;

    // One INBOUND_MESSAGE policy: every loaded rule that applies to inbound messages, with a sensible action.
    const { ruleTypes } = await gql('{ ruleTypes { code appliesTo plugin } }', {}, token);
    const inboundRules = ruleTypes.filter((r) => r.appliesTo.includes('inbound_message')).map((r) => r.code).sort();
    const RULE_CONFIG = {
      spam: { action: 'HIDE' },
      profanity: { action: 'HIDE' }, // the engine escalates instead when it is honest criticism
      'sentiment-and-criticism': { action: 'ESCALATE' },
      'question-detector': { action: 'LABEL' },
      'banned-terms': { action: 'LABEL', labels: ['competitor'], args: { terms: W.competitor.map((term) => ({ term, reason: 'competitor' })) } },
    };
    const policyRules = inboundRules.map((rule) => ({ rule, ...(RULE_CONFIG[rule] ?? { action: 'LABEL' }) }));
    await gql('mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { id } }', { input: { workspaceId, name: 'Inbound triage', scope: 'INBOUND_MESSAGE', rules: policyRules } }, token);
    log(`policy: ${policyRules.map((r) => `${r.rule}→${r.action}`).join(', ')} (rule plugins loaded: ${ruleTypes.map((r) => r.code).sort().join(', ')})`);

    // Workers: separate processes, RAPPORT_ROLE=worker, sharing the pg-boss queue.
    log(`starting ${WORKERS} worker process(es) (RAPPORT_JOB_POLLING_SECONDS=${POLLING_SECONDS}, RAPPORT_JOB_CONCURRENCY=${jobConcurrency ?? 'n/a'})`);
    let workers = [];
    const startWorkers = async () => {
      const started = [];
      for (let w = 0; w < WORKERS; w++) {
        const worker = startChild(`worker ${w + 1}`, { ...sharedEnv, RAPPORT_ROLE: 'worker', BENCH_INGEST_ROLE: 'worker' });
        started.push(worker);
        cleanups.push({ name: `worker ${w + 1}`, fn: () => worker.stop() });
      }
      await Promise.all(started.map((w) => w.ready));
      workers = started;
    };
    await startWorkers();

    // Connecting queued the channel's first sync; let it run on the still empty sandbox so it never pulls our events.
    const syncDeadline = Date.now() + 60_000;
    while (!(await sql('SELECT last_synced_at FROM channel WHERE id = $1', [channelId]))[0].last_synced_at) {
      if (Date.now() > syncDeadline) throw new Error('the first sync of the channel did not run within 60 s');
      await sleep(200);
    }
    const [{ last_synced_at: syncedBefore }] = await sql('SELECT last_synced_at FROM channel WHERE id = $1', [channelId]);
    if (HOLD_WORKERS) {
      log('BENCH_HOLD_WORKERS=1: stopping the workers until every delivery is answered');
      for (const worker of workers) await worker.stop();
      workers = [];
    }

    // The activity: a few posts of ours, then the inbound items, injected into the sandbox (not delivered by it).
    const postIds = [];
    for (let p = 0; p < 20; p++) {
      const response = await fetch(`${sandbox.url}/v1/posts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${sandbox.accessToken}` },
        body: JSON.stringify({ text: `Bench post ${p + 1}: new collection, tell us what you think!` }),
      });
      postIds.push((await response.json()).id);
    }
    log(`generating ${EVENTS} events (seed ${SEED}, ${Math.round(DUPLICATE_SHARE * 100)}% re-deliveries)`);
    const generatedAt = performance.now();
    const events = await generateEvents(sandbox, postIds);
    log(
      `${events.unique} unique + ${events.duplicates} re-deliveries in ${((performance.now() - generatedAt) / 1000).toFixed(1)} s; ` +
        `${events.threads} threads, ${events.authors} authors, ${Math.round(events.averageLength)} bytes per body; ` +
        `texts: ${Object.entries(events.kinds).map(([k, v]) => `${k} ${v}`).join(', ')}; ` +
        `items: ${Object.entries(events.threadKinds).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    );

    // ---------------------------------------------------------------- Rapport
    const cpuPids = () => [process.pid, api.pid, ...workers.map((w) => w.pid)];
    const countRapport = async () => (await sql("SELECT count(*)::int AS n FROM message WHERE channel_id = $1 AND direction = 'INBOUND'", [channelId]))[0].n;
    const sampleConnections = async () =>
      sql("SELECT coalesce(nullif(application_name, ''), 'typeorm') AS app, state, count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name NOT LIKE 'bench%' GROUP BY 1, 2");
    log(`Rapport: firing ${EVENTS} deliveries at ${base}/webhooks/${channelId} (concurrency ${CONCURRENCY})`);
    const tableStats = async () =>
      Object.fromEntries(
        (await sql(
          `SELECT coalesce('pgboss job: ' || q.name, s.relname) AS relname, s.seq_scan, s.seq_tup_read, coalesce(s.idx_scan, 0) AS idx_scan
             FROM pg_stat_user_tables s LEFT JOIN pgboss.queue q ON s.schemaname = 'pgboss' AND q.partition_name = s.relname
            WHERE (s.schemaname = 'public' AND s.relname IN ('message', 'contact', 'conversation', 'channel', 'policy', 'post_target'))
               OR q.name IN ('ingest-inbound-items', 'set-message-visibility')`,
        )).map((r) => [r.relname, r]),
      );
    const tablesBefore = await tableStats();
    if (AUTO_EXPLAIN_MS) slowLog.start();
    const cpuStart = cpuSnapshot(cpuPids(), postgresPid);
    const afterSend = HOLD_WORKERS
      ? async () => {
          log('all deliveries answered: starting the workers');
          await startWorkers();
        }
      : undefined;
    // When the last delivery is answered the backlog is at its largest: how does PostgreSQL run pg-boss's fetch then?
    // (EXPLAIN without ANALYZE executes nothing and locks nothing; the statement is the SELECT of pg-boss 10's fetchNextJob.)
    const onSent = async () => {
      const [{ n: backlog }] = await sql("SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'ingest-inbound-items' AND state < 'active'");
      const [{ n: partition }] = await sql("SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'ingest-inbound-items'");
      const plan = (await sql(
        `EXPLAIN SELECT id, singleton_key, policy FROM pgboss.job WHERE name = 'ingest-inbound-items' AND state < 'active' AND start_after < now()
          ORDER BY priority desc, created_on, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
      )).map((r) => r['QUERY PLAN']);
      return { backlog, partition, plan };
    };
    const rapport = await runTarget('Rapport', `${base}/webhooks/${channelId}`, events, countRapport, { sample: sampleConnections, afterSend, onSent });
    const cpuEnd = cpuSnapshot(cpuPids(), postgresPid);
    if (AUTO_EXPLAIN_MS) slowLog.stop();
    await sleep(600); // table statistics reach pg_stat_user_tables with a short delay
    const tablesAfter = await tableStats();
    // The accept phase is over when the last answer is in; CPU over the whole run (send + drain).
    log(`Rapport: ${rapport.sent.accepted}/${EVENTS} accepted in ${fmt.s(rapport.sent.elapsedMs)}; ${rapport.rows}/${events.unique} rows after ${fmt.s(rapport.elapsedMs)}${rapport.stopped ? ` (stopped: ${rapport.stopped})` : ''}`);

    // The remaining ingest jobs are re-deliveries: let them finish, so a late duplicate row would be seen.
    const queueDeadline = performance.now() + (rapport.stopped ? 0 : 60_000);
    let pendingIngest = 0;
    for (;;) {
      pendingIngest = (await sql("SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'ingest-inbound-items' AND state IN ('created', 'retry', 'active')"))[0].n;
      if (pendingIngest === 0 || performance.now() > queueDeadline) break;
      await sleep(250);
    }
    const rapportRows = await countRapport();
    const [rapportDistinct] = await sql("SELECT count(DISTINCT external_id)::int AS n FROM message WHERE channel_id = $1 AND direction = 'INBOUND'", [channelId]);
    const rapportRowTimes = await sql("SELECT external_id, extract(epoch FROM created_at) * 1000 AS ms FROM message WHERE channel_id = $1 AND direction = 'INBOUND'", [channelId]);
    const rapportRowLatency = rowLatency(rapportRowTimes, events, rapport.sent.firstSentAt);
    const slices = rateBySlice(rapportRowTimes);
    // The author-history query of IngestionService.ingestOne, for the most prolific contact: how PostgreSQL runs it now.
    const [prolific] = await sql("SELECT contact_id, count(*)::int AS n FROM message WHERE channel_id = $1 AND direction = 'INBOUND' GROUP BY 1 ORDER BY 2 DESC LIMIT 1", [channelId]);
    const explain = prolific
      ? (await sql(
          `EXPLAIN (ANALYZE, COSTS OFF, TIMING ON) SELECT body FROM message WHERE contact_id = $1 AND direction = 'INBOUND' AND id <> $2 ORDER BY sent_at DESC LIMIT 10`,
          [prolific.contact_id, '00000000-0000-4000-8000-000000000000'],
        )).map((r) => r['QUERY PLAN'])
      : [];
    const [outcomes] = await sql(
      `SELECT count(*) FILTER (WHERE m.visibility = 'HIDDEN')::int AS hidden,
              count(*) FILTER (WHERE cardinality(m.labels) > 0)::int AS labelled,
              count(*) FILTER (WHERE 'question' = ANY (m.labels))::int AS questions,
              count(*) FILTER (WHERE 'competitor' = ANY (m.labels))::int AS competitor,
              count(*) FILTER (WHERE jsonb_array_length(m.findings) > 0)::int AS with_findings
         FROM message m WHERE m.channel_id = $1 AND m.direction = 'INBOUND'`,
      [channelId],
    );
    const [threadOutcomes] = await sql(
      `SELECT count(*)::int AS conversations, count(*) FILTER (WHERE escalated)::int AS escalated,
              (SELECT count(*)::int FROM contact WHERE channel_id = $1) AS contacts
         FROM conversation WHERE channel_id = $1`,
      [channelId],
    );
    const jobStats = await sql(
      `SELECT name, state, count(*)::int AS n,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM completed_on - started_on) * 1000) AS run_p50,
              percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM completed_on - started_on) * 1000) AS run_p99,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM started_on - created_on) * 1000) AS wait_p50,
              percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM started_on - created_on) * 1000) AS wait_p99,
              extract(epoch FROM max(completed_on) - min(started_on)) AS span_s
         FROM pgboss.job WHERE name IN ('ingest-inbound-items', 'set-message-visibility', 'send-reply', 'sync-channel') GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    const [{ last_synced_at: syncedAfter }] = await sql('SELECT last_synced_at FROM channel WHERE id = $1', [channelId]);
    const hiddenOnNetwork = sandbox.state.activity.filter(({ item }) => item.hidden).length;
    const [{ server_version: pgVersion }] = await sql('SHOW server_version');

    // Stop Rapport before the baseline runs, so it has the machine to itself as Rapport had.
    log('stopping the Rapport processes');
    for (const worker of workers) await worker.stop();
    await api.stop();

    // ---------------------------------------------------------------- bare
    let bare = null;
    let bareRows = null;
    let bareRowLatency = null;
    let bareCpu = null;
    let barePid = null;
    if (!SKIP_BARE) {
      await sql(`CREATE TABLE bare_message (
        id bigserial PRIMARY KEY,
        channel_id uuid NOT NULL,
        external_id varchar(300) NOT NULL,
        thread_external_id varchar(300) NOT NULL,
        kind text NOT NULL,
        author_external_id varchar(300) NOT NULL,
        author_handle text NOT NULL,
        body text NOT NULL,
        sent_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        UNIQUE (channel_id, external_id))`);
      const bareChild = startChild('bare endpoint', { ...process.env, DATABASE_URL: databaseUrl, BENCH_INGEST_ROLE: 'bare', BENCH_WEBHOOK_SECRET: SECRET, BENCH_BARE_POOL: String(BARE_POOL) });
      cleanups.push({ name: 'bare endpoint', fn: () => bareChild.stop() });
      const { port: barePort } = await bareChild.ready;
      barePid = bareChild.pid;
      const countBare = async () => (await sql('SELECT count(*)::int AS n FROM bare_message WHERE channel_id = $1', [channelId]))[0].n;
      log(`bare: firing the same ${EVENTS} deliveries at http://127.0.0.1:${barePort}/webhooks/${channelId}`);
      const barePids = [process.pid, barePid];
      const bareCpuStart = cpuSnapshot(barePids, postgresPid);
      bare = await runTarget('bare', `http://127.0.0.1:${barePort}/webhooks/${channelId}`, events, countBare);
      bareCpu = cpuBetween(bareCpuStart, cpuSnapshot(barePids, postgresPid));
      bareRows = await countBare();
      bareRowLatency = rowLatency(await sql('SELECT external_id, extract(epoch FROM received_at) * 1000 AS ms FROM bare_message WHERE channel_id = $1', [channelId]), events, bare.sent.firstSentAt);
      await bareChild.stop();
    }

    // ---------------------------------------------------------------- backfill
    let backfill = null;
    if (BACKFILL) {
      const backfillChannel = (await sql(`INSERT INTO channel (workspace_id, type, kind, display_name, credentials_encrypted) SELECT workspace_id, type, kind, 'Backfill', credentials_encrypted FROM channel WHERE id = $1 RETURNING id`, [channelId]))[0].id;
      const random = prng(SEED + 1);
      const pick = (list) => list[Math.floor(random() * list.length)];
      const slots = Object.defineProperties({ get order() { return String(100000 + Math.floor(random() * 900000)); } }, Object.fromEntries(Object.entries(W).map(([key, list]) => [key, { get: () => pick(list) }])));
      const kinds = MIX.flatMap(([kind, weight]) => Array(weight).fill(kind));
      const authors = Math.max(20, Math.ceil(BACKFILL / 8));
      const start = Date.parse('2026-01-01T00:00:00Z');
      const items = Array.from({ length: BACKFILL }, (_, i) => {
        const author = Math.floor(authors * random() ** 2);
        const kind = pick(kinds);
        const type = ['comment', 'comment', 'mention', 'direct_message'][i % 4];
        return {
          kind: type,
          externalId: `bf_${i}`,
          // Comments come three to a thread; mentions are threads of their own; DMs one thread per author.
          threadExternalId: type === 'comment' ? `bf_thread_${Math.floor(i / 12)}` : type === 'mention' ? `bf_${i}` : `bf_dm_${author}`,
          author: { externalId: `bf_user_${author}`, handle: `bf_user_${author}`, name: `User ${author}` },
          text: distinctText(kind, pick(TEMPLATES[kind])(slots), i),
          createdAt: new Date(start + i * 1000).toISOString(),
        };
      });
      const file = join(stateDir, 'backfill.json');
      writeFileSync(file, JSON.stringify(items));
      log(`backfill: ${BACKFILL.toLocaleString('en-US')} items in pages of ${BACKFILL_PAGE} straight into IngestionService (one process, same policy)`);
      const child = startChild('backfill', { ...sharedEnv, RAPPORT_ROLE: 'api', BENCH_INGEST_ROLE: 'backfill', BENCH_BACKFILL_FILE: file, BENCH_BACKFILL_CHANNEL: backfillChannel, BENCH_BACKFILL_PAGE: String(BACKFILL_PAGE) });
      cleanups.push({ name: 'backfill', fn: () => child.stop() });
      const result = await child.ready;
      await child.stop();
      const rows = (await sql(`SELECT count(*)::int AS n FROM message WHERE channel_id = $1`, [backfillChannel]))[0].n;
      backfill = { items: BACKFILL, page: BACKFILL_PAGE, elapsedMs: result.elapsedMs, created: result.created, rows, rate: BACKFILL / (result.elapsedMs / 1000) };
    }

    // ---------------------------------------------------------------- report
    const rapportCpu = cpuBetween(cpuStart, cpuEnd);
    const acceptRate = (r) => (r ? r.sent.accepted / (r.sent.elapsedMs / 1000) : null);
    // End to end: unique events / (first request → all unique rows). Not finished: the rate so far.
    const e2eRate = (r, rows) => (r ? (r.endToEndMs != null ? events.unique / (r.endToEndMs / 1000) : rows / (r.elapsedMs / 1000)) : null);
    const rapportAccept = acceptRate(rapport);
    const bareAccept = acceptRate(bare);
    const rapportE2e = e2eRate(rapport, rapportRows);
    const bareE2e = bare ? e2eRate(bare, bareRows) : null;
    const status = (r) => (r ? [...r.sent.statuses.entries()].map(([k, v]) => `${k}×${v}`).join(' ') : 'n/a');
    const e2eTime = (r) => (r ? (r.endToEndMs != null ? fmt.s(r.endToEndMs) : `> ${fmt.s(r.elapsedMs)} (stopped)`) : 'n/a');

    console.log(`\nIngest benchmark (${new Date().toISOString()})`);
    console.log(
      `${EVENTS.toLocaleString('en-US')} deliveries = ${events.unique.toLocaleString('en-US')} unique events + ${events.duplicates.toLocaleString('en-US')} exact re-deliveries; ` +
        `concurrency ${CONCURRENCY}; ${events.threads.toLocaleString('en-US')} threads, ${events.authors.toLocaleString('en-US')} authors; seed ${SEED}`,
    );
    console.log(
      `Rapport: 1 API process (RAPPORT_ROLE=api) + ${WORKERS} worker process(es) (RAPPORT_ROLE=worker${HOLD_WORKERS ? ', started only after the last delivery was answered' : ''}), ` +
        `RAPPORT_JOB_CONCURRENCY=${jobConcurrency ?? 'n/a (older build: one poller)'}, RAPPORT_JOB_POLLING_SECONDS=${POLLING_SECONDS}, ` +
        `sandbox plugin + ${rulePackages.length} rule plugins; policy: ${policyRules.map((r) => `${r.rule}→${r.action}`).join(', ')}`,
    );
    console.log(`bare: node:http + pg (pool ${BARE_POOL}), HMAC check + one INSERT … ON CONFLICT DO NOTHING per request`);
    console.log(`PostgreSQL ${pgVersion} (${databaseKind}); ${cpus().length} CPU (${cpus()[0]?.model?.trim() ?? 'unknown'}), Node ${process.version}; load average at start ${loadAtStart.map((l) => l.toFixed(2)).join(' ')}`);

    printTable(
      'Rapport vs bare endpoint',
      ['', 'Rapport', 'bare', 'Rapport / bare'],
      [
        ['HTTP answers', status(rapport), status(bare), ''],
        ['accept time (first request → last answer)', fmt.s(rapport.sent.elapsedMs), fmt.s(bare?.sent.elapsedMs), fmt.ratio(rapport.sent.elapsedMs, bare?.sent.elapsedMs)],
        ['accept throughput (deliveries/s)', fmt.rate(rapportAccept), fmt.rate(bareAccept), fmt.ratio(rapportAccept, bareAccept)],
        ['accept latency p50', fmt.ms(rapport.sent.p50), fmt.ms(bare?.sent.p50), fmt.ratio(rapport.sent.p50, bare?.sent.p50)],
        ['accept latency p99', fmt.ms(rapport.sent.p99), fmt.ms(bare?.sent.p99), fmt.ratio(rapport.sent.p99, bare?.sent.p99)],
        ['accept latency max', fmt.ms(rapport.sent.max), fmt.ms(bare?.sent.max), ''],
        ['end to end (first request → all unique rows)', e2eTime(rapport), e2eTime(bare), fmt.ratio(rapport.endToEndMs, bare?.endToEndMs)],
        [rapport.endToEndMs == null ? 'ingested events/s (Rapport: so far)' : 'ingested events/s (end to end)', fmt.rate(rapportE2e), fmt.rate(bareE2e), fmt.ratio(rapportE2e, bareE2e)],
        ...(HOLD_WORKERS
          ? [['ingested events/s (workers started → all rows)', fmt.rate(rapport.drainMs ? events.unique / (rapport.drainMs / 1000) : null), 'n/a', '']]
          : []),
        ['delivery → row latency p50', fmt.ms(rapportRowLatency.p50), fmt.ms(bareRowLatency?.p50), ''],
        ['delivery → row latency p99', fmt.ms(rapportRowLatency.p99), fmt.ms(bareRowLatency?.p99), ''],
        ['rows created', fmt.n(rapportRows), fmt.n(bareRows), ''],
        ['unique events', fmt.n(events.unique), fmt.n(events.unique), ''],
        ['rows − unique events (must be 0)', fmt.n(rapportRows - events.unique), bare ? fmt.n(bareRows - events.unique) : 'n/a', ''],
      ],
    );
    if (rapport.endToEndMs == null && rapportE2e > 0) {
      const lastRate = slices.at(-1)?.rate;
      const remaining = events.unique - rapportRows;
      console.log(
        `Rapport did not ingest every event (${rapport.stopped}): ${remaining.toLocaleString('en-US')} unique events were still queued. ` +
          `At the overall ${fmt.rate(rapportE2e)} events/s they would take ${fmt.s((remaining / rapportE2e) * 1000)} more; ` +
          `at the last tenth's ${fmt.rate(lastRate)} events/s, ${lastRate ? fmt.s((remaining / lastRate) * 1000) : 'n/a'} (compare the first and last tenths below).`,
      );
    }

    // Where Rapport's time goes: the job table and CPU use.
    const jobRows = jobStats.map((j) => [
      j.name,
      j.state,
      fmt.n(j.n),
      fmt.ms(j.run_p50 == null ? null : Number(j.run_p50)),
      fmt.ms(j.run_p99 == null ? null : Number(j.run_p99)),
      fmt.ms(j.wait_p50 == null ? null : Number(j.wait_p50)),
      fmt.ms(j.wait_p99 == null ? null : Number(j.wait_p99)),
      j.span_s && j.state === 'completed' && j.name === 'ingest-inbound-items' ? `${(j.n / Number(j.span_s)).toFixed(2)} (${(j.n / Number(j.span_s) / WORKERS).toFixed(2)} per worker)` : '',
    ]);
    printTable('Rapport jobs (pgboss.job; run = started → completed, queued = created → started)', ['queue', 'state', 'jobs', 'run p50', 'run p99', 'queued p50', 'queued p99', 'completed/s'], jobRows);
    console.log(
      `One ingest job per burst of deliveries of a channel written together (up to 500 items; re-deliveries included), worked in batches of up to 100 jobs. Each worker process runs up to RAPPORT_JOB_CONCURRENCY=${jobConcurrency ?? '1'} batches at a time ` +
        `(pollers with the queue's batchSize); "queued" is the backlog wait, "run" the whole batch's handler (one transaction per 500 items: contacts, conversations, messages, policies), so a job's run time is its batch's.`,
    );

    const roleOf = { [process.pid]: 'load generator + sandbox (this process)', [api.pid]: 'Rapport API' };
    for (const [i, w] of workers.entries()) roleOf[w.pid] = `Rapport worker ${i + 1}`;
    const cpuRows = Object.entries(rapportCpu.perPid).map(([pid, share]) => [roleOf[pid] ?? pid, 'Rapport run', fmt.pct(share)]);
    if (rapportCpu.postgres != null) cpuRows.push(['embedded PostgreSQL (all backends)', 'Rapport run', fmt.pct(rapportCpu.postgres)]);
    cpuRows.push(['whole machine (busy share of ALL cores, any process)', 'Rapport run', fmt.pct(rapportCpu.machine)]);
    if (bareCpu) {
      const bareRole = { [process.pid]: 'load generator + sandbox (this process)', [barePid]: 'bare endpoint' };
      for (const [pid, share] of Object.entries(bareCpu.perPid)) cpuRows.push([bareRole[pid] ?? pid, 'bare run', fmt.pct(share)]);
      if (bareCpu.postgres != null) cpuRows.push(['embedded PostgreSQL (all backends)', 'bare run', fmt.pct(bareCpu.postgres)]);
      cpuRows.push(['whole machine (busy share of ALL cores, any process)', 'bare run', fmt.pct(bareCpu.machine)]);
    }
    printTable('CPU over each run (first request → all rows), as a share of one core', ['process', 'run', 'CPU'], cpuRows);

    const scanRows = Object.keys(tablesAfter)
      .sort()
      .map((name) => {
        const a = tablesBefore[name] ?? { seq_scan: 0, seq_tup_read: 0, idx_scan: 0 };
        const b = tablesAfter[name];
        const seqScans = Number(b.seq_scan) - Number(a.seq_scan);
        const rowsRead = Number(b.seq_tup_read) - Number(a.seq_tup_read);
        return [name, fmt.n(seqScans), fmt.n(rowsRead), fmt.n(Number(b.idx_scan) - Number(a.idx_scan)), fmt.rate(rowsRead / EVENTS)];
      });
    printTable('Rapport table access during the run (pg_stat_user_tables deltas)', ['table', 'seq scans', 'rows read by seq scans', 'index scans', 'seq-scanned rows per delivery'], scanRows);
    printTable(
      'Rapport ingest rate by tenth of the rows (row timestamps, in order)',
      ['rows', 'seconds', 'rows/s'],
      slices.map((slice) => [`${slice.from.toLocaleString('en-US')}–${slice.to.toLocaleString('en-US')}`, slice.seconds.toFixed(2), fmt.rate(slice.rate)]),
    );
    if (rapport.onSentResult) {
      const { backlog, partition, plan } = rapport.onSentResult;
      console.log(`\npg-boss's fetch of the next ingest job when the last delivery was answered or the run stopped (${backlog.toLocaleString('en-US')} jobs waiting, ${partition.toLocaleString('en-US')} rows in the queue's partition):`);
      for (const line of plan) console.log(`  ${line}`);
    }
    if (explain.length) {
      console.log(`\nIngestionService's author-history query for the most prolific contact (${prolific.n} messages), after the run:`);
      for (const line of explain) console.log(`  ${line}`);
    }

    if (slowLog.byStatement.size) {
      const rows = [...slowLog.byStatement.entries()]
        .sort((a, b) => b[1].totalMs - a[1].totalMs)
        .slice(0, 12)
        .map(([query, stat]) => [query, fmt.n(stat.count), fmt.s(stat.totalMs), fmt.ms(stat.totalMs / stat.count), fmt.ms(stat.maxMs), [...new Set([...stat.seq].map((t) => (/^j[0-9a-f]{56}$/.test(t) ? 'pgboss.job (a queue partition)' : t)))].join(', ') || '-']);
      printTable(`Statements slower than ${AUTO_EXPLAIN_MS} ms during the Rapport run (auto_explain; top 12 by total time)`, ['statement (first 90 characters)', 'count', 'total', 'mean', 'max', 'seq scan on'], rows);
    }

    if (rapport.samples.length) {
      const busy = {};
      for (const sample of rapport.samples) {
        for (const { app, state, n } of sample) {
          const key = `${app} ${state ?? 'null'}`;
          busy[key] = (busy[key] ?? 0) + n;
        }
      }
      const rows = Object.entries(busy)
        .sort()
        .map(([key, total]) => [key, (total / rapport.samples.length).toFixed(1)]);
      printTable(`Rapport database connections during the accept phase (pg_stat_activity, mean of ${rapport.samples.length} samples)`, ['application state', 'connections'], rows);
    }

    printTable('What the policies did (Rapport)', ['', 'count'], [
      ['messages with findings', fmt.n(outcomes.with_findings)],
      ['messages labelled (any label)', fmt.n(outcomes.labelled)],
      ['  labelled question', fmt.n(outcomes.questions)],
      ['  labelled competitor (banned-terms)', fmt.n(outcomes.competitor)],
      ['messages hidden (spam, abuse)', fmt.n(outcomes.hidden)],
      ['hidden on the sandbox network by the end (hide jobs; DMs cannot be hidden there)', fmt.n(hiddenOnNetwork)],
      ['conversations (threads)', fmt.n(threadOutcomes.conversations)],
      ['conversations escalated', fmt.n(threadOutcomes.escalated)],
      ['contacts', fmt.n(threadOutcomes.contacts)],
      ['ingest jobs still queued at the end', fmt.n(pendingIngest)],
    ]);

    if (backfill) {
      printTable('Backfill / sync: pages of items into IngestionService (no HTTP per item)', ['', 'Rapport', 'target'], [
        ['items', fmt.n(backfill.items), ''],
        ['page size', fmt.n(backfill.page), ''],
        ['time', fmt.s(backfill.elapsedMs), ''],
        ['items/s', fmt.rate(backfill.rate), '≥ 5,000'],
        ['rows created', fmt.n(backfill.rows), fmt.n(backfill.items)],
      ]);
    }
    await writeResults('ingest', {
      options: { events: EVENTS, concurrency: CONCURRENCY, workers: WORKERS, duplicateShare: DUPLICATE_SHARE, holdWorkers: HOLD_WORKERS, backfill: BACKFILL },
      loadAverageAtStart: loadAtStart,
      rapport: { acceptPerSecond: rapportAccept, acceptP50: rapport.sent.p50, acceptP99: rapport.sent.p99, endToEndMs: rapport.endToEndMs, ingestedPerSecond: rapportE2e, rowLatency: rapportRowLatency, rows: rapportRows },
      bare: bare && { acceptPerSecond: bareAccept, acceptP50: bare.sent.p50, acceptP99: bare.sent.p99, endToEndMs: bare.endToEndMs, ingestedPerSecond: bareE2e, rowLatency: bareRowLatency, rows: bareRows },
      ratio: bareE2e ? rapportE2e / bareE2e : null,
      backfill,
    });
    const problems = [];
    if (backfill && backfill.rows !== backfill.items) problems.push(`backfill stored ${backfill.rows} rows for ${backfill.items} items`);
    if (rapport.sent.accepted !== EVENTS) problems.push(`Rapport accepted ${rapport.sent.accepted} of ${EVENTS} deliveries (${status(rapport)}${rapport.sent.errors.length ? `; ${rapport.sent.errors.join('; ')}` : ''})`);
    if (rapportRows !== events.unique) problems.push(`Rapport created ${rapportRows} rows for ${events.unique} unique events${rapport.stopped ? ` (stopped: ${rapport.stopped})` : ''}`);
    if (rapportDistinct.n !== rapportRows) problems.push(`Rapport has ${rapportRows - rapportDistinct.n} duplicate rows`);
    if (String(syncedAfter) !== String(syncedBefore)) problems.push('the channel was synced by polling during the run: rows may not all come from webhooks');
    if (bare && bare.sent.accepted !== EVENTS) problems.push(`bare accepted ${bare.sent.accepted} of ${EVENTS} deliveries (${status(bare)}${bare.sent.errors.length ? `; ${bare.sent.errors.join('; ')}` : ''})`);
    if (bare && bareRows !== events.unique) problems.push(`bare created ${bareRows} rows for ${events.unique} unique events`);
    console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    if (problems.length) {
      console.log(`FAIL: ${problems.join('; ')}`);
      process.exitCode = 1;
    } else {
      console.log(`OK: every delivery accepted; ${events.unique.toLocaleString('en-US')} unique events → exactly ${events.unique.toLocaleString('en-US')} rows in Rapport${bare ? ' and in the bare table' : ''}.`);
    }
  }

  await runAndExit(main, cleanup);
}
