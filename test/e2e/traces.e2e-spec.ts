import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ADMIN, ok } from '../utils/fixtures.js';

interface OtlpAttribute {
  key: string;
  value: { stringValue?: string; intValue?: string | number; boolValue?: boolean; arrayValue?: { values: Array<{ stringValue?: string }> } };
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: OtlpAttribute[];
  status?: { code?: number };
}
interface OtlpExport {
  resourceSpans: Array<{ resource: { attributes: OtlpAttribute[] }; scopeSpans: Array<{ scope: { name: string }; spans: OtlpSpan[] }> }>;
}

const SPAN_KIND_SERVER = 2;
const attribute = (attributes: OtlpAttribute[], key: string) => {
  const value = attributes.find((a) => a.key === key)?.value;
  return value?.stringValue ?? value?.intValue ?? value?.boolValue ?? value?.arrayValue?.values.map((v) => v.stringValue);
};

/**
 * `node dist/apps/server/src/main.js` (built by `npm test`) with OTEL_EXPORTER_OTLP_ENDPOINT pointing at a tiny
 * OTLP/HTTP receiver: the spans of a GraphQL operation (HTTP, Express, GraphQL, PostgreSQL) and of a job arrive,
 * as OTLP JSON, with the configured service name, once the server is stopped (which flushes them).
 */
describe('traces (OpenTelemetry, OTLP/HTTP JSON)', () => {
  const database = `rapport_test_${randomBytes(6).toString('hex')}`;
  const serverUrl = process.env.RAPPORT_TEST_PG_URL!;
  const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${database}` }).toString();
  const stateDir = mkdtempSync(join(tmpdir(), 'rapport-traces-'));
  const exports: OtlpExport[] = [];
  const contentTypes: string[] = [];
  let webhooks = 0;
  let receiver: Server;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        if (req.url === '/v1/traces') {
          contentTypes.push(String(req.headers['content-type']));
          exports.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpExport);
        } else if (req.url === '/hook') webhooks += 1;
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await new Promise((resolve) => receiver.close(resolve));
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
    rmSync(stateDir, { recursive: true, force: true });
  });

  it('exports the spans of a GraphQL operation and of a job', async () => {
    const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    const configFile = join(stateDir, 'rapport.config.json');
    writeFileSync(configFile, JSON.stringify({ plugins: [] }));
    const server = spawn(process.execPath, ['dist/apps/server/src/main.js'], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: '0',
        DATABASE_URL: databaseUrl,
        RAPPORT_SECRET: randomBytes(32).toString('hex'),
        RAPPORT_CONFIG: configFile,
        RAPPORT_STATE_DIR: stateDir,
        RAPPORT_DEMO_WORKSPACE: 'false',
        LOG_LEVEL: 'warn',
        OTEL_EXPORTER_OTLP_ENDPOINT: receiverUrl,
        OTEL_SERVICE_NAME: 'rapport-e2e',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = server;
    let output = '';
    server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
    const apiUrl = await new Promise<string>((resolve, reject) => {
      const look = () => {
        const found = /GraphQL API\s+(\S+)/.exec(output);
        if (found) resolve(found[1]);
      };
      server.stdout!.on('data', look);
      void exited.then((code) => reject(new Error(`the server exited (${code}) before serving:\n${output}`)));
    });

    const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
      const res = await fetch(apiUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
      return (await res.json()) as { data?: any; errors?: unknown[] };
    };
    const token = ok(await gql('mutation Setup($input: SetupInput!) { setup(input: $input) { token } }', { input: ADMIN })).setup.token;
    const workspaceId = ok(await gql('mutation CreateWorkspace { createWorkspace(input: { name: "Traced", starterPolicies: false }) { id } }', {}, token)).createWorkspace.id;
    ok(await gql('query Workspaces { workspaces { totalCount } }', {}, token));
    // A policy event delivered to a webhook endpoint: a job, worked on the queue.
    ok(await gql('mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }', { input: { workspaceId, url: `${receiverUrl}/hook`, eventTypes: ['policy.*'] } }, token));
    ok(await gql('mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { id } }', { input: { workspaceId, name: 'Tone', scope: 'OUTBOUND_POST', rules: [] } }, token));
    for (let i = 0; i < 100 && webhooks === 0; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(webhooks).toBe(1);
    expect((await fetch(apiUrl.replace(/\/graphql$/, '/health/ready'))).status).toBe(200);

    server.kill('SIGTERM');
    expect(await exited).toBe(0);

    expect(contentTypes.every((type) => type.startsWith('application/json'))).toBe(true);
    const resources = exports.flatMap((e) => e.resourceSpans);
    expect(resources.map((r) => attribute(r.resource.attributes, 'service.name'))).toContain('rapport-e2e');
    const spans = resources.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans));

    const operation = spans.find((span) => span.name === 'query Workspaces');
    expect(operation).toBeDefined();
    expect(attribute(operation!.attributes, 'graphql.operation.name')).toBe('Workspaces');
    expect(attribute(operation!.attributes, 'graphql.operation.type')).toBe('query');
    // Its HTTP request is the root of the same trace, and the queries it ran are in it.
    const trace = spans.filter((span) => span.traceId === operation!.traceId);
    const request = trace.find((span) => span.kind === SPAN_KIND_SERVER);
    expect(request).toBeDefined();
    expect(request!.name).toMatch(/^POST/);
    expect(operation!.parentSpanId).toBeDefined();
    expect(trace.some((span) => attribute(span.attributes, 'db.system') === 'postgresql' || attribute(span.attributes, 'db.system.name') === 'postgresql')).toBe(true);

    const job = spans.find((span) => span.name === 'job deliver-webhook');
    expect(job).toBeDefined();
    expect(attribute(job!.attributes, 'messaging.destination.name')).toBe('deliver-webhook');
    expect(spans.some((span) => span.traceId === job!.traceId && span.parentSpanId === job!.spanId)).toBe(true);
    // Queries outside a request or job (the queue polling) are not traced.
    const queries = spans.filter((span) => attribute(span.attributes, 'db.system.name') === 'postgresql' || attribute(span.attributes, 'db.system') === 'postgresql');
    expect(queries.length).toBeGreaterThan(0);
    expect(queries.every((span) => span.parentSpanId)).toBe(true);
    // Probes are not traced.
    expect(spans.some((span) => /health/.test(String(attribute(span.attributes, 'url.path') ?? attribute(span.attributes, 'http.target') ?? '')))).toBe(false);
    // A whole server boots, migrates a fresh database and drains: more than jest's default 30 s on a busy machine.
  }, 120_000);
});
