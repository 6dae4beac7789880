import { DataSource } from 'typeorm';
import { createWorkspace, ok, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';

interface IntrospectedType {
  kind: string;
  name: string | null;
  ofType: IntrospectedType | null;
}
interface IntrospectedField {
  name: string;
  args: Array<{ type: IntrospectedType }>;
  type: IntrospectedType;
}

const TYPE = `query($name: String!) { __type(name: $name) { fields { name args { type { kind } } type { ...T } } } }
  fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`;

const named = (type: IntrospectedType): IntrospectedType => (type.ofType ? named(type.ofType) : type);

/**
 * Lists read only the columns behind the fields a query selects (common/projection.ts). Whichever field a query
 * asks for alone, a list must answer it exactly as the single-item query, which reads every column, answers it;
 * and a conversation's messages as they come when every field is asked for at once. Every field of each node type
 * is tried, so a field resolver reading a column it did not declare fails here.
 */
describe('lists read only what a query shows', () => {
  let server: TestServer;
  let token: string;
  let ws: string;
  let conversationId: string;

  /** A selection of `field` with every scalar below it (one level), a connection as its ids and count. */
  async function selectionOf(field: IntrospectedField): Promise<string | null> {
    if (field.args.some((arg) => arg.type.kind === 'NON_NULL')) return null;
    const type = named(field.type);
    if (type.kind === 'SCALAR' || type.kind === 'ENUM') return field.name;
    if (type.name!.endsWith('Connection')) return `${field.name} { totalCount edges { node { id } } }`;
    const fields: IntrospectedField[] = ok(await server.gql(TYPE, { name: type.name }, token)).__type.fields;
    const leaves = fields.filter((sub) => !sub.args.length && ['SCALAR', 'ENUM'].includes(named(sub.type).kind)).map((sub) => sub.name);
    return `${field.name} { ${leaves.join(' ')} }`;
  }

  async function fieldsOf(typeName: string): Promise<Array<{ name: string; selection: string }>> {
    const fields: IntrospectedField[] = ok(await server.gql(TYPE, { name: typeName }, token)).__type.fields;
    const selections = await Promise.all(fields.map(async (field) => ({ name: field.name, selection: await selectionOf(field) })));
    return selections.filter((entry): entry is { name: string; selection: string } => entry.selection !== null);
  }

  beforeAll(async () => {
    server = await createTestServer();
    token = await setupAdmin(server);
    ws = await createWorkspace(server, token, 'Projection');
    const [channel] = await server.sql(`INSERT INTO channel (workspace_id, type, kind, display_name, credentials_encrypted) VALUES ($1, 'sandbox', 'NETWORK', 'S', 'x') RETURNING id`, [ws]);
    const [contact] = await server.sql(`INSERT INTO contact (workspace_id, channel_id, external_id, handle, name, avatar_url) VALUES ($1, $2, 'a-1', 'ann', 'Ann', 'https://cdn.example/ann.png') RETURNING id`, [ws, channel.id]);
    const [conversation] = await server.sql(
      `INSERT INTO conversation (workspace_id, channel_id, thread_external_id, kind, contact_id, last_message_at, waiting_since, labels, escalated, priority)
       VALUES ($1, $2, 't-1', 'COMMENT_THREAD', $3, now(), now() - interval '1 hour', '{question}', true, 'URGENT') RETURNING id`,
      [ws, channel.id, contact.id],
    );
    conversationId = conversation.id;
    await server.sql(
      `INSERT INTO message (workspace_id, conversation_id, channel_id, direction, external_id, contact_id, body, sent_at, labels, findings, network_action, network_state, network_error, network_error_classification)
       VALUES ($1, $2, $3, 'INBOUND', 'm-1', $4, 'Hello', now() - interval '2 minutes', '{spam}', '[{"policyId":"00000000-0000-4000-8000-000000000001","policyName":"Inbox triage","policyVersion":1,"rule":"spam","action":"HIDE","severity":"MEDIUM","message":"Looks like spam","spans":[{"start":0,"end":5,"text":"Hello"}],"suggestion":null,"labels":["spam"],"confidence":0.9,"language":"en"}]', 'HIDE', 'FAILED', 'rate limited', 'RATE_LIMITED'),
              ($1, $2, $3, 'OUTBOUND', NULL, NULL, 'Hi Ann', now() - interval '1 minute', '{}', '[]', NULL, NULL, NULL, NULL)`,
      [ws, conversation.id, channel.id, contact.id],
    );
    await server.sql(`UPDATE message SET delivery_status = 'QUEUED' WHERE direction = 'OUTBOUND' AND workspace_id = $1`, [ws]);
    ok(await server.gql('mutation($ws: ID!, $c: [ID!]!) { createPost(input: { workspaceId: $ws, body: "Spring sale, 50% off everything", channelIds: $c, tags: ["sale"] }) { id } }', { ws, c: [channel.id] }, token));
    await server.sql(
      `INSERT INTO review (workspace_id, channel_id, external_id, author_external_id, author_handle, author_name, rating, raw_rating, title, body, language, source_created_at, source_updated_at, labels, flags, urgent, suspicion, suspicion_reasons, reply_body, reply_status, reply_sent_at)
       VALUES ($1, $2, 'r-1', 'u-1', 'bob', 'Bob', 2, 4, 'Meh', 'Cold food', 'en', now(), now(), '{criticism}', '{FAKE}', true, 0.5, '[{"signal":"LOW_RATING_BURST","weight":0.25,"detail":"3 in an hour"}]', 'Sorry, Bob', 'SENT', now())`,
      [ws, channel.id],
    );
    await server.sql(`INSERT INTO review_reply_template (workspace_id, name, body, min_rating, max_rating) VALUES ($1, 'Sorry', 'Sorry to hear that, {{author.name}}: {{rating}} stars', 1, 3)`, [ws]);
  });

  afterAll(async () => {
    await server?.close();
  });

  const lists = [
    { type: 'Post', list: 'posts(workspaceId: $ws, first: 5)', single: 'post(workspaceId: $ws, id: $id)' },
    { type: 'Conversation', list: 'conversations(workspaceId: $ws, first: 5)', single: 'conversation(workspaceId: $ws, id: $id)' },
    { type: 'Review', list: 'reviews(workspaceId: $ws, first: 5)', single: 'review(workspaceId: $ws, id: $id)' },
  ];

  it.each(lists)('$type: each field asked for alone comes back as the single-item query gives it', async ({ type, list, single }) => {
    const fields = await fieldsOf(type);
    expect(fields.length).toBeGreaterThan(8);
    for (const { name, selection } of fields) {
      const page = ok(await server.gql(`query($ws: ID!) { list: ${list} { edges { node { id ${selection} } } } }`, { ws }, token)).list;
      expect(page.edges.length).toBeGreaterThan(0);
      for (const { node } of page.edges) {
        const whole = ok(await server.gql(`query($ws: ID!, $id: ID!) { one: ${single} { id ${selection} } }`, { ws, id: node.id }, token)).one;
        expect({ field: name, value: node[name] }).toEqual({ field: name, value: whole[name] });
      }
    }
  });

  it("a conversation's contact (read by a loader, of the columns its selection needs) has each field as stored", async () => {
    const fields = ['id', 'externalId', 'handle', 'name', 'avatarUrl'];
    const whole = ok(await server.gql(`query($ws: ID!) { conversations(workspaceId: $ws) { edges { node { contact { ${fields.join(' ')} } } } } }`, { ws }, token)).conversations.edges[0].node.contact;
    expect(whole).toEqual({ id: expect.any(String), externalId: 'a-1', handle: 'ann', name: 'Ann', avatarUrl: 'https://cdn.example/ann.png' });
    for (const field of fields) {
      const alone = ok(await server.gql(`query($ws: ID!) { conversations(workspaceId: $ws) { edges { node { contact { ${field} } } } } }`, { ws }, token)).conversations.edges[0].node.contact;
      expect(alone).toEqual({ [field]: whole[field] });
    }
  });

  it("a conversation's messages: each field asked for alone comes back as with every field asked for", async () => {
    const fields = await fieldsOf('Message');
    const messages = (selection: string) => `query($ws: ID!, $id: ID!) { conversation(workspaceId: $ws, id: $id) { messages(first: 10) { edges { node { id ${selection} } } } } }`;
    const all = ok(await server.gql(messages(fields.map((field) => field.selection).join(' ')), { ws, id: conversationId }, token)).conversation.messages.edges;
    expect(all).toHaveLength(2);
    // What the test data is there for: a failed network effect, and a queued reply's pending one.
    expect(all.map(({ node }: { node: { networkEffect: { state: string } | null } }) => node.networkEffect?.state).sort()).toEqual(['FAILED', 'PENDING']);
    for (const { name, selection } of fields) {
      const alone = ok(await server.gql(messages(selection), { ws, id: conversationId }, token)).conversation.messages.edges;
      expect(alone.map(({ node }: { node: Record<string, unknown> }) => ({ field: name, value: node[name] }))).toEqual(all.map(({ node }: { node: Record<string, unknown> }) => ({ field: name, value: node[name] })));
    }
  });

  it('reads fewer columns when a query shows fewer fields, and every column when a field resolver may read any', async () => {
    const statements: string[] = [];
    const dataSource = server.app.get(DataSource);
    const original = dataSource.query;
    dataSource.query = (async (sql: string, parameters?: unknown[]) => {
      statements.push(sql);
      return original.call(dataSource, sql, parameters);
    }) as DataSource['query'];
    try {
    ok(await server.gql('query($ws: ID!) { reviews(workspaceId: $ws, first: 5) { edges { node { id rating } } } }', { ws }, token));
    const narrow = statements.find((sql) => sql.includes('FROM "review"'))!;
    expect(narrow).toContain('"review"."rating"');
    expect(narrow).not.toContain('"review"."body"');
    expect(narrow).not.toContain('suspicion_reasons');
    statements.length = 0;
    ok(await server.gql('query($ws: ID!) { reviews(workspaceId: $ws, first: 5) { edges { node { id suggestedReply } } } }', { ws }, token));
    const wide = statements.find((sql) => sql.includes('FROM "review"'))!;
    expect(wide).toContain('"review"."body"');
    expect(wide).toContain('suspicion_reasons');
    } finally {
      dataSource.query = original;
    }
  });
});
