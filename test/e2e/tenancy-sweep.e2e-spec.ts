/**
 * Tenancy sweep over the whole GraphQL API. Every query and mutation of the
 * built schema that names a workspace (a `workspaceId` argument, or an input
 * with `workspaceId` / `fromWorkspaceId` / `toWorkspaceId`) is called, with
 * otherwise valid arguments (ids of brand A's real rows where an argument
 * names one), by:
 *  - brand B's OWNER (session) and OWNER and ADMIN API keys, pointing at A: NOT_FOUND;
 *  - brand B's OWNER pointing at B but naming A's rows: no A data, no effect;
 *  - a VIEWER of A, on every mutation: FORBIDDEN unless allow-listed below;
 * and nothing in the database may change. New operations are swept
 * automatically; one whose arguments the sweep cannot fill (an id it has no
 * row for, an argument naming a workspace another way) fails the test until
 * it is taught here.
 */
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { startSandboxNetwork, type SandboxNetwork } from '@rapport/plugin-network-sandbox/server';
import {
  getNamedType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLObjectType,
  GraphQLScalarType,
  isLeafType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { createApiKey, createMember, createWorkspace, ok, PASSWORD, setupAdmin } from '../utils/fixtures.js';
import { refusal, subscribe } from '../utils/subscriptions.js';
import { createTestServer, type GraphQLResponse, type TestServer } from '../utils/test-server.js';

/** Argument names that carry the workspace the guard checks. */
const WORKSPACE_ARGS = new Set(['workspaceId', 'fromWorkspaceId', 'toWorkspaceId']);

/**
 * Mutations a VIEWER of A may call, and why. Only public ones: they act on no
 * workspace (they answer with their own errors here, and change nothing).
 */
const VIEWER_ALLOWED = new Set([
  'login', // anyone logs in (own account)
  'setup', // first-run setup, refused once done
  'acceptInvitation', // joins with an invitation token of one's own
]);

/**
 * Ids the sweep cannot seed through the API on this server (no OAuth network
 * is loaded for a pending connection; failed jobs and webhook deliveries need
 * failing deliveries). A random id still proves the workspace check answers
 * first: the caller is refused before any lookup.
 */
const UNSEEDED_ID_ARGS = new Set(['pendingId', 'deliveryId', 'failedJob', 'pendingChannelConnection', 'actorId', 'entityId']);

/**
 * Workspace-scoped operations only instance admins may call: everyone else is
 * FORBIDDEN by role before any workspace is looked at.
 */
const INSTANCE_ADMIN_ONLY = new Set(['createWorkspaceFromTemplate']);

/** Tables written for reasons other than the request (throttling counters, key and session usage stamps). */
const BOOKKEEPING_TABLES = new Set(['migrations', 'rate_limit']);
const VOLATILE_COLUMNS = ['last_used_at', 'last_seen_at'];

const RANDOM_ID = '00000000-0000-4000-8000-000000000000';

type Operation = { kind: 'query' | 'mutation' | 'subscription'; field: GraphQLField<unknown, unknown> };

describe('tenancy sweep: every workspace-scoped operation, from another workspace and as a VIEWER', () => {
  let sandbox: SandboxNetwork;
  let server: TestServer;
  let schema: GraphQLSchema;
  let aId: string;
  let bId: string;
  let viewer: string;
  const intruders: Record<string, string> = {};
  /** Brand A's row ids by table. */
  const aRows: Record<string, string[]> = {};
  let tables: string[];

  /** One digest per table of its whole content (usage stamps left out). */
  const snapshot = async (): Promise<Record<string, string>> => {
    const strip = VOLATILE_COLUMNS.map((c) => ` - '${c}'`).join('');
    const select = tables.map((t) => `(SELECT md5(coalesce(string_agg((to_jsonb(x)${strip})::text, ',' ORDER BY (to_jsonb(x)${strip})::text), '')) FROM "${t}" x) AS "${t}"`).join(', ');
    return (await server.sql(`SELECT ${select}`))[0];
  };

  beforeAll(async () => {
    sandbox = await startSandboxNetwork();
    const plugins = [
      { specifier: '@rapport/plugin-network-sandbox', baseDir: '/', options: { baseUrl: sandbox.url } },
      { specifier: '@rapport/plugin-rule-banned-terms', baseDir: '/', options: {} },
    ];
    // The swept server works no jobs, so nothing writes behind a request's back; a worker replica seeds the data.
    server = await createTestServer({ RAPPORT_ROLE: 'api' }, { plugins, logLevel: 'fatal' });
    const worker = await createTestServer({}, { plugins, replicaOf: server, logLevel: 'fatal' });
    try {
      const admin = await setupAdmin(server);
      aId = await createWorkspace(server, admin, 'Brand A');
      bId = await createWorkspace(server, admin, 'Brand B');
      const ownerA = await createMember(server, admin, aId, 'owner@a.test', 'OWNER');
      viewer = await createMember(server, admin, aId, 'viewer@a.test', 'VIEWER');
      await createApiKey(server, ownerA, aId, 'ADMIN');
      intruders['B owner (session)'] = await createMember(server, admin, bId, 'owner@b.test', 'OWNER');
      intruders['B owner API key'] = (await createApiKey(server, admin, bId, 'OWNER')).secret;
      intruders['B admin API key'] = (await createApiKey(server, admin, bId, 'ADMIN')).secret;

      await sandbox.inject.comment({ text: 'Do you groom cats too?', author: { handle: 'ana' } });
      await sandbox.inject.dm({ text: 'My order is late.', author: { handle: 'bo' } });
      await sandbox.inject.review({ rating: 1, title: 'Awful', text: 'Cold and late.', author: { handle: 'cy', name: 'Cy' } });
      const gql = async (mutation: string, input: Record<string, unknown>) => ok(await server.gql(mutation, { input: { workspaceId: aId, ...input } }, ownerA));
      const connect = async (type: string) =>
        (await gql('mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id } }', { type, displayName: type, credentials: { accessToken: sandbox.accessToken } })).connectChannel.id as string;
      const channelId = await connect('sandbox');
      await connect('sandbox-reviews');
      const post = (await gql('mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', { body: 'Hello', channelIds: [channelId] })).createPost.id;
      await gql('mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { id } }', { name: 'Voice', scope: 'OUTBOUND_POST', rules: [{ rule: 'banned-terms', args: { terms: [{ term: 'cheap' }] }, action: 'WARN' }] });
      await gql('mutation($input: CreateCannedReplyInput!) { createCannedReply(input: $input) { id } }', { name: 'Thanks', body: 'Thank you!' });
      await gql('mutation($input: CreateReviewReplyTemplateInput!) { createReviewReplyTemplate(input: $input) { id } }', { name: 'Sorry', minRating: 1, maxRating: 2, body: 'Sorry {{author.name}}' });
      await gql('mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }', { url: 'https://hooks.example.com/rapport', eventTypes: ['policy.created'] });
      await gql('mutation($input: UpdateWorkspaceInput!) { updateWorkspace(input: $input) { id } }', { approvalMode: 'CLIENT_ONLY' });
      await gql('mutation($input: RequestClientApprovalInput!) { requestClientApproval(input: $input) { id } }', { postIds: [post], emails: ['client@a.test'] });
      await gql('mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token } }', { email: 'later@a.test', role: 'AGENT' });
      const deadline = Date.now() + 20_000;
      const settled = async () => {
        const [row] = await server.sql(`SELECT (SELECT count(*) FROM conversation)::int AS conversations, (SELECT count(*) FROM review)::int AS reviews,
          (SELECT count(*) FROM pgboss.job WHERE state IN ('created', 'retry', 'active') AND name NOT LIKE '%housekeeping%' AND name NOT LIKE '%webhook%')::int AS pending`);
        return row.conversations >= 2 && row.reviews >= 1 && row.pending === 0;
      };
      while (!(await settled())) {
        if (Date.now() > deadline) throw new Error('seeding did not settle');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      // A dispute of A's review, so resolveDispute has a real row.
      const [review] = await server.sql('SELECT id FROM review WHERE workspace_id = $1 LIMIT 1', [aId]);
      await gql('mutation($input: DisputeReviewInput!) { disputeReview(input: $input) { id } }', { reviewId: review.id, reason: 'Not a customer', manual: true });
    } finally {
      await worker.close();
    }
    schema = server.app.get(GraphQLSchemaHost).schema;
    tables = (await server.sql<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")).map((t) => t.tablename).filter((t) => !BOOKKEEPING_TABLES.has(t));
    for (const table of tables) {
      const columns = (await server.sql<{ column_name: string }>("SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1", [table])).map((c) => c.column_name);
      if (!columns.includes('id')) continue;
      if (columns.includes('workspace_id')) aRows[table] = (await server.sql<{ id: string }>(`SELECT id::text FROM "${table}" WHERE workspace_id = $1 ORDER BY id`, [aId])).map((r) => r.id);
    }
    // Users of A only: the instance admin who made both workspaces is a member of B as well.
    aRows.user = (
      await server.sql<{ id: string }>('SELECT user_id::text AS id FROM workspace_member WHERE workspace_id = $1 AND user_id NOT IN (SELECT user_id FROM workspace_member WHERE workspace_id = $2) ORDER BY user_id', [aId, bId])
    ).map((r) => r.id);
  }, 90_000);

  afterAll(async () => {
    await server?.close();
    await sandbox?.close();
  });

  const snake = (text: string) => text.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

  /** The table of A an ID argument points into: `postId` → post; a bare `id` by the operation (`deleteCannedReply` → canned_reply). */
  const tableOf = (name: string, operation: string): string | undefined => {
    const aliases: Record<string, string> = {
      postHistory: 'post',
      endpointId: 'webhook_endpoint',
      requestId: 'client_approval_request',
      disputeId: 'review_dispute',
      templateId: 'review_reply_template',
      assigneeId: 'user',
      userId: 'user',
      enableWebhookEndpoint: 'webhook_endpoint',
      disableWebhookEndpoint: 'webhook_endpoint',
    };
    const noun = aliases[name] ?? aliases[operation] ?? (name === 'id' ? snake(operation) : snake(name.replace(/Ids?$/, '')));
    return Object.keys(aRows).filter((table) => noun === table || noun.endsWith(`_${table}`)).sort((a, b) => b.length - a.length)[0];
  };

  /** A valid value for an argument; `workspace` is what workspace arguments get. Throws when it has none. */
  const idFor = (name: string, operation: string, workspace: (name: string) => string): string => {
    if (WORKSPACE_ARGS.has(name)) return workspace(name);
    if (UNSEEDED_ID_ARGS.has(name) || (name === 'id' && [...UNSEEDED_ID_ARGS].some((n) => operation.toLowerCase().includes(n.toLowerCase())))) return RANDOM_ID;
    const table = tableOf(name, operation);
    const id = table && aRows[table][0];
    if (!id) throw new Error(`${operation}.${name}: no row of brand A to name; seed one in this test (or list it in UNSEEDED_ID_ARGS with why)`);
    return id;
  };

  const stringFor = (name: string, operation: string): string => {
    const key = name.toLowerCase();
    if (key.includes('email')) return 'newcomer@a.test';
    if (key.includes('url')) return 'https://hooks.example.com/other';
    if (key === 'timezone') return 'UTC';
    if (key === 'type') return 'sandbox';
    if (key === 'password') return PASSWORD;
    if (key === 'data') return 'body,channels\nHello,sandbox';
    if (key === 'slug') return 'sweep';
    if (key === 'flag') return 'competitor';
    if (key === 'eventtypes' || key === 'eventtype') return 'policy.created';
    if (key === 'from' || key === 'since') return '2026-01-01T00:00:00Z';
    if (key === 'to') return '2026-02-01T00:00:00Z';
    if (/^(at|deadline|snoozeduntil)$/.test(key)) return '2031-01-01T10:00:00Z';
    if (key === 'accountids') return 'acct_1';
    return `sweep ${operation}`;
  };

  const valueOf = (type: GraphQLInputType, name: string, operation: string, workspace: (name: string) => string): unknown => {
    const inner = isNonNullType(type) ? type.ofType : type;
    if (inner instanceof GraphQLList) return [valueOf(inner.ofType, name, operation, workspace)];
    if (inner instanceof GraphQLEnumType) return inner.getValues()[0].name;
    if (inner instanceof GraphQLInputObjectType) return fill(Object.values(inner.getFields()), operation, workspace);
    if (inner instanceof GraphQLScalarType) {
      switch (inner.name) {
        case 'ID':
          return idFor(name, operation, workspace);
        case 'String':
          return stringFor(name, operation);
        case 'Int':
          return name === 'maxRating' ? 2 : 1;
        case 'Float':
          return 1;
        case 'Boolean':
          return false;
        case 'DateTime':
          return '2031-01-01T10:00:00Z';
        case 'JSON':
          return { accessToken: sandbox.accessToken, terms: [{ term: 'cheap' }] };
      }
    }
    throw new Error(`${operation}.${name}: no value for ${String(type)}; teach the sweep`);
  };

  /** Required fields, plus optional ids (where a foreign row could slip in) and bodies (needed by replies). */
  const fill = (fields: ReadonlyArray<GraphQLInputField | GraphQLArgument>, operation: string, workspace: (name: string) => string): Record<string, unknown> =>
    Object.fromEntries(
      fields
        .filter((f) => isNonNullType(f.type) || (getNamedType(f.type).name === 'ID' && !['after', 'actorId', 'entityId', 'cannedReplyId', 'templateId'].includes(f.name)) || f.name === 'body')
        .map((f) => [f.name, valueOf(f.type, f.name, operation, workspace)]),
    );

  /** The workspace arguments an operation takes, anywhere in its arguments. */
  const workspaceArgs = (field: GraphQLField<unknown, unknown>): string[] =>
    field.args.flatMap((arg) => {
      if (WORKSPACE_ARGS.has(arg.name)) return [arg.name];
      const named = getNamedType(arg.type);
      return named instanceof GraphQLInputObjectType ? Object.keys(named.getFields()).filter((f) => WORKSPACE_ARGS.has(f)).map((f) => `${arg.name}.${f}`) : [];
    });

  /** Arguments named like a workspace that the sweep does not know how to fill (forces new shapes to be taught). */
  const unknownWorkspaceArgs = (field: GraphQLField<unknown, unknown>): string[] =>
    field.args.flatMap((arg) => {
      const named = getNamedType(arg.type);
      const names = named instanceof GraphQLInputObjectType ? Object.keys(named.getFields()) : [arg.name];
      return names.filter((n) => /workspace/i.test(n) && !WORKSPACE_ARGS.has(n)).map((n) => `${field.name}: ${n}`);
    });

  const operations = (): Operation[] => [
    ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ kind: 'query' as const, field })),
    ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({ kind: 'mutation' as const, field })),
  ];

  const selection = (field: GraphQLField<unknown, unknown>): string => {
    const named = getNamedType(field.type);
    if (isLeafType(named)) return '';
    if (!(named instanceof GraphQLObjectType)) return '{ __typename }';
    const leaves = Object.values(named.getFields()).filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)));
    return `{ __typename ${leaves.map((f) => f.name).join(' ')} }`;
  };

  const documentOf = ({ kind, field }: Operation): string => {
    const definitions = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
    const call = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    return `${kind} Sweep${definitions ? `(${definitions})` : ''} { ${field.name}${call ? `(${call})` : ''} ${selection(field)} }`;
  };

  const codes = (response: GraphQLResponse) => [...new Set((response.errors ?? []).map((e) => e.extensions?.code))].join(',') || 'OK';
  const allARowIds = () => Object.values(aRows).flat();

  it('has nothing it cannot sweep: every argument naming a workspace is one it knows', () => {
    const all = [...operations().map((o) => o.field), ...Object.values(schema.getSubscriptionType()!.getFields())];
    expect(all.flatMap(unknownWorkspaceArgs)).toEqual([]);
    expect([...VIEWER_ALLOWED].filter((name) => !schema.getMutationType()!.getFields()[name])).toEqual([]);
  });

  it("refuses brand B's owner and keys every workspace-scoped operation on brand A (NOT_FOUND), and changes nothing", async () => {
    const scoped = operations().filter((o) => workspaceArgs(o.field).length);
    expect(scoped.length).toBeGreaterThan(80);
    const before = await snapshot();
    const wrong: string[] = [];
    let calls = 0;
    for (const op of scoped) {
      const copy = ['fromWorkspaceId', 'toWorkspaceId'].every((name) => workspaceArgs(op.field).some((path) => path.endsWith(name)));
      // A copy names two workspaces: A on one side and the intruder's own on the other, both ways.
      const variants: Array<(name: string) => string> = copy ? [(n) => (n === 'fromWorkspaceId' ? aId : bId), (n) => (n === 'toWorkspaceId' ? aId : bId)] : [() => aId];
      for (const workspace of variants) {
        const variables = fill(op.field.args, op.field.name, workspace);
        for (const [who, token] of Object.entries(intruders)) {
          const response = await server.gql(documentOf(op), variables, token);
          calls++;
          const code = codes(response);
          // API keys act for a workspace, not a user: where an operation needs a user they are FORBIDDEN before any lookup.
          const acceptable = code === 'NOT_FOUND' || (code === 'FORBIDDEN' && (who.includes('API key') || INSTANCE_ADMIN_ONLY.has(op.field.name)));
          if (!acceptable || Object.values(response.data ?? {}).some((v) => v !== null)) wrong.push(`${who} ${op.field.name}: ${code} ${JSON.stringify(response.data)} ${response.errors?.[0]?.message ?? ''}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(await snapshot()).toEqual(before);
    expect(calls).toBeGreaterThan(0);
  }, 60_000);

  it("never shows or changes brand A's rows when brand B's owner names them inside B", async () => {
    const before = await snapshot();
    const aIds = allARowIds();
    const wrong: string[] = [];
    for (const op of operations()) {
      if (!workspaceArgs(op.field).length || op.field.name === 'copyWorkspaceSettings') continue;
      let named = false;
      const variables = fill(op.field.args, op.field.name, () => bId);
      JSON.stringify(variables, (_key, value) => {
        if (typeof value === 'string' && aIds.includes(value)) named = true;
        return value;
      });
      if (!named) continue;
      const response = await server.gql(documentOf(op), variables, intruders['B owner (session)']);
      const data = JSON.stringify(response.data ?? null);
      const leaked = aIds.filter((id) => data.includes(id));
      const refused = response.errors?.length && Object.values(response.data ?? {}).every((v) => v === null);
      // A query may answer (e.g. an empty list filtered by A's channel); a mutation naming A's rows must be refused.
      if (leaked.length || (op.kind === 'mutation' && !refused)) wrong.push(`${op.field.name}: ${codes(response)} ${data} ${response.errors?.[0]?.message ?? ''}`);
    }
    expect(wrong).toEqual([]);
    expect(await snapshot()).toEqual(before);
  }, 60_000);

  it("answers null for brand A's rows through node and nodes", async () => {
    const ids = Object.entries(aRows).flatMap(([, list]) => list.slice(0, 1));
    expect(ids.length).toBeGreaterThan(5);
    for (const [who, token] of Object.entries(intruders)) {
      const single = await Promise.all(ids.map(async (id) => ({ id, response: await server.gql('query($id: ID!) { node(id: $id) { __typename id } }', { id }, token) })));
      expect({ who, found: single.filter(({ response }) => response.data?.node !== null || response.errors?.length).map(({ id, response }) => `${id}: ${JSON.stringify(response)}`) }).toEqual({ who, found: [] });
      const many = await server.gql('query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', { ids }, token);
      expect({ who, nodes: many.data?.nodes, errors: many.errors }).toEqual({ who, nodes: ids.map(() => null), errors: undefined });
    }
  });

  it("refuses a VIEWER of A every mutation (FORBIDDEN) but the allow-listed public ones, and changes nothing", async () => {
    const before = await snapshot();
    const wrong: string[] = [];
    for (const op of operations().filter((o) => o.kind === 'mutation')) {
      const response = await server.gql(documentOf(op), fill(op.field.args, op.field.name, () => aId), viewer);
      const code = codes(response);
      if (VIEWER_ALLOWED.has(op.field.name) ? code === 'OK' || code === 'INTERNAL_SERVER_ERROR' : code !== 'FORBIDDEN') wrong.push(`${op.field.name}: ${code} ${response.errors?.[0]?.message ?? ''}`);
    }
    expect(wrong).toEqual([]);
    expect(await snapshot()).toEqual(before);
  }, 60_000);

  it("refuses brand B's owner every subscription on brand A", async () => {
    const fields = Object.values(schema.getSubscriptionType()!.getFields()).filter((f) => workspaceArgs(f).length);
    expect(fields.length).toBeGreaterThan(5);
    const outcomes = await Promise.all(
      fields.map(async (field) => {
        const subscription = subscribe(server.wsUrl, documentOf({ kind: 'subscription', field }), fill(field.args, field.name, () => aId), intruders['B owner (session)']);
        try {
          const errors = (await refusal(subscription)) as Array<{ extensions?: { code?: string } }>;
          return `${field.name}: ${errors.map((e) => e.extensions?.code).join(',') || 'not refused'}`;
        } finally {
          await subscription.close();
        }
      }),
    );
    expect(outcomes).toEqual(fields.map((f) => `${f.name}: NOT_FOUND`));
  });
});
