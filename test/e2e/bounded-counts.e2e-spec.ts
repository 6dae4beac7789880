import { createMember, createWorkspace, errorCode, ok, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';

interface BoundedCount {
  count: number;
  precision: 'EXACT' | 'AT_LEAST';
}

/**
 * `countUpTo(limit:)` on every list: the list's size counted no further than the limit, so a long inbox can say
 * "1,000+" at the cost of reading a thousand rows, where `totalCount` reads every row. It counts what the list would
 * page through (the same workspace, filters and access) and refuses a limit it cannot honour.
 */
describe('bounded counts (countUpTo)', () => {
  let server: TestServer;
  let admin: string;
  let ws: string;
  let other: string;
  let conversationId: string;

  const CONVERSATIONS = `query($ws: ID!, $limit: Int!, $escalated: Boolean) {
    conversations(workspaceId: $ws, escalated: $escalated, first: 2) { totalCount countUpTo(limit: $limit) { count precision } edges { node { id } } }
  }`;
  async function conversationCount(workspaceId: string, limit: number, token = admin, escalated?: boolean) {
    return server.gql<{ conversations: { totalCount: number; countUpTo: BoundedCount; edges: unknown[] } }>(CONVERSATIONS, { ws: workspaceId, limit, escalated }, token);
  }

  /** `n` conversations in a workspace (two escalated), each with `messages` inbound messages. */
  async function seed(workspaceId: string, n: number, messages = 1): Promise<string[]> {
    const [channel] = await server.sql(`INSERT INTO channel (workspace_id, type, kind, display_name, credentials_encrypted) VALUES ($1, 'sandbox', 'NETWORK', 'S', 'x') RETURNING id`, [workspaceId]);
    const [contact] = await server.sql(`INSERT INTO contact (workspace_id, channel_id, external_id, handle) VALUES ($1, $2, 'a-1', 'ann') RETURNING id`, [workspaceId, channel.id]);
    const conversations = await server.sql(
      `INSERT INTO conversation (workspace_id, channel_id, thread_external_id, kind, contact_id, last_message_at, escalated)
       SELECT $1, $2, 't-' || i, 'COMMENT_THREAD', $3, now() - i * interval '1 minute', i <= 2 FROM generate_series(1, $4::int) i RETURNING id`,
      [workspaceId, channel.id, contact.id, n],
    );
    await server.sql(
      `INSERT INTO message (workspace_id, conversation_id, channel_id, direction, external_id, contact_id, body, sent_at)
       SELECT $1, c.id, $2, 'INBOUND', c.id || '-' || j, $3, 'Hello ' || j, now() - j * interval '1 second'
         FROM unnest($4::uuid[]) AS c(id) CROSS JOIN generate_series(1, $5::int) j`,
      [workspaceId, channel.id, contact.id, conversations.map((c: { id: string }) => c.id), messages],
    );
    return conversations.map((c: { id: string }) => c.id);
  }

  beforeAll(async () => {
    server = await createTestServer();
    admin = await setupAdmin(server);
    ws = await createWorkspace(server, admin, 'Counted');
    other = await createWorkspace(server, admin, 'Elsewhere');
    [conversationId] = await seed(ws, 7, 3);
    await seed(other, 4);
  });

  afterAll(async () => {
    await server?.close();
  });

  it('stops at the limit and says so; under the limit the count is exact', async () => {
    const capped = ok(await conversationCount(ws, 5)).conversations;
    expect(capped.countUpTo).toEqual({ count: 5, precision: 'AT_LEAST' });
    expect(capped.totalCount).toBe(7);
    expect(capped.edges).toHaveLength(2);
    expect(ok(await conversationCount(ws, 7)).conversations.countUpTo).toEqual({ count: 7, precision: 'EXACT' });
    expect(ok(await conversationCount(ws, 6)).conversations.countUpTo).toEqual({ count: 6, precision: 'AT_LEAST' });
    expect(ok(await conversationCount(ws, 1000)).conversations.countUpTo).toEqual({ count: 7, precision: 'EXACT' });
  });

  it("counts only the list's own workspace and filters", async () => {
    expect(ok(await conversationCount(other, 1000)).conversations.countUpTo).toEqual({ count: 4, precision: 'EXACT' });
    expect(ok(await conversationCount(ws, 1000, admin, true)).conversations.countUpTo).toEqual({ count: 2, precision: 'EXACT' });
    expect(ok(await conversationCount(ws, 1, admin, true)).conversations.countUpTo).toEqual({ count: 1, precision: 'AT_LEAST' });
  });

  it('counts a nested list (a conversation’s messages) the same way', async () => {
    const query = `query($ws: ID!, $id: ID!, $limit: Int!) { conversation(workspaceId: $ws, id: $id) { messages(first: 1) { totalCount countUpTo(limit: $limit) { count precision } } } }`;
    const messages = async (limit: number) => ok(await server.gql<{ conversation: { messages: { totalCount: number; countUpTo: BoundedCount } } }>(query, { ws, id: conversationId, limit }, admin)).conversation.messages;
    expect(await messages(2)).toEqual({ totalCount: 3, countUpTo: { count: 2, precision: 'AT_LEAST' } });
    expect(await messages(3)).toEqual({ totalCount: 3, countUpTo: { count: 3, precision: 'EXACT' } });
  });

  it('counts rows once on a list read through a join (workspace members)', async () => {
    await createMember(server, admin, ws, 'agent1@agency.test', 'AGENT');
    await createMember(server, admin, ws, 'agent2@agency.test', 'AGENT');
    const query = `query($id: ID!, $limit: Int!) { workspace(id: $id) { members(first: 1) { totalCount countUpTo(limit: $limit) { count precision } } } }`;
    const members = async (limit: number) => ok(await server.gql<{ workspace: { members: { totalCount: number; countUpTo: BoundedCount } } }>(query, { id: ws, limit }, admin)).workspace.members;
    const total = (await members(1000)).totalCount;
    expect(total).toBeGreaterThanOrEqual(2);
    expect((await members(1000)).countUpTo).toEqual({ count: total, precision: 'EXACT' });
    expect((await members(total - 1)).countUpTo).toEqual({ count: total - 1, precision: 'AT_LEAST' });
  });

  it.each([0, -1, 100_001])('refuses limit %p as BAD_USER_INPUT on the limit field', async (limit) => {
    const response = await conversationCount(ws, limit);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(response.errors)).toContain('limit');
    expect(JSON.stringify(response.errors)).toContain('1 to 100,000');
  });

  it('does not count a workspace the caller cannot read (it is not found, as for any list of it)', async () => {
    const agent = await createMember(server, admin, other, 'outsider@agency.test', 'AGENT');
    const response = await conversationCount(ws, 1000, agent);
    expect(errorCode(response)).toBe('NOT_FOUND');
    expect(response.data).toBeNull();
  });
});
