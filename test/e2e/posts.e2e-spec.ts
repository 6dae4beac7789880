import { startSandboxNetwork, type SandboxNetwork } from '@rapport/plugin-network-sandbox/server';
import { resolve } from 'node:path';
import { PostPublisher } from '../../apps/server/src/posts/post-publisher.js';
import { createMember, createWorkspace, errorCode, ok, setupAdmin } from '../utils/fixtures.js';
import { subscribe } from '../utils/subscriptions.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';

const POST_FIELDS = 'id status body scheduledAt requiresApproval limitErrors policyCheck { outcome findings { rule action message channelId } } targets { id channelId status externalId url attempts lastError }';

describe('posts: compose, approve, schedule and publish durably', () => {
  let sandbox: SandboxNetwork;
  let server: TestServer;
  let admin: string;
  let editor: string;
  let workspaceId: string;
  let channelId: string;

  const gql = async (query: string, variables: Record<string, unknown>, token = editor) => server.gql(query, variables, token);
  const run = async (mutation: string, input: Record<string, unknown>, token = editor) =>
    gql(`mutation($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { ${POST_FIELDS} } }`, { input: { workspaceId, ...input } }, token);
  const action = (name: string, postId: string, token = editor, comment?: string) =>
    gql(`mutation($input: PostActionInput!) { ${name}(input: $input) { ${POST_FIELDS} } }`, { input: { workspaceId, postId, comment } }, token);
  const createPost = async (body: string, extra: Record<string, unknown> = {}) => ok(await run('createPost', { body, channelIds: [channelId], ...extra })).createPost;
  const fetchPost = async (id: string) => ok(await gql(`query($ws: ID!, $id: ID!) { post(workspaceId: $ws, id: $id) { ${POST_FIELDS} } }`, { ws: workspaceId, id })).post;
  const until = async (id: string, done: (post: any) => boolean, timeoutMs = 15_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const post = await fetchPost(id);
      if (done(post)) return post;
      if (Date.now() > deadline) throw new Error(`post never reached the expected state; last: ${JSON.stringify(post)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const sandboxPosts = () => [...sandbox.state.posts.values()];

  beforeAll(async () => {
    sandbox = await startSandboxNetwork();
    server = await createTestServer({}, {
      plugins: [
        { specifier: '@rapport/plugin-network-sandbox', baseDir: '/', options: { baseUrl: sandbox.url } },
        { specifier: resolve('test/fixtures/plugins/keyword-rules.js'), baseDir: '/', options: {} },
      ],
    });
    const instanceAdmin = await setupAdmin(server);
    workspaceId = await createWorkspace(server, instanceAdmin, 'Pet Store');
    admin = await createMember(server, instanceAdmin, workspaceId, 'admin@pets.test', 'ADMIN');
    editor = await createMember(server, instanceAdmin, workspaceId, 'editor@pets.test', 'EDITOR');
    channelId = ok(
      await server.gql('mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id } }', { input: { workspaceId, type: 'sandbox', displayName: 'Sandbox', credentials: { accessToken: sandbox.accessToken } } }, admin),
    ).connectChannel.id;
    const policy = 'mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { id } }';
    ok(await server.gql(policy, { input: { workspaceId, name: 'Claims', scope: 'OUTBOUND_POST', rules: [{ rule: 'keyword', args: { words: ['guaranteed'] }, action: 'REQUIRE_APPROVAL' }] } }, admin));
    ok(await server.gql(policy, { input: { workspaceId, name: 'Never', scope: 'OUTBOUND_POST', rules: [{ rule: 'keyword', args: { words: ['miracle'] }, action: 'BLOCK' }] } }, admin));
  });
  afterAll(async () => {
    await server.close();
    await sandbox.close();
  });

  it('runs the whole lifecycle: policy finding → review → approval → schedule → published on the network, live over graphql-ws', async () => {
    const live = subscribe<{ postUpdated: { id: string; status: string } }>(server.wsUrl, 'subscription($ws: ID!) { postUpdated(workspaceId: $ws) { id status } }', { ws: workspaceId }, editor);
    try {
      const draft = await createPost('Grooming results guaranteed or your money back.');
      expect(draft).toMatchObject({ status: 'DRAFT', requiresApproval: true, limitErrors: [] });
      expect(draft.policyCheck).toEqual({ outcome: 'REQUIRE_APPROVAL', findings: [{ rule: 'keyword', action: 'REQUIRE_APPROVAL', message: '"guaranteed" was found.', channelId }] });

      const early = await run('schedulePost', { postId: draft.id, at: new Date(Date.now() + 1000).toISOString() });
      expect(errorCode(early)).toBe('CONFLICT');
      expect(ok(await action('submitPost', draft.id)).submitPost.status).toBe('IN_REVIEW');
      expect(errorCode(await action('approvePost', draft.id))).toBe('FORBIDDEN');
      expect(ok(await action('approvePost', draft.id, admin, 'Fine, we do refund.')).approvePost.status).toBe('APPROVED');

      const scheduled = ok(await run('schedulePost', { postId: draft.id, at: new Date(Date.now() + 1000).toISOString() })).schedulePost;
      expect(scheduled.status).toBe('SCHEDULED');
      const published = await until(draft.id, (p) => p.status === 'PUBLISHED');
      const [target] = published.targets;
      expect(target).toMatchObject({ status: 'PUBLISHED', attempts: 1, lastError: null });
      expect(sandboxPosts().filter((p) => p.text === 'Grooming results guaranteed or your money back.')).toEqual([expect.objectContaining({ id: target.externalId, url: target.url })]);

      const statuses = () => live.received.filter((u) => u.postUpdated.id === draft.id).map((u) => u.postUpdated.status);
      const deadline = Date.now() + 20_000;
      while (!statuses().includes('PUBLISHED') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(statuses()).toEqual(expect.arrayContaining(['IN_REVIEW', 'APPROVED', 'SCHEDULED', 'PUBLISHING', 'PUBLISHED']));

      const history = ok(await gql('query($ws: ID!, $id: ID!) { postHistory(workspaceId: $ws, id: $id) { kind detail } }', { ws: workspaceId, id: draft.id })).postHistory;
      expect(history.map((h: { kind: string }) => h.kind)).toEqual(['CREATED', 'SUBMITTED', 'APPROVED', 'SCHEDULED', 'TARGET_PUBLISHED']);
      expect(history[2].detail).toBe('Fine, we do refund.');
      expect(errorCode(await action('cancelPost', draft.id))).toBe('CONFLICT');
    } finally {
      await live.close();
    }
  });

  it('refuses what a policy blocks and what does not fit the channel, queueing nothing', async () => {
    const before = sandboxPosts().length;
    const blocked = await createPost('A miracle shampoo!');
    const refused = await action('publishPostNow', blocked.id);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].message).toBe('Blocked by policy: "miracle" was found.');

    const tooLong = await createPost('x'.repeat(6000));
    expect(tooLong.limitErrors).toEqual([expect.stringMatching(/^text is 6000 characters; Sandbox allows \d+$/)]);
    const notFitting = await action('publishPostNow', tooLong.id);
    expect(errorCode(notFitting)).toBe('BAD_USER_INPUT');
    expect(notFitting.errors![0].extensions.field).toBe(`targets.${channelId}`);
    expect((await fetchPost(tooLong.id)).status).toBe('DRAFT');
    await new Promise((r) => setTimeout(r, 1500));
    expect(sandboxPosts().length).toBe(before);
  });

  it('enforces transitions with clear CONFLICT errors', async () => {
    const post = await createPost('Spring grooming tips');
    const approve = await action('approvePost', post.id, admin);
    expect(errorCode(approve)).toBe('CONFLICT');
    expect(approve.errors![0].message).toBe('Cannot review a DRAFT post; only from IN_REVIEW.');
    expect(errorCode(await action('requestPostChanges', post.id, admin))).toBe('BAD_USER_INPUT');
    expect(ok(await action('cancelPost', post.id)).cancelPost.status).toBe('CANCELLED');
    expect(errorCode(await action('submitPost', post.id))).toBe('CONFLICT');
  });

  it('retries transient network failures with backoff, then publishes once', async () => {
    const post = await createPost('Open on Sunday!');
    sandbox.setFaults({ status: 503, count: 2 });
    ok(await action('publishPostNow', post.id));
    const done = await until(post.id, (p) => p.status === 'PUBLISHED', 20_000);
    expect(done.targets[0].attempts).toBe(3);
    expect(sandboxPosts().filter((p) => p.text === 'Open on Sunday!')).toHaveLength(1);
  });

  it('marks the channel NEEDS_REAUTH when the network refuses the token, without retrying', async () => {
    const post = await createPost('New opening hours');
    sandbox.setFaults({ status: 401, count: 1 });
    ok(await action('publishPostNow', post.id));
    const failed = await until(post.id, (p) => p.status === 'FAILED');
    expect(failed.targets[0]).toMatchObject({ status: 'FAILED', attempts: 1, lastError: expect.stringContaining('401') });
    const channel = ok(await gql('query($ws: ID!, $id: ID!) { channel(workspaceId: $ws, id: $id) { status } }', { ws: workspaceId, id: channelId })).channel;
    expect(channel.status).toBe('NEEDS_REAUTH');
    ok(await server.gql('mutation($input: UpdateChannelInput!) { updateChannel(input: $input) { status } }', { input: { workspaceId, channelId, credentials: { accessToken: sandbox.accessToken } } }, admin));
  });

  it('publishes at most once when a job runs again after its worker died mid-call, or is delivered twice', async () => {
    const post = await createPost('Meet our new groomer');
    const scheduledAt = new Date(Date.now() + 60 * 60_000).toISOString();
    ok(await run('schedulePost', { postId: post.id, at: scheduledAt }));
    const [target] = (await fetchPost(post.id)).targets;
    // A worker claimed the target and reached the network, then died before recording the result.
    await server.sql("UPDATE post_target SET status = 'PUBLISHING', attempts = 1 WHERE id = $1", [target.id]);
    const firstCall = await fetch(`${sandbox.url}/v1/posts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${sandbox.accessToken}`, 'content-type': 'application/json', 'idempotency-key': target.id },
      body: JSON.stringify({ text: 'Meet our new groomer' }),
    }).then((r) => r.json() as Promise<{ id: string }>);

    const publisher = server.app.get(PostPublisher);
    const job = { workspaceId, targetId: target.id, scheduledAt };
    await publisher.publish(job, { id: 'redelivered-1', retryCount: 0 });
    await publisher.publish(job, { id: 'redelivered-2', retryCount: 0 });
    const done = await fetchPost(post.id);
    expect(done.status).toBe('PUBLISHED');
    expect(done.targets[0]).toMatchObject({ status: 'PUBLISHED', externalId: firstCall.id, attempts: 2 });
    expect(sandboxPosts().filter((p) => p.text === 'Meet our new groomer')).toHaveLength(1);
  });

  it('ignores the old schedule after a reschedule, and reads wall-clock times in the workspace time zone', async () => {
    ok(await server.gql('mutation($input: UpdateWorkspaceInput!) { updateWorkspace(input: $input) { timezone } }', { input: { workspaceId, timezone: 'Europe/Paris' } }, admin));
    const later = await createPost('Summer menu');
    const paris = ok(await run('schedulePost', { postId: later.id, at: '2030-06-01T09:00' })).schedulePost;
    expect(paris.scheduledAt).toBe('2030-06-01T07:00:00.000Z');
    const winter = ok(await run('schedulePost', { postId: later.id, at: '2030-01-15T09:00', timezone: 'America/New_York' })).schedulePost;
    expect(winter.scheduledAt).toBe('2030-01-15T14:00:00.000Z');

    const soon = await createPost('Rescheduled news');
    ok(await run('schedulePost', { postId: soon.id, at: new Date(Date.now() + 800).toISOString() }));
    ok(await run('schedulePost', { postId: soon.id, at: new Date(Date.now() + 2500).toISOString() }));
    await until(soon.id, (p) => p.status === 'PUBLISHED');
    await new Promise((r) => setTimeout(r, 1000));
    expect(sandboxPosts().filter((p) => p.text === 'Rescheduled news')).toHaveLength(1);

    const calendar = ok(await gql('query($ws: ID!) { postCalendar(workspaceId: $ws, from: "2030-01-01T00:00:00Z", to: "2031-01-01T00:00:00Z") { body scheduledAt } }', { ws: workspaceId })).postCalendar;
    expect(calendar).toEqual([{ body: 'Summer menu', scheduledAt: '2030-01-15T14:00:00.000Z' }]);
    expect(errorCode(await run('schedulePost', { postId: later.id, at: 'next tuesday' }))).toBe('BAD_USER_INPUT');
  });

  it('keeps posts inside their workspace and their roles', async () => {
    const post = await createPost('Members only');
    const viewer = await createMember(server, admin, workspaceId, 'viewer@pets.test', 'VIEWER');
    expect(errorCode(await run('createPost', { body: 'x', channelIds: [channelId] }, viewer))).toBe('FORBIDDEN');
    expect(errorCode(await action('approvePost', post.id, editor))).toBe('FORBIDDEN');

    const other = await createWorkspace(server, await instanceAdminToken(), 'Competitor');
    const outsider = await createMember(server, await instanceAdminToken(), other, 'owner@competitor.test', 'OWNER');
    const expectations: Array<[string, Record<string, unknown>, string]> = [
      ['query($ws: ID!, $id: ID!) { post(workspaceId: $ws, id: $id) { id } }', { ws: other, id: post.id }, 'NOT_FOUND'],
      ['query($ws: ID!, $id: ID!) { post(workspaceId: $ws, id: $id) { id } }', { ws: workspaceId, id: post.id }, 'NOT_FOUND'],
      ['mutation($ws: ID!, $id: ID!) { cancelPost(input: { workspaceId: $ws, postId: $id }) { id } }', { ws: other, id: post.id }, 'NOT_FOUND'],
      ['mutation($ws: ID!, $id: ID!) { updatePost(input: { workspaceId: $ws, postId: $id, body: "pwned" }) { id } }', { ws: other, id: post.id }, 'NOT_FOUND'],
      ['query($ws: ID!) { posts(workspaceId: $ws) { totalCount } }', { ws: workspaceId }, 'NOT_FOUND'],
      // Their own workspace, our channel: the channel does not exist there.
      ['mutation($ws: ID!, $ch: ID!) { createPost(input: { workspaceId: $ws, body: "x", channelIds: [$ch] }) { id } }', { ws: other, ch: channelId }, 'BAD_USER_INPUT'],
    ];
    for (const [query, variables, code] of expectations) expect(errorCode(await server.gql(query, variables, outsider))).toBe(code);
    expect((await fetchPost(post.id)).body).toBe('Members only');
  });

  it('lists posts oldest first, or newest first with newestFirst, paging back through all of them', async () => {
    for (const body of ['Autumn menu', 'Winter menu', 'Spring menu']) await createPost(body);
    const page = async (newestFirst: boolean, after?: string) =>
      ok(await gql('query($ws: ID!, $n: Boolean, $after: String) { posts(workspaceId: $ws, first: 2, newestFirst: $n, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }', { ws: workspaceId, n: newestFirst, after })).posts;
    const all = async (newestFirst: boolean) => {
      const ids: string[] = [];
      for (let cursor: string | undefined, more = true; more; ) {
        const { pageInfo, edges } = await page(newestFirst, cursor);
        ids.push(...edges.map((edge: { node: { id: string } }) => edge.node.id));
        [more, cursor] = [pageInfo.hasNextPage, pageInfo.endCursor];
      }
      return ids;
    };
    const oldestFirst = await all(false);
    expect(oldestFirst.length).toBeGreaterThanOrEqual(3);
    expect(await all(true)).toEqual([...oldestFirst].reverse());
    const [latest] = (await page(true)).edges;
    expect((await fetchPost(latest.node.id)).body).toBe('Spring menu');
  });

  it('measures a draft against each channel without storing it (postFit), for anyone in the workspace and no one outside', async () => {
    const FIT = `query($ws: ID!, $body: String!, $ch: [ID!]!, $variants: [PostVariantInput!], $media: [PostMediaInput!]) {
      postFit(workspaceId: $ws, body: $body, channelIds: $ch, variants: $variants, media: $media) { channelId length maxLength maxMedia problems } }`;
    const posts = async () => ok(await gql('query($ws: ID!) { posts(workspaceId: $ws) { totalCount } }', { ws: workspaceId })).posts.totalCount;
    const before = await posts();
    const viewer = await createMember(server, admin, workspaceId, 'fit-viewer@pets.test', 'VIEWER');
    const limits = ok(await gql('{ channelTypes { code limits { maxLength maxMedia } } }', {})).channelTypes.find((t: { code: string }) => t.code === 'sandbox').limits;
    const fits = async (variables: Record<string, unknown>, token = viewer) => ok(await gql(FIT, { ws: workspaceId, ch: [channelId], ...variables }, token)).postFit;
    expect(await fits({ body: 'Hello' })).toEqual([{ channelId, length: 5, maxLength: limits.maxLength, maxMedia: limits.maxMedia, problems: [] }]);
    // The channel's variant is what it gets; too long is said as limitErrors says it.
    const [long] = await fits({ body: 'Hello', variants: [{ channelId, text: 'x'.repeat(limits.maxLength + 1) }] });
    expect(long).toMatchObject({ length: limits.maxLength + 1, problems: [`text is ${limits.maxLength + 1} characters; Sandbox allows ${limits.maxLength}`] });
    const tooMany = Array.from({ length: limits.maxMedia + 1 }, (_, i) => ({ url: `https://cdn.example/${i}.png`, mimeType: 'image/png' }));
    expect((await fits({ body: 'Photos', media: tooMany }))[0].problems).toContain(`${limits.maxMedia + 1} media attached; Sandbox allows ${limits.maxMedia}`);
    // Nothing was stored.
    expect(await posts()).toBe(before);

    const other = await createWorkspace(server, await instanceAdminToken(), 'Elsewhere');
    const outsider = await createMember(server, await instanceAdminToken(), other, 'fit-owner@elsewhere.test', 'OWNER');
    expect(errorCode(await gql(FIT, { ws: workspaceId, body: 'x', ch: [channelId] }, outsider))).toBe('NOT_FOUND');
    // Our channel, asked about from their workspace: not theirs, as createPost would say.
    expect(errorCode(await gql(FIT, { ws: other, body: 'x', ch: [channelId] }, outsider))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(FIT, { ws: workspaceId, body: 'x', ch: [] }, viewer))).toBe('BAD_USER_INPUT');
  });

  async function instanceAdminToken(): Promise<string> {
    return ok(await server.gql('mutation { login(input: { email: "admin@agency.test", password: "correct horse battery staple" }) { token } }')).login.token;
  }
});
