/**
 * The input shapes a fuzzer once turned into INTERNAL_SERVER_ERRORs, each now
 * refused as BAD_USER_INPUT naming the field (or, for explicit nulls, read as
 * an omitted field), and nothing stored on the way.
 */
import { startSandboxNetwork, type SandboxNetwork } from '@rapport/plugin-network-sandbox/server';
import { createWorkspace, ok, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type GraphQLResponse, type TestServer } from '../utils/test-server.js';

describe('hostile input is refused at the edge, naming the field', () => {
  let sandbox: SandboxNetwork;
  let server: TestServer;
  let admin: string;
  let workspaceId: string;
  let channelId: string;
  let postId: string;

  const refusal = (response: GraphQLResponse) => ({ code: response.errors?.[0]?.extensions.code, field: response.errors?.[0]?.extensions.field });
  const gql = (query: string, variables: Record<string, unknown>) => server.gql(query, variables, admin);
  const count = async (table: string) => (await server.sql(`SELECT count(*)::int AS n FROM "${table}"`))[0].n as number;

  beforeAll(async () => {
    sandbox = await startSandboxNetwork();
    server = await createTestServer({}, { plugins: [{ specifier: '@rapport/plugin-network-sandbox', baseDir: '/', options: { baseUrl: sandbox.url } }] });
    admin = await setupAdmin(server);
    workspaceId = await createWorkspace(server, admin, 'Hostile');
    channelId = ok(await gql('mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id } }', { input: { workspaceId, type: 'sandbox', displayName: 'Sandbox', credentials: { accessToken: sandbox.accessToken } } })).connectChannel.id;
    postId = ok(await gql('mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', { input: { workspaceId, body: 'Hello', channelIds: [channelId] } })).createPost.id;
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await sandbox?.close();
  });

  it('refuses an empty or malformed workspaceId, as an argument or inside an input', async () => {
    expect(refusal(await gql('query($ws: ID!) { posts(workspaceId: $ws) { totalCount } }', { ws: '' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'workspaceId' });
    expect(refusal(await gql('query($ws: ID!) { channels(workspaceId: $ws) { totalCount } }', { ws: 'not-a-uuid' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'workspaceId' });
    expect(refusal(await gql('mutation($input: CreateCannedReplyInput!) { createCannedReply(input: $input) { id } }', { input: { workspaceId: '', name: 'x', body: 'y' } }))).toEqual({ code: 'BAD_USER_INPUT', field: 'workspaceId' });
    expect(refusal(await gql('query($id: ID!) { workspace(id: $id) { id } }', { id: '' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('refuses NUL characters anywhere in an argument, JSON values included, and stores nothing', async () => {
    const replies = await count('canned_reply');
    expect(refusal(await gql('mutation($input: CreateCannedReplyInput!) { createCannedReply(input: $input) { id } }', { input: { workspaceId, name: 'Thanks\u0000', body: 'Thank you' } }))).toEqual({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(await count('canned_reply')).toBe(replies);
    const policies = await count('policy');
    const policy = await gql('mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { id } }', {
      input: { workspaceId, name: 'Voice', scope: 'OUTBOUND_POST', rules: [{ rule: 'banned-terms', args: { terms: [{ term: 'cheap\u0000' }] }, action: 'WARN' }] },
    });
    expect(refusal(policy)).toEqual({ code: 'BAD_USER_INPUT', field: 'rules.0.args.terms.0.term' });
    expect(await count('policy')).toBe(policies);
    expect(refusal(await gql('query($ws: ID!, $text: String!) { evaluatePolicy(workspaceId: $ws, scope: OUTBOUND_POST, text: $text) { findings { message } } }', { ws: workspaceId, text: 'a\u0000b' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'text' });
  });

  it('refuses dates that pass a lenient ISO check but do not exist or that PostgreSQL rejects', async () => {
    const calendar = 'query($ws: ID!, $from: String!, $to: String!) { postCalendar(workspaceId: $ws, from: $from, to: $to) { id } }';
    expect(refusal(await gql(calendar, { ws: workspaceId, from: '2026-02-30', to: '2026-03-31' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'from' });
    expect(refusal(await gql(calendar, { ws: workspaceId, from: '2026-01-01', to: '0000-01-01' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'to' });
    const reputation = 'query($ws: ID!, $from: String!, $to: String!) { reputation(workspaceId: $ws, from: $from, to: $to) { count } }';
    expect(refusal(await gql(reputation, { ws: workspaceId, from: '0000-01-01T00:00:00Z', to: '2026-01-01' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'from' });
    const schedule = 'mutation($input: SchedulePostInput!) { schedulePost(input: $input) { status } }';
    expect(refusal(await gql(schedule, { input: { workspaceId, postId, at: '2030-02-30T09:00', timezone: 'Europe/Paris' } }))).toEqual({ code: 'BAD_USER_INPUT', field: 'at' });
    expect(refusal(await gql(schedule, { input: { workspaceId, postId, at: '0000-01-01T09:00:00Z' } }))).toEqual({ code: 'BAD_USER_INPUT', field: 'at' });
    // A forged page cursor carries a date too.
    const forged = Buffer.from(JSON.stringify(['0000-01-01T00:00:00Z', postId])).toString('base64url');
    expect(refusal(await gql('query($ws: ID!, $after: String) { posts(workspaceId: $ws, after: $after) { totalCount } }', { ws: workspaceId, after: forged }))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    // Real dates still work.
    expect(ok(await gql(calendar, { ws: workspaceId, from: '2024-02-29', to: '2026-12-01T09:00:00+01:00' })).postCalendar).toEqual([]);
  });

  it('reads an explicit null on an optional field as "leave it as it is", and where a field says so as "clear it"', async () => {
    const settings = 'mutation($input: UpdateReviewSettingsInput!) { updateReviewSettings(input: $input) { lowRatingThreshold watchedNames } }';
    ok(await gql(settings, { input: { workspaceId, lowRatingThreshold: 3 } }));
    expect(ok(await gql(settings, { input: { workspaceId, lowRatingThreshold: null, watchedNames: ['Ana'] } })).updateReviewSettings).toEqual({ lowRatingThreshold: 3, watchedNames: ['Ana'] });
    const workspace = 'mutation($input: UpdateWorkspaceInput!) { updateWorkspace(input: $input) { name timezone } }';
    expect(ok(await gql(workspace, { input: { workspaceId, name: null, timezone: null } })).updateWorkspace).toEqual({ name: 'Hostile', timezone: 'UTC' });
    const policy = ok(await gql('mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { id } }', { input: { workspaceId, name: 'Scoped', scope: 'OUTBOUND_POST', channelId, rules: [] } })).createPolicy.id;
    const cleared = ok(await gql('mutation($input: UpdatePolicyInput!) { updatePolicy(input: $input) { channelId } }', { input: { workspaceId, policyId: policy, channelId: null } }));
    expect(cleared.updatePolicy.channelId).toBeNull();
  });

  it('refuses a time zone the runtime does not know, wherever a zone is accepted', async () => {
    const schedule = 'mutation($input: SchedulePostInput!) { schedulePost(input: $input) { status } }';
    expect(refusal(await gql(schedule, { input: { workspaceId, postId, at: '2030-06-01T09:00', timezone: 'Not/AZone' } }))).toEqual({ code: 'BAD_USER_INPUT', field: 'timezone' });
    expect(refusal(await gql(schedule, { input: { workspaceId, postId, at: '2030-06-01T09:00', timezone: '' } }))).toEqual({ code: 'BAD_USER_INPUT', field: 'timezone' });
    expect(refusal(await gql('mutation($input: UpdateWorkspaceInput!) { updateWorkspace(input: $input) { id } }', { input: { workspaceId, timezone: 'Mars/Olympus' } }))).toEqual({ code: 'BAD_USER_INPUT', field: 'timezone' });
    expect((await server.sql('SELECT status FROM post WHERE id = $1', [postId]))[0].status).toBe('DRAFT');
  });

  it('refuses lone surrogates, e.g. in an e-mail address', async () => {
    expect(refusal(await server.gql('mutation($input: LoginInput!) { login(input: $input) { token } }', { input: { email: 'ana\ud800@example.test', password: 'whatever-password' } }))).toEqual({ code: 'BAD_USER_INPUT', field: 'email' });
    const invitations = await count('invitation');
    expect(refusal(await gql('mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token } }', { input: { workspaceId, email: 'bo\udfff@example.test', role: 'AGENT' } }))).toEqual({ code: 'BAD_USER_INPUT', field: 'email' });
    expect(await count('invitation')).toBe(invitations);
  });
});
