import { ChannelUpdatedEvent } from '../../apps/server/src/channels/channel-updated.event.js';
import { ACME_TOKEN, startFakeAcme, type FakeAcme } from '../utils/fake-acme.js';
import { createMember, createWorkspace, errorCode, ok, setupAdmin } from '../utils/fixtures.js';
import { redisUrlIfReachable } from '../utils/redis.js';
import { refusal, subscribe } from '../utils/subscriptions.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';

const CHANNEL_UPDATED = 'subscription($ws: ID!) { channelUpdated(workspaceId: $ws) { disconnected channel { id displayName status } } }';
const CONNECT = 'mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id } }';

type Update = { channelUpdated: { disconnected: boolean; channel: { id: string; displayName: string; status: string } } };

let accounts = 0;

/** Connects a new Acme account each time: one account is connected at most once per workspace. */
async function connectChannel(acme: FakeAcme, server: TestServer, token: string, workspaceId: string, displayName: string): Promise<string> {
  const acmeToken = `${ACME_TOKEN}-${++accounts}`;
  acme.validTokens.add(acmeToken);
  acme.accounts.set(acmeToken, `acct_${accounts}`);
  return ok(await server.gql(CONNECT, { input: { workspaceId, type: 'acme', displayName, credentials: { token: acmeToken } } }, token)).connectChannel.id;
}

describe('live updates over graphql-ws', () => {
  let acme: FakeAcme;
  let server: TestServer;
  let adminA: string;
  let adminB: string;
  let workspaceA: string;
  let workspaceB: string;

  beforeAll(async () => {
    acme = await startFakeAcme();
    server = await createTestServer({}, { plugins: [acme.plugin] });
    const instanceAdmin = await setupAdmin(server);
    workspaceA = await createWorkspace(server, instanceAdmin, 'Brand A');
    workspaceB = await createWorkspace(server, instanceAdmin, 'Brand B');
    adminA = await createMember(server, instanceAdmin, workspaceA, 'admin@a.test', 'ADMIN');
    adminB = await createMember(server, instanceAdmin, workspaceB, 'admin@b.test', 'ADMIN');
  });
  afterAll(async () => {
    await server.close();
    await acme.server.close();
  });

  it("delivers a workspace's channel changes to its members, after the change, and never another workspace's", async () => {
    const inA = await server.subscribed<Update>(ChannelUpdatedEvent.eventName, workspaceA, CHANNEL_UPDATED, { ws: workspaceA }, adminA);
    const inB = await server.subscribed<Update>(ChannelUpdatedEvent.eventName, workspaceB, CHANNEL_UPDATED, { ws: workspaceB }, adminB);
    try {
      const channelA = await connectChannel(acme, server, adminA, workspaceA, 'Acme – A');
      await waitFor(() => inA.received.some((u) => u.channelUpdated.channel.id === channelA));
      const update = inA.received.find((u) => u.channelUpdated.channel.id === channelA)!;
      expect(update.channelUpdated).toEqual({ disconnected: false, channel: { id: channelA, displayName: 'Acme – A', status: 'CONNECTED' } });

      ok(await server.gql('mutation($ws: ID!, $id: ID!) { disconnectChannel(workspaceId: $ws, id: $id) { id } }', { ws: workspaceA, id: channelA }, adminA));
      await waitFor(() => inA.received.some((u) => u.channelUpdated.disconnected && u.channelUpdated.channel.id === channelA));

      // B's subscriber, live all along, heard only of B's own channels.
      const channelB = await connectChannel(acme, server, adminB, workspaceB, 'Acme – B');
      await waitFor(() => inB.received.some((u) => u.channelUpdated.channel.id === channelB));
      expect(inB.received.map((u) => u.channelUpdated.channel.displayName)).toEqual(['Acme – B']);
    } finally {
      await inA.close();
      await inB.close();
    }
  });

  it("refuses to subscribe to another workspace (NOT_FOUND) or without credentials (UNAUTHENTICATED)", async () => {
    const intruder = subscribe(server.wsUrl, CHANNEL_UPDATED, { ws: workspaceA }, adminB);
    const anonymous = subscribe(server.wsUrl, CHANNEL_UPDATED, { ws: workspaceA });
    try {
      expect(errorCode({ errors: (await refusal(intruder)) as never })).toBe('NOT_FOUND');
      expect(errorCode({ errors: (await refusal(anonymous)) as never })).toBe('UNAUTHENTICATED');
    } finally {
      await intruder.close();
      await anonymous.close();
    }
  });
});

const redisUrl = await redisUrlIfReachable();
if (!redisUrl) console.warn('No Redis at 127.0.0.1:6379 and no TEST_REDIS_URL: the cross-replica test does not run here.');

(redisUrl ? describe : describe.skip)('two API replicas sharing Redis', () => {
  it('delivers an event published on one replica to a subscriber connected to the other', async () => {
    const acme = await startFakeAcme();
    const first = await createTestServer({ REDIS_URL: redisUrl! }, { plugins: [acme.plugin] });
    const second = await createTestServer({ REDIS_URL: redisUrl! }, { plugins: [acme.plugin], replicaOf: first });
    try {
      const admin = await setupAdmin(first);
      const workspaceId = await createWorkspace(first, admin, 'Scaled Brand');
      const onFirst = await first.subscribed<Update>(ChannelUpdatedEvent.eventName, workspaceId, CHANNEL_UPDATED, { ws: workspaceId }, admin);
      try {
        await connectChannel(acme, second, admin, workspaceId, 'via replica 2');
        await waitFor(() => onFirst.received.length > 0);
        expect(onFirst.received[0].channelUpdated.channel.displayName).toBe('via replica 2');
      } finally {
        await onFirst.close();
      }
    } finally {
      await second.close();
      await first.close();
      await acme.server.close();
    }
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

