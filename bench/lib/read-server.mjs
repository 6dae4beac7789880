// Child process of bench/read.mjs (BENCH_READ_ROLE=rapport | bare): serves
// GraphQL on 127.0.0.1 and tells the parent its port over IPC.
//
// bare: the bound Rapport's lists are compared with. graphql-js (no
// framework, no auth, no validation pipes, no cost limits) over a `pg` pool,
// serving the same lists with the same shapes and orders as Rapport's:
// keyset pages on (sort value, id), nested lists (targets, contact, messages)
// loaded for the whole page in one query per level.
import http from 'node:http';
import { buildSchema, graphql } from 'graphql';
import pg from 'pg';

const ROLE = process.env.BENCH_READ_ROLE;
if (!process.send) {
  console.error('bench/lib/read-server.mjs is started by bench/read.mjs');
  process.exit(2);
}

let stop;
if (ROLE === 'rapport') {
  const { createApp } = await import('../../dist/apps/server/src/bootstrap.js');
  const { loadConfig } = await import('../../dist/apps/server/src/config/rapport-config.js');
  const { createLogger } = await import('../../dist/apps/server/src/logging/logger.js');
  const { loadPlugins } = await import('../../dist/apps/server/src/plugins/plugin-loader.js');
  const config = loadConfig(process.env);
  const registry = await loadPlugins(JSON.parse(process.env.BENCH_PLUGINS));
  const app = await createApp(config, process.env.DATABASE_URL, createLogger(config.logLevel), registry);
  await app.listen(0, '127.0.0.1');
  stop = async () => {
    app.getHttpServer().closeIdleConnections?.();
    await app.close();
  };
  process.send({ type: 'ready', port: app.getHttpServer().address().port });
} else if (ROLE === 'bare') {
  const { server, pool } = await startBare(process.env.DATABASE_URL);
  stop = async () => {
    server.closeAllConnections?.();
    await new Promise((resolve) => server.close(resolve));
    await pool.end();
  };
  process.send({ type: 'ready', port: server.address().port });
} else {
  throw new Error(`unknown BENCH_READ_ROLE ${ROLE}`);
}
const shutdown = () => stop().finally(() => process.exit(0));
process.on('message', (message) => message?.type === 'stop' && shutdown());
process.on('disconnect', shutdown);

async function startBare(databaseUrl) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, application_name: 'bench-bare' });
  const schema = buildSchema(`
    type Query {
      posts(workspaceId: ID!, first: Int, after: String): PostConnection!
      conversations(workspaceId: ID!, first: Int, after: String): ConversationConnection!
      reviews(workspaceId: ID!, first: Int, after: String): ReviewConnection!
    }
    type PageInfo { hasNextPage: Boolean! endCursor: String }
    type PostConnection { edges: [PostEdge!]! pageInfo: PageInfo! }
    type PostEdge { cursor: String! node: Post! }
    type Post { id: ID! body: String! status: String! createdAt: String! scheduledAt: String targets: [PostTarget!]! }
    type PostTarget { id: ID! channelId: ID! status: String! }
    type ConversationConnection { countUpTo(limit: Int!): BoundedCount! edges: [ConversationEdge!]! pageInfo: PageInfo! }
    type BoundedCount { count: Int! precision: String! }
    type ConversationEdge { cursor: String! node: Conversation! }
    type Conversation { id: ID! kind: String! status: String! priority: String! escalated: Boolean! awaitingAnswer: Boolean! replyHeld: Boolean! labels: [String!]! lastMessageAt: String! waitingSince: String assigneeId: ID contact: Contact! messages(first: Int): MessageConnection! }
    type Contact { id: ID! handle: String! name: String }
    type MessageConnection { edges: [MessageEdge!]! pageInfo: PageInfo! }
    type MessageEdge { cursor: String! node: Message! }
    type Message { id: ID! body: String! direction: String! sentAt: String! }
    type ReviewConnection { edges: [ReviewEdge!]! pageInfo: PageInfo! }
    type ReviewEdge { cursor: String! node: Review! }
    type Review { id: ID! rating: Float! title: String body: String! sourceCreatedAt: String! urgent: Boolean! author: ReviewAuthor! }
    type ReviewAuthor { handle: String! name: String }
  `);
  const iso = (d) => (d == null ? null : d.toISOString());
  const cursorOf = (value, id) => Buffer.from(JSON.stringify([value, id])).toString('base64url');
  const decode = (after) => (after ? JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) : null);
  /** One keyset page: `sort` is the SQL sort expression, `dir` ASC or DESC. */
  async function page(table, columns, workspaceId, args, sort, dir, nullAs) {
    const first = args.first ?? 20;
    const after = decode(args.after);
    const cmp = dir === 'ASC' ? '>' : '<';
    const params = [workspaceId, first + 1];
    let where = 'workspace_id = $1';
    if (after) {
      params.push(after[0], after[1]);
      where += ` AND (${sort}, id) ${cmp} ($3::timestamptz, $4::uuid)`;
    }
    const { rows } = await pool.query(`SELECT ${columns}, ${sort} AS sort_value FROM ${table} WHERE ${where} ORDER BY ${sort} ${dir}, id ${dir} LIMIT $2`, params);
    const nodes = rows.slice(0, first);
    const edges = nodes.map((row) => ({ cursor: cursorOf(row.sort_value instanceof Date && Number.isFinite(row.sort_value.getTime()) ? row.sort_value.toISOString() : nullAs, row.id), node: row }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  }
  const root = {
    async posts({ workspaceId, ...args }) {
      const connection = await page('post', 'id, body, status, created_at, scheduled_at', workspaceId, args, 'created_at', 'ASC');
      const ids = connection.edges.map((e) => e.node.id);
      const { rows: targets } = ids.length ? await pool.query('SELECT id, post_id, channel_id, status FROM post_target WHERE post_id = ANY($1)', [ids]) : { rows: [] };
      for (const { node } of connection.edges) {
        Object.assign(node, { createdAt: iso(node.created_at), scheduledAt: iso(node.scheduled_at) });
        node.targets = targets.filter((t) => t.post_id === node.id).map((t) => ({ id: t.id, channelId: t.channel_id, status: t.status }));
      }
      return connection;
    },
    async conversations({ workspaceId, ...args }, _context, info) {
      const connection = await page('conversation', 'id, kind, status, priority, escalated, awaiting_answer, assignee_id, labels, last_message_at, waiting_since, contact_id', workspaceId, args, "coalesce(waiting_since, 'infinity'::timestamptz)", 'ASC', 'infinity');
      // Counted only when asked for, no further than the limit, as Rapport does (graphql-js calls a function field with its arguments).
      connection.countUpTo = async ({ limit }) => {
        const { rows } = await pool.query('SELECT count(*)::int AS n FROM (SELECT 1 FROM conversation WHERE workspace_id = $1 LIMIT $2) counted', [workspaceId, limit + 1]);
        return rows[0].n > limit ? { count: limit, precision: 'AT_LEAST' } : { count: rows[0].n, precision: 'EXACT' };
      };
      const nodes = connection.edges.map((e) => e.node);
      const ids = nodes.map((n) => n.id);
      // The fields asked of each conversation (edges { node { … } }): messages and replyHeld are read only when asked.
      const nodeFields = info.fieldNodes[0].selectionSet.selections
        .find((s) => s.name.value === 'edges')
        ?.selectionSet.selections.find((s) => s.name.value === 'node')?.selectionSet.selections ?? [];
      const messagesField = nodeFields.find((s) => s.name.value === 'messages');
      const firstArg = messagesField?.arguments.find((a) => a.name.value === 'first');
      const perConversation = firstArg ? Number(firstArg.value.value) : 20;
      const [{ rows: contacts }, { rows: messages }, { rows: held }] = await Promise.all([
        ids.length ? pool.query('SELECT id, handle, name FROM contact WHERE id = ANY($1)', [nodes.map((n) => n.contact_id)]) : { rows: [] },
        ids.length && messagesField
          ? pool.query(
              `SELECT id, conversation_id, body, direction, sent_at FROM (
                 SELECT m.*, row_number() OVER (PARTITION BY conversation_id ORDER BY sent_at, id) AS n FROM message m WHERE conversation_id = ANY($1)) x
               WHERE n <= $2 ORDER BY conversation_id, sent_at, id`,
              [ids, perConversation + 1],
            )
          : { rows: [] },
        ids.length && nodeFields.some((s) => s.name.value === 'replyHeld')
          ? pool.query(`SELECT DISTINCT conversation_id FROM message WHERE workspace_id = $1 AND conversation_id = ANY($2) AND delivery_status = 'PENDING_APPROVAL'`, [workspaceId, ids])
          : { rows: [] },
      ]);
      for (const node of nodes) {
        Object.assign(node, {
          lastMessageAt: iso(node.last_message_at),
          waitingSince: iso(node.waiting_since),
          awaitingAnswer: node.awaiting_answer,
          assigneeId: node.assignee_id,
          replyHeld: held.some((h) => h.conversation_id === node.id),
          contact: contacts.find((c) => c.id === node.contact_id),
        });
        const own = messages.filter((m) => m.conversation_id === node.id);
        const edges = own.slice(0, perConversation).map((m) => ({ cursor: cursorOf(iso(m.sent_at), m.id), node: { id: m.id, body: m.body, direction: m.direction, sentAt: iso(m.sent_at) } }));
        node.messages = { edges, pageInfo: { hasNextPage: own.length > perConversation, endCursor: edges.at(-1)?.cursor ?? null } };
      }
      return connection;
    },
    async reviews({ workspaceId, ...args }) {
      const connection = await page('review', 'id, rating, title, body, source_created_at, urgent, author_handle, author_name', workspaceId, args, 'source_created_at', 'DESC');
      for (const { node } of connection.edges) Object.assign(node, { sourceCreatedAt: iso(node.source_created_at), author: { handle: node.author_handle, name: node.author_name } });
      return connection;
    },
  };
  const reply = (res, status, body) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', async () => {
      try {
        const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        reply(res, 200, await graphql({ schema, source: query, rootValue: root, variableValues: variables }));
      } catch (error) {
        reply(res, 500, { errors: [{ message: error.message }] });
      }
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, pool };
}
