import { jest } from '@jest/globals';
import request from 'supertest';
import WebSocket from 'ws';
import { createMember, createWorkspace, ok, setupAdmin } from '../utils/fixtures.js';
import { refusal, subscribe, type Subscription } from '../utils/subscriptions.js';
import { createTestServer, type GraphQLResponse, type TestServer } from '../utils/test-server.js';
import { until } from '../utils/wait.js';

const ADMIN_ORIGIN = 'https://admin.agency.test';

/** The lists the admin UI shows, 50 rows each with their nested fields. */
const INBOX_PAGE = `query Inbox($ws: ID!) {
  conversations(workspaceId: $ws, first: 50, orderBy: WAITING_LONGEST) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id kind status priority labels awaitingAnswer escalated waitingSince lastMessageAt assigneeId channelId snoozedUntil
      contact { id handle name avatarUrl }
      messages(first: 1) { edges { node { id body direction sentAt } } }
    } }
  }
}`;
const POSTS_PAGE = `query Posts($ws: ID!) {
  posts(workspaceId: $ws, first: 50) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id kind status body tags media scheduledAt requiresApproval limitErrors authorId createdAt updatedAt
      targets { id channelId status variantText url publishedAt lastError attempts }
      policyCheck { outcome findings { rule severity message suggestion spans { start end text } } }
    } }
  }
}`;
const REVIEWS_PAGE = `query Reviews($ws: ID!) {
  reviews(workspaceId: $ws, first: 50) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id channelId rating title body language sentiment urgent suspicion flags labels sourceCreatedAt suggestedReply
      author { handle name }
      reply { status body sentAt error }
      suspicionReasons { signal detail weight }
      findings { rule severity message }
      revisions(first: 5) { totalCount edges { node { id } } }
    } }
  }
}`;

/** Conversations, each with a page of its messages: a list in a list, priced by the page sizes asked for. */
const NESTED_LISTS = `query($ws: ID!, $conversations: Int, $messages: Int) {
  conversations(workspaceId: $ws, first: $conversations) { edges { node { id messages(first: $messages) { edges { node { id body } } } } } }
}`;
/** Its cost: for each conversation (id, and messages: 1 + per message edges 1 + node 1 + id + body), plus edges and node. */
const nestedListsCost = (conversations: number, messages: number) => 1 + conversations * (1 + 1 + 1 + (1 + messages * 4));

/** What graphql-ws sent for a refused operation: its `error` message carries a list of GraphQL errors. */
async function wsErrors(subscription: Subscription<unknown>): Promise<Array<{ message: string; extensions?: Record<string, unknown> }>> {
  return (await refusal(subscription)).flat() as never;
}

function codes(response: GraphQLResponse): string[] {
  return (response.errors ?? []).map((error) => error.extensions.code);
}

describe('query limits', () => {
  let server: TestServer;
  let admin: string;
  let viewer: string;
  let workspaceId: string;

  beforeAll(async () => {
    server = await createTestServer({ RAPPORT_CORS_ORIGINS: `${ADMIN_ORIGIN}, https://other-admin.agency.test` });
    admin = await setupAdmin(server);
    workspaceId = await createWorkspace(server, admin, 'Limits');
    viewer = await createMember(server, admin, workspaceId, 'viewer@limits.test', 'VIEWER');
  });
  afterAll(() => server?.close());

  it('refuses 2,000 aliases of posts(first: 100) before running any of them', async () => {
    const aliases = Array.from({ length: 2000 }, (_, i) => `p${i.toString(36)}:posts(workspaceId:$w,first:100){...P}`).join(' ');
    const attack = `query($w:ID!){${aliases}} fragment P on PostConnection{edges{node{id body targets{id status}}}}`;
    expect(attack.length).toBeLessThan(87_000);
    const res = await server.http.post('/graphql').set('authorization', `Bearer ${viewer}`).send({ query: attack, variables: { w: workspaceId } });
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'QUERY_TOO_COMPLEX', tokens: 32029, maxTokens: 5000 } }),
      expect.objectContaining({ message: 'The operation uses more than 30 aliases.', extensions: { code: 'QUERY_TOO_COMPLEX', maxAliases: 30 } }),
    ]);
  });

  it('runs none of 31 aliased mutations', async () => {
    const mutations = Array.from({ length: 31 }, (_, i) => `w${i}: createWorkspace(input: { name: "Flood ${i}" }) { id }`).join(' ');
    const res = await server.gql(`mutation { ${mutations} }`, {}, admin);
    expect(codes(res)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(await server.sql(`SELECT 1 FROM workspace WHERE name LIKE 'Flood %'`)).toEqual([]);
  });

  it('prices lists by the page size asked for, even from variables, and refuses a query over the maximum cost', async () => {
    const { status, body: res } = await server.http
      .post('/graphql')
      .set('authorization', `Bearer ${viewer}`)
      .send({ query: NESTED_LISTS, variables: { ws: workspaceId, conversations: 100, messages: 100 } });
    expect(status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(res.errors).toEqual([
      expect.objectContaining({
        message: `The operation costs ${nestedListsCost(100, 100)}, more than the 5000 allowed.`,
        extensions: { code: 'QUERY_TOO_COMPLEX', cost: nestedListsCost(100, 100), maxCost: 5000 },
      }),
    ]);
    // Without `first`, a list counts as its default page of 20: 20 conversations × 20 messages fits.
    expect(nestedListsCost(20, 20)).toBeLessThan(5000);
    expect(ok(await server.gql(NESTED_LISTS, { ws: workspaceId }, viewer)).conversations.edges).toEqual([]);
    // A document's cost is measured once per set of variables: the same text with other page sizes is priced anew,
    // and asked again, the same refusal.
    expect(ok(await server.gql(NESTED_LISTS, { ws: workspaceId, conversations: 5, messages: 5 }, viewer)).conversations.edges).toEqual([]);
    const again = await server.gql(NESTED_LISTS, { ws: workspaceId, conversations: 100, messages: 100 }, viewer);
    expect(again.errors).toEqual([expect.objectContaining({ extensions: { code: 'QUERY_TOO_COMPLEX', cost: nestedListsCost(100, 100), maxCost: 5000 } })]);
    const wide = await server.gql(NESTED_LISTS, { ws: workspaceId, conversations: 100, messages: 49 }, viewer);
    expect(wide.errors).toEqual([expect.objectContaining({ extensions: { code: 'QUERY_TOO_COMPLEX', cost: nestedListsCost(100, 49), maxCost: 5000 } })]);
  });

  it('refuses a document of more tokens than allowed', async () => {
    // Aliases of __typename are not counted as aliases: only the tokens (3 per alias, plus the braces) are too many.
    const res = await server.gql(`{ ${Array.from({ length: 2000 }, (_, i) => `t${i}: __typename`).join(' ')} }`, {}, admin);
    expect(res.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'QUERY_TOO_COMPLEX', tokens: 6002, maxTokens: 5000 } }),
    ]);
  });

  it("lets the admin UI's real lists through", async () => {
    for (const query of [INBOX_PAGE, POSTS_PAGE, REVIEWS_PAGE]) {
      expect(ok(await server.gql(query, { ws: workspaceId }, admin))).toEqual(expect.any(Object));
    }
    // The placeholder admin page's own query.
    ok(await server.gql('{ me { name email } workspaces(first: 100) { totalCount edges { node { id name slug timezone } } } }', {}, admin));
  });

  it('applies the same limits over graphql-ws', async () => {
    // graphql-ws runs queries too, not only subscriptions.
    const aliases = Array.from({ length: 31 }, (_, i) => `m${i}: me { id }`).join(' ');
    const tooManyAliases = subscribe(server.wsUrl, `{ ${aliases} }`, {}, viewer);
    const tooCostly = subscribe(server.wsUrl, NESTED_LISTS, { ws: workspaceId, conversations: 100, messages: 100 }, viewer);
    try {
      expect(await wsErrors(tooManyAliases)).toEqual([expect.objectContaining({ extensions: { code: 'QUERY_TOO_COMPLEX', maxAliases: 30 } })]);
      expect(await wsErrors(tooCostly)).toEqual([
        expect.objectContaining({ extensions: { code: 'QUERY_TOO_COMPLEX', cost: nestedListsCost(100, 100), maxCost: 5000 } }),
      ]);
      expect([...tooManyAliases.received, ...tooCostly.received]).toEqual([]);
    } finally {
      await tooManyAliases.close();
      await tooCostly.close();
    }
  });

  it('refuses oversized requests over HTTP and graphql-ws without reading them whole', async () => {
    const huge = 'x'.repeat(2 * 1024 * 1024);
    const http = await request(server.app.getHttpServer()).post('/graphql').set('Content-Type', 'application/json').send({ query: `{ me { id } } # ${huge}` });
    expect(http.status).toBe(413);
    const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws');
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    await new Promise((resolve) => socket.on('open', resolve));
    const consoleErrors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      socket.send(JSON.stringify({ type: 'connection_init', payload: { padding: huge } }));
      // 1009: "message too big", closed by the server before any of it is parsed.
      expect(await closed).toBe(1009);
      // The client's error, logged as that: not printed as an internal error of the server.
      await until('the log line', async () => server.logLines.some((line) => line.includes('the client sent a frame it may not') && line.includes('WS_ERR_UNSUPPORTED_MESSAGE_LENGTH')));
      expect(consoleErrors).not.toHaveBeenCalled();
    } finally {
      consoleErrors.mockRestore();
    }
  });

  it('sends security headers and no X-Powered-By', async () => {
    for (const path of ['/health', '/admin/']) {
      const res = await server.http.get(path);
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    }
    const graphql = await server.http.post('/graphql').send({ query: '{ setupRequired }' });
    expect(graphql.headers['x-powered-by']).toBeUndefined();
    expect(graphql.headers['strict-transport-security']).toMatch(/max-age=/);
    // GraphiQL (on while introspection is) loads its scripts from unpkg.com: its page alone may.
    const graphiql = await server.http.get('/graphql').set('accept', 'text/html');
    expect(graphiql.text).toContain('https://unpkg.com/graphiql');
    expect(graphiql.headers['content-security-policy']).toContain("script-src 'self' 'unsafe-inline' https://unpkg.com");
  });

  it('keeps the admin page working under its Content-Security-Policy: no inline script, its script served', async () => {
    const page = await server.http.get('/admin/');
    const scripts = [...page.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, inline] of scripts) {
      expect(inline.trim()).toBe('');
      const src = /src="([^"]+)"/.exec(attributes)![1];
      expect(src.startsWith('/')).toBe(true);
      const script = await server.http.get(src);
      expect(script.status).toBe(200);
      expect(script.headers['content-type']).toContain('javascript');
    }
  });

  it('answers CORS for the configured origins only', async () => {
    const preflight = (origin: string) =>
      server.http.options('/graphql').set('origin', origin).set('access-control-request-method', 'POST').set('access-control-request-headers', 'content-type,authorization');
    const allowed = await preflight(ADMIN_ORIGIN);
    expect(allowed.headers['access-control-allow-origin']).toBe(ADMIN_ORIGIN);
    const other = await preflight('https://evil.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const post = await server.http.post('/graphql').set('origin', ADMIN_ORIGIN).send({ query: '{ setupRequired }' });
    expect(post.headers['access-control-allow-origin']).toBe(ADMIN_ORIGIN);
  });
});

describe('the schema in production', () => {
  const INTROSPECTION = '{ __schema { queryType { name } } }';
  let production: TestServer;

  beforeAll(async () => {
    production = await createTestServer({ NODE_ENV: 'production' });
  });
  afterAll(() => production?.close());

  it('refuses introspection, over HTTP and graphql-ws', async () => {
    const res = await production.gql(INTROSPECTION);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0].message).toMatch(/introspection/i);
    const overWs = subscribe(production.wsUrl, INTROSPECTION, {});
    try {
      expect(await wsErrors(overWs)).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/introspection has been disabled/) }));
      expect(overWs.received).toEqual([]);
    } finally {
      await overWs.close();
    }
  });

  it('gives no "Did you mean" hints about fields or enum values', async () => {
    const field = await production.gql('{ setupRequire }');
    expect(field.errors?.[0].message).toBe('Cannot query field "setupRequire" on type "Query".');
    const enumValue = await production.gql('query($ws: ID!, $status: ConversationStatus) { conversations(workspaceId: $ws, status: $status) { totalCount } }', {
      ws: '00000000-0000-4000-8000-000000000000',
      status: 'OPN',
    });
    expect(enumValue.errors).toHaveLength(1);
    expect(enumValue.errors![0].message).not.toContain('Did you mean');
    const overWs = subscribe(production.wsUrl, '{ setupRequire }', {});
    try {
      expect(await wsErrors(overWs)).toEqual([expect.objectContaining({ message: 'Cannot query field "setupRequire" on type "Query".' })]);
    } finally {
      await overWs.close();
    }
  });

  it('sends no CORS headers when no origin is configured', async () => {
    const res = await production.http.post('/graphql').set('origin', 'https://evil.example').send({ query: '{ setupRequired }' });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves introspection and hints when RAPPORT_GRAPHQL_INTROSPECTION=true', async () => {
    const open = await createTestServer({ NODE_ENV: 'production', RAPPORT_GRAPHQL_INTROSPECTION: 'true' });
    try {
      expect(ok(await open.gql(INTROSPECTION))).toEqual({ __schema: { queryType: { name: 'Query' } } });
      expect((await open.gql('{ setupRequire }')).errors?.[0].message).toContain('Did you mean "setupRequired"?');
      const enumValue = await open.gql('query($ws: ID!, $status: ConversationStatus) { conversations(workspaceId: $ws, status: $status) { totalCount } }', {
        ws: '00000000-0000-4000-8000-000000000000',
        status: 'OPN',
      });
      expect(enumValue.errors?.[0].message).toContain('Did you mean the enum value "OPEN"?');
    } finally {
      await open.close();
    }
  });
});
