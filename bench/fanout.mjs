// Fan-out benchmark: N graphql-ws subscribers of messageAdded on one
// Rapport process (in-memory pub/sub), spread over BENCH_CLIENT_PROCESSES
// client processes; BENCH_EVENTS internal notes are added one after another
// (addConversationNote, each a new message row) and every subscriber's
// receipt is timed against the row's created_at. Prints latency percentiles,
// lost events and the server's RSS per N. See bench/README.md.
//
//   node bench/fanout.mjs
//   BENCH_SUBSCRIBERS=1000,2000 BENCH_EVENTS=10 node bench/fanout.mjs     # quick
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { benchDatabase, cleanupStack, fmt, forkChild, intOption, percentile, printTable, rssOf, runAndExit, serverExecArgv, writeResults } from './lib/common.mjs';

const SIZES = (process.env.BENCH_SUBSCRIBERS || '1000,2000,5000').split(',').map(Number);
const EVENTS = intOption('BENCH_EVENTS', 20);
const INTERVAL_MS = intOption('BENCH_INTERVAL_MS', 500, 0);
const PROCESSES = intOption('BENCH_CLIENT_PROCESSES', 2);
// BENCH_REPLICAS=2: two Rapport processes on one database sharing events through Redis (BENCH_REDIS_URL), the
// subscribers split across them (client process i connects to replica i mod N), every note added through replica 1.
const REPLICAS = intOption('BENCH_REPLICAS', 1);
const REDIS_URL = process.env.BENCH_REDIS_URL || 'redis://127.0.0.1:6379';
const SERVER = fileURLToPath(new URL('./lib/read-server.mjs', import.meta.url));
const CLIENTS = fileURLToPath(new URL('./lib/fanout-clients.mjs', import.meta.url));
const log = (message) => process.stderr.write(`[bench:fanout] ${message}\n`);
const cleanups = cleanupStack(log);

async function main() {
  const loadAtStart = loadavg();
  const db = await benchDatabase('fanout', cleanups, log);
  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    RAPPORT_ROLE: 'api',
    RAPPORT_SECRET: randomBytes(32).toString('hex'),
    RAPPORT_STATE_DIR: db.stateDir,
    RAPPORT_DEMO_WORKSPACE: 'false',
    RAPPORT_BCRYPT_COST: '4',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL || 'error',
    NODE_ENV: 'production',
    BENCH_PLUGINS: JSON.stringify([{ specifier: '@rapport/plugin-network-sandbox', baseDir: '/', options: { baseUrl: 'http://127.0.0.1:9' } }]),
    ...(REPLICAS > 1 ? { REDIS_URL } : {}),
  };
  log(REPLICAS > 1 ? `starting ${REPLICAS} Rapport replicas (pub/sub through Redis at ${REDIS_URL})` : 'starting Rapport (one process, in-memory pub/sub) and migrating');
  // BENCH_CPU_PROF_DIR: the server writes a V8 CPU profile there when it stops.
  const execArgv = serverExecArgv();
  const replicas = [];
  for (let r = 0; r < REPLICAS; r++) {
    // One after the other: the first migrates the fresh database.
    const replica = await forkChild(SERVER, { ...env, BENCH_READ_ROLE: 'rapport' }, `rapport ${r + 1}`, log, execArgv);
    cleanups.push(`rapport ${r + 1}`, () => replica.stop());
    replica.port = (await replica.ready).port;
    replicas.push(replica);
  }
  const rapport = replicas[0];
  const port = rapport.port;
  const rssOfServers = () => replicas.reduce((sum, replica) => sum + (rssOf(replica.pid) ?? 0), 0);
  const gql = async (query, variables, token) => {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors?.length) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  const token = (await gql('mutation($input: SetupInput!) { setup(input: $input) { token } }', { input: { email: 'bench@rapport.test', name: 'Bench', password: 'bench-password-long-enough' } })).setup.token;
  const ws = (await gql('mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }', { input: { name: 'Fan-out bench' } }, token)).createWorkspace.id;
  const [channel] = await db.sql(`INSERT INTO channel (workspace_id, type, kind, display_name, credentials_encrypted) VALUES ($1, 'sandbox', 'NETWORK', 'Sandbox', 'x') RETURNING id`, [ws]);
  const [contact] = await db.sql(`INSERT INTO contact (workspace_id, channel_id, external_id, handle) VALUES ($1, $2, 'usr_1', 'ana') RETURNING id`, [ws, channel.id]);
  const [conversation] = await db.sql(
    `INSERT INTO conversation (workspace_id, channel_id, thread_external_id, kind, contact_id, last_message_at) VALUES ($1, $2, 'thr_1', 'DIRECT_MESSAGE', $3, now()) RETURNING id`,
    [ws, channel.id, contact.id],
  );
  const note = (body) => gql('mutation($input: ConversationTextInput!) { addConversationNote(input: $input) { id } }', { input: { workspaceId: ws, conversationId: conversation.id, body } }, token);
  const rssIdle = rssOfServers();

  const results = [];
  for (const size of SIZES) {
    log(`${size} subscribers: connecting from ${PROCESSES} process(es)`);
    const perProcess = Array.from({ length: PROCESSES }, (_, i) => Math.floor(size / PROCESSES) + (i < size % PROCESSES ? 1 : 0));
    const connectStarted = performance.now();
    const clients = await Promise.all(
      perProcess.map((n, i) =>
        forkChild(CLIENTS, { ...process.env, BENCH_WS_URL: `ws://127.0.0.1:${replicas[i % REPLICAS].port}/graphql`, BENCH_TOKEN: token, BENCH_WORKSPACE: ws, BENCH_CLIENTS: String(n) }, `clients ${i + 1}`, log),
      ),
    );
    const ready = await Promise.all(clients.map((c) => c.ready));
    const connectMs = performance.now() - connectStarted;
    const connectErrors = ready.reduce((sum, r) => sum + r.errors, 0);
    const report = () =>
      Promise.all(
        clients.map(
          (c) =>
            new Promise((resolve) => {
              c.child.once('message', resolve);
              c.child.send({ type: 'report' });
            }),
        ),
      );
    // graphql-ws does not acknowledge a subscription: notes are added until every client has received one.
    let settled = false;
    for (let attempt = 0; attempt < 60 && !settled; attempt++) {
      await note(`warm-up ${size} ${attempt}`);
      await sleep(500);
      const got = await report();
      const seen = got.reduce((sum, r) => sum + Math.max(0, ...Object.values(r.receipts).map((list) => list.length)), 0);
      settled = seen >= size - connectErrors;
    }
    if (!settled) log(`${size}: not every subscriber received the warm-up notes; measuring anyway`);
    const rssSubscribed = rssOfServers();

    const bodies = [];
    for (let e = 0; e < EVENTS; e++) {
      const body = `fan-out ${size} #${e} ${randomBytes(4).toString('hex')}`;
      bodies.push(body);
      await note(body);
      if (INTERVAL_MS) await sleep(INTERVAL_MS);
    }
    await sleep(3000);
    const got = await report();
    const rssAfter = rssOfServers();
    const created = new Map((await db.sql(`SELECT body, (extract(epoch FROM created_at) * 1000)::float8 AS ms FROM message WHERE body = ANY($1)`, [bodies])).map((r) => [r.body, Number(r.ms)]));
    const latencies = [];
    let received = 0;
    for (const r of got) {
      for (const body of bodies) {
        for (const at of r.receipts[body] ?? []) {
          received++;
          latencies.push(at - created.get(body));
        }
      }
    }
    latencies.sort((a, b) => a - b);
    const expected = (size - connectErrors) * EVENTS;
    const errors = connectErrors + got.reduce((sum, r) => sum + r.errors, 0);
    const row = {
      subscribers: size,
      connectMs,
      events: EVENTS,
      expected,
      received,
      lost: expected - received,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      max: latencies.at(-1) ?? null,
      rssIdle,
      rssSubscribed,
      rssAfter,
      errors,
      firstError: ready.find((r) => r.firstError)?.firstError ?? got.find((r) => r.firstError)?.firstError ?? null,
    };
    results.push(row);
    log(`${size}: p50 ${fmt.ms(row.p50)}, p99 ${fmt.ms(row.p99)}, lost ${row.lost}, RSS ${fmt.mb(rssSubscribed)}${row.firstError ? `, first error: ${row.firstError}` : ''}`);
    await Promise.all(clients.map((c) => c.stop()));
    await sleep(1000);
  }

  console.log(`\nFan-out benchmark (${new Date().toISOString()})`);
  console.log(
    `${REPLICAS > 1 ? `${REPLICAS} Rapport replicas (RAPPORT_ROLE=api) on one PostgreSQL, events through Redis (${REDIS_URL}), subscribers split across them, notes added on replica 1` : 'one Rapport process (RAPPORT_ROLE=api, in-memory pub/sub)'}; subscribers of messageAdded(workspaceId) over graphql-ws from ${PROCESSES} client process(es); ` +
      `${EVENTS} notes ${INTERVAL_MS} ms apart; latency = receipt (client Date.now()) − message.created_at`,
  );
  console.log(`PostgreSQL ${db.version} (${db.kind}); ${cpus().length} CPU (${cpus()[0]?.model?.trim() ?? 'unknown'}), Node ${process.version}; load average at start ${loadAtStart.map((l) => l.toFixed(2)).join(' ')}, at end ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  printTable(
    'Fan-out (row created → received by each subscriber)',
    ['subscribers', 'connect', 'deliveries expected', 'received', 'lost', 'p50', 'p99', 'max', REPLICAS > 1 ? 'servers RSS idle (sum)' : 'server RSS idle', 'RSS subscribed', 'errors'],
    results.map((r) => [fmt.n(r.subscribers), fmt.s(r.connectMs), fmt.n(r.expected), fmt.n(r.received), fmt.n(r.lost), fmt.ms(r.p50), fmt.ms(r.p99), fmt.ms(r.max), fmt.mb(r.rssIdle), fmt.mb(r.rssSubscribed), fmt.n(r.errors)]),
  );
  await writeResults('fanout', { options: { sizes: SIZES, events: EVENTS, intervalMs: INTERVAL_MS, clientProcesses: PROCESSES, replicas: REPLICAS }, loadAverageAtStart: loadAtStart, results });
  if (results.some((r) => r.lost > 0 || r.errors > 0)) {
    console.log('FAIL: events were lost or subscriptions failed');
    process.exitCode = 1;
  }
}

await runAndExit(main, cleanups.run);
