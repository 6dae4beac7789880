import { startSandboxNetwork, type SandboxNetwork } from '@rapport/plugin-network-sandbox/server';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkspace, ok, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';

/**
 * A worker process dies while the network call of a publish is in flight.
 * Another worker process must finish the job: the post is published exactly
 * once on the network, and not lost.
 */
describe('a worker killed mid-publish', () => {
  let sandbox: SandboxNetwork;
  let server: TestServer;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    // Slow enough that the first worker is still waiting for the network when it is killed.
    sandbox = await startSandboxNetwork({ latencyMs: 2500 });
    // This process only serves the API: the spawned workers do the publishing.
    // Expiry is stamped on a job when it is sent, so the API process needs the short one too.
    server = await createTestServer({ RAPPORT_ROLE: 'api', RAPPORT_JOB_EXPIRE_SECONDS: '3' }, { plugins: [{ specifier: '@rapport/plugin-network-sandbox', baseDir: '/', options: { baseUrl: sandbox.url } }] });
  });
  afterAll(async () => {
    for (const worker of workers) worker.kill('SIGKILL');
    await server.close();
    await sandbox.close();
  });

  function startWorker(): Promise<ChildProcess> {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-worker-'));
    chmodSync(dir, 0o755);
    const config = join(dir, 'rapport.config.json');
    writeFileSync(config, JSON.stringify({ plugins: [['@rapport/plugin-network-sandbox', { baseUrl: sandbox.url }]] }));
    const worker = spawn(process.execPath, ['dist/apps/server/src/main.js'], {
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        NODE_ENV: 'test',
        DATABASE_URL: server.databaseUrl,
        RAPPORT_SECRET: server.config.secret,
        RAPPORT_ROLE: 'worker',
        RAPPORT_CONFIG: config,
        RAPPORT_STATE_DIR: dir,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'silent',
        RAPPORT_JOB_POLLING_SECONDS: '0.5',
        // A silent worker's job is considered lost after 3 s and checked for every second.
        RAPPORT_JOB_EXPIRE_SECONDS: '3',
        RAPPORT_JOB_MAINTENANCE_SECONDS: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    workers.push(worker);
    return new Promise((resolve, reject) => {
      let output = '';
      worker.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Rapport is running')) resolve(worker);
      });
      worker.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      worker.once('exit', (code) => reject(new Error(`worker exited early (${code}): ${output}`)));
    });
  }

  async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 30_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it('is replaced by another worker, and the post is published exactly once', async () => {
    const admin = await setupAdmin(server);
    const workspaceId = await createWorkspace(server, admin, 'Crashy Brand');
    const channelId = ok(
      await server.gql('mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id } }', { input: { workspaceId, type: 'sandbox', displayName: 'Sandbox', credentials: { accessToken: sandbox.accessToken } } }, admin),
    ).connectChannel.id;
    const post = ok(await server.gql('mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', { input: { workspaceId, body: 'Survives a crash', channelIds: [channelId] } }, admin)).createPost;

    const first = await startWorker();
    ok(await server.gql('mutation($input: PostActionInput!) { publishPostNow(input: $input) { status } }', { input: { workspaceId, postId: post.id } }, admin));
    const target = () => server.sql('SELECT status, attempts, external_id FROM post_target WHERE post_id = $1', [post.id]).then((rows) => rows[0]);
    await waitFor(target, (t) => t.status === 'PUBLISHING', 'the first worker to claim the target');
    first.kill('SIGKILL');

    await startWorker();
    const done = await waitFor(target, (t) => t.status === 'PUBLISHED', 'another worker to publish');
    const onNetwork = [...sandbox.state.posts.values()].filter((p) => p.text === 'Survives a crash');
    expect(onNetwork).toHaveLength(1);
    expect(done).toEqual({ status: 'PUBLISHED', attempts: 2, external_id: onNetwork[0].id });
    expect((await server.sql('SELECT status FROM post WHERE id = $1', [post.id]))[0].status).toBe('PUBLISHED');
  }, 60_000);
});
