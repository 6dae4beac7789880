import { startSandboxNetwork, type SandboxNetwork } from '@rapport/plugin-network-sandbox/server';
import { DataSource } from 'typeorm';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedDatabase } from '../../apps/server/src/database/embedded-postgres.js';
import { createWorkspace, errorCode, ok, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const CREATE_POST = 'mutation($input: CreatePostInput!) { createPost(input: $input) { id } }';
const PUBLISH_NOW = 'mutation($input: PostActionInput!) { publishPostNow(input: $input) { status } }';

/**
 * PostgreSQL stops and starts again while writes are running. The server
 * runs inside this jest worker, and this file registers no process-level
 * handler: an unhandled error or rejection anywhere in the server (a pool,
 * pg-boss settling a job) would fail the run. It runs on a PostgreSQL of its
 * own, which it can stop without disturbing other test files.
 */
describe('a PostgreSQL restart under load', () => {
  let stateDir: string;
  let database: EmbeddedDatabase;
  let sandbox: SandboxNetwork;
  let server: TestServer;

  beforeAll(async () => {
    stateDir = mkdtempSync(join(tmpdir(), 'rapport-restart-pg-'));
    chmodSync(stateDir, 0o755); // as root, PostgreSQL runs as a separate OS user that must reach the data folder
    database = new EmbeddedDatabase({ dataDir: join(stateDir, 'data'), port: await freePort() });
    await database.start();
    sandbox = await startSandboxNetwork();
    server = await createTestServer(
      { RAPPORT_JOB_POLLING_SECONDS: '0.5', RAPPORT_JOB_EXPIRE_SECONDS: '3', RAPPORT_JOB_MAINTENANCE_SECONDS: '1' },
      { postgresUrl: database.url, plugins: [{ specifier: '@rapport/plugin-network-sandbox', baseDir: '/', options: { baseUrl: sandbox.url } }] },
    );
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await sandbox?.close();
    await database?.stop();
    rmSync(stateDir, { recursive: true, force: true });
  });

  it('keeps serving (errors during the outage), recovers by itself, and loses no write it acknowledged', async () => {
    const admin = await setupAdmin(server);
    const workspaceId = await createWorkspace(server, admin, 'Restart Brand');
    const channelId = ok(
      await server.gql(
        'mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id } }',
        { input: { workspaceId, type: 'sandbox', displayName: 'Sandbox', credentials: { accessToken: sandbox.accessToken } } },
        admin,
      ),
    ).connectChannel.id;
    const createPost = (body: string) => server.gql(CREATE_POST, { input: { workspaceId, body, channelIds: [channelId] } }, admin);
    const targetStatus = async (postId: string) => (await server.sql('SELECT status FROM post_target WHERE post_id = $1', [postId]))[0]?.status;

    // The load: writers creating posts back to back, recording what they were told.
    const acknowledged: string[] = [];
    const failureCodes: string[] = [];
    let writing = true;
    // While set, writers wait here between requests (and count themselves in `waiting`).
    let pause: Promise<void> | null = null;
    let waiting = 0;
    const writer = async (name: string) => {
      for (let n = 0; writing; n++) {
        if (pause) {
          waiting++;
          await pause;
          waiting--;
        }
        const response = await createPost(`${name} post ${n}`);
        if (response.data?.createPost) acknowledged.push(response.data.createPost.id);
        else failureCodes.push(errorCode(response) ?? `no code: ${JSON.stringify(response)}`);
      }
    };
    const inFlight = ok(await createPost('In flight during the restart')).createPost.id;
    const writers = ['a', 'b', 'c', 'd'].map(writer);
    try {
      await waitFor(() => acknowledged.length >= 20, 'writes before the restart');
      // Grow the server's pool past what the four writers hold, so some of its connections are idle when the database
      // stops: those are the ones the "shutting down" line below is about (with every connection busy there would be
      // none). Requests cannot do this reliably: they may finish one after another on a single connection. The writers
      // wait meanwhile: holding eight connections under their requests could leave none for them, or for us.
      let resume!: () => void;
      pause = new Promise<void>((resolve) => (resume = resolve));
      await waitFor(() => waiting === 4, 'the writers to wait');
      const held = Array.from({ length: 8 }, () => server.app.get(DataSource).createQueryRunner());
      await Promise.all(held.map((queryRunner) => queryRunner.connect()));
      await Promise.all(held.map((queryRunner) => queryRunner.release()));
      pause = null;
      resume();

      // A publish whose job waits for the network when the database goes away: the sandbox has the post at once and
      // answers 4 s later (the delay is fixed when a request arrives), by when the database is down.
      sandbox.configure({ latencyMs: 4000 });
      ok(await server.gql(PUBLISH_NOW, { input: { workspaceId, postId: inFlight } }, admin));
      await waitFor(() => [...sandbox.state.posts.values()].some((post) => post.text === 'In flight during the restart'), 'the publish to reach the network');
      sandbox.configure({ latencyMs: 0 });
      await database.stop();
      try {
        const failuresBefore = failureCodes.length;
        expect((await server.http.get('/health/ready')).status).toBe(503);
        expect((await server.http.get('/health')).status).toBe(503);
        expect((await server.http.get('/health/live')).status).toBe(200);
        expect(errorCode(await createPost('During the outage'))).toBe('SERVICE_UNAVAILABLE');
        // A network's webhook delivery is told to come back later, not that the server failed.
        const delivery = await server.http.post('/webhooks/00000000-0000-4000-8000-000000000001').set('content-type', 'application/json').send('{}');
        expect([delivery.status, delivery.headers['retry-after'], delivery.body]).toEqual([503, '5', { error: 'the database is unavailable; retry later' }]);
        await waitFor(() => failureCodes.length >= failuresBefore + 20, 'the load to meet the outage');
        // The in-flight publish returns from the network and cannot record anything: that must not end the process.
        await waitFor(() => server.logLines.some((line) => line.includes('could not record the outcome of a job')), 'the in-flight job to finish');
        expect([...sandbox.state.posts.values()].filter((post) => post.text === 'In flight during the restart')).toHaveLength(1);
      } finally {
        await database.start();
      }
      await waitFor(async () => (await server.http.get('/health/ready')).status === 200, '/health/ready to recover');
      const acknowledgedBeforeRecovery = acknowledged.length;
      await waitFor(() => acknowledged.length >= acknowledgedBeforeRecovery + 20, 'writes after the restart');
    } finally {
      writing = false;
      await Promise.all(writers);
    }

    expect(new Set(failureCodes)).toEqual(new Set(['SERVICE_UNAVAILABLE']));
    // The pool's idle connections closed by the stopping database are said as that, not as a warning with a stack.
    const connectionLines = server.logLines.filter((line) => /database (is shutting down|connection lost)/.test(line));
    expect({ shuttingDownLines: connectionLines.filter((line) => line.includes('the database is shutting down')).length > 0, connectionLines }).toMatchObject({
      shuttingDownLines: true,
    });
    expect(server.logLines.filter((line) => line.includes('database connection lost') && line.includes('57P01'))).toEqual([]);
    const stored = await server.sql<{ id: string }>('SELECT id FROM post WHERE id = ANY($1::uuid[])', [acknowledged]);
    expect(stored).toHaveLength(acknowledged.length);

    // Jobs run again: a new publish goes through, and the interrupted one is retried once its job expires.
    const after = ok(await createPost('After the restart')).createPost.id;
    ok(await server.gql(PUBLISH_NOW, { input: { workspaceId, postId: after } }, admin));
    await waitFor(async () => (await targetStatus(after)) === 'PUBLISHED', 'a publish after the restart', 60_000).catch((error: Error) => {
      // Rare under a loaded CI machine: say what the job queue logged, to find why.
      throw new Error(`${error.message}; job queue log: ${JSON.stringify(server.logLines.filter((line) => /job|queue|publish/i.test(line)).slice(-15))}`);
    });
    await waitFor(async () => (await targetStatus(inFlight)) === 'PUBLISHED', 'the interrupted publish to be retried');
    expect([...sandbox.state.posts.values()].filter((post) => post.text === 'In flight during the restart')).toHaveLength(1);
  }, 180_000);
});
