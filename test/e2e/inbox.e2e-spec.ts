import { signWebhookBody, SIGNATURE_HEADER } from '@rapport/plugin-network-sandbox';
import { startSandboxNetwork, type SandboxNetwork } from '@rapport/plugin-network-sandbox/server';
import { MessageAddedEvent } from '../../apps/server/src/conversations/conversation-events.js';
import { createMember, createWorkspace, errorCode, ok, rulePlugins, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';

const SECRET = 'whsec-inbox-test';
const QUESTION = 'Do you deliver to Lyon?';
const SPAM = 'FREE crypto giveaway!!! DM me to claim: bit.ly/free-btc';
const COMPLAINT = 'The delivery was two weeks late and nobody answered my emails. Very disappointed.';
const PRAISE = '@rapport-demo love the new shop!';

describe('the inbox: comments, mentions and DMs from webhooks and polling', () => {
  let sandbox: SandboxNetwork;
  let server: TestServer;
  let httpUrl: string;
  let workspaceA: string;
  let workspaceB: string;
  let agentA: string;
  let agentB: string;
  let hooks: string;
  let polls: string;
  const rules = ['question-detector', 'spam', 'sentiment-and-criticism', 'banned-terms'];

  const sql = (text: string, params: unknown[] = []) => server.sql(text, params);
  const messageCount = async (channelId: string) => (await sql('SELECT count(*)::int AS n FROM message WHERE channel_id = $1', [channelId]))[0].n as number;
  const waitFor = async (condition: () => Promise<boolean>, what: string, timeoutMs = 15_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const jobsSettled = () => waitFor(async () => (await sql("SELECT count(*)::int AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active')"))[0].n === 0, 'queued jobs');
  const deliver = (channelId: string, body: string, signature = signWebhookBody(SECRET, body)) =>
    server.http.post(`/webhooks/${channelId}`).set('content-type', 'application/json').set(SIGNATURE_HEADER, signature).send(body);
  const threads = async (channelId: string) =>
    (await sql(
      `SELECT c.thread_external_id AS thread, c.kind, array_agg(m.external_id ORDER BY m.external_id) AS messages
         FROM conversation c JOIN message m ON m.conversation_id = c.id AND m.direction = 'INBOUND' WHERE c.channel_id = $1 GROUP BY 1, 2 ORDER BY 1`,
      [channelId],
    )) as Array<{ thread: string; kind: string; messages: string[] }>;

  beforeAll(async () => {
    sandbox = await startSandboxNetwork();
    server = await createTestServer({}, {
      plugins: [
        { specifier: '@rapport/plugin-network-sandbox', baseDir: '/', options: { baseUrl: sandbox.url } },
        ...rulePlugins(rules),
      ],
    });
    httpUrl = server.wsUrl.replace('ws://', 'http://').replace(/\/graphql$/, '');
    const admin = await setupAdmin(server);
    workspaceA = await createWorkspace(server, admin, 'Brand A');
    workspaceB = await createWorkspace(server, admin, 'Brand B');
    agentA = await createMember(server, admin, workspaceA, 'agent@a.test', 'AGENT');
    agentB = await createMember(server, admin, workspaceB, 'agent@b.test', 'AGENT');
    const connect = async (workspaceId: string, displayName: string) =>
      ok(await server.gql('mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id } }', { input: { workspaceId, type: 'sandbox', displayName, credentials: { accessToken: sandbox.accessToken, webhookSecret: SECRET } } }, admin)).connectChannel.id;
    hooks = await connect(workspaceA, 'Sandbox (webhooks)');
    polls = await connect(workspaceB, 'Sandbox (polling)');
    const policy = 'mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { id } }';
    ok(
      await server.gql(policy, {
        input: {
          workspaceId: workspaceA,
          name: 'Triage',
          scope: 'INBOUND_MESSAGE',
          rules: [
            { rule: 'question-detector', action: 'LABEL' },
            { rule: 'spam', action: 'HIDE' },
            // Asked to hide criticism: the engine escalates it instead.
            { rule: 'sentiment-and-criticism', action: 'HIDE' },
          ],
        },
      }, admin),
    );
    ok(await server.gql(policy, { input: { workspaceId: workspaceA, name: 'Voice', scope: 'OUTBOUND_REPLY', rules: [{ rule: 'banned-terms', args: { terms: [{ term: 'calm down' }] }, action: 'BLOCK' }] } }, admin));
    sandbox.configure({ webhook: { url: `${httpUrl}/webhooks/${hooks}`, secret: SECRET } });
  });
  afterAll(async () => {
    await server.close();
    await sandbox.close();
  });

  it('ingests pushed activity into threads, applies inbound policies, and delivers it live only to its workspace', async () => {
    const liveA = await server.subscribed<{ messageAdded: { id: string; body: string } }>(MessageAddedEvent.eventName, workspaceA, 'subscription($ws: ID!) { messageAdded(workspaceId: $ws) { id body } }', { ws: workspaceA }, agentA);
    const liveB = await server.subscribed<{ messageAdded: { id: string; body: string } }>(MessageAddedEvent.eventName, workspaceB, 'subscription($ws: ID!) { messageAdded(workspaceId: $ws) { id body } }', { ws: workspaceB }, agentB);
    try {
      await sandbox.inject.comment({ text: QUESTION, author: { handle: 'ana' } });
      await sandbox.inject.comment({ text: SPAM, author: { handle: 'crypto_king' } });
      await sandbox.inject.dm({ text: COMPLAINT, author: { handle: 'bo' } });
      await sandbox.inject.mention({ text: PRAISE, author: { handle: 'cy' } });
      await waitFor(async () => (await messageCount(hooks)) === 4, 'four webhook messages');
      await jobsSettled();

      const conversation = async (body: string) =>
        (await sql('SELECT c.* , m.visibility, m.labels AS message_labels, m.external_id FROM conversation c JOIN message m ON m.conversation_id = c.id WHERE m.body = $1 AND c.channel_id = $2', [body, hooks]))[0];
      const question = await conversation(QUESTION);
      expect(question).toMatchObject({ kind: 'COMMENT_THREAD', awaiting_answer: true, escalated: false, status: 'OPEN' });
      expect(question.labels).toContain('question');
      const spam = await conversation(SPAM);
      expect(spam).toMatchObject({ visibility: 'HIDDEN', awaiting_answer: false, waiting_since: null });
      const complaint = await conversation(COMPLAINT);
      expect(complaint).toMatchObject({ kind: 'DIRECT_MESSAGE', visibility: 'VISIBLE', escalated: true });
      expect(complaint.labels).toContain('criticism');
      expect((await conversation(PRAISE)).kind).toBe('MENTION');
      // Hidden on the network too, through the driver.
      await waitFor(async () => sandbox.state.activity.find((a) => a.item.text === SPAM)!.item.hidden, 'the spam to be hidden on the network');
      expect(sandbox.state.activity.find((a) => a.item.text === COMPLAINT)!.item.hidden).toBe(false);

      const deadline = Date.now() + 20_000;
      while (liveA.received.length < 4 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(liveA.received.map((m) => m.messageAdded.body).sort()).toEqual([COMPLAINT, PRAISE, QUESTION, SPAM].sort());
      // B's own channel (same network account) may have synced meanwhile: B hears only of B's rows, never A's.
      const rowsOfA = new Set((await sql('SELECT id FROM message WHERE workspace_id = $1', [workspaceA])).map((r) => r.id));
      const rowsOfB = new Set((await sql('SELECT id FROM message WHERE workspace_id = $1', [workspaceB])).map((r) => r.id));
      expect(liveB.received.filter((m) => rowsOfA.has(m.messageAdded.id))).toEqual([]);
      expect(liveB.received.every((m) => rowsOfB.has(m.messageAdded.id))).toBe(true);
    } finally {
      await liveA.close();
      await liveB.close();
    }
  });

  it('builds the same threads by polling, and never duplicates on replayed webhooks or repeated syncs', async () => {
    const sync = () => server.gql('mutation($ws: ID!, $ch: ID!) { syncChannel(workspaceId: $ws, channelId: $ch) { ok } }', { ws: workspaceB, ch: polls }, agentB);
    expect(errorCode(await sync())).toBe('FORBIDDEN');
    const adminToken = ok(await server.gql('mutation { login(input: { email: "admin@agency.test", password: "correct horse battery staple" }) { token } }')).login.token;
    const syncAsAdmin = () => server.gql('mutation($ws: ID!, $ch: ID!) { syncChannel(workspaceId: $ws, channelId: $ch) { ok } }', { ws: workspaceB, ch: polls }, adminToken);
    ok(await syncAsAdmin());
    await waitFor(async () => (await messageCount(polls)) === 4, 'four polled messages');
    expect(await threads(polls)).toEqual(await threads(hooks));

    // Every delivery again, twice, and two more syncs: nothing new.
    const events = sandbox.state.activity.map(({ seq, item }) => JSON.stringify({ id: `evt_${seq}`, type: 'activity.created', created_at: item.created_at, data: item }));
    for (const body of [...events, ...events]) expect((await deliver(hooks, body)).status).toBe(202);
    ok(await syncAsAdmin());
    ok(await syncAsAdmin());
    await jobsSettled();
    expect(await messageCount(hooks)).toBe(4);
    expect(await messageCount(polls)).toBe(4);
    expect(await sql('SELECT count(*)::int AS n FROM conversation')).toEqual([{ n: 8 }]);
  });

  it('rejects unsigned, badly signed, malformed and misaddressed webhooks, storing nothing', async () => {
    const body = JSON.stringify({ id: 'evt_x', type: 'activity.created', created_at: new Date().toISOString(), data: { ...sandbox.state.activity[0].item, id: 'cmt_forged', text: 'forged' } });
    const before = await messageCount(hooks);
    expect((await deliver(hooks, body, 'sha256=' + '0'.repeat(64))).status).toBe(401);
    expect((await server.http.post(`/webhooks/${hooks}`).set('content-type', 'application/json').send(body)).status).toBe(401);
    const malformed = await deliver(hooks, '{"type": "activity.created", "data": 42}');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toMatch(/^malformed payload: /);
    expect((await deliver('00000000-0000-4000-8000-000000000000', body)).status).toBe(404);
    expect((await deliver('not-a-channel', body)).status).toBe(404);
    await jobsSettled();
    expect(await messageCount(hooks)).toBe(before);
  });

  it('lets agents answer: brand-voice rules block a reply, a good one is sent on the network and stops the clock', async () => {
    const list = ok(await server.gql('query($ws: ID!) { conversations(workspaceId: $ws, awaitingAnswer: true) { totalCount edges { node { id contact { handle } } } } }', { ws: workspaceA }, agentA)).conversations;
    // The question and the complaint wait for an answer, longest-waiting first.
    expect(list.edges.map((e: { node: { contact: { handle: string } } }) => e.node.contact.handle)).toEqual(['ana', 'bo']);
    const { id } = list.edges[0].node;
    const reply = 'mutation($input: ReplyToConversationInput!) { replyToConversation(input: $input) { id body deliveryStatus } }';
    const blocked = await server.gql(reply, { input: { workspaceId: workspaceA, conversationId: id, body: 'Please calm down, {{contact.name}}.' } }, agentA);
    expect(errorCode(blocked)).toBe('BAD_USER_INPUT');
    expect(blocked.errors![0].message).toMatch(/^Blocked by policy: /);
    const sent = ok(await server.gql(reply, { input: { workspaceId: workspaceA, conversationId: id, body: 'Yes, we deliver to Lyon, {{contact.handle}}!' } }, agentA)).replyToConversation;
    expect(sent).toMatchObject({ body: 'Yes, we deliver to Lyon, ana!', deliveryStatus: 'QUEUED' });
    await waitFor(async () => (await sql('SELECT delivery_status FROM message WHERE id = $1', [sent.id]))[0].delivery_status === 'SENT', 'the reply to be sent');
    const [row] = await sql('SELECT m.external_id, c.awaiting_answer, c.waiting_since, c.first_response_at, c.status FROM message m JOIN conversation c ON c.id = m.conversation_id WHERE m.id = $1', [sent.id]);
    expect(row).toMatchObject({ awaiting_answer: false, waiting_since: null, status: 'PENDING' });
    expect(row.first_response_at).toBeInstanceOf(Date);
    expect(row.external_id).toBeTruthy();

    const note = ok(await server.gql('mutation($input: ConversationTextInput!) { addConversationNote(input: $input) { direction deliveryStatus } }', { input: { workspaceId: workspaceA, conversationId: id, body: 'VIP customer' } }, agentA));
    expect(note.addConversationNote).toEqual({ direction: 'NOTE', deliveryStatus: null });
    const messages = ok(await server.gql('query($ws: ID!, $id: ID!) { conversation(workspaceId: $ws, id: $id) { messages { edges { node { direction body } } } } }', { ws: workspaceA, id }, agentA));
    expect(messages.conversation.messages.edges.map((e: { node: { direction: string } }) => e.node.direction)).toEqual(['INBOUND', 'OUTBOUND', 'NOTE']);
    expect(errorCode(await server.gql('query($ws: ID!, $id: ID!) { conversation(workspaceId: $ws, id: $id) { id } }', { ws: workspaceB, id }, agentB))).toBe('NOT_FOUND');
    expect(errorCode(await server.gql('query($ws: ID!, $id: ID!) { conversation(workspaceId: $ws, id: $id) { id } }', { ws: workspaceA, id }, agentB))).toBe('NOT_FOUND');
  });

  it('answers with saved answers, filling in the contact', async () => {
    const adminToken = ok(await server.gql('mutation { login(input: { email: "admin@agency.test", password: "correct horse battery staple" }) { token } }')).login.token;
    const create = 'mutation($input: CreateCannedReplyInput!) { createCannedReply(input: $input) { id name } }';
    const saved = ok(await server.gql(create, { input: { workspaceId: workspaceA, name: 'thanks', body: 'Thank you {{contact.handle}}, glad you like it!' } }, adminToken)).createCannedReply;
    expect(errorCode(await server.gql(create, { input: { workspaceId: workspaceA, name: 'thanks', body: 'again' } }, adminToken))).toBe('CONFLICT');
    expect(errorCode(await server.gql(create, { input: { workspaceId: workspaceA, name: 'nope', body: 'x' } }, agentA))).toBe('FORBIDDEN');
    expect(ok(await server.gql('query($ws: ID!) { cannedReplies(workspaceId: $ws) { name } }', { ws: workspaceA }, agentA)).cannedReplies).toEqual([{ name: 'thanks' }]);
    expect(errorCode(await server.gql('query($ws: ID!) { cannedReplies(workspaceId: $ws) { name } }', { ws: workspaceA }, agentB))).toBe('NOT_FOUND');

    const [praise] = await sql("SELECT c.id FROM conversation c WHERE c.channel_id = $1 AND c.kind = 'MENTION'", [hooks]);
    const reply = 'mutation($input: ReplyToConversationInput!) { replyToConversation(input: $input) { body } }';
    const sent = ok(await server.gql(reply, { input: { workspaceId: workspaceA, conversationId: praise.id, cannedReplyId: saved.id } }, agentA)).replyToConversation;
    expect(sent.body).toBe('Thank you cy, glad you like it!');
    expect(errorCode(await server.gql(reply, { input: { workspaceId: workspaceA, conversationId: praise.id, body: 'x', cannedReplyId: saved.id } }, agentA))).toBe('BAD_USER_INPUT');
    // Another workspace's saved answer is not found from here.
    expect(errorCode(await server.gql(reply, { input: { workspaceId: workspaceB, conversationId: praise.id, cannedReplyId: saved.id } }, agentB))).toBe('NOT_FOUND');
  });

  it('shows what the policies found on each message, and backtests inbound policies over stored messages', async () => {
    const [spam] = await sql('SELECT id, conversation_id FROM message WHERE body = $1 AND channel_id = $2', [SPAM, hooks]);
    const found = ok(await server.gql('query($ws: ID!, $id: ID!) { conversation(workspaceId: $ws, id: $id) { messages { edges { node { body visibility findings { rule action policyName labels } } } } } }', { ws: workspaceA, id: spam.conversation_id }, agentA));
    const [message] = found.conversation.messages.edges.map((e: { node: unknown }) => e.node);
    expect(message).toMatchObject({ body: SPAM, visibility: 'HIDDEN' });
    expect(message.findings).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'spam', action: 'HIDE', policyName: 'Triage', labels: ['spam'] })]));

    const adminToken = ok(await server.gql('mutation { login(input: { email: "admin@agency.test", password: "correct horse battery staple" }) { token } }')).login.token;
    const report = ok(
      await server.gql('query($input: BacktestPolicyInput!) { backtestPolicy(input: $input) { evaluated sources outcomes { outcome count } } }', {
        input: { workspaceId: workspaceA, since: new Date(Date.now() - 3600_000).toISOString(), draft: { scope: 'INBOUND_MESSAGE', rules: [{ rule: 'question-detector', action: 'LABEL' }] } },
      }, adminToken),
    ).backtestPolicy;
    expect(report).toEqual({ evaluated: 4, sources: ['messages'], outcomes: [{ outcome: 'NONE', count: 3 }, { outcome: 'LABEL', count: 1 }] });
  });

  it('sorts, filters and searches the inbox, and lets agents triage', async () => {
    const ids = async (args: string) =>
      ok(await server.gql(`query($ws: ID!) { conversations(workspaceId: $ws, ${args}) { edges { node { id kind } } } }`, { ws: workspaceA }, agentA)).conversations.edges.map((e: { node: { kind: string } }) => e.node.kind);
    expect(await ids('search: "lyon"')).toEqual(['COMMENT_THREAD']);
    expect(await ids('kind: MENTION')).toEqual(['MENTION']);
    expect(await ids('escalated: true')).toEqual(['DIRECT_MESSAGE']);
    // A person's history: their conversations only, and only in a workspace the caller can see.
    const [{ contact_id: contactId, n }] = await sql('SELECT contact_id, count(*)::int AS n FROM conversation WHERE workspace_id = $1 GROUP BY contact_id ORDER BY 2 DESC LIMIT 1', [workspaceA]);
    const history = ok(await server.gql('query($ws: ID!, $c: ID) { conversations(workspaceId: $ws, contactId: $c) { totalCount edges { node { contact { id } } } } }', { ws: workspaceA, c: contactId }, agentA)).conversations;
    expect(history.totalCount).toBe(n);
    expect(new Set(history.edges.map((e: { node: { contact: { id: string } } }) => e.node.contact.id))).toEqual(new Set([contactId]));
    expect(ok(await server.gql('query($ws: ID!, $c: ID) { conversations(workspaceId: $ws, contactId: $c) { totalCount } }', { ws: workspaceB, c: contactId }, agentB)).conversations.totalCount).toBe(0);
    expect(errorCode(await server.gql('query($ws: ID!) { conversations(workspaceId: $ws, contactId: "nope") { totalCount } }', { ws: workspaceA }, agentA))).toBe('BAD_USER_INPUT');
    const [complaint] = await sql("SELECT c.id FROM conversation c WHERE c.channel_id = $1 AND c.kind = 'DIRECT_MESSAGE'", [hooks]);
    const change = (mutation: string, inputType: string, fields: Record<string, unknown>) =>
      server.gql(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { status priority labels snoozedUntil assigneeId } }`, { input: { workspaceId: workspaceA, conversationId: complaint.id, ...fields } }, agentA);
    const [{ id: agentId }] = await sql("SELECT id FROM \"user\" WHERE email = 'agent@a.test'");
    expect(await ids('unassigned: false')).toEqual([]);
    ok(await change('assignConversation', 'AssignConversationInput', { assigneeId: agentId }));
    // Unassigned: everything but the complaint; assigned (false): only it, as assigneeId finds it.
    expect((await ids('unassigned: true')).sort()).toEqual(['COMMENT_THREAD', 'COMMENT_THREAD', 'MENTION']);
    expect(await ids('unassigned: false')).toEqual(['DIRECT_MESSAGE']);
    expect(await ids(`assigneeId: "${agentId}"`)).toEqual(['DIRECT_MESSAGE']);
    ok(await change('setConversationPriority', 'SetConversationPriorityInput', { priority: 'URGENT' }));
    ok(await change('addConversationLabel', 'ConversationLabelInput', { label: 'refund' }));
    const snoozed = ok(await change('setConversationStatus', 'SetConversationStatusInput', { status: 'SNOOZED', snoozedUntil: new Date(Date.now() + 3600_000).toISOString() })).setConversationStatus;
    expect(snoozed).toMatchObject({ status: 'SNOOZED', priority: 'URGENT', assigneeId: agentId, labels: expect.arrayContaining(['criticism', 'refund']) });
    expect(errorCode(await change('setConversationStatus', 'SetConversationStatusInput', { status: 'SNOOZED' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await change('assignConversation', 'AssignConversationInput', { assigneeId: '00000000-0000-4000-8000-000000000000' }))).toBe('BAD_USER_INPUT');
  });

  it('measures first-response time, response rate and overdue questions from known timestamps', async () => {
    const [{ workspace_id: ws }] = await sql('SELECT workspace_id FROM channel WHERE id = $1', [polls]);
    const base = new Date('2030-03-01T10:00:00Z');
    const seconds = [60, 120, 600, null];
    const [contact] = await sql('SELECT id FROM contact WHERE channel_id = $1 LIMIT 1', [polls]);
    for (const [i, answerAfter] of seconds.entries()) {
      const [conversation] = await sql(
        `INSERT INTO conversation (workspace_id, channel_id, thread_external_id, kind, contact_id, last_message_at, first_inbound_at, first_response_at, awaiting_answer, waiting_since)
         VALUES ($1, $2, $3, 'DIRECT_MESSAGE', $4, $5, $5, $6, $7, $8) RETURNING id`,
        [ws, polls, `metrics-${i}`, contact.id, base, answerAfter === null ? null : new Date(base.getTime() + answerAfter * 1000), answerAfter === null, answerAfter === null ? new Date(Date.now() - 30 * 3600_000) : null],
      );
      // Figures count from the customer's first visible message.
      await sql(`INSERT INTO message (workspace_id, conversation_id, channel_id, direction, external_id, contact_id, body, sent_at) VALUES ($1, $2, $3, 'INBOUND', $4, $5, 'Where is my order?', $6)`, [ws, conversation.id, polls, `metrics-msg-${i}`, contact.id, base]);
    }
    const stats = ok(
      await server.gql('query($ws: ID!) { engagementStats(workspaceId: $ws, from: "2030-03-01T00:00:00Z", to: "2030-03-02T00:00:00Z", overdueAfterHours: 24) { overall { conversations answered responseRate medianFirstResponseSeconds p90FirstResponseSeconds } overdueQuestions perChannel { channelId conversations } } }', { ws: workspaceB }, agentB),
    ).engagementStats;
    expect(stats.overall).toEqual({ conversations: 4, answered: 3, responseRate: 0.75, medianFirstResponseSeconds: 120, p90FirstResponseSeconds: 504 });
    expect(stats.overdueQuestions).toBe(1);
    expect(stats.perChannel).toEqual([{ channelId: polls, conversations: 4 }]);
  });

  it('holds a reply a policy sends for approval, finds it with replyHeld, and sends it when an ADMIN approves', async () => {
    const adminToken = ok(await server.gql('mutation { login(input: { email: "admin@agency.test", password: "correct horse battery staple" }) { token } }')).login.token;
    ok(await server.gql('mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { id } }', {
      input: { workspaceId: workspaceA, name: 'Refunds', scope: 'OUTBOUND_REPLY', rules: [{ rule: 'banned-terms', args: { terms: [{ term: 'refund' }] }, action: 'REQUIRE_APPROVAL' }] },
    }, adminToken));
    const held = async (replyHeld: boolean) =>
      ok(await server.gql('query($ws: ID!, $h: Boolean) { conversations(workspaceId: $ws, replyHeld: $h, first: 50) { edges { node { id } } } }', { ws: workspaceA, h: replyHeld }, agentA)).conversations.edges.map((e: { node: { id: string } }) => e.node.id);
    const everyone = [...(await held(false))];
    expect(await held(true)).toEqual([]);
    const conversationId = everyone[0];
    const reply = ok(await server.gql('mutation($input: ReplyToConversationInput!) { replyToConversation(input: $input) { id deliveryStatus } }', { input: { workspaceId: workspaceA, conversationId, body: 'We will refund you today.' } }, agentA)).replyToConversation;
    expect(reply.deliveryStatus).toBe('PENDING_APPROVAL');
    expect(await held(true)).toEqual([conversationId]);
    expect(await held(false)).not.toContain(conversationId);
    // Each conversation of a list says it, in one query for the page.
    const marked = ok(await server.gql('query($ws: ID!) { conversations(workspaceId: $ws, first: 50) { edges { node { id replyHeld } } } }', { ws: workspaceA }, agentA)).conversations.edges;
    expect(marked.filter((e: { node: { replyHeld: boolean } }) => e.node.replyHeld).map((e: { node: { id: string } }) => e.node.id)).toEqual([conversationId]);
    // Another workspace's agent sees none of it; an AGENT cannot release it.
    expect(ok(await server.gql('query($ws: ID!) { conversations(workspaceId: $ws, replyHeld: true) { totalCount } }', { ws: workspaceB }, agentB)).conversations.totalCount).toBe(0);
    const approve = 'mutation($input: MessageRefInput!) { approveReply(input: $input) { id deliveryStatus } }';
    expect(errorCode(await server.gql(approve, { input: { workspaceId: workspaceA, messageId: reply.id } }, agentA))).toBe('FORBIDDEN');
    ok(await server.gql(approve, { input: { workspaceId: workspaceA, messageId: reply.id } }, adminToken));
    await waitFor(async () => (await sql('SELECT delivery_status FROM message WHERE id = $1', [reply.id]))[0].delivery_status === 'SENT', 'the approved reply to be sent');
    expect(await held(true)).toEqual([]);
  });
});

describe('inbox housekeeping', () => {
  it('wakes snoozed conversations that are due and polls channels whose last sync is stale', async () => {
    const sandbox = await startSandboxNetwork();
    const server = await createTestServer({ RAPPORT_SYNC_INTERVAL_SECONDS: '60' }, { plugins: [{ specifier: '@rapport/plugin-network-sandbox', baseDir: '/', options: { baseUrl: sandbox.url } }] });
    try {
      const admin = await setupAdmin(server);
      const workspaceId = await createWorkspace(server, admin, 'Sleepy Brand');
      await sandbox.inject.dm({ text: 'Are you open on Sunday?', author: { handle: 'dee' } });
      const channelId = ok(await server.gql('mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id } }', { input: { workspaceId, type: 'sandbox', displayName: 'Sandbox', credentials: { accessToken: sandbox.accessToken } } }, admin)).connectChannel.id;
      // Connecting backfills at once, and each channel update before the first stamp may queue another sync. Wait
      // until they are all done and the channel is let go (a run stamps last_synced_at after storing the message, a
      // run asked for meanwhile goes round once more and stamps it again), or one would overwrite the stale stamp below.
      const deadline = Date.now() + 15_000;
      const backfilled = `SELECT count(*)::int AS n FROM message m JOIN channel c ON c.id = m.channel_id
        WHERE c.id = $1 AND c.last_synced_at IS NOT NULL AND c.sync_run_id IS NULL
          AND NOT EXISTS (SELECT 1 FROM pgboss.job j WHERE j.name = 'sync-channel' AND j.state IN ('created', 'retry', 'active') AND j.data->>'channelId' = c.id::text)`;
      while ((await server.sql(backfilled, [channelId]))[0].n < 1) {
        if (Date.now() > deadline) throw new Error('the new channel was not backfilled');
        await new Promise((r) => setTimeout(r, 100));
      }
      await server.sql("UPDATE conversation SET status = 'SNOOZED', snoozed_until = now() - interval '1 minute' WHERE channel_id = $1", [channelId]);
      await sandbox.inject.dm({ text: 'Hello again?', author: { handle: 'dee' } });
      await server.sql("UPDATE channel SET last_synced_at = now() - interval '2 minutes' WHERE id = $1", [channelId]);

      const { ChannelWorker } = await import('../../apps/server/src/conversations/channel-worker.js');
      await server.app.get(ChannelWorker).housekeeping();
      expect(await server.sql('SELECT status, snoozed_until FROM conversation WHERE channel_id = $1', [channelId])).toEqual([{ status: 'OPEN', snoozed_until: null }]);
      const until = Date.now() + 15_000;
      while ((await server.sql('SELECT count(*)::int AS n FROM message WHERE channel_id = $1', [channelId]))[0].n < 2) {
        if (Date.now() > until) throw new Error('the stale channel was not polled');
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      await server.close();
      await sandbox.close();
    }
  });
});
