import { AuditService } from '../../apps/server/src/audit/audit.service.js';
import { ACME_TOKEN, startFakeAcme, type FakeAcme } from '../utils/fake-acme.js';
import { createApiKey, createMember, createWorkspace, errorCode, ok, PASSWORD, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';

const NEW_ACME_TOKEN = 'acme-token-ROTATED-99887766';
const ENTRY = 'id workspaceId actorType actorId action entityType entityId changes { field before after redacted } ip userAgent requestId createdAt';
const AUDIT_LOG = `query($workspaceId: ID!, $filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(workspaceId: $workspaceId, filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${ENTRY} } } } }`;

interface Change {
  field: string;
  before: unknown;
  after: unknown;
  redacted: boolean;
}
interface Entry {
  id: string;
  workspaceId: string;
  actorType: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  changes: Change[];
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  createdAt: string;
}

describe('audit log', () => {
  let fake: FakeAcme;
  let server: TestServer;
  let admin: string;
  let adminId: string;
  let workspaceId: string;
  let otherWorkspaceId: string;
  /** Every secret the test made: none may ever appear in an entry. */
  const secrets: string[] = [ACME_TOKEN, NEW_ACME_TOKEN, PASSWORD];

  /** A mutation as a browser would send it: with a user agent and a request id. */
  const call = async (query: string, variables: Record<string, unknown>, token: string, requestId?: string) => {
    const req = server.http.post('/graphql').set('content-type', 'application/json').set('user-agent', 'audit-test/1.0').set('authorization', `Bearer ${token}`);
    if (requestId) req.set('x-request-id', requestId);
    return (await req.send({ query, variables })).body;
  };
  const auditLog = async (variables: Record<string, unknown>, token = admin) => server.gql<{ auditLog: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: Entry }> } }>(AUDIT_LOG, variables, token);
  const entries = async (filter: Record<string, unknown> = {}, ws = workspaceId): Promise<Entry[]> => ok(await auditLog({ workspaceId: ws, filter, first: 100 })).auditLog.edges.map((e) => e.node);
  const only = async (filter: Record<string, unknown>): Promise<Entry> => {
    const found = await entries(filter);
    expect(found).toHaveLength(1);
    return found[0];
  };
  const change = (entry: Entry, field: string) => entry.changes.find((c) => c.field === field);

  beforeAll(async () => {
    fake = await startFakeAcme();
    fake.validTokens.add(NEW_ACME_TOKEN);
    server = await createTestServer({}, { plugins: [fake.plugin] });
    admin = await setupAdmin(server);
    adminId = ok(await server.gql<{ me: { id: string } }>('{ me { id } }', {}, admin)).me.id;
    workspaceId = await createWorkspace(server, admin, 'Audited');
    otherWorkspaceId = await createWorkspace(server, admin, 'Elsewhere');
  });
  afterAll(async () => {
    await server.close();
    await fake.server.close();
  });

  it('records policies and their versions: created, updated (new version), deleted, with who, when and from where', async () => {
    const created = ok(
      await call('mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { id } }', { input: { workspaceId, name: 'Tone', scope: 'OUTBOUND_POST', rules: [] } }, admin, 'audit-req-1'),
    ).createPolicy;
    ok(await call('mutation($input: UpdatePolicyInput!) { updatePolicy(input: $input) { version } }', { input: { workspaceId, policyId: created.id, name: 'Tone of voice', enabled: false } }, admin));
    ok(await call('mutation($ws: ID!, $id: ID!) { deletePolicy(workspaceId: $ws, id: $id) { id } }', { ws: workspaceId, id: created.id }, admin));

    const history = await entries({ entityType: 'Policy', entityId: created.id });
    expect(history.map((e) => e.action)).toEqual(['policy.deleted', 'policy.updated', 'policy.created']);
    const [deleted, updated, creation] = history;
    expect(creation).toMatchObject({ workspaceId, actorType: 'USER', actorId: adminId, userAgent: 'audit-test/1.0', requestId: 'audit-req-1' });
    expect(creation.ip).toMatch(/127\.0\.0\.1$/);
    expect(change(creation, 'name')).toEqual({ field: 'name', before: null, after: 'Tone', redacted: false });
    expect(change(creation, 'version')).toMatchObject({ before: null, after: 1 });
    // An update lists only what changed: the name, the switch and the version it made.
    expect(updated.changes).toEqual([
      { field: 'enabled', before: true, after: false, redacted: false },
      { field: 'name', before: 'Tone', after: 'Tone of voice', redacted: false },
      { field: 'version', before: 1, after: 2, redacted: false },
    ]);
    expect(change(deleted, 'name')).toMatchObject({ before: 'Tone of voice', after: null });
    expect(new Date(deleted.createdAt) >= new Date(creation.createdAt)).toBe(true);
  });

  it('records invitations, members and roles; the invitee accepts as themselves', async () => {
    const invited = ok(await call('mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token invitation { id } } }', { input: { workspaceId, email: 'agent@audit.test', role: 'AGENT' } }, admin)).inviteMember;
    secrets.push(invited.token);
    const accepted = ok(
      await server.gql('mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { id } } }', { input: { token: invited.token, name: 'Agent', password: PASSWORD } }),
    ).acceptInvitation;
    const agentId = accepted.user.id;

    const invitation = await entries({ entityType: 'Invitation', entityId: invited.invitation.id });
    expect(invitation.map((e) => e.action)).toEqual(['invitation.accepted', 'invitation.created']);
    expect(invitation[1]).toMatchObject({ actorType: 'USER', actorId: adminId });
    expect(change(invitation[1], 'email')).toMatchObject({ after: 'agent@audit.test' });
    expect(change(invitation[1], 'role')).toMatchObject({ after: 'AGENT' });
    // The token's hash is a secret: the entry says there is one, never what it is.
    expect(change(invitation[1], 'tokenHash')).toEqual({ field: 'tokenHash', before: null, after: null, redacted: true });
    expect(invitation[0]).toMatchObject({ actorType: 'USER', actorId: agentId });
    expect(change(invitation[0], 'acceptedAt')?.before).toBeNull();

    const joined = await only({ action: 'member.added', entityId: agentId });
    expect(joined).toMatchObject({ entityType: 'WorkspaceMember', actorId: agentId });
    expect(joined.changes.map((c) => [c.field, c.after])).toEqual([
      ['email', 'agent@audit.test'],
      ['role', 'AGENT'],
      ['userId', agentId],
    ]);

    // Someone with an account elsewhere is added, promoted and removed.
    await createMember(server, admin, otherWorkspaceId, 'editor@audit.test', 'EDITOR');
    const member = ok(await call('mutation($input: AddMemberInput!) { addMember(input: $input) { userId } }', { input: { workspaceId, email: 'editor@audit.test', role: 'VIEWER' } }, admin)).addMember;
    ok(await call('mutation($input: UpdateMemberRoleInput!) { updateMemberRole(input: $input) { role } }', { input: { workspaceId, userId: member.userId, role: 'EDITOR' } }, admin));
    ok(await call('mutation($ws: ID!, $user: ID!) { removeMember(workspaceId: $ws, userId: $user) { userId } }', { ws: workspaceId, user: member.userId }, admin));
    const membership = await entries({ entityType: 'WorkspaceMember', entityId: member.userId });
    expect(membership.map((e) => e.action)).toEqual(['member.removed', 'member.role_changed', 'member.added']);
    expect(membership[1].changes).toEqual([{ field: 'role', before: 'VIEWER', after: 'EDITOR', redacted: false }]);
    expect(change(membership[0], 'role')).toMatchObject({ before: 'EDITOR', after: null });

    // A change that fails leaves nothing: demoting the only OWNER is refused.
    const before = (await entries()).length;
    expect(errorCode(await call('mutation($input: UpdateMemberRoleInput!) { updateMemberRole(input: $input) { role } }', { input: { workspaceId, userId: adminId, role: 'ADMIN' } }, admin))).toBeDefined();
    expect(await entries()).toHaveLength(before);
  });

  it('records channels and credential changes without ever storing the credentials', async () => {
    const channel = ok(
      await call('mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id } }', { input: { workspaceId, type: 'acme', displayName: 'Acme', credentials: { token: ACME_TOKEN } } }, admin),
    ).connectChannel;
    ok(await call('mutation($input: UpdateChannelInput!) { updateChannel(input: $input) { id } }', { input: { workspaceId, channelId: channel.id, displayName: 'Acme Lyon', credentials: { token: NEW_ACME_TOKEN } } }, admin));
    ok(await call('mutation($input: UpdateChannelInput!) { updateChannel(input: $input) { id } }', { input: { workspaceId, channelId: channel.id, purpose: 'tips' } }, admin));
    ok(await call('mutation($ws: ID!, $id: ID!) { disconnectChannel(workspaceId: $ws, id: $id) { id } }', { ws: workspaceId, id: channel.id }, admin));

    const history = await entries({ entityType: 'Channel', entityId: channel.id });
    expect(history.map((e) => e.action)).toEqual(['channel.disconnected', 'channel.updated', 'channel.credentials_changed', 'channel.connected']);
    const [, purpose, rotated, connected] = history;
    expect(change(connected, 'type')).toMatchObject({ after: 'acme' });
    expect(change(connected, 'credentialsEncrypted')).toEqual({ field: 'credentialsEncrypted', before: null, after: null, redacted: true });
    expect(change(rotated, 'displayName')).toMatchObject({ before: 'Acme', after: 'Acme Lyon' });
    expect(change(rotated, 'credentialsEncrypted')?.redacted).toBe(true);
    expect(purpose.changes).toEqual([{ field: 'purpose', before: '', after: 'tips', redacted: false }]);
  });

  it('records API keys, and changes made with a key name the key', async () => {
    const key = await createApiKey(server, admin, workspaceId, 'ADMIN');
    secrets.push(key.secret);
    const created = await only({ action: 'api_key.created', entityId: key.id });
    expect(change(created, 'role')).toMatchObject({ after: 'ADMIN' });
    expect(change(created, 'secretHash')?.redacted).toBe(true);

    ok(await call('mutation($input: UpdateWorkspaceInput!) { updateWorkspace(input: $input) { id } }', { input: { workspaceId, requireDifferentApprover: true } }, key.secret));
    const byKey = await entries({ actorId: key.id });
    expect(byKey).toHaveLength(1);
    expect(byKey[0]).toMatchObject({ actorType: 'API_KEY', actorId: key.id, action: 'workspace.updated', entityType: 'Workspace', entityId: workspaceId });
    expect(byKey[0].changes).toEqual([{ field: 'requireDifferentApprover', before: false, after: true, redacted: false }]);

    ok(await call('mutation($ws: ID!, $id: ID!) { revokeApiKey(workspaceId: $ws, id: $id) { id } }', { ws: workspaceId, id: key.id }, admin));
    // Revoking again changes nothing, and records nothing.
    ok(await call('mutation($ws: ID!, $id: ID!) { revokeApiKey(workspaceId: $ws, id: $id) { id } }', { ws: workspaceId, id: key.id }, admin));
    const revoked = await only({ action: 'api_key.revoked', entityId: key.id });
    expect(change(revoked, 'revokedAt')).toMatchObject({ before: null, after: expect.any(String) });
  });

  it('records settings and post approvals', async () => {
    ok(await call('mutation($input: UpdateWorkspaceInput!) { updateWorkspace(input: $input) { id } }', { input: { workspaceId, requireDifferentApprover: false, timezone: 'Europe/Paris' } }, admin));
    ok(await call('mutation($input: UpdateReviewSettingsInput!) { updateReviewSettings(input: $input) { lowRatingThreshold } }', { input: { workspaceId, lowRatingThreshold: 3 } }, admin));
    const review = await only({ entityType: 'ReviewSettings' });
    expect(review.changes).toEqual([{ field: 'lowRatingThreshold', before: 2, after: 3, redacted: false }]);

    const channel = ok(
      await call('mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id } }', { input: { workspaceId, type: 'acme', displayName: 'Acme again', credentials: { token: ACME_TOKEN } } }, admin),
    ).connectChannel;
    const post = async (body: string) => {
      const { id } = ok(await call('mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', { input: { workspaceId, body, channelIds: [channel.id] } }, admin)).createPost;
      ok(await call('mutation($input: PostActionInput!) { submitPost(input: $input) { status } }', { input: { workspaceId, postId: id } }, admin));
      return id as string;
    };
    const approvedId = await post('Approved news');
    const sentBackId = await post('Needs work');
    ok(await call('mutation($input: PostActionInput!) { approvePost(input: $input) { status } }', { input: { workspaceId, postId: approvedId } }, admin));
    ok(await call('mutation($input: PostActionInput!) { requestPostChanges(input: $input) { status } }', { input: { workspaceId, postId: sentBackId, comment: 'Shorter, please' } }, admin));

    expect((await only({ entityType: 'Post', entityId: approvedId })).changes).toEqual([{ field: 'status', before: 'IN_REVIEW', after: 'APPROVED', redacted: false }]);
    expect((await only({ action: 'post.changes_requested' })).changes).toEqual([
      { field: 'comment', before: null, after: 'Shorter, please', redacted: false },
      { field: 'status', before: 'IN_REVIEW', after: 'DRAFT', redacted: false },
    ]);
    // Writing and submitting posts is editorial work, not audited.
    expect(await entries({ action: 'post.*' })).toHaveLength(2);
  });

  it('records webhook endpoints, their secret rotations and switches, without the secrets', async () => {
    const created = ok(
      await call('mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { id } } }', { input: { workspaceId, url: 'http://127.0.0.1:9/hook', eventTypes: ['review.*'] } }, admin),
    ).createWebhookEndpoint;
    secrets.push(created.secret);
    const id = created.endpoint.id;
    const ref = { workspaceId, endpointId: id };
    secrets.push(ok(await call('mutation($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { secret } }', { input: ref }, admin)).rotateWebhookSecret.secret);
    ok(await call('mutation($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { id } }', { input: { ...ref, eventTypes: ['review.*', 'dispute.*'] } }, admin));
    ok(await call('mutation($ws: ID!, $id: ID!) { disableWebhookEndpoint(workspaceId: $ws, id: $id) { id } }', { ws: workspaceId, id }, admin));
    ok(await call('mutation($ws: ID!, $id: ID!) { enableWebhookEndpoint(workspaceId: $ws, id: $id) { id } }', { ws: workspaceId, id }, admin));
    ok(await call('mutation($ws: ID!, $id: ID!) { deleteWebhookEndpoint(workspaceId: $ws, id: $id) { id } }', { ws: workspaceId, id }, admin));

    const history = await entries({ entityType: 'WebhookEndpoint', entityId: id });
    expect(history.map((e) => e.action)).toEqual([
      'webhook_endpoint.deleted',
      'webhook_endpoint.enabled',
      'webhook_endpoint.disabled',
      'webhook_endpoint.updated',
      'webhook_endpoint.secret_rotated',
      'webhook_endpoint.created',
    ]);
    const [, enabled, disabled, updated, rotated, creation] = history;
    expect(change(creation, 'url')).toMatchObject({ after: 'http://127.0.0.1:9/hook' });
    expect(change(creation, 'secretsEncrypted')?.redacted).toBe(true);
    expect(change(rotated, 'secretsEncrypted')?.redacted).toBe(true);
    expect(change(rotated, 'previousSecretExpiresAt')).toMatchObject({ before: null, after: expect.any(String) });
    expect(updated.changes).toEqual([{ field: 'eventTypes', before: ['review.*'], after: ['review.*', 'dispute.*'], redacted: false }]);
    expect(change(disabled, 'enabled')).toMatchObject({ before: true, after: false });
    expect(change(enabled, 'enabled')).toMatchObject({ before: false, after: true });
  });

  it('never stores a secret: not in the API, not in the table', async () => {
    const all = JSON.stringify(await entries());
    const stored = JSON.stringify(await server.sql('SELECT * FROM audit_entry'));
    for (const secret of secrets) {
      expect(all).not.toContain(secret);
      expect(stored).not.toContain(secret);
    }
    const [hashes] = await server.sql("SELECT string_agg(secret_hash, ',') AS keys FROM api_key");
    for (const hash of hashes.keys.split(',')) expect(stored).not.toContain(hash);
  });

  it('filters by actor, action, entity and time, and pages newest first', async () => {
    const all = await entries();
    expect(all.length).toBeGreaterThan(10);
    expect(all.map((e) => e.createdAt)).toEqual([...all.map((e) => e.createdAt)].sort().reverse());

    const firstPage = ok(await auditLog({ workspaceId, first: 4 })).auditLog;
    expect(firstPage.totalCount).toBe(all.length);
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
    const secondPage = ok(await auditLog({ workspaceId, first: 4, after: firstPage.pageInfo.endCursor })).auditLog;
    expect([...firstPage.edges, ...secondPage.edges].map((e) => e.node.id)).toEqual(all.slice(0, 8).map((e) => e.id));

    expect((await entries({ action: 'member.*' })).every((e) => e.action.startsWith('member.'))).toBe(true);
    expect((await entries({ action: 'channel.connected' })).map((e) => e.action)).toEqual(['channel.connected', 'channel.connected']);
    expect(await entries({ actorId: adminId })).toHaveLength(all.filter((e) => e.actorId === adminId).length);

    const middle = all[Math.floor(all.length / 2)].createdAt;
    const since = await entries({ from: middle });
    const until = await entries({ to: middle });
    expect(since.length + until.length).toBe(all.length);
    expect(since.every((e) => e.createdAt >= middle) && until.every((e) => e.createdAt < middle)).toBe(true);
    expect(await entries({ to: '2000-01-01' })).toEqual([]);

    expect(errorCode(await auditLog({ workspaceId, filter: { from: '2030-01-02', to: '2030-01-01' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await auditLog({ workspaceId, filter: { action: 'DROP TABLE' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await auditLog({ workspaceId, filter: { actorId: 'nobody' } }))).toBe('BAD_USER_INPUT');
  });

  it("is for ADMINs of the workspace only: another workspace's admin sees none of it, an AGENT is refused", async () => {
    const outsider = await createMember(server, admin, otherWorkspaceId, 'outsider@audit.test', 'ADMIN');
    expect(errorCode(await auditLog({ workspaceId }, outsider))).toBe('NOT_FOUND');
    const theirs = await entries({}, otherWorkspaceId);
    const ours = new Set((await entries()).map((e) => e.id));
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.every((e) => e.workspaceId === otherWorkspaceId && !ours.has(e.id))).toBe(true);
    expect(ok(await auditLog({ workspaceId: otherWorkspaceId }, outsider)).auditLog.totalCount).toBe(theirs.length);

    const agent = await createMember(server, admin, workspaceId, 'agent2@audit.test', 'AGENT');
    expect(errorCode(await auditLog({ workspaceId }, agent))).toBe('FORBIDDEN');
    const viewerKey = await createApiKey(server, admin, workspaceId, 'EDITOR');
    expect(errorCode(await auditLog({ workspaceId }, viewerKey.secret))).toBe('FORBIDDEN');
  });

  it('deletes entries past the retention period', async () => {
    const before = (await entries()).length;
    await server.sql("UPDATE audit_entry SET created_at = now() - interval '366 days' WHERE id IN (SELECT id FROM audit_entry WHERE workspace_id = $1 ORDER BY created_at LIMIT 3)", [workspaceId]);
    expect(await server.app.get(AuditService).deleteExpired()).toBe(3);
    expect(await entries()).toHaveLength(before - 3);
  });
});
