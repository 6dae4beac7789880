import { DataSource } from 'typeorm';
import { startSandboxNetwork, type SandboxNetwork } from '@rapport/plugin-network-sandbox/server';
import { InboxTruth1796200000000 } from '../../migrations/1796200000000-InboxTruth.js';
import { createMember, createWorkspace, errorCode, ok, rulePlugins, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';
import { waitFor as waitForAnswer } from '../utils/wait.js';

const SECRET = 'whsec-inbox-truth';
const BUILT_IN_RULES = ['question-detector', 'spam', 'sentiment-and-criticism', 'profanity', 'inclusive-language', 'inflated-claims', 'sales-pressure'];
const COMPLAINT = 'My order is two weeks late and nobody answers my emails. Very disappointed.';
const ABUSIVE_COMPLAINT = 'My order never came. Terrible service, you are a liar and a loser.';
const SPAM = 'FREE crypto giveaway!!! DM me to claim: bit.ly/free-btc';
const QUESTION = 'Do you deliver to Lyon?';

type Gql = { data?: any; errors?: Array<{ message: string; extensions: Record<string, any> }> };
const CONVERSATION_FIELDS = 'id escalated escalationClearedAt escalationClearedById awaitingAnswer priority labels contact { handle } messages { edges { node { id visibility labels } } }';

/**
 * "The inbox tells the truth" (issue #11): complaints wait for an answer with raised priority, escalations are
 * cleared by a person (who and when), abusive complaints are hidden yet escalated, hidden items stay out of the
 * response figures, labels are case-insensitive, and saved answers can be edited. Everything runs through the
 * workspace's starter policies, as a new client's inbox would.
 */
describe('the inbox tells the truth', () => {
  let sandbox: SandboxNetwork;
  let server: TestServer;
  let admin: string;
  let workspaceA: string;
  let workspaceB: string;
  let agentA: string;
  let agentAId: string;
  let viewerA: string;
  let agentB: string;
  let channelA: string;

  const gql = (query: string, variables: Record<string, unknown>, token: string): Promise<Gql> => server.gql(query, variables, token);
  const waitFor = <T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 15_000) => waitForAnswer(probe, what, timeoutMs);
  /** The conversation started by a handle, once ingested, as an agent sees it. */
  const conversationOf = (handle: string) =>
    waitFor(async () => {
      const list = ok(await gql(`query($ws: ID!, $search: String!) { conversations(workspaceId: $ws, search: $search) { edges { node { ${CONVERSATION_FIELDS} } } } }`, { ws: workspaceA, search: handle }, agentA)).conversations;
      return list.edges.map((edge: { node: any }) => edge.node).find((node: any) => node.contact.handle === handle);
    }, `the conversation of ${handle}`);
  const listIds = async (args: string, token = agentA) =>
    ok(await gql(`query($ws: ID!) { conversations(workspaceId: $ws, first: 100, ${args}) { edges { node { id } } } }`, { ws: workspaceA }, token)).conversations.edges.map((edge: { node: { id: string } }) => edge.node.id);
  const mutate = (name: string, inputType: string, input: Record<string, unknown>, token: string, fields: string) =>
    gql(`mutation($input: ${inputType}!) { ${name}(input: $input) { ${fields} } }`, { input }, token);

  beforeAll(async () => {
    sandbox = await startSandboxNetwork();
    server = await createTestServer({}, {
      plugins: [
        { specifier: '@rapport/plugin-network-sandbox', baseDir: '/', options: { baseUrl: sandbox.url } },
        ...rulePlugins(BUILT_IN_RULES),
      ],
    });
    admin = await setupAdmin(server);
    // New workspaces start from the starter policies: Inbox triage hides spam and abuse, and escalates criticism.
    workspaceA = await createWorkspace(server, admin, 'Paws & Claws');
    workspaceB = await createWorkspace(server, admin, 'Other client');
    agentA = await createMember(server, admin, workspaceA, 'agent@a.test', 'AGENT');
    viewerA = await createMember(server, admin, workspaceA, 'viewer@a.test', 'VIEWER');
    agentB = await createMember(server, admin, workspaceB, 'agent@b.test', 'AGENT');
    agentAId = ok(await gql('query { me { id } }', {}, agentA)).me.id;
    channelA = ok(
      await gql('mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id } }', { input: { workspaceId: workspaceA, type: 'sandbox', displayName: 'Sandbox', credentials: { accessToken: sandbox.accessToken, webhookSecret: SECRET } } }, admin),
    ).connectChannel.id;
    const httpUrl = server.wsUrl.replace('ws://', 'http://').replace(/\/graphql$/, '');
    sandbox.configure({ webhook: { url: `${httpUrl}/webhooks/${channelA}`, secret: SECRET } });
  });
  afterAll(async () => {
    await server?.close();
    await sandbox?.close();
  });

  it('keeps an honest complaint awaiting an answer with HIGH priority, escalated until an agent clears it (who and when)', async () => {
    await sandbox.inject.dm({ text: COMPLAINT, author: { handle: 'bo' } });
    const complaint = await conversationOf('bo');
    expect(complaint).toMatchObject({ escalated: true, awaitingAnswer: true, priority: 'HIGH', escalationClearedAt: null, escalationClearedById: null });
    expect(complaint.labels).toContain('criticism');
    expect(complaint.messages.edges[0].node.visibility).toBe('VISIBLE');
    expect(await listIds('awaitingAnswer: true')).toContain(complaint.id);
    expect(await listIds('escalated: true')).toContain(complaint.id);
    // A complaint that nobody answers becomes overdue like a question.
    await server.sql("UPDATE conversation SET waiting_since = now() - interval '2 hours' WHERE id = $1", [complaint.id]);
    const overdue = ok(await gql('query($ws: ID!, $ch: ID!) { engagementStats(workspaceId: $ws, channelId: $ch, from: "2000-01-01T00:00:00Z", to: "2100-01-01T00:00:00Z", overdueAfterHours: 1) { overdueQuestions } }', { ws: workspaceA, ch: channelA }, viewerA));
    expect(overdue.engagementStats.overdueQuestions).toBe(1);
    await server.sql('UPDATE conversation SET waiting_since = now() WHERE id = $1', [complaint.id]);

    const clear = (token: string, workspaceId = workspaceA, conversationId = complaint.id) =>
      mutate('clearEscalation', 'ConversationRefInput', { workspaceId, conversationId }, token, 'id escalated escalationClearedAt escalationClearedById awaitingAnswer priority');
    expect(errorCode(await clear(viewerA))).toBe('FORBIDDEN');
    expect(errorCode(await clear(agentB))).toBe('NOT_FOUND');
    expect(errorCode(await clear(agentB, workspaceB))).toBe('NOT_FOUND');
    expect(errorCode(await clear(agentA, workspaceA, '00000000-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');
    const before = Date.now();
    const cleared = ok(await clear(agentA)).clearEscalation;
    expect(cleared).toMatchObject({ escalated: false, escalationClearedById: agentAId, awaitingAnswer: true, priority: 'HIGH' });
    expect(new Date(cleared.escalationClearedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(await listIds('escalated: true')).not.toContain(complaint.id);
    expect(await conversationOf('bo')).toMatchObject({ escalated: false, escalationClearedById: agentAId, escalationClearedAt: cleared.escalationClearedAt });
    expect(errorCode(await clear(agentA))).toBe('CONFLICT');
  });

  it('hides an abusive complaint and still escalates it to a person; plain spam is hidden and not escalated', async () => {
    await sandbox.inject.comment({ text: ABUSIVE_COMPLAINT, author: { handle: 'angry_al' } });
    await sandbox.inject.comment({ text: SPAM, author: { handle: 'crypto_king' } });
    const abusive = await conversationOf('angry_al');
    expect(abusive.messages.edges[0].node).toMatchObject({ visibility: 'HIDDEN', labels: expect.arrayContaining(['abuse', 'criticism']) });
    expect(abusive).toMatchObject({ escalated: true, awaitingAnswer: false });
    expect(await listIds('escalated: true')).toContain(abusive.id);
    const spam = await conversationOf('crypto_king');
    expect(spam.messages.edges[0].node.visibility).toBe('HIDDEN');
    expect(spam).toMatchObject({ escalated: false, awaitingAnswer: false });
    // evaluatePolicy says the same before anything arrives.
    const inbound = ok(await gql('query($ws: ID!, $text: String!) { evaluatePolicy(workspaceId: $ws, scope: INBOUND_MESSAGE, text: $text) { inbound { hide escalate priority hideWithheldForCriticism } } }', { ws: workspaceA, text: ABUSIVE_COMPLAINT }, agentA));
    expect(inbound.evaluatePolicy.inbound).toEqual({ hide: true, escalate: true, priority: 'HIGH', hideWithheldForCriticism: false });
  });

  it('leaves hidden spam and abuse out of the response rate, and a hidden question out of overdue figures', async () => {
    const from = new Date(Date.now() - 1).toISOString();
    await sandbox.inject.comment({ text: SPAM, author: { handle: 'spam_sam' } });
    await sandbox.inject.comment({ text: 'Shut up, loser. Go to hell.', author: { handle: 'troll_tim' } });
    await sandbox.inject.comment({ text: QUESTION, author: { handle: 'ana' } });
    const question = await conversationOf('ana');
    for (const handle of ['spam_sam', 'troll_tim']) expect((await conversationOf(handle)).messages.edges[0].node.visibility).toBe('HIDDEN');
    const to = new Date(Date.now() + 60_000).toISOString();
    const stats = async (overdueAfterHours = 24) =>
      ok(await gql(`query($ws: ID!, $ch: ID!, $from: String!, $to: String!) { engagementStats(workspaceId: $ws, channelId: $ch, from: $from, to: $to, overdueAfterHours: ${overdueAfterHours}) { overall { conversations answered responseRate } overdueQuestions perChannel { channelId conversations answered } } }`, { ws: workspaceA, ch: channelA, from, to }, viewerA)).engagementStats;
    expect(await stats()).toMatchObject({ overall: { conversations: 1, answered: 0, responseRate: 0 }, perChannel: [{ channelId: channelA, conversations: 1, answered: 0 }] });

    // The question waited two hours (set back in time), then an agent hides it as junk: nobody is overdue any more.
    await server.sql("UPDATE conversation SET waiting_since = now() - interval '2 hours' WHERE id = $1", [question.id]);
    expect((await stats(1)).overdueQuestions).toBe(1);
    ok(await mutate('hideMessage', 'MessageRefInput', { workspaceId: workspaceA, messageId: question.messages.edges[0].node.id }, agentA, 'id'));
    await waitFor(async () => ((await stats(1)).overdueQuestions === 0 ? true : undefined), 'the hidden question to leave the overdue figures');
    expect((await stats()).overall).toEqual({ conversations: 0, answered: 0, responseRate: null });
  });

  it('compares labels case-insensitively: one label per spelling, filtered and removed in any case', async () => {
    const { id } = await conversationOf('bo');
    const label = (mutation: string, text: string) => mutate(mutation, 'ConversationLabelInput', { workspaceId: workspaceA, conversationId: id, label: text }, agentA, 'labels');
    ok(await label('addConversationLabel', 'Booking'));
    ok(await label('addConversationLabel', 'booking'));
    const labels = ok(await label('addConversationLabel', '  BOOKING ')).addConversationLabel.labels;
    expect(labels.filter((name: string) => name.toLowerCase() === 'booking')).toEqual(['booking']);
    expect(await listIds('label: "BoOkInG"')).toEqual([id]);
    expect(await listIds('label: "booking"')).toEqual([id]);
    expect(ok(await label('removeConversationLabel', 'BOOKING')).removeConversationLabel.labels).not.toContain('booking');
    expect(await listIds('label: "Booking"')).toEqual([]);
    expect(errorCode(await mutate('addConversationLabel', 'ConversationLabelInput', { workspaceId: workspaceA, conversationId: id, label: 'x' }, viewerA, 'labels'))).toBe('FORBIDDEN');
  });

  it('folds existing duplicate labels with its migration', async () => {
    const { id } = await conversationOf('bo');
    await server.sql("UPDATE conversation SET labels = '{Booking,booking,\" VIP \",criticism}' WHERE id = $1", [id]);
    const queryRunner = server.app.get(DataSource).createQueryRunner();
    try {
      const migration = new InboxTruth1796200000000();
      await migration.down(queryRunner);
      await migration.up(queryRunner);
    } finally {
      await queryRunner.release();
    }
    expect((await conversationOf('bo')).labels).toEqual(['booking', 'criticism', 'vip']);
    expect(await listIds('label: "VIP"')).toEqual([id]);
  });

  it('edits saved answers with the same checks as creating them, for ADMINs of the workspace only', async () => {
    const create = (name: string, body: string) => mutate('createCannedReply', 'CreateCannedReplyInput', { workspaceId: workspaceA, name, body }, admin, 'id name body');
    const hours = ok(await create('hours', 'We open at 9.')).createCannedReply;
    ok(await create('thanks', 'Thank you!'));
    const update = (input: Record<string, unknown>, token = admin) => mutate('updateCannedReply', 'UpdateCannedReplyInput', { workspaceId: workspaceA, id: hours.id, ...input }, token, 'id name body');

    expect(ok(await update({ body: 'We open at 9, {{contact.name}}.' })).updateCannedReply).toEqual({ id: hours.id, name: 'hours', body: 'We open at 9, {{contact.name}}.' });
    expect(ok(await update({ name: ' opening hours ' })).updateCannedReply).toEqual({ id: hours.id, name: 'opening hours', body: 'We open at 9, {{contact.name}}.' });
    expect(ok(await update({ name: 'opening hours' })).updateCannedReply.name).toBe('opening hours');
    const clash = await update({ name: 'thanks' });
    expect(errorCode(clash)).toBe('CONFLICT');
    for (const body of ['Hi {{contact.unknown}}', 'Hi {{reviewer.name}}']) {
      const refused = await update({ body });
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors![0].extensions.field).toBe('body');
    }
    // Saves racing for one name: one wins, the other is a CONFLICT (never an internal error), however they interleave.
    const other = ok(await create('spare', 'Spare.')).createCannedReply;
    const raced = await Promise.all([
      update({ name: 'racing name' }),
      mutate('updateCannedReply', 'UpdateCannedReplyInput', { workspaceId: workspaceA, id: other.id, name: 'racing name' }, admin, 'id'),
      create('racing twin', 'One.'),
      create('racing twin', 'Two.'),
    ]);
    expect(raced.map((response) => errorCode(response) ?? 'ok').sort()).toEqual(['CONFLICT', 'CONFLICT', 'ok', 'ok']);
    ok(await update({ name: 'opening hours' }));
    for (const id of [other.id, ...raced.slice(2).filter((response) => !response.errors).map((response) => response.data!.createCannedReply.id)]) {
      ok(await gql('mutation($ws: ID!, $id: ID!) { deleteCannedReply(workspaceId: $ws, id: $id) { id } }', { ws: workspaceA, id }, admin));
    }
    expect(errorCode(await update({ name: '   ' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await update({ body: '' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await update({ body: 'x' }, agentA))).toBe('FORBIDDEN');
    expect(errorCode(await update({ body: 'x' }, viewerA))).toBe('FORBIDDEN');
    expect(errorCode(await update({ body: 'x' }, agentB))).toBe('NOT_FOUND');
    expect(errorCode(await mutate('updateCannedReply', 'UpdateCannedReplyInput', { workspaceId: workspaceB, id: hours.id, body: 'x' }, admin, 'id'))).toBe('NOT_FOUND');
    expect(ok(await gql('query($ws: ID!) { cannedReplies(workspaceId: $ws) { name body } }', { ws: workspaceA }, agentA)).cannedReplies).toEqual([
      { name: 'opening hours', body: 'We open at 9, {{contact.name}}.' },
      { name: 'thanks', body: 'Thank you!' },
    ]);

    // The edited text is what agents send.
    const { id: conversationId } = await conversationOf('bo');
    const sent = ok(await mutate('replyToConversation', 'ReplyToConversationInput', { workspaceId: workspaceA, conversationId, cannedReplyId: hours.id }, agentA, 'body')).replyToConversation;
    expect(sent.body).toBe('We open at 9, bo.');
  });
});
