import { startSandboxNetwork, type SandboxNetwork } from '@rapport/plugin-network-sandbox/server';
import { INGEST_ITEMS } from '../../apps/server/src/conversations/conversation.jobs.js';
import { JobQueue } from '../../apps/server/src/jobs/job-queue.js';
import { createMember, createWorkspace, errorCode, ok, setupAdmin } from '../utils/fixtures.js';
import { refusal, subscribe } from '../utils/subscriptions.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';

const MESSAGE = 'id body kind direction visibility deliveryStatus deliveryError externalId networkEffect { action state failure { classification message } }';
const CONNECT = 'mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id status externalAccountId } }';
const SYNC = 'mutation($ws: ID!, $ch: ID!) { syncChannel(workspaceId: $ws, channelId: $ch) { ok itemsSynced pages continuesInBackground failure { classification message } channel { id status statusReason } } }';
const HIDE = `mutation($input: MessageRefInput!, $inboxOnly: Boolean) { hideMessage(input: $input, inboxOnly: $inboxOnly) { ${MESSAGE} } }`;
const UNHIDE = `mutation($input: MessageRefInput!) { unhideMessage(input: $input) { ${MESSAGE} } }`;
const DELETE = `mutation($input: MessageRefInput!) { deleteMessage(input: $input) { ${MESSAGE} } }`;
const UPDATED = `subscription($ws: ID!) { messageUpdated(workspaceId: $ws) { ${MESSAGE} } }`;
const SPAM = 'FREE crypto giveaway!!! DM me to claim: bit.ly/free-btc';

type Message = {
  id: string;
  body: string;
  kind: string | null;
  direction: string;
  visibility: string;
  deliveryStatus: string | null;
  deliveryError: string | null;
  externalId: string | null;
  networkEffect: { action: string; state: string; failure: { classification: string | null; message: string } | null } | null;
};

/**
 * Every network side effect tells the truth: what a driver cannot do is
 * refused before anything changes, what the network refuses later is a state
 * on the message (and an event), a failed sync says so with the driver's
 * classification, and one account is connected at most once per workspace.
 */
describe('network side effects', () => {
  let sandbox: SandboxNetwork;
  let server: TestServer;
  let instanceAdmin: string;
  let workspaceA: string;
  let workspaceB: string;
  let adminA: string;
  let agentA: string;
  let viewerA: string;
  let agentB: string;
  let adminB: string;
  let channelA: string;

  const gql = (query: string, variables: Record<string, unknown>, token: string) => server.gql(query, variables, token);
  const waitFor = async <T>(probe: () => Promise<T | undefined | false>, what: string, timeoutMs = 20_000): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  // Test plumbing only: nothing queued may consume a fault set for the next step.
  const jobsSettled = () => waitFor(async () => (await server.sql("SELECT count(*)::int AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active')"))[0].n === 0, 'queued jobs');
  const sync = async (channelId = channelA, workspaceId = workspaceA, token = adminA) => ok(await gql(SYNC, { ws: workspaceId, ch: channelId }, token)).syncChannel;
  /** The inbox's view of a message, found by its text. */
  const message = async (body: string, workspaceId = workspaceA, token = agentA): Promise<Message & { conversationId: string }> => {
    const data = ok(await gql(`query($ws: ID!, $q: String!) { conversations(workspaceId: $ws, search: $q, first: 3) { edges { node { id messages(first: 20) { edges { node { ${MESSAGE} } } } } } } }`, { ws: workspaceId, q: body }, token));
    for (const { node } of data.conversations.edges as Array<{ node: { id: string; messages: { edges: Array<{ node: Message }> } } }>) {
      const found = node.messages.edges.find((edge) => edge.node.body === body);
      if (found) return { ...found.node, conversationId: node.id };
    }
    throw new Error(`no message "${body}" in the inbox`);
  };
  const settled = (body: string) => waitFor(async () => {
    const found = await message(body);
    return found.networkEffect && found.networkEffect.state !== 'PENDING' && found;
  }, `the network side effect on "${body}" to settle`);
  /** Puts a new inbound item in the inbox through a sync, as an ADMIN would pull it. */
  const arrive = async (inject: () => Promise<unknown>, body: string) => {
    await inject();
    await sync();
    return message(body);
  };
  /** graphql-ws has no subscribe acknowledgement: shows a message in Rapport until the subscriber hears it; returns how many events it has heard. */
  const untilHeard = async (live: { received: unknown[] }, messageId: string) => {
    await waitFor(async () => {
      ok(await gql(UNHIDE, { input: { workspaceId: workspaceA, messageId } }, agentA));
      await jobsSettled();
      return live.received.length > 0;
    }, 'the subscription to be live');
    return live.received.length;
  };
  const networkItem = (text: string) => sandbox.state.activity.find(({ item }) => item.text === text)!.item;

  beforeAll(async () => {
    sandbox = await startSandboxNetwork({ otherAccounts: [{ accessToken: 'lyon-token', handle: 'petstore-lyon', displayName: 'Pet Store Lyon' }] });
    server = await createTestServer(
      // Retries at once, and no background poll that would eat a fault meant for the step under test.
      { RAPPORT_JOB_RETRY_DELAY_SECONDS: '0', RAPPORT_SYNC_INTERVAL_SECONDS: '86400' },
      {
        plugins: [
          { specifier: '@rapport/plugin-network-sandbox', baseDir: '/', options: { baseUrl: sandbox.url } },
          { specifier: '@rapport/plugin-rule-spam', baseDir: '/', options: {} },
        ],
      },
    );
    instanceAdmin = await setupAdmin(server);
    workspaceA = await createWorkspace(server, instanceAdmin, 'Pet Store');
    workspaceB = await createWorkspace(server, instanceAdmin, 'Competitor');
    adminA = await createMember(server, instanceAdmin, workspaceA, 'admin@a.test', 'ADMIN');
    agentA = await createMember(server, instanceAdmin, workspaceA, 'agent@a.test', 'AGENT');
    viewerA = await createMember(server, instanceAdmin, workspaceA, 'viewer@a.test', 'VIEWER');
    adminB = await createMember(server, instanceAdmin, workspaceB, 'admin@b.test', 'ADMIN');
    agentB = await createMember(server, instanceAdmin, workspaceB, 'agent@b.test', 'AGENT');
    channelA = ok(await gql(CONNECT, { input: { workspaceId: workspaceA, type: 'sandbox', displayName: 'Sandbox', credentials: { accessToken: sandbox.accessToken } } }, adminA)).connectChannel.id;
    ok(await gql('mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { id } }', { input: { workspaceId: workspaceA, name: 'No spam', scope: 'INBOUND_MESSAGE', rules: [{ rule: 'spam', action: 'HIDE' }] } }, adminA));
    await jobsSettled();
  });
  afterAll(async () => {
    await server.close();
    await sandbox.close();
  });

  it('says which kinds of message each network lets Rapport hide and delete', async () => {
    const types = ok(await gql('{ channelTypes { code capabilities { hide delete hideableKinds deletableKinds } } }', {}, viewerA)).channelTypes;
    expect(types).toEqual([{ code: 'sandbox', capabilities: { hide: true, delete: true, hideableKinds: ['COMMENT', 'MENTION'], deletableKinds: [] } }]);
  });

  describe('syncChannel', () => {
    it('reports a sync the network refuses, with the driver classification, and the channel then needs re-authorisation', async () => {
      await sandbox.inject.comment({ text: 'Are you open on Sunday?', author: { handle: 'ana' } });
      sandbox.setFaults({ status: 401, count: 1 });
      const refused = await sync();
      expect(refused).toEqual({
        ok: false,
        itemsSynced: 0,
        pages: 0,
        continuesInBackground: false,
        failure: { classification: 'REAUTHORIZE', message: 'Sandbox network: HTTP 401 Unauthorized' },
        channel: { id: channelA, status: 'NEEDS_REAUTH', statusReason: 'Sandbox network: HTTP 401 Unauthorized' },
      });
      expect(server.logLines.filter((line) => line.includes(channelA) && /"msg":"channel sync(ed| failed)"/.test(line)).at(-1)).toContain('"msg":"channel sync failed"');
      // Nothing to sync until an ADMIN reconnects it.
      expect(errorCode(await gql(SYNC, { ws: workspaceA, ch: channelA }, adminA))).toBe('CONFLICT');

      const reconnect = 'mutation($input: UpdateChannelInput!) { updateChannel(input: $input) { status } }';
      expect(ok(await gql(reconnect, { input: { workspaceId: workspaceA, channelId: channelA, credentials: { accessToken: sandbox.accessToken } } }, adminA)).updateChannel.status).toBe('CONNECTED');
      const pulled = await sync();
      expect(pulled).toMatchObject({ ok: true, itemsSynced: 1, failure: null, continuesInBackground: false, channel: { status: 'CONNECTED' } });
      expect(await sync()).toMatchObject({ ok: true, itemsSynced: 0 });
    });

    it('says a transient failure is retried in the background, which then pulls the items', async () => {
      await sandbox.inject.comment({ text: 'Do you groom cats?', author: { handle: 'bea' } });
      sandbox.setFaults({ status: 503, count: 2 });
      expect(await sync()).toMatchObject({ ok: false, continuesInBackground: true, failure: { classification: 'RETRY', message: 'Sandbox network: HTTP 503 Service Unavailable' }, channel: { status: 'CONNECTED' } });
      await waitFor(() => message('Do you groom cats?').catch(() => undefined), 'the background sync to pull the comment');
      await jobsSettled();
    });

    it('is for ADMINs of the workspace only', async () => {
      expect(errorCode(await gql(SYNC, { ws: workspaceA, ch: channelA }, agentA))).toBe('FORBIDDEN');
      expect(errorCode(await gql(SYNC, { ws: workspaceA, ch: channelA }, adminB))).toBe('NOT_FOUND');
      expect(errorCode(await gql(SYNC, { ws: workspaceB, ch: channelA }, adminB))).toBe('NOT_FOUND');
    });
  });

  describe('hiding', () => {
    it('refuses to hide a direct message the network cannot hide, before changing anything; inboxOnly hides it in Rapport only', async () => {
      const dm = await arrive(() => sandbox.inject.dm({ text: 'My order is two weeks late.', author: { handle: 'bo' } }), 'My order is two weeks late.');
      expect(dm).toMatchObject({ kind: 'DIRECT_MESSAGE', visibility: 'VISIBLE', networkEffect: null });
      const refused = await gql(HIDE, { input: { workspaceId: workspaceA, messageId: dm.id } }, agentA);
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors![0].extensions.field).toBe('messageId');
      expect(refused.errors![0].message).toMatch(/Sandbox network cannot hide direct messages \(it hides comments and mentions\); nothing was changed/);
      expect(await message(dm.body)).toMatchObject({ visibility: 'VISIBLE', networkEffect: null });

      const inboxOnly = ok(await gql(HIDE, { input: { workspaceId: workspaceA, messageId: dm.id }, inboxOnly: true }, agentA)).hideMessage;
      expect(inboxOnly).toMatchObject({ visibility: 'HIDDEN', networkEffect: null });
      await jobsSettled();
      expect(networkItem(dm.body).hidden).toBe(false);
      // Shown again: the network cannot hide it, so it never was; Rapport says so.
      expect(ok(await gql(UNHIDE, { input: { workspaceId: workspaceA, messageId: dm.id } }, agentA)).unhideMessage).toMatchObject({ visibility: 'VISIBLE', networkEffect: { action: 'UNHIDE', state: 'NOT_SUPPORTED', failure: null } });
    });

    it('shows a hide the network refuses as FAILED on the message, with the reason, and tells subscribers', async () => {
      const comment = await arrive(() => sandbox.inject.comment({ text: 'You are all frauds', author: { handle: 'troll' } }), 'You are all frauds');
      const live = subscribe<{ messageUpdated: Message }>(server.wsUrl, UPDATED, { ws: workspaceA }, agentA);
      const elsewhere = subscribe<{ messageUpdated: Message }>(server.wsUrl, UPDATED, { ws: workspaceB }, agentB);
      try {
        const heard = await untilHeard(live, comment.id);

        sandbox.setFaults({ status: 422, count: 1 });
        const asked = ok(await gql(HIDE, { input: { workspaceId: workspaceA, messageId: comment.id } }, agentA)).hideMessage;
        expect(asked).toMatchObject({ visibility: 'HIDDEN', networkEffect: { action: 'HIDE', state: 'PENDING', failure: null } });
        const failed = await settled(comment.body);
        expect(failed).toMatchObject({ visibility: 'HIDDEN', networkEffect: { action: 'HIDE', state: 'FAILED', failure: { classification: 'INVALID', message: 'Sandbox network: HTTP 422 Unprocessable Entity' } } });
        expect(networkItem(comment.body).hidden).toBe(false);
        await waitFor(async () => live.received.slice(heard).find((event) => event.messageUpdated.networkEffect?.state === 'FAILED'), 'the failure to be announced');
        const hides = live.received.slice(heard).filter((event) => event.messageUpdated.networkEffect?.action === 'HIDE');
        expect(hides.map((event) => [event.messageUpdated.id, event.messageUpdated.networkEffect?.state])).toEqual([
          [comment.id, 'PENDING'],
          [comment.id, 'FAILED'],
        ]);

        // Asked again, the network does it.
        ok(await gql(HIDE, { input: { workspaceId: workspaceA, messageId: comment.id } }, agentA));
        expect((await settled(comment.body)).networkEffect).toEqual({ action: 'HIDE', state: 'DONE', failure: null });
        expect(networkItem(comment.body).hidden).toBe(true);
        ok(await gql(UNHIDE, { input: { workspaceId: workspaceA, messageId: comment.id } }, agentA));
        expect((await settled(comment.body)).networkEffect).toEqual({ action: 'UNHIDE', state: 'DONE', failure: null });
        expect(networkItem(comment.body).hidden).toBe(false);
        expect(elsewhere.received).toEqual([]);
      } finally {
        await live.close();
        await elsewhere.close();
      }
    });

    it('retries a transient refusal, and gives up as FAILED (RETRY) when it lasts', async () => {
      const mention = await arrive(() => sandbox.inject.mention({ text: '@rapport-demo worst shop ever', author: { handle: 'cy' } }), '@rapport-demo worst shop ever');
      sandbox.setFaults({ status: 503, count: 2 });
      ok(await gql(HIDE, { input: { workspaceId: workspaceA, messageId: mention.id } }, agentA));
      expect((await settled(mention.body)).networkEffect).toEqual({ action: 'HIDE', state: 'DONE', failure: null });
      expect(networkItem(mention.body).hidden).toBe(true);
      ok(await gql(UNHIDE, { input: { workspaceId: workspaceA, messageId: mention.id } }, agentA));
      await settled(mention.body);

      sandbox.setFaults({ status: 503, count: 1000 });
      try {
        ok(await gql(HIDE, { input: { workspaceId: workspaceA, messageId: mention.id } }, agentA));
        expect((await settled(mention.body)).networkEffect).toEqual({ action: 'HIDE', state: 'FAILED', failure: { classification: 'RETRY', message: 'Sandbox network: HTTP 503 Service Unavailable' } });
      } finally {
        sandbox.setFaults({ status: 503, count: 0 });
      }
      expect(networkItem(mention.body).hidden).toBe(false);
    });

    it('settles what policies hide: a spam comment on the network, a spam DM in Rapport only (NOT_SUPPORTED)', async () => {
      await sandbox.inject.comment({ text: `${SPAM} (comment)`, author: { handle: 'crypto_king' } });
      await sandbox.inject.dm({ text: `${SPAM} (dm)`, author: { handle: 'crypto_queen' } });
      await sync();
      expect(await settled(`${SPAM} (comment)`)).toMatchObject({ kind: 'COMMENT', visibility: 'HIDDEN', networkEffect: { action: 'HIDE', state: 'DONE' } });
      expect(await settled(`${SPAM} (dm)`)).toMatchObject({ kind: 'DIRECT_MESSAGE', visibility: 'HIDDEN', networkEffect: { action: 'HIDE', state: 'NOT_SUPPORTED', failure: null } });
      expect([networkItem(`${SPAM} (comment)`).hidden, networkItem(`${SPAM} (dm)`).hidden]).toEqual([true, false]);
    });

    it('hides a spam wave in batches: the comment the network refuses fails alone, every other one is hidden, each outcome announced', async () => {
      const texts = Array.from({ length: 12 }, (_, index) => `${SPAM} (wave ${index})`);
      const live = subscribe<{ messageUpdated: Message }>(server.wsUrl, UPDATED, { ws: workspaceA }, agentA);
      try {
        const probe = await arrive(() => sandbox.inject.comment({ text: 'Probe for the wave', author: { handle: 'probe' } }), 'Probe for the wave');
        const heard = await untilHeard(live, probe.id);
        const activity = [];
        for (const [index, text] of texts.entries()) activity.push(await sandbox.inject.comment({ text, author: { handle: `bot_${index}` } }));
        // Delivered as a webhook would be (no call to the network before the hides): the first hide call is refused.
        sandbox.setFaults({ status: 422, count: 1 });
        await server.app.get(JobQueue).send(INGEST_ITEMS, {
          workspaceId: workspaceA,
          channelId: channelA,
          items: activity.map((item) => ({ kind: 'comment', externalId: item.id, threadExternalId: item.thread_id, author: { externalId: item.author.id, handle: item.author.handle }, text: item.text, createdAt: item.created_at })),
        });
        // The inbox's view of the wave, once every message of it has settled.
        const outcomes = await waitFor(async () => {
          const data = ok(await gql(`query($ws: ID!) { conversations(workspaceId: $ws, first: 40) { edges { node { messages(first: 2) { edges { node { ${MESSAGE} } } } } } } }`, { ws: workspaceA }, agentA));
          const messages = (data.conversations.edges as Array<{ node: { messages: { edges: Array<{ node: Message }> } } }>).flatMap(({ node }) => node.messages.edges.map((edge) => edge.node));
          const wave = messages.filter((message) => texts.includes(message.body));
          return wave.length === texts.length && wave.every((message) => message.networkEffect && message.networkEffect.state !== 'PENDING') && wave;
        }, 'the wave to settle');
        const failed = outcomes.filter((message) => message.networkEffect?.state === 'FAILED');
        expect(failed.map((message) => message.networkEffect)).toEqual([{ action: 'HIDE', state: 'FAILED', failure: { classification: 'INVALID', message: 'Sandbox network: HTTP 422 Unprocessable Entity' } }]);
        expect(outcomes.filter((message) => message.networkEffect?.state === 'DONE')).toHaveLength(texts.length - 1);
        expect(texts.filter((text) => networkItem(text).hidden).sort()).toEqual(texts.filter((text) => text !== failed[0].body).sort());
        // Subscribers hear each message's outcome once.
        const settledEvents = () => live.received.slice(heard).map((event) => event.messageUpdated).filter((message) => texts.includes(message.body) && message.networkEffect?.state !== 'PENDING');
        await waitFor(async () => settledEvents().length >= texts.length, 'every outcome to be announced');
        expect(settledEvents().map((message) => [message.body, message.networkEffect?.state]).sort()).toEqual(outcomes.map((message) => [message.body, message.networkEffect?.state]).sort());
      } finally {
        await live.close();
      }
    });
  });

  describe('replies and deletion', () => {
    const reply = async (conversationId: string, body: string) =>
      ok(await gql(`mutation($input: ReplyToConversationInput!) { replyToConversation(input: $input) { ${MESSAGE} } }`, { input: { workspaceId: workspaceA, conversationId, body } }, agentA)).replyToConversation as Message;

    it('shows a reply the network refuses as FAILED with the reason on the reply', async () => {
      const question = await message('Are you open on Sunday?');
      sandbox.setFaults({ status: 422, count: 1 });
      const queued = await reply(question.conversationId, 'We are open from 10 to 4.');
      expect(queued.networkEffect).toEqual({ action: 'SEND', state: 'PENDING', failure: null });
      expect(await settled('We are open from 10 to 4.')).toMatchObject({
        deliveryStatus: 'FAILED',
        deliveryError: 'Sandbox network: HTTP 422 Unprocessable Entity',
        networkEffect: { action: 'SEND', state: 'FAILED', failure: { classification: 'INVALID', message: 'Sandbox network: HTTP 422 Unprocessable Entity' } },
      });
      await reply(question.conversationId, 'Yes, from 10 to 4!');
      expect(await settled('Yes, from 10 to 4!')).toMatchObject({ deliveryStatus: 'SENT', networkEffect: { action: 'SEND', state: 'DONE', failure: null } });
    });

    it('deletes our reply from the network, and shows a deletion the network refuses as FAILED', async () => {
      const sent = await message('Yes, from 10 to 4!');
      expect([...sandbox.state.ownReplies.keys()]).toContain(sent.externalId);
      const asked = ok(await gql(DELETE, { input: { workspaceId: workspaceA, messageId: sent.id } }, agentA)).deleteMessage;
      expect(asked.networkEffect).toEqual({ action: 'DELETE', state: 'PENDING', failure: null });
      expect((await settled(sent.body)).networkEffect).toEqual({ action: 'DELETE', state: 'DONE', failure: null });
      expect([...sandbox.state.ownReplies.keys()]).not.toContain(sent.externalId);
      // Asked twice: it is gone already, nothing more is asked of the network.
      expect(ok(await gql(DELETE, { input: { workspaceId: workspaceA, messageId: sent.id } }, agentA)).deleteMessage.networkEffect).toEqual({ action: 'DELETE', state: 'DONE', failure: null });

      // Someone removed the next reply on the network itself: Rapport's deletion is refused (404) and says so.
      const question = await message('Do you groom cats?');
      await reply(question.conversationId, 'We do, on Mondays.');
      const second = await settled('We do, on Mondays.');
      const removed = await fetch(`${sandbox.url}/v1/comments/${second.externalId}`, { method: 'DELETE', headers: { authorization: `Bearer ${sandbox.accessToken}` } });
      expect(removed.status).toBe(204);
      ok(await gql(DELETE, { input: { workspaceId: workspaceA, messageId: second.id } }, agentA));
      expect((await settled(second.body)).networkEffect).toEqual({ action: 'DELETE', state: 'FAILED', failure: { classification: 'INVALID', message: 'Sandbox network: HTTP 404 Not Found' } });
    });

    it('refuses to delete what the network cannot delete, or what is not on it, changing nothing', async () => {
      const comment = await message('Do you groom cats?');
      const refused = await gql(DELETE, { input: { workspaceId: workspaceA, messageId: comment.id } }, agentA);
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors![0].message).toMatch(/Sandbox network cannot delete comments written by others \(it deletes nothing of theirs\)/);
      expect((await message(comment.body)).networkEffect).toBeNull();

      const note = ok(await gql(`mutation($input: ConversationTextInput!) { addConversationNote(input: $input) { id } }`, { input: { workspaceId: workspaceA, conversationId: comment.conversationId, body: 'Call her back' } }, agentA)).addConversationNote;
      expect(errorCode(await gql(DELETE, { input: { workspaceId: workspaceA, messageId: note.id } }, agentA))).toBe('CONFLICT');
      const failedReply = await message('We are open from 10 to 4.');
      expect(errorCode(await gql(DELETE, { input: { workspaceId: workspaceA, messageId: failedReply.id } }, agentA))).toBe('CONFLICT');
    });
  });

  it('lets AGENTs hide, show and delete, VIEWERs watch, and nobody from another workspace touch a message', async () => {
    const target = await message('Do you groom cats?');
    for (const mutation of [HIDE, UNHIDE, DELETE]) {
      expect(errorCode(await gql(mutation, { input: { workspaceId: workspaceA, messageId: target.id } }, viewerA))).toBe('FORBIDDEN');
      expect(errorCode(await gql(mutation, { input: { workspaceId: workspaceA, messageId: target.id } }, agentB))).toBe('NOT_FOUND');
      expect(errorCode(await gql(mutation, { input: { workspaceId: workspaceB, messageId: target.id } }, agentB))).toBe('NOT_FOUND');
    }
    expect(await message(target.body)).toMatchObject({ visibility: 'VISIBLE', networkEffect: null });
    const intruder = subscribe(server.wsUrl, UPDATED, { ws: workspaceA }, agentB);
    try {
      expect(errorCode({ errors: (await refusal(intruder)) as never })).toBe('NOT_FOUND');
    } finally {
      await intruder.close();
    }
  });

  describe('one account per workspace', () => {
    const connect = (workspaceId: string, accessToken: string, token = instanceAdmin) =>
      gql(CONNECT, { input: { workspaceId, type: 'sandbox', displayName: `Sandbox ${accessToken}`, credentials: { accessToken } } }, token);
    const channelCount = async (workspaceId: string) => ok(await gql('query($ws: ID!) { channels(workspaceId: $ws) { totalCount } }', { ws: workspaceId }, instanceAdmin)).channels.totalCount as number;

    it('refuses to connect an account already connected in the workspace (CONFLICT), storing nothing', async () => {
      const again = await connect(workspaceA, sandbox.accessToken, adminA);
      expect(errorCode(again)).toBe('CONFLICT');
      expect(again.errors![0].message).toMatch(/This Sandbox network account \(Rapport Demo\) is already connected in this workspace as "Sandbox"/);
      expect(await channelCount(workspaceA)).toBe(1);
      // Another workspace (another client) may connect the same account.
      expect(ok(await connect(workspaceB, sandbox.accessToken, adminB)).connectChannel).toMatchObject({ status: 'CONNECTED', externalAccountId: 'acct_sandbox' });
      await jobsSettled();
    });

    it('lets exactly one of two simultaneous connections of one account win; the other is a clean CONFLICT', async () => {
      const workspace = await createWorkspace(server, instanceAdmin, 'Race');
      const results = await Promise.all([connect(workspace, sandbox.accessToken), connect(workspace, sandbox.accessToken), connect(workspace, sandbox.accessToken)]);
      expect(results.map((result) => errorCode(result) ?? 'OK').sort()).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
      expect(await channelCount(workspace)).toBe(1);
      await jobsSettled();
    });

    it('keeps the messages of a disconnected channel: what needs the network is refused in words, the inbox still works', async () => {
      const channelB = ok(await gql('query($ws: ID!) { channels(workspaceId: $ws) { edges { node { id } } } }', { ws: workspaceB }, adminB)).channels.edges[0].node.id;
      const inB = await message('Do you groom cats?', workspaceB, agentB);
      ok(await gql('mutation($ws: ID!, $id: ID!) { disconnectChannel(workspaceId: $ws, id: $id) { id } }', { ws: workspaceB, id: channelB }, adminB));
      for (const mutation of [HIDE, DELETE]) {
        const refused = await gql(mutation, { input: { workspaceId: workspaceB, messageId: inB.id } }, agentB);
        expect(errorCode(refused)).toBe('BAD_USER_INPUT');
        expect(refused.errors![0].message).toMatch(/Rapport cannot reach this message's network \(its channel was disconnected/);
      }
      expect(ok(await gql(HIDE, { input: { workspaceId: workspaceB, messageId: inB.id }, inboxOnly: true }, agentB)).hideMessage).toMatchObject({ visibility: 'HIDDEN', networkEffect: null });
    });

    it('refuses new credentials that belong to an account connected as another channel', async () => {
      const workspace = await createWorkspace(server, instanceAdmin, 'Two stores');
      ok(await connect(workspace, sandbox.accessToken));
      const lyon = ok(await connect(workspace, 'lyon-token')).connectChannel;
      expect(lyon.externalAccountId).toBe('acct_petstore-lyon');
      const swap = await gql('mutation($input: UpdateChannelInput!) { updateChannel(input: $input) { id } }', { input: { workspaceId: workspace, channelId: lyon.id, credentials: { accessToken: sandbox.accessToken } } }, instanceAdmin);
      expect(errorCode(swap)).toBe('CONFLICT');
      expect(ok(await gql('query($ws: ID!, $id: ID!) { channel(workspaceId: $ws, id: $id) { externalAccountId } }', { ws: workspace, id: lyon.id }, instanceAdmin)).channel.externalAccountId).toBe('acct_petstore-lyon');
      await jobsSettled();
    });
  });
});
