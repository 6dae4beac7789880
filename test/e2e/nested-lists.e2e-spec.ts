import { createMember, createWorkspace, ok, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';

interface MessagePage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: { body: string; conversationId: string } }>;
}
interface ConversationNode {
  id: string;
  contact: { handle: string };
  messages: MessagePage;
}

const LIST = `query($ws: ID!, $first: Int, $after: String) { conversations(workspaceId: $ws, first: 10, orderBy: RECENT_ACTIVITY) { edges { node {
  id contact { handle } messages(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { body conversationId } } } } } } }`;

/**
 * Nested lists are loaded for every parent of a page at once (one query per
 * level). Each parent must still get exactly its own page: its own rows, in
 * order, with its own cursor, next-page flag and count.
 */
describe('nested lists loaded per level', () => {
  let server: TestServer;
  let workspaceId: string;
  let otherWorkspace: string;
  let agent: string;
  /** Thread name → conversation id; thread i has 2i + 1 messages. */
  const threads = new Map<string, string>();

  beforeAll(async () => {
    server = await createTestServer();
    const owner = await setupAdmin(server);
    workspaceId = await createWorkspace(server, owner, 'Nested');
    otherWorkspace = await createWorkspace(server, owner, 'Other');
    agent = await createMember(server, owner, workspaceId, 'agent@nested.test', 'AGENT');
    for (const [ws, prefix] of [[workspaceId, 't'], [otherWorkspace, 'x']] as const) {
      const [channel] = await server.sql(`INSERT INTO channel (workspace_id, type, kind, display_name, credentials_encrypted) VALUES ($1, 'sandbox', 'NETWORK', 'S', 'x') RETURNING id`, [ws]);
      for (let i = 0; i < 4; i++) {
        const [contact] = await server.sql(`INSERT INTO contact (workspace_id, channel_id, external_id, handle) VALUES ($1, $2, $3::text, $3::text) RETURNING id`, [ws, channel.id, `${prefix}-author-${i}`]);
        const [conversation] = await server.sql(
          `INSERT INTO conversation (workspace_id, channel_id, thread_external_id, kind, contact_id, last_message_at) VALUES ($1, $2, $3, 'COMMENT_THREAD', $4, $5) RETURNING id`,
          [ws, channel.id, `${prefix}${i}`, contact.id, new Date(Date.UTC(2030, 0, 1, i))],
        );
        if (ws === workspaceId) threads.set(`${prefix}${i}`, conversation.id);
        for (let m = 0; m < 2 * i + 1; m++) {
          // Two messages of a thread share a timestamp: the order falls back on the id, as cursors do.
          await server.sql(
            `INSERT INTO message (workspace_id, conversation_id, channel_id, direction, external_id, contact_id, body, sent_at) VALUES ($1, $2, $3, 'INBOUND', $4::text, $5, $4::text, $6)`,
            [ws, conversation.id, channel.id, `${prefix}${i}-m${m}`, contact.id, new Date(Date.UTC(2030, 0, 1, i, Math.floor(m / 2)))],
          );
        }
      }
    }
  });

  afterAll(async () => {
    await server?.close();
  });

  const list = async (first: number, after?: string) =>
    ok(await server.gql<{ conversations: { edges: Array<{ node: ConversationNode }> } }>(LIST, { ws: workspaceId, first, after }, agent)).conversations.edges.map((e) => e.node);
  /** A thread's messages in the order the API promises: sent_at, then id. */
  const expected = async (thread: string) =>
    (await server.sql(`SELECT body FROM message WHERE conversation_id = $1 ORDER BY sent_at, id`, [threads.get(thread)])).map((r: { body: string }) => r.body);

  it('gives every conversation of a page its own first messages, count, cursor and next-page flag', async () => {
    const conversations = await list(2);
    expect(conversations.map((c) => c.contact.handle)).toEqual(['t-author-3', 't-author-2', 't-author-1', 't-author-0']);
    for (const conversation of conversations) {
      const thread = [...threads].find(([, id]) => id === conversation.id)![0];
      const all = await expected(thread);
      expect(conversation.messages.edges.map((e) => e.node.body)).toEqual(all.slice(0, 2));
      expect(conversation.messages.edges.every((e) => e.node.conversationId === conversation.id)).toBe(true);
      expect(conversation.messages.totalCount).toBe(all.length);
      expect(conversation.messages.pageInfo.hasNextPage).toBe(all.length > 2);
    }
  });

  it('pages on through a conversation\'s messages from its end cursor, in order, to the last one', async () => {
    const [longest] = await list(2);
    const all = await expected('t3');
    const pages: string[] = [];
    let after: string | undefined;
    for (;;) {
      const conversation = (await list(2, after)).find((c) => c.id === longest.id)!;
      pages.push(...conversation.messages.edges.map((e) => e.node.body));
      if (!conversation.messages.pageInfo.hasNextPage) break;
      after = conversation.messages.pageInfo.endCursor!;
    }
    expect(pages).toEqual(all);
  });

  it('pages from the newest message back to the oldest with newestFirst', async () => {
    const newestFirst = `query($ws: ID!, $id: ID!, $after: String) { conversation(workspaceId: $ws, id: $id) {
      messages(first: 3, after: $after, newestFirst: true) { totalCount pageInfo { hasNextPage endCursor } edges { node { body } } } } }`;
    const pages: string[][] = [];
    let after: string | undefined;
    for (;;) {
      const messages: MessagePage = ok(await server.gql<{ conversation: { messages: MessagePage } }>(newestFirst, { ws: workspaceId, id: threads.get('t3'), after }, agent)).conversation.messages;
      pages.push(messages.edges.map((e) => e.node.body));
      if (!messages.pageInfo.hasNextPage) break;
      after = messages.pageInfo.endCursor!;
    }
    const all = await expected('t3');
    expect(pages[0]).toEqual(all.slice(-3).reverse());
    expect(pages.flat()).toEqual([...all].reverse());
  });

  it('never shows another workspace’s conversations, contacts or messages', async () => {
    const conversations = await list(20);
    const bodies = conversations.flatMap((c) => c.messages.edges.map((e) => e.node.body));
    expect(conversations).toHaveLength(4);
    expect(bodies.some((b) => b.startsWith('x'))).toBe(false);
    expect(conversations.some((c) => c.contact.handle.startsWith('x-'))).toBe(false);
  });
});
