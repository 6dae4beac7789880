// Read benchmark: the posts, conversations and reviews lists and the admin's
// inbox page (first page of 50, with their nested fields) at 1,000, 10,000 and
// 100,000 rows per workspace, under closed-loop load with BENCH_CONNECTIONS
// keep-alive connections, against Rapport and against a bare `pg` + graphql-js
// endpoint serving the same lists (bench/lib/read-server.mjs), alternately in
// the same run. Prints req/s, latency, SQL statements per request, Rapport /
// bare and each size against the smallest, then the plan of each list's
// costliest statement. Rows are seeded by bulk SQL. See bench/README.md.
//
//   node bench/read.mjs
//   BENCH_READ_SIZES=1000,10000 BENCH_DURATION_MS=3000 node bench/read.mjs   # quick
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { benchDatabase, cleanupStack, fmt, forkChild, intOption, loadTest, onServer, printTable, runAndExit, serverExecArgv, withDatabase, writeResults } from './lib/common.mjs';

const SIZES = (process.env.BENCH_READ_SIZES || '1000,10000,100000').split(',').map(Number);
if (SIZES.some((n) => !Number.isInteger(n) || n < 100) || SIZES.some((n, i) => i && n <= SIZES[i - 1])) throw new Error('BENCH_READ_SIZES: ascending integers >= 100');
const CONNECTIONS = intOption('BENCH_CONNECTIONS', 10);
const DURATION_MS = intOption('BENCH_DURATION_MS', 5000);
const WARMUP_MS = intOption('BENCH_WARMUP_MS', 1000, 0);
// Before the first cell, each list runs this long on both servers, unmeasured: JIT and caches warm up.
const FIRST_WARMUP_MS = intOption('BENCH_FIRST_WARMUP_MS', 3000, 0);
const PAGE = intOption('BENCH_PAGE', 50);
const ONLY = process.env.BENCH_READ_LISTS ? process.env.BENCH_READ_LISTS.split(',') : null;
// Another checkout of Rapport, built (e.g. a git worktree of an older commit): it runs too, on its own database
// seeded the same way, and each cell measures it right before this build, so both see the same machine load.
const BEFORE_ROOT = process.env.BENCH_BEFORE_ROOT || null;
const SERVER = fileURLToPath(new URL('./lib/read-server.mjs', import.meta.url));
const log = (message) => process.stderr.write(`[bench:read] ${message}\n`);
const cleanups = cleanupStack(log);

/** The lists: the conversations list with each one's first messages (heavier than the admin asks), then the admin's inbox page; the bare endpoint serves the same shapes. */
const LISTS = {
  posts: `query($ws: ID!, $first: Int) { posts(workspaceId: $ws, first: $first) { pageInfo { hasNextPage endCursor }
    edges { cursor node { id body status createdAt scheduledAt targets { id channelId status } } } } }`,
  conversations: `query($ws: ID!, $first: Int) { conversations(workspaceId: $ws, first: $first) { pageInfo { hasNextPage endCursor }
    edges { cursor node { id kind status labels lastMessageAt waitingSince contact { handle name }
      messages(first: 3) { pageInfo { hasNextPage endCursor } edges { cursor node { id body direction sentAt } } } } } } }`,
  // The admin's inbox page (apps/admin InboxConversations, no filter): the same list without nested messages, with
  // the flags agents sort by, the contact and the size counted up to 1,000 ("1,000+").
  inbox: `query($ws: ID!, $first: Int) { conversations(workspaceId: $ws, first: $first) { countUpTo(limit: 1000) { count precision } pageInfo { hasNextPage endCursor }
    edges { node { id kind status priority escalated awaitingAnswer replyHeld labels lastMessageAt waitingSince assigneeId contact { id handle name } } } } }`,
  reviews: `query($ws: ID!, $first: Int) { reviews(workspaceId: $ws, first: $first) { pageInfo { hasNextPage endCursor }
    edges { cursor node { id rating title body sourceCreatedAt urgent author { handle name } } } } }`,
};

async function main() {
  const loadAtStart = loadavg();
  const db = await benchDatabase('read', cleanups, log, { statements: true });
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
    // The lists are sent as query text, as the admin's persisted documents would be; the stricter limits for
    // untrusted documents in production would refuse the conversations list (cost 2,301 > 1,000).
    RAPPORT_GRAPHQL_STRICT_UNTRUSTED: 'false',
    BENCH_PLUGINS: JSON.stringify([{ specifier: '@rapport/plugin-network-sandbox', baseDir: '/', options: { baseUrl: 'http://127.0.0.1:9' } }]),
  };
  /** A Rapport server on its database, with an admin, a workspace and its channels (straight in SQL: the lists never call the network). */
  async function prepare(label, script, url, sql) {
    log(`starting Rapport${label ? ` (${label})` : ''} (RAPPORT_ROLE=api, NODE_ENV=production) and migrating`);
    // BENCH_CPU_PROF_DIR: the server writes a V8 CPU profile there when it stops.
    const execArgv = serverExecArgv({ profile: !label });
    const server = await forkChild(script, { ...env, DATABASE_URL: url, BENCH_READ_ROLE: 'rapport' }, `rapport${label ? ` ${label}` : ''}`, log, execArgv);
    cleanups.push('rapport', () => server.stop());
    const port = (await server.ready).port;
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
    const { setup } = await gql('mutation($input: SetupInput!) { setup(input: $input) { token } }', { input: { email: 'bench@rapport.test', name: 'Bench', password: 'bench-password-long-enough' } });
    const ws = (await gql('mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }', { input: { name: 'Read bench' } }, setup.token)).createWorkspace.id;
    const [network, source] = await sql(
      `INSERT INTO channel (workspace_id, type, kind, display_name, credentials_encrypted) VALUES
         ($1, 'sandbox', 'NETWORK', 'Sandbox', 'x'), ($1, 'sandbox-reviews', 'REVIEW_SOURCE', 'Sandbox reviews', 'x') RETURNING id`,
      [ws],
    );
    const channel2 = (await sql(`INSERT INTO channel (workspace_id, type, kind, display_name, credentials_encrypted) VALUES ($1, 'sandbox', 'NETWORK', 'Sandbox 2', 'x') RETURNING id`, [ws]))[0];
    return { port, pid: server.pid, token: setup.token, ws, sql, network, source, channel2 };
  }
  const current = await prepare(null, SERVER, db.url, db.sql);
  const rapportPort = current.port;
  const rapportPid = current.pid;
  const token = current.token;
  const ws = current.ws;
  let before = null;
  if (BEFORE_ROOT) {
    const name = `${new URL(db.url).pathname.slice(1)}_before`;
    await onServer(db.serverUrl, `CREATE DATABASE ${name}`);
    cleanups.push('drop before database', () => onServer(db.serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    const pool = new pg.Pool({ connectionString: withDatabase(db.serverUrl, name), max: 2 });
    cleanups.push('before pool', () => pool.end());
    before = await prepare('before', `${BEFORE_ROOT}/bench/lib/read-server.mjs`, withDatabase(db.serverUrl, name), async (text, params = []) => (await pool.query(text, params)).rows);
  }

  log('starting the bare endpoint');
  const bare = await forkChild(SERVER, { ...env, BENCH_READ_ROLE: 'bare' }, 'bare', log, serverExecArgv({ profile: false }));
  cleanups.push('bare', () => bare.stop());
  const barePort = (await bare.ready).port;

  /** Adds rows so each list of a server's workspace has `to` rows (from `from`): bulk INSERT … SELECT generate_series. */
  async function seed({ sql, ws, network, source, channel2 }, from, to) {
    const t0 = performance.now();
    const base = `timestamptz '2026-01-01T00:00:00Z'`;
    await sql(
      `INSERT INTO post (workspace_id, body, status, created_at, updated_at)
       SELECT $1, 'Post number ' || g || ': our new collection is out, tell us what you think!', 'DRAFT', ${base} + g * interval '1 second', now() FROM generate_series($2::int, $3::int) g`,
      [ws, from + 1, to],
    );
    await sql(
      `INSERT INTO post_target (workspace_id, post_id, channel_id, status)
       SELECT p.workspace_id, p.id, c.id, 'PENDING' FROM post p CROSS JOIN (VALUES ($2::uuid), ($3::uuid)) c(id)
        WHERE p.workspace_id = $1 AND p.created_at > ${base} + $4::int * interval '1 second'`,
      [ws, network.id, channel2.id, from],
    );
    // One contact per 4 conversations; every conversation has 3 messages; half are waiting.
    await sql(
      `INSERT INTO contact (workspace_id, channel_id, external_id, handle, name)
       SELECT $1, $2, 'author-' || g, 'author_' || g, 'Author ' || g FROM generate_series($3::int / 4 + 1, $4::int / 4 + 1) g ON CONFLICT DO NOTHING`,
      [ws, network.id, from, to],
    );
    await sql(
      `INSERT INTO conversation (workspace_id, channel_id, thread_external_id, kind, contact_id, status, last_message_at, waiting_since, awaiting_answer)
       SELECT $1, $2, 'thread-' || g, 'COMMENT_THREAD', ct.id, 'OPEN', ${base} + g * interval '1 minute',
              CASE WHEN g % 2 = 0 THEN ${base} + g * interval '1 minute' END, g % 2 = 0
         FROM generate_series($3::int, $4::int) g JOIN contact ct ON ct.channel_id = $2 AND ct.external_id = 'author-' || (g / 4 + 1)`,
      [ws, network.id, from + 1, to],
    );
    await sql(
      `INSERT INTO message (workspace_id, conversation_id, channel_id, direction, external_id, contact_id, body, sent_at)
       SELECT c.workspace_id, c.id, c.channel_id, 'INBOUND', c.thread_external_id || '-' || k, c.contact_id, 'Message ' || k || ' of ' || c.thread_external_id || ': do you ship to Lyon?',
              c.last_message_at - (3 - k) * interval '10 seconds'
         FROM conversation c CROSS JOIN generate_series(1, 3) k
        WHERE c.channel_id = $1 AND c.last_message_at > ${base} + $2::int * interval '1 minute'`,
      [network.id, from],
    );
    await sql(
      `INSERT INTO review (workspace_id, channel_id, external_id, rating, raw_rating, title, body, source_created_at, source_updated_at, author_external_id, author_handle, author_name, urgent)
       SELECT $1, $2, 'review-' || g, 1 + g % 5, 1 + g % 5, 'Review ' || g, 'Lovely staff, the order came on time. Review number ' || g, ${base} + g * interval '1 minute', ${base} + g * interval '1 minute',
              'reviewer-' || (g % 997), 'reviewer_' || (g % 997), 'Reviewer ' || (g % 997), g % 5 = 0
         FROM generate_series($3::int, $4::int) g`,
      [ws, source.id, from + 1, to],
    );
    await sql('ANALYZE post, post_target, contact, conversation, message, review');
    log(`seeded ${to.toLocaleString('en-US')} rows per list in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }

  /** Statements run so far in one database (pg_stat_statements covers the whole server). */
  async function statementTotals(database) {
    if (!db.hasStatements) return null;
    const rows = await db.sql(`SELECT coalesce(sum(calls), 0)::bigint AS calls FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = coalesce($1, current_database())`, [database]);
    return Number(rows[0].calls);
  }
  /** The statement with the most total time since the last reset, for its plan. */
  async function costliest(exclude) {
    if (!db.hasStatements) return null;
    const rows = await db.sql(
      `SELECT query, calls, total_exec_time / calls AS mean_ms FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
        WHERE d.datname = current_database() AND query ~* '^\\s*select' AND query !~* 'pg_stat_statements|pgboss|pg_catalog' AND query !~* $1 ORDER BY total_exec_time DESC LIMIT 1`,
      [exclude],
    );
    return rows[0] ?? null;
  }

  const lists = Object.keys(LISTS).filter((name) => !ONLY || ONLY.includes(name));
  const results = [];
  const plans = {};
  let seeded = 0;
  const servers = [
    ...(before ? [['before', before.port, { authorization: `Bearer ${before.token}` }, before.ws, before.pid]] : []),
    ['rapport', rapportPort, { authorization: `Bearer ${token}` }, ws, rapportPid],
    ['bare', barePort, {}, ws, bare.pid],
  ];
  const check = (text) => text.includes('"edges":[{') && !text.includes('"errors"');
  for (const size of SIZES) {
    await seed(current, seeded, size);
    if (before) await seed(before, seeded, size);
    if (!seeded && FIRST_WARMUP_MS) {
      log(`warming up (${FIRST_WARMUP_MS / 1000} s per list and server)`);
      for (const list of lists) {
        for (const [, port, headers, workspace] of servers) {
          const body = JSON.stringify({ query: LISTS[list], variables: { ws: workspace, first: PAGE } });
          await loadTest({ port, connections: CONNECTIONS, durationMs: 1, warmupMs: FIRST_WARMUP_MS, headers, request: () => ({ path: '/graphql', body }), check });
        }
      }
    }
    seeded = size;
    for (const list of lists) {
      const row = { list, size };
      for (const [name, port, headers, workspace, pid] of servers) {
        const body = JSON.stringify({ query: LISTS[list], variables: { ws: workspace, first: PAGE } });
        if (db.hasStatements) await db.sql('SELECT pg_stat_statements_reset()');
        const database = name === 'before' ? `${new URL(db.url).pathname.slice(1)}_before` : null;
        const counted = await statementTotals(database);
        const result = await loadTest({ port, connections: CONNECTIONS, durationMs: DURATION_MS, warmupMs: WARMUP_MS, headers, request: () => ({ path: '/graphql', body }), check, pid });
        const total = await statementTotals(database);
        // Every request sent since `counted` (warm-up included) is in the count; reading `counted` was one statement (in this database only).
        const sqlPerRequest = counted == null ? null : (total - counted - (database ? 0 : 1)) / Math.max(1, result.issued);
        row[name] = { ...result, sqlPerRequest };
        if (result.errors) log(`${name} ${list} @${size}: ${result.errors} bad answers, first: ${result.firstError}`);
        if (name === 'rapport' && size === SIZES.at(-1)) plans[list] = await costliest('session|workspace_member|api_key|"user"');
      }
      results.push(row);
      log(`${list} @${size.toLocaleString('en-US')}: ${row.before ? `before ${fmt.rate(row.before.rps)} req/s (p99 ${fmt.ms(row.before.p99)}, CPU ${fmt.cpu(row.before.cpuMsPerRequest)}/req), ` : ''}Rapport ${fmt.rate(row.rapport.rps)} req/s (p99 ${fmt.ms(row.rapport.p99)}, CPU ${fmt.cpu(row.rapport.cpuMsPerRequest)}/req), bare ${fmt.rate(row.bare.rps)} req/s (p99 ${fmt.ms(row.bare.p99)})`);
    }
  }

  console.log(`\nRead benchmark (${new Date().toISOString()})`);
  console.log(`first page of ${PAGE}, ${CONNECTIONS} keep-alive connections, ${DURATION_MS / 1000} s measured after ${WARMUP_MS / 1000} s warm-up per cell; Rapport then bare for each cell; CPU/req = the server process's CPU time (all threads) per answered request in the measured window`);
  console.log(`Rapport: 1 process (RAPPORT_ROLE=api, NODE_ENV=production), session token; bare: graphql-js + pg (pool 10), no auth${before ? `; before: ${BEFORE_ROOT} on its own database, measured right before Rapport in each cell` : ''}`);
  console.log(`PostgreSQL ${db.version} (${db.kind}); ${cpus().length} CPU (${cpus()[0]?.model?.trim() ?? 'unknown'}), Node ${process.version}; load average at start ${loadAtStart.map((l) => l.toFixed(2)).join(' ')}, at end ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  for (const list of lists) {
    const rows = results.filter((r) => r.list === list);
    const smallest = rows[0];
    printTable(
      `${list}(first: ${PAGE})`,
      [
        'rows',
        ...(before ? ['before req/s', 'before p99', 'before SQL/req', 'before CPU/req'] : []),
        'Rapport req/s',
        'p50',
        'p99',
        'SQL/req',
        'CPU/req',
        'bare req/s',
        'bare p99',
        'bare CPU/req',
        ...(before ? ['Rapport / before'] : []),
        'Rapport / bare',
        `Rapport vs ${smallest.size.toLocaleString('en-US')}`,
        'errors',
      ],
      rows.map((r) => [
        r.size.toLocaleString('en-US'),
        ...(before ? [fmt.rate(r.before.rps), fmt.ms(r.before.p99), r.before.sqlPerRequest == null ? 'n/a' : r.before.sqlPerRequest.toFixed(1), fmt.cpu(r.before.cpuMsPerRequest)] : []),
        fmt.rate(r.rapport.rps),
        fmt.ms(r.rapport.p50),
        fmt.ms(r.rapport.p99),
        r.rapport.sqlPerRequest == null ? 'n/a' : r.rapport.sqlPerRequest.toFixed(1),
        fmt.cpu(r.rapport.cpuMsPerRequest),
        fmt.rate(r.bare.rps),
        fmt.ms(r.bare.p99),
        fmt.cpu(r.bare.cpuMsPerRequest),
        ...(before ? [fmt.ratio(r.rapport.rps, r.before.rps)] : []),
        fmt.ratio(r.rapport.rps, r.bare.rps),
        fmt.ratio(r.rapport.rps, smallest.rapport.rps),
        `${r.rapport.errors}/${r.bare.errors}`,
      ]),
    );
  }
  for (const [list, statement] of Object.entries(plans)) {
    if (!statement) continue;
    console.log(`\n${list} @${SIZES.at(-1).toLocaleString('en-US')}: Rapport's costliest statement (${statement.calls} calls, mean ${Number(statement.mean_ms).toFixed(2)} ms), generic plan:`);
    console.log(`  ${statement.query.replace(/\s+/g, ' ').slice(0, 400)}`);
    try {
      const plan = await db.sql(`EXPLAIN (GENERIC_PLAN, COSTS OFF) ${statement.query}`);
      for (const line of plan) console.log(`    ${line['QUERY PLAN']}`);
    } catch (error) {
      console.log(`    (no generic plan: ${error.message.split('\n')[0]})`);
    }
  }
  const bad = results.filter((r) => r.rapport.errors || r.bare.errors || !r.rapport.requests || !r.bare.requests);
  await writeResults('read', { options: { sizes: SIZES, connections: CONNECTIONS, durationMs: DURATION_MS, page: PAGE }, loadAverageAtStart: loadAtStart, postgres: `${db.version} (${db.kind})`, results, plans });
  if (bad.length) {
    console.log(`FAIL: bad answers in ${bad.map((r) => `${r.list}@${r.size}`).join(', ')}`);
    process.exitCode = 1;
  }
}

await runAndExit(main, cleanups.run);
