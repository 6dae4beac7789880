import { startSandboxNetwork, type SandboxNetwork } from '@rapport/plugin-network-sandbox/server';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { DataSource } from 'typeorm';
import { WebhookDeliveryWorker } from '../../apps/server/src/webhooks/outbound/webhook-delivery.worker.js';
import { createMember, createWorkspace, errorCode, ok, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';

/** What the receiver answers, in order; then 200 "ok". */
interface Answer {
  status: number;
  body?: string;
  headers?: Record<string, string>;
}

interface Received {
  name: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A customer's system: one HTTP server whose paths (/hooks/<name>) are
 * separate endpoints, each answering from its own script. Signatures are
 * checked with the `standardwebhooks` package, not with Rapport's code.
 */
async function startReceiver() {
  const received: Received[] = [];
  const scripts = new Map<string, Answer[]>();
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const name = request.url!.replace(/^\/hooks\//, '');
      received.push({ name, headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      const answer = scripts.get(name)?.shift() ?? { status: 200, body: 'ok' };
      response.writeHead(answer.status, { 'content-type': 'text/plain', ...answer.headers });
      response.end(answer.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return {
    url: (name: string) => `${base}/${name}`,
    script: (name: string, answers: Answer[]) => scripts.set(name, [...answers]),
    at: (name: string) => received.filter((r) => r.name === name),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const verify = (secret: string, request: Received) =>
  new Webhook(secret).verify(request.body, {
    'webhook-id': String(request.headers['webhook-id']),
    'webhook-timestamp': String(request.headers['webhook-timestamp']),
    'webhook-signature': String(request.headers['webhook-signature']),
  }) as { type: string; version: number; timestamp: string; workspaceId: string; data: Record<string, any> };

const ENDPOINT_FIELDS = 'id url eventTypes enabled disabledAt disabledReason consecutiveFailures failingSince previousSecretExpiresAt';
const DELIVERY_FIELDS = 'id eventId eventType status attempts nextAttemptAt lastAttemptAt responseStatus latencyMs responseExcerpt lastError redeliveryOfId payload';
const CREATE = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { ${ENDPOINT_FIELDS} } } }`;
const DELIVERIES = `query($ws: ID!, $id: ID!, $status: WebhookDeliveryStatus) { webhookDeliveries(workspaceId: $ws, endpointId: $id, status: $status) { totalCount edges { node { ${DELIVERY_FIELDS} } } } }`;
const ENDPOINT = `query($ws: ID!, $id: ID!) { webhookEndpoint(workspaceId: $ws, id: $id) { ${ENDPOINT_FIELDS} } }`;

describe('outbound webhooks', () => {
  let sandbox: SandboxNetwork;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let server: TestServer;
  let admin: string;
  let workspaceA: string;
  let workspaceB: string;
  let policyCount = 0;

  const wait = async <T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 20_000): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const createEndpoint = async (workspaceId: string, name: string, eventTypes: string[]) =>
    ok(await server.gql(CREATE, { input: { workspaceId, url: receiver.url(name), eventTypes, description: `receiver ${name}` } }, admin)).createWebhookEndpoint as { secret: string; endpoint: Record<string, any> };
  const deleteEndpoint = async (workspaceId: string, id: string) => ok(await server.gql('mutation($ws: ID!, $id: ID!) { deleteWebhookEndpoint(workspaceId: $ws, id: $id) { id } }', { ws: workspaceId, id }, admin));
  const deliveries = async (workspaceId: string, id: string, status?: string) =>
    ok(await server.gql(DELIVERIES, { ws: workspaceId, id, status }, admin)).webhookDeliveries.edges.map((edge: { node: Record<string, any> }) => edge.node) as Array<Record<string, any>>;
  const endpoint = async (workspaceId: string, id: string) => ok(await server.gql(ENDPOINT, { ws: workspaceId, id }, admin)).webhookEndpoint as Record<string, any>;
  /** Creates a policy: the policy.created event every test uses. */
  const createPolicy = async (workspaceId: string) =>
    ok(
      await server.gql(
        'mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { id name } }',
        { input: { workspaceId, name: `Voice ${++policyCount}`, scope: 'OUTBOUND_POST', rules: [{ rule: 'banned-terms', args: { terms: [{ term: 'cheap' }] }, action: 'WARN' }] } },
        admin,
      ),
    ).createPolicy as { id: string; name: string };

  beforeAll(async () => {
    sandbox = await startSandboxNetwork();
    receiver = await startReceiver();
    server = await createTestServer(
      { RAPPORT_WEBHOOK_RETRY_DELAY_SECONDS: '1', RAPPORT_WEBHOOK_MAX_ATTEMPTS: '3', RAPPORT_WEBHOOK_DISABLE_AFTER_FAILURES: '4' },
      {
        plugins: [
          { specifier: '@rapport/plugin-network-sandbox', baseDir: '/', options: { baseUrl: sandbox.url } },
          { specifier: '@rapport/plugin-rule-banned-terms', baseDir: '/', options: {} },
        ],
      },
    );
    admin = await setupAdmin(server);
    workspaceA = await createWorkspace(server, admin, 'Pet Store');
    workspaceB = await createWorkspace(server, admin, 'Other Brand');
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await receiver?.close();
    await sandbox?.close();
  });

  it('lists the documented event types', async () => {
    const { webhookEventTypes } = ok(await server.gql('{ webhookEventTypes { type version description } }', {}, admin));
    const types = webhookEventTypes.map((t: { type: string }) => t.type);
    for (const family of ['post', 'post_target', 'conversation', 'message', 'review', 'review_reply', 'dispute', 'channel', 'policy']) {
      expect(types.some((type: string) => type.startsWith(`${family}.`))).toBe(true);
    }
    expect(webhookEventTypes.every((t: { version: number; description: string }) => t.version === 1 && t.description.length > 10)).toBe(true);
  });

  it('delivers an event signed the Standard Webhooks way, shows the secret once and keeps it encrypted, and logs the delivery', async () => {
    const { secret, endpoint: created } = await createEndpoint(workspaceA, 'basic', ['policy.*']);
    expect(secret).toMatch(/^whsec_/);
    expect(created).toMatchObject({ url: receiver.url('basic'), eventTypes: ['policy.*'], enabled: true, consecutiveFailures: 0 });
    const [stored] = await server.sql('SELECT secrets_encrypted FROM webhook_endpoint WHERE id = $1', [created.id]);
    expect(stored.secrets_encrypted).toMatch(/^v1\./);
    expect(stored.secrets_encrypted).not.toContain(secret.slice(6, 20));

    const policy = await createPolicy(workspaceA);
    const [request] = await wait('the delivery', async () => receiver.at('basic').length > 0 && receiver.at('basic'));
    expect(request.headers['content-type']).toBe('application/json');
    const payload = verify(secret, request);
    expect(payload).toMatchObject({ type: 'policy.created', version: 1, workspaceId: workspaceA, data: { id: policy.id, name: policy.name, scope: 'OUTBOUND_POST', version: 1 } });
    expect(Date.parse(payload.timestamp)).not.toBeNaN();
    expect(() => verify(`whsec_${Buffer.alloc(32, 1).toString('base64')}`, request)).toThrow();

    const logged = await wait('the logged outcome', async () => (await deliveries(workspaceA, created.id, 'SUCCEEDED'))[0]);
    expect(await deliveries(workspaceA, created.id)).toHaveLength(1);
    expect(logged).toMatchObject({ eventId: request.headers['webhook-id'], eventType: 'policy.created', status: 'SUCCEEDED', attempts: 1, nextAttemptAt: null, responseStatus: 200, responseExcerpt: 'ok', lastError: null, payload: request.body });
    expect(logged.latencyMs).toBeGreaterThanOrEqual(0);
    await deleteEndpoint(workspaceA, created.id);
  });

  it('delivers only the event types an endpoint asked for, and never another workspace\'s events', async () => {
    const a = await createEndpoint(workspaceA, 'tenant-a', ['policy.created', 'post.*', 'post_target.*']);
    const b = await createEndpoint(workspaceB, 'tenant-b', ['policy.*']);
    const channelId = ok(
      await server.gql('mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id } }', { input: { workspaceId: workspaceA, type: 'sandbox', displayName: 'Sandbox', credentials: { accessToken: sandbox.accessToken } } }, admin),
    ).connectChannel.id;
    const bPolicy = await createPolicy(workspaceB);
    const aPolicy = await createPolicy(workspaceA);
    // policy.updated is not among A's types.
    ok(await server.gql('mutation($input: UpdatePolicyInput!) { updatePolicy(input: $input) { id } }', { input: { workspaceId: workspaceA, policyId: aPolicy.id, name: 'Renamed' } }, admin));
    const post = ok(await server.gql('mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', { input: { workspaceId: workspaceA, body: 'Spring grooming slots are open', channelIds: [channelId] } }, admin)).createPost;
    ok(await server.gql('mutation($input: PostActionInput!) { publishPostNow(input: $input) { id } }', { input: { workspaceId: workspaceA, postId: post.id } }, admin));

    const published = await wait('post_target.published', async () => receiver.at('tenant-a').map((r) => verify(a.secret, r)).find((p) => p.type === 'post_target.published'));
    expect(published.data).toMatchObject({ postId: post.id, channelId, status: 'PUBLISHED' });
    expect(published.data.externalId).toEqual(expect.any(String));
    await wait("B's policy", async () => receiver.at('tenant-b').length > 0);

    const seenByA = receiver.at('tenant-a').map((r) => verify(a.secret, r));
    expect(seenByA.every((p) => p.workspaceId === workspaceA)).toBe(true);
    expect(seenByA.filter((p) => p.type.startsWith('policy.'))).toEqual([expect.objectContaining({ type: 'policy.created', data: expect.objectContaining({ id: aPolicy.id }) })]);
    expect(seenByA.some((p) => p.type === 'post.updated' && p.data.id === post.id && p.data.targets[0].channelId === channelId)).toBe(true);
    const seenByB = receiver.at('tenant-b').map((r) => verify(b.secret, r));
    expect(seenByB).toEqual([expect.objectContaining({ type: 'policy.created', workspaceId: workspaceB, data: expect.objectContaining({ id: bPolicy.id }) })]);
    // A's secret does not verify B's deliveries.
    expect(() => verify(a.secret, receiver.at('tenant-b')[0])).toThrow();
    await deleteEndpoint(workspaceA, a.endpoint.id);
    await deleteEndpoint(workspaceB, b.endpoint.id);
  });

  it('retries a failed delivery with backoff, no sooner than Retry-After, until the endpoint answers 2xx', async () => {
    const { secret, endpoint: created } = await createEndpoint(workspaceA, 'flaky', ['policy.created']);
    receiver.script('flaky', [
      { status: 503, body: 'down for maintenance', headers: { 'retry-after': '2' } },
      { status: 500, body: '{"error":"still broken"}' },
    ]);
    await createPolicy(workspaceA);

    const waiting = await wait('the first failure', async () => (await deliveries(workspaceA, created.id)).find((d) => d.attempts === 1));
    expect(waiting).toMatchObject({ status: 'PENDING', responseStatus: 503, responseExcerpt: 'down for maintenance', lastError: 'the endpoint answered HTTP 503' });
    expect(Date.parse(waiting.nextAttemptAt) - Date.parse(waiting.lastAttemptAt)).toBeGreaterThanOrEqual(2_000);
    expect(await endpoint(workspaceA, created.id)).toMatchObject({ consecutiveFailures: 1, failingSince: expect.any(String), enabled: true });

    const done = await wait('the success', async () => (await deliveries(workspaceA, created.id)).find((d) => d.status === 'SUCCEEDED'));
    expect(done).toMatchObject({ attempts: 3, responseStatus: 200, nextAttemptAt: null, lastError: null });
    const attempts = receiver.at('flaky');
    expect(attempts).toHaveLength(3);
    // The same event id on every attempt, each signed anew.
    expect(new Set(attempts.map((r) => r.headers['webhook-id']))).toEqual(new Set([done.eventId]));
    for (const attempt of attempts) expect(verify(secret, attempt).type).toBe('policy.created');
    expect(await endpoint(workspaceA, created.id)).toMatchObject({ consecutiveFailures: 0, failingSince: null });
    await deleteEndpoint(workspaceA, created.id);
  });

  it('disables an endpoint after a long failure streak, announces it, and takes it back with enableWebhookEndpoint and redeliverWebhook', async () => {
    const watcher = await createEndpoint(workspaceA, 'watcher', ['webhook_endpoint.*']);
    const { secret, endpoint: created } = await createEndpoint(workspaceA, 'broken', ['policy.created']);
    receiver.script('broken', Array.from({ length: 4 }, () => ({ status: 500, body: 'boom' })));
    await createPolicy(workspaceA);
    const failed = await wait('three failed attempts', async () => (await deliveries(workspaceA, created.id, 'FAILED'))[0]);
    expect(failed).toMatchObject({ attempts: 3, responseStatus: 500, nextAttemptAt: null });
    expect(await endpoint(workspaceA, created.id)).toMatchObject({ enabled: true, consecutiveFailures: 3 });

    await createPolicy(workspaceA);
    const disabled = await wait('the endpoint disabled', async () => {
      const current = await endpoint(workspaceA, created.id);
      return !current.enabled && current;
    });
    expect(disabled.disabledReason).toMatch(/^4 attempts in a row failed \(the last: the endpoint answered HTTP 500\)/);
    expect(disabled.disabledAt).toEqual(expect.any(String));
    const notice = await wait('the disabled event', async () => receiver.at('watcher')[0]);
    expect(verify(watcher.secret, notice)).toMatchObject({ type: 'webhook_endpoint.disabled', workspaceId: workspaceA, data: { id: created.id, disabledReason: disabled.disabledReason } });
    expect(notice.body).not.toContain('whsec_');
    // Nothing new is recorded while it is disabled; its second delivery was given up.
    await createPolicy(workspaceA);
    const given = await deliveries(workspaceA, created.id);
    expect(given).toHaveLength(2);
    expect(given[0]).toMatchObject({ status: 'FAILED', lastError: expect.stringMatching(/^given up: the endpoint was disabled/) });
    const redeliver = 'mutation($ws: ID!, $id: ID!) { redeliverWebhook(workspaceId: $ws, deliveryId: $id) { id eventId status redeliveryOfId } }';
    expect(errorCode(await server.gql(redeliver, { ws: workspaceA, id: failed.id }, admin))).toBe('CONFLICT');

    const enabled = ok(await server.gql(`mutation($ws: ID!, $id: ID!) { enableWebhookEndpoint(workspaceId: $ws, id: $id) { ${ENDPOINT_FIELDS} } }`, { ws: workspaceA, id: created.id }, admin)).enableWebhookEndpoint;
    expect(enabled).toMatchObject({ enabled: true, disabledAt: null, disabledReason: null, consecutiveFailures: 0, failingSince: null });
    const again = ok(await server.gql(redeliver, { ws: workspaceA, id: failed.id }, admin)).redeliverWebhook;
    expect(again).toMatchObject({ eventId: failed.eventId, status: 'PENDING', redeliveryOfId: failed.id });
    const delivered = await wait('the redelivery', async () => (await deliveries(workspaceA, created.id)).find((d) => d.id === again.id && d.status === 'SUCCEEDED'));
    expect(delivered.payload).toBe(failed.payload);
    const last = receiver.at('broken').at(-1)!;
    expect(last.headers['webhook-id']).toBe(failed.eventId);
    expect(verify(secret, last).type).toBe('policy.created');
    expect(errorCode(await server.gql(redeliver, { ws: workspaceA, id: '00000000-0000-4000-8000-000000000000' }, admin))).toBe('NOT_FOUND');
    await deleteEndpoint(workspaceA, created.id);
    await deleteEndpoint(workspaceA, watcher.endpoint.id);
  });

  it('disables an endpoint that answers 410 Gone at once', async () => {
    const { endpoint: created } = await createEndpoint(workspaceA, 'gone', ['policy.created']);
    receiver.script('gone', [{ status: 410, body: 'unsubscribed' }]);
    await createPolicy(workspaceA);
    const disabled = await wait('the endpoint disabled', async () => {
      const current = await endpoint(workspaceA, created.id);
      return !current.enabled && current;
    });
    expect(disabled.disabledReason).toBe('the endpoint answered 410 Gone');
    expect((await deliveries(workspaceA, created.id))[0]).toMatchObject({ status: 'FAILED', attempts: 1, responseStatus: 410 });
    await deleteEndpoint(workspaceA, created.id);
  });

  it('changes an endpoint, and pauses it by hand: nothing is recorded for it until it is enabled again', async () => {
    const { secret, endpoint: created } = await createEndpoint(workspaceA, 'before', ['post.*']);
    const update = `mutation($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { ${ENDPOINT_FIELDS} description } }`;
    const updated = ok(await server.gql(update, { input: { workspaceId: workspaceA, endpointId: created.id, url: receiver.url('after'), eventTypes: ['policy.created', 'policy.created'], description: ' moved ' } }, admin)).updateWebhookEndpoint;
    expect(updated).toMatchObject({ url: receiver.url('after'), eventTypes: ['policy.created'], description: 'moved' });

    const paused = ok(await server.gql(`mutation($ws: ID!, $id: ID!) { disableWebhookEndpoint(workspaceId: $ws, id: $id) { ${ENDPOINT_FIELDS} } }`, { ws: workspaceA, id: created.id }, admin)).disableWebhookEndpoint;
    expect(paused).toMatchObject({ enabled: false, disabledReason: 'disabled by hand', disabledAt: expect.any(String) });
    await createPolicy(workspaceA);
    ok(await server.gql('mutation($ws: ID!, $id: ID!) { enableWebhookEndpoint(workspaceId: $ws, id: $id) { id } }', { ws: workspaceA, id: created.id }, admin));
    const policy = await createPolicy(workspaceA);
    const [request] = await wait('the delivery after enabling', async () => receiver.at('after').length > 0 && receiver.at('after'));
    expect(verify(secret, request).data.id).toBe(policy.id);
    expect(await deliveries(workspaceA, created.id)).toHaveLength(1);
    expect(receiver.at('before')).toEqual([]);
    await deleteEndpoint(workspaceA, created.id);
  });

  it('rotates the secret: both signatures verify while they overlap, then only the new one', async () => {
    const { secret: first, endpoint: created } = await createEndpoint(workspaceA, 'rotating', ['policy.created']);
    const rotate = `mutation($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { secret endpoint { previousSecretExpiresAt } } }`;
    const rotated = ok(await server.gql(rotate, { input: { workspaceId: workspaceA, endpointId: created.id } }, admin)).rotateWebhookSecret;
    expect(rotated.secret).not.toBe(first);
    expect(Date.parse(rotated.endpoint.previousSecretExpiresAt) - Date.now()).toBeGreaterThan(23 * 3600_000);
    await createPolicy(workspaceA);
    const [overlapping] = await wait('a delivery', async () => receiver.at('rotating').length > 0 && receiver.at('rotating'));
    expect(String(overlapping.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(verify(first, overlapping).type).toBe('policy.created');
    expect(verify(rotated.secret, overlapping).type).toBe('policy.created');

    const immediate = ok(await server.gql(rotate, { input: { workspaceId: workspaceA, endpointId: created.id, keepPreviousForHours: 0 } }, admin)).rotateWebhookSecret;
    expect(immediate.endpoint.previousSecretExpiresAt).toBeNull();
    await createPolicy(workspaceA);
    const second = await wait('a second delivery', async () => receiver.at('rotating')[1]);
    expect(String(second.headers['webhook-signature']).split(' ')).toHaveLength(1);
    expect(verify(immediate.secret, second).type).toBe('policy.created');
    expect(() => verify(rotated.secret, second)).toThrow();
    await deleteEndpoint(workspaceA, created.id);
  });

  it.each([
    ['not a URL', 'not a url', /must be an absolute URL/],
    ['another scheme', 'ftp://example.com/hooks', /must use https, not ftp/],
    ['credentials in the URL', 'https://user:pass@example.com/hooks', /must not contain credentials/],
    ['plain http to a public address', 'http://93.184.216.34/hooks', /must use https/],
    ['a private address', 'https://10.0.0.7/hooks', /10\.0\.0\.7 is a private address/],
    ['the cloud metadata service', 'https://169.254.169.254/latest', /169\.254\.169\.254 is a link-local address/],
  ])('refuses %s as BAD_USER_INPUT on url, storing nothing', async (_name, url, reason) => {
    const refused = await server.gql(CREATE, { input: { workspaceId: workspaceA, url, eventTypes: ['post.*'] } }, admin);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions.field).toBe('url');
    expect(refused.errors![0].message).toMatch(reason);
    expect(await server.sql('SELECT id FROM webhook_endpoint WHERE url = $1', [url])).toEqual([]);
  });

  it('refuses unknown event types, naming each, and an empty list', async () => {
    const refused = await server.gql(CREATE, { input: { workspaceId: workspaceA, url: receiver.url('x'), eventTypes: ['post.*', 'post.exploded', 'nope.*'] } }, admin);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect((refused.errors![0].extensions.fields as Array<{ field: string }>).map((f) => f.field)).toEqual(['eventTypes.1', 'eventTypes.2']);
    expect(errorCode(await server.gql(CREATE, { input: { workspaceId: workspaceA, url: receiver.url('x'), eventTypes: [] } }, admin))).toBe('BAD_USER_INPUT');
    const updated = await server.gql('mutation($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { id } }', { input: { workspaceId: workspaceA, endpointId: '00000000-0000-4000-8000-000000000000', eventTypes: ['*'] } }, admin);
    expect(errorCode(updated)).toBe('BAD_USER_INPUT');
  });

  it('lets only ADMINs of the workspace manage endpoints: AGENT and EDITOR are FORBIDDEN, another workspace NOT_FOUND', async () => {
    const { endpoint: created } = await createEndpoint(workspaceA, 'guarded', ['policy.created']);
    await createPolicy(workspaceA);
    const delivery = await wait('a delivery', async () => (await deliveries(workspaceA, created.id, 'SUCCEEDED'))[0]);
    const agent = await createMember(server, admin, workspaceA, 'agent@pets.test', 'AGENT');
    const editor = await createMember(server, admin, workspaceA, 'editor@pets.test', 'EDITOR');
    const outsider = await createMember(server, admin, workspaceB, 'owner@other.test', 'OWNER');
    const operations: Array<[string, string, Record<string, unknown>]> = [
      ['webhookEndpoints', 'query($ws: ID!) { webhookEndpoints(workspaceId: $ws) { totalCount } }', {}],
      ['webhookEndpoint', 'query($ws: ID!, $id: ID!) { webhookEndpoint(workspaceId: $ws, id: $id) { id } }', { id: created.id }],
      ['webhookDeliveries', 'query($ws: ID!, $id: ID!) { webhookDeliveries(workspaceId: $ws, endpointId: $id) { totalCount } }', { id: created.id }],
      ['createWebhookEndpoint', 'mutation($ws: ID!, $url: String!) { createWebhookEndpoint(input: { workspaceId: $ws, url: $url, eventTypes: ["post.*"] }) { secret } }', { url: receiver.url('intruder') }],
      ['updateWebhookEndpoint', 'mutation($ws: ID!, $id: ID!, $url: String!) { updateWebhookEndpoint(input: { workspaceId: $ws, endpointId: $id, url: $url }) { id } }', { id: created.id, url: receiver.url('intruder') }],
      ['rotateWebhookSecret', 'mutation($ws: ID!, $id: ID!) { rotateWebhookSecret(input: { workspaceId: $ws, endpointId: $id }) { secret } }', { id: created.id }],
      ['disableWebhookEndpoint', 'mutation($ws: ID!, $id: ID!) { disableWebhookEndpoint(workspaceId: $ws, id: $id) { id } }', { id: created.id }],
      ['enableWebhookEndpoint', 'mutation($ws: ID!, $id: ID!) { enableWebhookEndpoint(workspaceId: $ws, id: $id) { id } }', { id: created.id }],
      ['redeliverWebhook', 'mutation($ws: ID!, $id: ID!) { redeliverWebhook(workspaceId: $ws, deliveryId: $id) { id } }', { id: delivery.id }],
      ['deleteWebhookEndpoint', 'mutation($ws: ID!, $id: ID!) { deleteWebhookEndpoint(workspaceId: $ws, id: $id) { id } }', { id: created.id }],
    ];
    const before = await server.sql('SELECT * FROM webhook_endpoint ORDER BY id');
    const outcomes: string[] = [];
    for (const [name, query, variables] of operations) {
      for (const [who, token] of Object.entries({ agent, editor })) outcomes.push(`${who} ${name}: ${errorCode(await server.gql(query, { ws: workspaceA, ...variables }, token))}`);
      // The outsider names A's rows in B, their own workspace: not found there.
      if (variables.id) outcomes.push(`outsider ${name}: ${errorCode(await server.gql(query, { ws: workspaceB, ...variables }, outsider))}`);
      outcomes.push(`outsider in A ${name}: ${errorCode(await server.gql(query, { ws: workspaceA, ...variables }, outsider))}`);
    }
    expect(outcomes.filter((line) => line.startsWith('agent') || line.startsWith('editor')).every((line) => line.endsWith(': FORBIDDEN'))).toBe(true);
    expect(outcomes.filter((line) => line.startsWith('outsider')).every((line) => line.endsWith(': NOT_FOUND'))).toBe(true);
    expect(await server.sql('SELECT * FROM webhook_endpoint ORDER BY id')).toEqual(before);
    await deleteEndpoint(workspaceA, created.id);
  });

  it('deletes finished deliveries older than the retention time', async () => {
    const { endpoint: created } = await createEndpoint(workspaceA, 'retention', ['policy.created']);
    await createPolicy(workspaceA);
    await createPolicy(workspaceA);
    const [recent, old] = await wait('two deliveries', async () => {
      const done = await deliveries(workspaceA, created.id, 'SUCCEEDED');
      return done.length === 2 && done;
    });
    await server.sql(`UPDATE webhook_delivery SET created_at = now() - interval '31 days' WHERE id = $1`, [old.id]);
    expect(await server.app.get(WebhookDeliveryWorker).deleteOldDeliveries()).toBe(1);
    expect((await deliveries(workspaceA, created.id)).map((d) => d.id)).toEqual([recent.id]);
    await deleteEndpoint(workspaceA, created.id);
  });

  it('deletes an endpoint while an attempt of its delivery is being recorded: the delete wins, the attempt is dropped, nothing deadlocks', async () => {
    const { endpoint: created } = await createEndpoint(workspaceA, 'racing', ['policy.created']);
    // A delivery without a job, so only this test attempts it.
    const [{ id: deliveryId }] = await server.sql(
      `INSERT INTO webhook_delivery (workspace_id, endpoint_id, event_id, event_type, payload, status, attempts, next_attempt_at)
       VALUES ($1, $2, gen_random_uuid(), 'policy.created', '{}', 'PENDING', 0, now()) RETURNING id`,
      [workspaceA, created.id],
    );
    // The first step of deleting an endpoint (as deleteWebhookEndpoint and its cascade take locks), held open.
    const deleting = server.app.get(DataSource).createQueryRunner();
    await deleting.connect();
    await deleting.startTransaction();
    try {
      await deleting.query('SELECT id FROM webhook_endpoint WHERE id = $1 FOR UPDATE', [created.id]);
      const attempt = server.app.get(WebhookDeliveryWorker).deliver(deliveryId);
      await wait('the attempt waiting for the endpoint', async () => {
        const [waiting] = await server.sql(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%webhook_endpoint%'`);
        return waiting.n > 0;
      });
      // The cascade locks the delivery: had the attempt locked it before the endpoint, PostgreSQL would report a deadlock here or there.
      await deleting.query('DELETE FROM webhook_endpoint WHERE id = $1', [created.id]);
      await deleting.commitTransaction();
      await expect(attempt).resolves.toBeUndefined();
    } finally {
      if (deleting.isTransactionActive) await deleting.rollbackTransaction();
      await deleting.release();
    }
    expect(receiver.at('racing')).toHaveLength(1);
    expect(await server.sql('SELECT id FROM webhook_delivery WHERE id = $1', [deliveryId])).toEqual([]);
    expect(errorCode(await server.gql(ENDPOINT, { ws: workspaceA, id: created.id }, admin))).toBe('NOT_FOUND');
  });
});
