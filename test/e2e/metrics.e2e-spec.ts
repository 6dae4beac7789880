import { startSandboxNetwork, type SandboxNetwork } from '@rapport/plugin-network-sandbox/server';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { OperationNames } from '../../apps/server/src/metrics/graphql-metrics.plugin.js';
import { MetricsService } from '../../apps/server/src/metrics/metrics.service.js';
import { createWorkspace, errorCode, ok, setupAdmin } from '../utils/fixtures.js';
import { subscribe } from '../utils/subscriptions.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';

const TOKEN = 'metrics-scrape-token-0123456789';

/** The value of one sample line, e.g. `rapport_x_total{kind="y"}`; undefined when absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

/** Scrapes until `ready` holds: jobs and deliveries finish on the queue, after the request that caused them. */
async function scrapeUntil(scrape: () => Promise<string>, ready: (text: string) => boolean): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const text = await scrape();
    if (ready(text)) return text;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return scrape();
}

describe('/metrics', () => {
  let sandbox: SandboxNetwork;
  let server: TestServer;
  let receiver: Server;
  let admin: string;
  let workspaceId: string;
  const scrape = async () => {
    const res = await server.http.get('/metrics').set('authorization', `Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    return res.text;
  };

  beforeAll(async () => {
    sandbox = await startSandboxNetwork();
    receiver = createServer((_req, res) => res.writeHead(204).end());
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    server = await createTestServer({ RAPPORT_METRICS_TOKEN: TOKEN }, { plugins: [{ specifier: '@rapport/plugin-network-sandbox', baseDir: '/', options: { baseUrl: sandbox.url } }] });
    admin = await setupAdmin(server);
    workspaceId = await createWorkspace(server, admin, 'Measured');
  });
  afterAll(async () => {
    await server.close();
    await sandbox.close();
    await new Promise((resolve) => receiver.close(resolve));
  });

  it('answers 401 without the bearer token, or with another one', async () => {
    expect((await server.http.get('/metrics')).status).toBe(401);
    expect((await server.http.get('/metrics').set('authorization', 'Bearer not-the-token-at-all')).status).toBe(401);
    expect((await server.http.get('/metrics').set('authorization', TOKEN)).status).toBe(401);
  });

  it('exposes the named series after traffic', async () => {
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    ok(await server.gql('mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }', { input: { workspaceId, url, eventTypes: ['post.*'] } }, admin));
    const channelId = ok(
      await server.gql('mutation Connect($input: ConnectChannelInput!) { connectChannel(input: $input) { id } }', { input: { workspaceId, type: 'sandbox', displayName: 'Sandbox', credentials: { accessToken: sandbox.accessToken } } }, admin),
    ).connectChannel.id;

    // Inbound: a comment on the network, pulled in now.
    await sandbox.inject.comment({ text: 'Do you groom cats?', author: { handle: 'ana' } });
    ok(await server.gql('mutation($ws: ID!, $ch: ID!) { syncChannel(workspaceId: $ws, channelId: $ch) { ok } }', { ws: workspaceId, ch: channelId }, admin));
    // Outbound: one post published now, one scheduled far ahead (its job waits in the queue).
    const post = async (body: string) => ok(await server.gql('mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', { input: { workspaceId, body, channelIds: [channelId] } }, admin)).createPost.id;
    ok(await server.gql('mutation($input: PostActionInput!) { publishPostNow(input: $input) { id } }', { input: { workspaceId, postId: await post('Open on Sunday') } }, admin));
    ok(await server.gql('mutation($input: SchedulePostInput!) { schedulePost(input: $input) { id } }', { input: { workspaceId, postId: await post('Next year'), at: '2099-01-01T09:00:00Z' } }, admin));
    // GraphQL: named, anonymous, failing and invalid operations.
    ok(await server.gql('query Workspaces { workspaces { totalCount } }', {}, admin));
    ok(await server.gql('{ me { id } }', {}, admin));
    expect(errorCode(await server.gql('query Missing($ws: ID!) { channels(workspaceId: $ws) { totalCount } }', { ws: '00000000-0000-4000-8000-000000000000' }, admin))).toBe('NOT_FOUND');
    expect(errorCode(await server.gql('query Broken { nope }', {}, admin))).toBe('GRAPHQL_VALIDATION_FAILED');
    // A live subscriber.
    const live = subscribe(server.wsUrl, 'subscription($ws: ID!) { postUpdated(workspaceId: $ws) { id } }', { ws: workspaceId }, admin);

    const text = await scrapeUntil(
      scrape,
      (t) =>
        (sample(t, 'rapport_post_publish_total{outcome="published"}') ?? 0) >= 1 &&
        (sample(t, 'rapport_webhook_deliveries_total{outcome="succeeded"}') ?? 0) >= 1 &&
        sample(t, 'rapport_graphql_ws_connections') === 1,
    );
    expect(sample(text, 'rapport_http_request_duration_seconds_count{method="POST",route="/graphql",status="200"}')).toBeGreaterThan(5);
    expect(sample(text, 'rapport_graphql_operation_duration_seconds_count{operation="Workspaces",type="query"}')).toBe(1);
    expect(sample(text, 'rapport_graphql_operation_duration_seconds_count{operation="Connect",type="mutation"}')).toBe(1);
    expect(sample(text, 'rapport_graphql_operation_duration_seconds_count{operation="__anonymous",type="query"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'rapport_graphql_operation_duration_seconds_count{operation="__invalid",type="unknown"}')).toBe(1);
    expect(sample(text, 'rapport_graphql_errors_total{operation="Missing",code="NOT_FOUND"}')).toBe(1);
    expect(sample(text, 'rapport_graphql_errors_total{operation="__invalid",code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
    expect(sample(text, 'rapport_job_duration_seconds_count{kind="publish-post-target",outcome="completed"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'rapport_job_duration_seconds_count{kind="deliver-webhook",outcome="completed"}')).toBeGreaterThanOrEqual(1);
    // The scheduled post's job waits (depth is sampled every 15 s, so the published one may still be counted).
    expect(sample(text, 'rapport_job_queue_depth{kind="publish-post-target",state="created"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'rapport_ingested_items_total{kind="message"}')).toBe(1);
    expect(text).toMatch(/^rapport_webhook_delivery_duration_seconds_count \d+$/m);
    expect(sample(text, 'rapport_db_pool_connections')).toBeGreaterThan(0);
    expect(sample(text, 'rapport_db_pool_waiting_requests')).toBe(0);
    expect(text).toMatch(/^rapport_db_pool_idle_connections \d+$/m);
    expect(text).toMatch(/^process_cpu_user_seconds_total /m);
    expect(text).toMatch(/^nodejs_heap_size_used_bytes /m);

    await live.close();
    const after = await scrapeUntil(scrape, (t) => sample(t, 'rapport_graphql_ws_connections') === 0);
    expect(sample(after, 'rapport_graphql_ws_connections')).toBe(0);
  });

  it('keeps operation names bounded: unnamed, malformed and names past the first 200 share a label', () => {
    const names = new OperationNames();
    expect(names.label(undefined)).toBe('__anonymous');
    expect(names.label('has space')).toBe('__other');
    for (let i = 0; i < 200; i++) expect(names.label(`Op${i}`)).toBe(`Op${i}`);
    expect(names.label('OneTooMany')).toBe('__other');
    expect(names.label('Op7')).toBe('Op7');
  });

  it('is off unless configured, and served on RAPPORT_METRICS_PORT instead of the API port when set', async () => {
    const off = await createTestServer({}, { replicaOf: server });
    try {
      expect((await off.http.get('/metrics')).status).toBe(404);
    } finally {
      await off.close();
    }
    const separate = await createTestServer({ RAPPORT_METRICS_PORT: '0', RAPPORT_METRICS_HOST: '127.0.0.1', RAPPORT_METRICS_TOKEN: TOKEN }, { replicaOf: server });
    try {
      expect((await separate.http.get('/metrics').set('authorization', `Bearer ${TOKEN}`)).status).toBe(404);
      const port = separate.app.get(MetricsService).separateAddress!.port;
      const metricsPort = request(`http://127.0.0.1:${port}`);
      expect((await metricsPort.get('/metrics')).status).toBe(401);
      const res = await metricsPort.get('/metrics').set('authorization', `Bearer ${TOKEN}`);
      expect(res.status).toBe(200);
      expect(res.text).toContain('# TYPE rapport_job_queue_depth gauge');
      expect((await metricsPort.get('/other')).status).toBe(404);
    } finally {
      await separate.close();
    }
  });
});
