import { startSandboxNetwork, type SandboxNetwork } from '@rapport/plugin-network-sandbox/server';
import { resolve } from 'node:path';
import { PostDeletedEvent } from '../../apps/server/src/posts/post-deleted.event.js';
import { PostPublisher } from '../../apps/server/src/posts/post-publisher.js';
import { PostUpdatedEvent } from '../../apps/server/src/posts/post-updated.event.js';
import { PUBLISH_TARGET } from '../../apps/server/src/posts/publish-target.job.js';
import { createApiKey, createMember, createWorkspace, errorCode, ok, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';

const POST_FIELDS = 'id status body tags scheduledAt requiresApproval targets { id channelId status attempts publishedAt }';
const IN = (ms: number) => new Date(Date.now() + ms).toISOString();

/**
 * After scheduling: unschedule, reschedule, edit and delete, each through the
 * API and the real job queue, so a post never publishes on a schedule it no
 * longer has; approval by someone else; and scheduling on import.
 */
describe('posts after scheduling: unschedule, reschedule, edit, delete, approvers, import', () => {
  let sandbox: SandboxNetwork;
  let server: TestServer;
  let instanceAdmin: string;
  let admin: string;
  let editor: string;
  let viewer: string;
  let workspaceId: string;
  let channelId: string;

  const gql = (query: string, variables: Record<string, unknown>, token = editor) => server.gql(query, variables, token);
  const mutate = (name: string, type: string, input: Record<string, unknown>, token = editor, ws = workspaceId) =>
    gql(`mutation($input: ${type}!) { ${name}(input: $input) { ${POST_FIELDS} } }`, { input: { workspaceId: ws, ...input } }, token);
  const act = (name: string, postId: string, token = editor, ws = workspaceId) => mutate(name, 'PostActionInput', { postId }, token, ws);
  const schedule = (name: 'schedulePost' | 'reschedulePost', postId: string, at: string, extra: Record<string, unknown> = {}, token = editor, ws = workspaceId) =>
    mutate(name, 'SchedulePostInput', { postId, at, ...extra }, token, ws);
  const update = (postId: string, changes: Record<string, unknown>, token = editor, ws = workspaceId) => mutate('updatePost', 'UpdatePostInput', { postId, ...changes }, token, ws);
  const deletePost = (id: string, token = editor, ws = workspaceId) => gql(`mutation($ws: ID!, $id: ID!) { deletePost(workspaceId: $ws, id: $id) { ${POST_FIELDS} } }`, { ws, id }, token);
  const createPost = async (body: string, extra: Record<string, unknown> = {}, token = editor, ws = workspaceId, channels = [channelId]) =>
    ok(await mutate('createPost', 'CreatePostInput', { body, channelIds: channels, ...extra }, token, ws)).createPost;
  const fetchPost = (id: string, ws = workspaceId, token = editor) => gql(`query($ws: ID!, $id: ID!) { post(workspaceId: $ws, id: $id) { ${POST_FIELDS} } }`, { ws, id }, token);
  const history = async (id: string) =>
    ok(await gql('query($ws: ID!, $id: ID!) { postHistory(workspaceId: $ws, id: $id) { kind detail } }', { ws: workspaceId, id })).postHistory as Array<{ kind: string; detail: string | null }>;
  const onNetwork = (text: string) => [...sandbox.state.posts.values()].filter((p) => p.text === text);
  const jobStates = async (targetIds: string[]) =>
    (await server.sql<{ state: string }>("SELECT state::text FROM pgboss.job WHERE name = $1 AND data->>'targetId' = ANY($2) ORDER BY state", [PUBLISH_TARGET.name, targetIds])).map((j) => j.state);
  const until = async (id: string, done: (post: any) => boolean, ws = workspaceId, token = editor) => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const post = ok(await fetchPost(id, ws, token)).post;
      if (done(post)) return post;
      if (Date.now() > deadline) throw new Error(`post never reached the expected state; last: ${JSON.stringify(post)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  /** Schedules a post right after `at` and waits until it is published: by then the queue has worked every job due at `at`. */
  const queuePassed = async (at: string) => {
    const sentinel = await createPost(`Sentinel ${at} ${Math.random()}`);
    ok(await schedule('schedulePost', sentinel.id, new Date(Math.max(Date.parse(at) + 500, Date.now() + 300)).toISOString()));
    await until(sentinel.id, (p) => p.status === 'PUBLISHED');
  };

  beforeAll(async () => {
    sandbox = await startSandboxNetwork();
    server = await createTestServer({ RAPPORT_JOB_POLLING_SECONDS: '0.5' }, {
      plugins: [
        { specifier: '@rapport/plugin-network-sandbox', baseDir: '/', options: { baseUrl: sandbox.url } },
        { specifier: resolve('test/fixtures/plugins/keyword-rules.js'), baseDir: '/', options: {} },
      ],
    });
    instanceAdmin = await setupAdmin(server);
    workspaceId = await createWorkspace(server, instanceAdmin, 'Pet Store');
    admin = await createMember(server, instanceAdmin, workspaceId, 'admin@pets.test', 'ADMIN');
    editor = await createMember(server, instanceAdmin, workspaceId, 'editor@pets.test', 'EDITOR');
    viewer = await createMember(server, instanceAdmin, workspaceId, 'viewer@pets.test', 'VIEWER');
    const connect = async (ws: string, displayName: string) =>
      ok(await server.gql('mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id } }', { input: { workspaceId: ws, type: 'sandbox', displayName, credentials: { accessToken: sandbox.accessToken } } }, instanceAdmin)).connectChannel.id;
    channelId = await connect(workspaceId, 'Sandbox');
    const policy = 'mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { id } }';
    ok(await server.gql(policy, { input: { workspaceId, name: 'Claims', scope: 'OUTBOUND_POST', rules: [{ rule: 'keyword', args: { words: ['guaranteed'] }, action: 'REQUIRE_APPROVAL' }] } }, admin));
    ok(await server.gql(policy, { input: { workspaceId, name: 'Never', scope: 'OUTBOUND_POST', rules: [{ rule: 'keyword', args: { words: ['miracle'] }, action: 'BLOCK' }] } }, admin));
  }, 60_000);
  afterAll(async () => {
    await server.close();
    await sandbox.close();
  });

  it('unschedules a SCHEDULED post back to DRAFT: its job no longer publishes it, and it can be scheduled again', async () => {
    const post = await createPost('Unscheduled news');
    const live = await server.subscribed<{ postUpdated: { id: string; status: string; scheduledAt: string | null } }>(PostUpdatedEvent.eventName, workspaceId, 'subscription($ws: ID!) { postUpdated(workspaceId: $ws) { id status scheduledAt } }', { ws: workspaceId }, viewer);
    let targetId = '';
    let at = '';
    try {
      at = IN(2500);
      const scheduled = ok(await schedule('schedulePost', post.id, at)).schedulePost;
      expect(scheduled.status).toBe('SCHEDULED');
      targetId = scheduled.targets[0].id;

      const unscheduled = ok(await act('unschedulePost', post.id)).unschedulePost;
      expect(unscheduled).toMatchObject({ status: 'DRAFT', scheduledAt: null, targets: [{ status: 'PENDING', attempts: 0 }] });
      const expected = [
        { postUpdated: { id: post.id, status: 'SCHEDULED', scheduledAt: new Date(at).toISOString() } },
        { postUpdated: { id: post.id, status: 'DRAFT', scheduledAt: null } },
      ];
      const deadline = Date.now() + 20_000;
      while (JSON.stringify(live.received.slice(-2)) !== JSON.stringify(expected) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(live.received.slice(-2)).toEqual(expected);
    } finally {
      await live.close();
    }
    expect(await jobStates([targetId])).toEqual(['cancelled']);
    // A worker that had already fetched the job when the post was unscheduled finds nothing to do (and does not retry).
    await expect(server.app.get(PostPublisher).publish({ workspaceId, targetId, scheduledAt: new Date(at).toISOString() }, { id: 'fetched-before', retryCount: 0 })).resolves.toBeUndefined();
    await queuePassed(at);
    expect(onNetwork('Unscheduled news')).toEqual([]);
    expect(ok(await fetchPost(post.id)).post).toMatchObject({ status: 'DRAFT', targets: [{ status: 'PENDING', attempts: 0 }] });
    expect((await history(post.id)).filter((h) => h.kind !== 'UPDATED')).toEqual([
      { kind: 'CREATED', detail: null },
      { kind: 'SCHEDULED', detail: `for ${new Date(at).toISOString()}` },
      { kind: 'UNSCHEDULED', detail: `was scheduled for ${new Date(at).toISOString()}` },
    ]);
    expect(errorCode(await act('unschedulePost', post.id))).toBe('CONFLICT');

    ok(await schedule('schedulePost', post.id, IN(500)));
    await until(post.id, (p) => p.status === 'PUBLISHED');
    expect(onNetwork('Unscheduled news')).toHaveLength(1);
  }, 30_000);

  it('reschedules a SCHEDULED post: it publishes at the new time, never at the old one', async () => {
    const later = await createPost('Moved to later');
    const oldAt = IN(2500);
    ok(await schedule('schedulePost', later.id, oldAt));
    const newAt = IN(3_600_000);
    const moved = ok(await schedule('reschedulePost', later.id, newAt)).reschedulePost;
    expect(moved).toMatchObject({ status: 'SCHEDULED', scheduledAt: new Date(newAt).toISOString() });
    expect(await jobStates([moved.targets[0].id])).toEqual(['cancelled', 'created']);
    // Even a worker already holding the old job leaves the post alone.
    await server.app.get(PostPublisher).publish({ workspaceId, targetId: moved.targets[0].id, scheduledAt: new Date(oldAt).toISOString() }, { id: 'old-job', retryCount: 0 });
    await queuePassed(oldAt);
    expect(onNetwork('Moved to later')).toEqual([]);
    expect(ok(await fetchPost(later.id)).post).toMatchObject({ status: 'SCHEDULED', targets: [{ status: 'PENDING', attempts: 0 }] });
    expect((await history(later.id)).at(-1)).toEqual({ kind: 'RESCHEDULED', detail: `from ${new Date(oldAt).toISOString()} to ${new Date(newAt).toISOString()}` });

    // Moved earlier: the new time's job publishes it once; the old one is cancelled.
    const sooner = IN(1000);
    ok(await schedule('reschedulePost', later.id, sooner));
    const published = await until(later.id, (p) => p.status === 'PUBLISHED');
    expect(Date.parse(published.targets[0].publishedAt)).toBeGreaterThanOrEqual(Date.parse(sooner));
    expect(onNetwork('Moved to later')).toHaveLength(1);
    // pg-boss records a job's completion just after the handler returns: wait for it to leave 'active'.
    let states = await jobStates([published.targets[0].id]);
    for (const deadline = Date.now() + 10_000; states.includes('active') && Date.now() < deadline; states = await jobStates([published.targets[0].id])) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(states).toEqual(['cancelled', 'cancelled', 'completed']);
    expect(errorCode(await schedule('reschedulePost', later.id, IN(60_000)))).toBe('CONFLICT');
  }, 30_000);

  it('validates a new time like scheduling, and reschedules only SCHEDULED posts', async () => {
    const post = await createPost('Validated time');
    const draft = await schedule('reschedulePost', post.id, IN(3_600_000));
    expect(errorCode(draft)).toBe('CONFLICT');
    expect(draft.errors![0].message).toBe('Cannot reschedule a DRAFT post; only from SCHEDULED.');
    ok(await schedule('schedulePost', post.id, IN(3_600_000)));

    const past = await schedule('reschedulePost', post.id, '2020-01-01T09:00:00Z');
    expect(errorCode(past)).toBe('BAD_USER_INPUT');
    expect(past.errors![0].extensions).toMatchObject({ field: 'at' });
    expect(past.errors![0].message).toContain('2020-01-01T09:00:00.000Z is in the past');
    expect(errorCode(await schedule('schedulePost', post.id, '2020-01-01T09:00:00Z'))).toBe('BAD_USER_INPUT');
    expect(errorCode(await schedule('reschedulePost', post.id, 'next tuesday'))).toBe('BAD_USER_INPUT');
    expect((await schedule('reschedulePost', post.id, '2030-06-01T09:00', { timezone: 'Mars/Olympus' })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'timezone' });
    const paris = ok(await schedule('reschedulePost', post.id, '2030-06-01T09:00', { timezone: 'Europe/Paris' })).reschedulePost;
    expect(paris.scheduledAt).toBe('2030-06-01T07:00:00.000Z');
  });

  it('edits a SCHEDULED post that needs no approval: it keeps its time and publishes the new content', async () => {
    const post = await createPost('Old text');
    const at = IN(2500);
    ok(await schedule('schedulePost', post.id, at));

    const blocked = await update(post.id, { body: 'A miracle cure' });
    expect(errorCode(blocked)).toBe('BAD_USER_INPUT');
    expect(blocked.errors![0].message).toBe('Blocked by policy: "miracle" was found.');
    const edited = ok(await update(post.id, { body: 'New text' })).updatePost;
    expect(edited).toMatchObject({ status: 'SCHEDULED', scheduledAt: new Date(at).toISOString(), body: 'New text' });
    expect((await history(post.id)).at(-1)).toEqual({ kind: 'UPDATED', detail: `still scheduled for ${new Date(at).toISOString()}` });
    // Variants replace the targets: the new target gets the job, the old one's is cancelled.
    const varied = ok(await update(post.id, { variants: [{ channelId, text: 'New text for the sandbox' }] })).updatePost;
    expect(varied).toMatchObject({ status: 'SCHEDULED', scheduledAt: new Date(at).toISOString() });
    expect(varied.targets[0].id).not.toBe(edited.targets[0].id);
    expect(await jobStates([edited.targets[0].id, varied.targets[0].id])).toEqual(['cancelled', 'created']);

    const published = await until(post.id, (p) => p.status === 'PUBLISHED');
    expect(published.targets).toEqual([expect.objectContaining({ id: varied.targets[0].id, status: 'PUBLISHED', attempts: 1 })]);
    expect(onNetwork('New text for the sandbox')).toHaveLength(1);
    expect(onNetwork('New text')).toEqual([]);
    expect(onNetwork('Old text')).toEqual([]);
    expect(errorCode(await update(post.id, { body: 'Too late' }))).toBe('CONFLICT');
  }, 30_000);

  it('sends an edited SCHEDULED post back through approval when approval is required: DRAFT, unscheduled, never published', async () => {
    const media = [{ url: 'https://cdn.pets.test/dog.png', mimeType: 'image/png', altText: 'A groomed poodle' }];
    const post = await createPost('Results guaranteed', { media });
    expect(post.requiresApproval).toBe(true);
    ok(await act('submitPost', post.id));
    ok(await act('approvePost', post.id, admin));
    const at = IN(2500);
    ok(await schedule('schedulePost', post.id, at));

    // Tags are not content, nor is the same media sent again: the approved, scheduled post stays as it is.
    expect(ok(await update(post.id, { tags: ['claims'], media, body: 'Results guaranteed' })).updatePost).toMatchObject({ status: 'SCHEDULED', scheduledAt: new Date(at).toISOString(), tags: ['claims'] });
    const edited = ok(await update(post.id, { body: 'Results guaranteed, twice' })).updatePost;
    expect(edited).toMatchObject({ status: 'DRAFT', scheduledAt: null, requiresApproval: true });
    expect((await history(post.id)).at(-1)).toEqual({ kind: 'UPDATED', detail: `unscheduled (was for ${new Date(at).toISOString()}): the new content needs approval` });
    await queuePassed(at);
    expect(onNetwork('Results guaranteed')).toEqual([]);
    expect(onNetwork('Results guaranteed, twice')).toEqual([]);
    const again = await schedule('schedulePost', post.id, IN(60_000));
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors![0].message).toBe('This post needs approval before it can be scheduled: submit it for review and have an ADMIN approve it.');
  }, 30_000);

  it('deletes posts that never reached a network, and no job publishes a deleted post; published posts stay', async () => {
    const live = await server.subscribed<{ postDeleted: string }>(PostDeletedEvent.eventName, workspaceId, 'subscription($ws: ID!) { postDeleted(workspaceId: $ws) }', { ws: workspaceId }, viewer);
    try {
      const draft = await createPost('Draft to delete');
      const deleted = ok(await deletePost(draft.id)).deletePost;
      expect(deleted).toMatchObject({ id: draft.id, body: 'Draft to delete', status: 'DRAFT' });
      const deadline = Date.now() + 20_000;
      while (!live.received.some((e) => e.postDeleted === draft.id) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(live.received.map((e) => e.postDeleted)).toContain(draft.id);
    } finally {
      await live.close();
    }

    const scheduled = await createPost('Scheduled then deleted');
    const at = IN(2500);
    const targetId = ok(await schedule('schedulePost', scheduled.id, at)).schedulePost.targets[0].id;
    ok(await deletePost(scheduled.id));
    expect(errorCode(await fetchPost(scheduled.id))).toBe('NOT_FOUND');
    expect(errorCode(await gql('query($ws: ID!, $id: ID!) { postHistory(workspaceId: $ws, id: $id) { kind } }', { ws: workspaceId, id: scheduled.id }))).toBe('NOT_FOUND');
    expect(await server.sql('SELECT count(*)::int AS n FROM post_activity WHERE post_id = $1', [scheduled.id])).toEqual([{ n: 0 }]);
    expect(await jobStates([targetId])).toEqual(['cancelled']);
    await expect(server.app.get(PostPublisher).publish({ workspaceId, targetId, scheduledAt: new Date(at).toISOString() }, { id: 'fetched-before', retryCount: 0 })).resolves.toBeUndefined();
    await queuePassed(at);
    expect(onNetwork('Scheduled then deleted')).toEqual([]);

    const cancelled = await createPost('Cancelled then deleted');
    ok(await act('cancelPost', cancelled.id));
    expect(ok(await deletePost(cancelled.id)).deletePost.status).toBe('CANCELLED');

    const published = await createPost('Published, kept');
    ok(await act('publishPostNow', published.id));
    await until(published.id, (p) => p.status === 'PUBLISHED');
    const refused = await deletePost(published.id);
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors![0].message).toBe('Cannot delete a PUBLISHED post; only from DRAFT, IN_REVIEW, APPROVED, SCHEDULED, CANCELLED, FAILED.');
    expect(ok(await fetchPost(published.id)).post.status).toBe('PUBLISHED');
    expect(errorCode(await deletePost(published.id, viewer))).toBe('FORBIDDEN');
  }, 40_000);

  it('keeps unschedulePost, reschedulePost and deletePost inside their workspace and role', async () => {
    const post = await createPost('Tenancy check');
    const at = IN(3_600_000);
    ok(await schedule('schedulePost', post.id, at));
    const other = await createWorkspace(server, instanceAdmin, 'Competitor');
    const outsider = await createMember(server, instanceAdmin, other, 'owner@competitor.test', 'OWNER');
    const outsiderKey = (await createApiKey(server, instanceAdmin, other, 'OWNER')).secret;

    for (const token of [outsider, outsiderKey]) {
      for (const ws of [other, workspaceId]) {
        expect(errorCode(await act('unschedulePost', post.id, token, ws))).toBe('NOT_FOUND');
        expect(errorCode(await schedule('reschedulePost', post.id, IN(7_200_000), {}, token, ws))).toBe('NOT_FOUND');
        expect(errorCode(await deletePost(post.id, token, ws))).toBe('NOT_FOUND');
        expect(errorCode(await update(post.id, { body: 'pwned' }, token, ws))).toBe('NOT_FOUND');
      }
    }
    expect(errorCode(await act('unschedulePost', post.id, viewer))).toBe('FORBIDDEN');
    expect(errorCode(await schedule('reschedulePost', post.id, IN(7_200_000), {}, viewer))).toBe('FORBIDDEN');
    expect(errorCode(await deletePost(post.id, viewer))).toBe('FORBIDDEN');
    expect(errorCode(await update(post.id, { body: 'pwned' }, viewer))).toBe('FORBIDDEN');
    const setting = 'mutation($input: UpdateWorkspaceInput!) { updateWorkspace(input: $input) { requireDifferentApprover } }';
    expect(errorCode(await server.gql(setting, { input: { workspaceId, requireDifferentApprover: true } }, editor))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(setting, { input: { workspaceId, requireDifferentApprover: true } }, outsider))).toBe('NOT_FOUND');

    expect(ok(await fetchPost(post.id)).post).toMatchObject({ status: 'SCHEDULED', body: 'Tenancy check', scheduledAt: new Date(at).toISOString() });
    expect(await jobStates([post.targets[0].id])).toEqual(['created']);
  });

  it('with requireDifferentApprover, nobody approves a post they wrote or edited, nor an API key', async () => {
    const strict = await createWorkspace(server, instanceAdmin, 'Strict Brand');
    const anna = await createMember(server, instanceAdmin, strict, 'anna@strict.test', 'ADMIN');
    const ben = await createMember(server, instanceAdmin, strict, 'ben@strict.test', 'ADMIN');
    const writer = await createMember(server, instanceAdmin, strict, 'writer@strict.test', 'EDITOR');
    const key = (await createApiKey(server, instanceAdmin, strict, 'ADMIN')).secret;
    const channel = ok(
      await server.gql('mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id } }', { input: { workspaceId: strict, type: 'sandbox', displayName: 'Strict sandbox', credentials: { accessToken: sandbox.accessToken } } }, anna),
    ).connectChannel.id;
    const setting = 'mutation($input: UpdateWorkspaceInput!) { updateWorkspace(input: $input) { postApprovalRequired requireDifferentApprover } }';
    expect(ok(await server.gql(setting, { input: { workspaceId: strict, postApprovalRequired: true, requireDifferentApprover: true } }, anna)).updateWorkspace).toEqual({
      postApprovalRequired: true,
      requireDifferentApprover: true,
    });
    const inReview = async (body: string, author: string) => {
      const post = await createPost(body, {}, author, strict, [channel]);
      ok(await act('submitPost', post.id, author, strict));
      return post.id as string;
    };

    const own = await inReview('Anna wrote this', anna);
    const refused = await act('approvePost', own, anna, strict);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors![0].message).toBe('This workspace requires a different approver: you wrote or edited this post, so another ADMIN must approve it.');
    expect(ok(await act('approvePost', own, ben, strict)).approvePost.status).toBe('APPROVED');

    const edited = await inReview('The writer wrote this', writer);
    ok(await gql('mutation($input: PostActionInput!) { requestPostChanges(input: $input) { id } }', { input: { workspaceId: strict, postId: edited, comment: 'Shorter, please.' } }, ben));
    ok(await update(edited, { body: 'Ben shortened it' }, ben, strict));
    ok(await act('submitPost', edited, writer, strict));
    expect(errorCode(await act('approvePost', edited, ben, strict))).toBe('FORBIDDEN');
    const byKey = await act('approvePost', edited, key, strict);
    expect(errorCode(byKey)).toBe('FORBIDDEN');
    expect(byKey.errors![0].message).toBe('This workspace requires a different approver: approve posts signed in as yourself, not with an API key.');
    expect(ok(await act('approvePost', edited, anna, strict)).approvePost.status).toBe('APPROVED');

    // Scheduling an approved post and editing its content sends it back to approval, and then the editor may not approve it either.
    ok(await schedule('schedulePost', edited, IN(3_600_000), {}, writer, strict));
    expect(ok(await update(edited, { body: 'Anna changed it again' }, anna, strict)).updatePost).toMatchObject({ status: 'DRAFT', scheduledAt: null });
    ok(await act('submitPost', edited, writer, strict));
    expect(errorCode(await act('approvePost', edited, anna, strict))).toBe('FORBIDDEN');

    // With the setting off, authors approve their own posts as before.
    ok(await server.gql(setting, { input: { workspaceId: strict, requireDifferentApprover: false } }, anna));
    const mine = await inReview('Anna again', anna);
    expect(ok(await act('approvePost', mine, anna, strict)).approvePost.status).toBe('APPROVED');
  });

  describe('importPosts with scheduledAt', () => {
    const importPosts = (format: string, data: string, extra: Record<string, unknown> = {}, ws = workspaceId, token = editor) =>
      server.gql(
        `mutation($input: ImportPostsInput!) { importPosts(input: $input) { posts { ${POST_FIELDS} } errors { row field message } warnings { column message } } }`,
        { input: { workspaceId: ws, format, data, ...extra } },
        token,
      );
    const count = async () => (await server.sql('SELECT count(*)::int AS n FROM post'))[0].n as number;

    it('schedules rows in their time zone, reports bad or past times per row, and reports unknown columns', async () => {
      const before = await count();
      const soon = IN(2500);
      const csv = [
        'Body,channels,scheduledAt,TimeZone,Publish date,',
        `Offset given,Sandbox,2030-03-01T09:00:00+01:00,,monday,x`,
        `Wall clock in its row's zone,Sandbox,2030-01-15T09:00,America/New_York,,`,
        `Wall clock in the import's zone,Sandbox,2030-06-01T09:00,,,`,
        `In the past,Sandbox,2020-01-01T09:00:00Z,,,`,
        `Unknown zone,Sandbox,2030-06-01T09:00,Mars/Olympus,,`,
        `Not a time,Sandbox,next tuesday,,,`,
        `No time,Sandbox,,,,`,
        `A miracle,Sandbox,2030-06-01T09:00:00Z,,,`,
        `Imported soon,Sandbox,${soon},,,`,
      ].join('\n');
      const { posts, errors, warnings } = ok(await importPosts('CSV', csv, { timezone: 'Europe/Paris' })).importPosts;
      expect(posts.map((p: { body: string; status: string; scheduledAt: string | null }) => [p.body, p.status, p.scheduledAt])).toEqual([
        ['Offset given', 'SCHEDULED', '2030-03-01T08:00:00.000Z'],
        ["Wall clock in its row's zone", 'SCHEDULED', '2030-01-15T14:00:00.000Z'],
        ["Wall clock in the import's zone", 'SCHEDULED', '2030-06-01T07:00:00.000Z'],
        ['No time', 'DRAFT', null],
        ['Imported soon', 'SCHEDULED', new Date(soon).toISOString()],
      ]);
      expect(errors).toEqual([
        { row: 4, field: 'scheduledAt', message: '2020-01-01T09:00:00.000Z is in the past; schedule a later time, or publish now with publishPostNow' },
        { row: 5, field: 'timezone', message: 'must be an IANA time zone such as "Europe/Paris" or "UTC"' },
        { row: 6, field: 'scheduledAt', message: expect.stringContaining('must be an ISO time with offset') },
        { row: 8, field: 'body', message: 'Blocked by policy: "miracle" was found.' },
      ]);
      expect(warnings).toEqual([
        { column: 'Publish date', message: 'is not a column Rapport reads; its values were ignored. The columns are body, channels, kind, tags, scheduledAt and timezone (docs/posts.md).' },
        { column: '', message: 'column 6 has no name; its values were ignored.' },
      ]);
      expect(await count()).toBe(before + 5);
      expect(await server.sql("SELECT count(*)::int AS n FROM post WHERE body IN ('In the past', 'Unknown zone', 'Not a time', 'A miracle')")).toEqual([{ n: 0 }]);

      // The schedule is real: the row due soon publishes on its own.
      const imported = posts.at(-1);
      await until(imported.id, (p) => p.status === 'PUBLISHED');
      expect(onNetwork('Imported soon')).toHaveLength(1);
    }, 30_000);

    it('reads JSON the same way, reporting each unknown field once with how many rows had it', async () => {
      const data = JSON.stringify([
        { body: 'JSON scheduled', channels: ['Sandbox'], scheduledAt: '2030-01-15T09:00', timeZone: 'America/New_York', publishAt: 'soon' },
        { body: 'JSON draft', channels: ['Sandbox'], publishAt: 'later', color: 'red' },
        { body: 'JSON wrong type', channels: ['Sandbox'], scheduledAt: 1893456000000 },
      ]);
      const { posts, errors, warnings } = ok(await importPosts('JSON', data)).importPosts;
      expect(posts.map((p: { body: string; scheduledAt: string | null }) => [p.body, p.scheduledAt])).toEqual([
        ['JSON scheduled', '2030-01-15T14:00:00.000Z'],
        ['JSON draft', null],
      ]);
      expect(errors).toEqual([{ row: 3, field: 'scheduledAt', message: expect.stringContaining('must be a string') }]);
      expect(warnings).toEqual([
        { column: 'publishAt', message: 'is not a field Rapport reads; ignored in 2 rows. The fields are body, channels, kind, tags, scheduledAt and timezone (docs/posts.md).' },
        { column: 'color', message: 'is not a field Rapport reads; ignored in 1 row. The fields are body, channels, kind, tags, scheduledAt and timezone (docs/posts.md).' },
      ]);
      expect(errorCode(await importPosts('CSV', 'body,channels\nx,Sandbox', { timezone: 'Mars/Olympus' }))).toBe('BAD_USER_INPUT');
    });

    it('refuses to schedule a row that needs approval first, creating nothing for it', async () => {
      const before = await count();
      const csv = ['body,channels,scheduledAt', 'Satisfaction guaranteed,Sandbox,2030-06-01T09:00:00Z', 'Satisfaction guaranteed as a draft,Sandbox,'].join('\n');
      const { posts, errors } = ok(await importPosts('CSV', csv)).importPosts;
      expect(posts.map((p: { body: string; status: string }) => [p.body, p.status])).toEqual([['Satisfaction guaranteed as a draft', 'DRAFT']]);
      expect(errors).toEqual([{ row: 1, field: 'scheduledAt', message: 'This post needs approval before it can be scheduled: submit it for review and have an ADMIN approve it.' }]);
      expect(await count()).toBe(before + 1);
      expect(errorCode(await importPosts('CSV', csv, {}, workspaceId, viewer))).toBe('FORBIDDEN');
    });
  });
});
