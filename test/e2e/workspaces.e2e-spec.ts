import { createMember, createWorkspace, errorCode, ok, PASSWORD, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';

const MEMBERS = '{ workspace(id: $id) { members { edges { node { role user { email } } } } } }';

describe('workspaces', () => {
  let server: TestServer;
  let admin: string;
  beforeAll(async () => {
    server = await createTestServer();
    admin = await setupAdmin(server);
  });
  afterAll(() => server.close());

  it('creates a workspace with a derived unique slug, the creator as OWNER and a validated time zone', async () => {
    const create = 'mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id name slug timezone } }';
    const first = ok(await server.gql(create, { input: { name: 'Café Élise', timezone: 'Europe/Paris' } }, admin)).createWorkspace;
    const second = ok(await server.gql(create, { input: { name: 'Café Élise' } }, admin)).createWorkspace;
    expect(first).toMatchObject({ name: 'Café Élise', slug: 'cafe-elise', timezone: 'Europe/Paris' });
    expect(second).toMatchObject({ slug: 'cafe-elise-2', timezone: 'UTC' });
    const members = ok(await server.gql(`query($id: ID!) ${MEMBERS}`, { id: first.id }, admin));
    expect(members.workspace.members.edges).toEqual([{ node: { role: 'OWNER', user: { email: 'admin@agency.test' } } }]);
  });

  it('rejects a taken explicit slug with CONFLICT and bad fields with BAD_USER_INPUT naming them', async () => {
    const create = 'mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }';
    expect(errorCode(await server.gql(create, { input: { name: 'X', slug: 'demo' } }, admin))).toBe('CONFLICT');
    const bad = await server.gql(create, { input: { name: '', slug: 'Not A Slug', timezone: 'Mars/Olympus' } }, admin);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'name' }),
        expect.objectContaining({ field: 'slug' }),
        expect.objectContaining({ field: 'timezone' }),
      ]),
    );
    expect(await server.sql("SELECT count(*)::int AS n FROM workspace WHERE name IN ('X', '')")).toEqual([{ n: 0 }]);
    // Two creations racing for one slug: one wins, the other is a CONFLICT (never an internal error).
    const raced = await Promise.all(['Twin one', 'Twin two'].map((name) => server.gql(create, { input: { name, slug: 'twin-brand' } }, admin)));
    expect(raced.map((response) => errorCode(response) ?? 'ok').sort()).toEqual(['CONFLICT', 'ok']);
    expect(await server.sql("SELECT count(*)::int AS n FROM workspace WHERE slug = 'twin-brand'")).toEqual([{ n: 1 }]);
  });

  it('lets only instance admins create workspaces', async () => {
    const workspaceId = await createWorkspace(server, admin, 'Owned Elsewhere');
    const owner = await createMember(server, admin, workspaceId, 'owner@brand.test', 'OWNER');
    const attempt = await server.gql('mutation { createWorkspace(input: { name: "Sneaky" }) { id } }', {}, owner);
    expect(errorCode(attempt)).toBe('FORBIDDEN');
  });

  it('updates name and time zone for ADMIN and refuses EDITOR', async () => {
    const workspaceId = await createWorkspace(server, admin, 'Renamable');
    const editor = await createMember(server, admin, workspaceId, 'editor@renamable.test', 'EDITOR');
    const update = 'mutation($input: UpdateWorkspaceInput!) { updateWorkspace(input: $input) { name timezone } }';
    expect(errorCode(await server.gql(update, { input: { workspaceId, name: 'Editor was here' } }, editor))).toBe('FORBIDDEN');
    const updated = ok(await server.gql(update, { input: { workspaceId, name: 'Renamed', timezone: 'America/New_York' } }, admin));
    expect(updated.updateWorkspace).toEqual({ name: 'Renamed', timezone: 'America/New_York' });
  });
});

describe('members and roles', () => {
  let server: TestServer;
  let admin: string;
  let workspaceId: string;
  let owner: string;
  let workspaceAdmin: string;
  let agent: string;
  beforeAll(async () => {
    server = await createTestServer();
    admin = await setupAdmin(server);
    workspaceId = await createWorkspace(server, admin, 'Pet Store');
    owner = await createMember(server, admin, workspaceId, 'owner@pets.test', 'OWNER');
    workspaceAdmin = await createMember(server, admin, workspaceId, 'admin@pets.test', 'ADMIN');
    agent = await createMember(server, admin, workspaceId, 'agent@pets.test', 'AGENT');
  });
  afterAll(() => server.close());

  const memberRoles = async (token: string) =>
    Object.fromEntries(
      ok(await server.gql(`query($id: ID!) ${MEMBERS}`, { id: workspaceId }, token)).workspace.members.edges.map(
        (e: { node: { role: string; user: { email: string } } }) => [e.node.user.email, e.node.role],
      ),
    );

  it('joins invited users with their role, and any member can see the member list', async () => {
    expect(await memberRoles(agent)).toEqual({
      'admin@agency.test': 'OWNER',
      'owner@pets.test': 'OWNER',
      'admin@pets.test': 'ADMIN',
      'agent@pets.test': 'AGENT',
    });
  });

  it('tells each caller their own role in the workspace (viewerRole), in the workspace and in their list of workspaces', async () => {
    const viewerRole = async (token: string) => ok(await server.gql('query($id: ID!) { workspace(id: $id) { viewerRole } }', { id: workspaceId }, token)).workspace.viewerRole;
    expect([await viewerRole(admin), await viewerRole(owner), await viewerRole(workspaceAdmin), await viewerRole(agent)]).toEqual(['OWNER', 'OWNER', 'ADMIN', 'AGENT']);
    const listed = ok(await server.gql('{ workspaces { edges { node { id viewerRole } } } }', {}, agent)).workspaces.edges.map((e: { node: unknown }) => e.node);
    expect(listed).toEqual([{ id: workspaceId, viewerRole: 'AGENT' }]);
  });

  it('refuses an invitation token twice and accepts an existing account only with its password', async () => {
    const invite = 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token invitation { email role } } }';
    const accept = 'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { email } } }';
    const otherWorkspace = await createWorkspace(server, admin, 'Second Brand');
    const { token } = ok(await server.gql(invite, { input: { workspaceId: otherWorkspace, email: 'Agent@Pets.test', role: 'VIEWER' } }, admin)).inviteMember;
    expect(errorCode(await server.gql(accept, { input: { token, password: 'wrong-password-here' } }))).toBe('UNAUTHENTICATED');
    expect(ok(await server.gql(accept, { input: { token, password: PASSWORD } })).acceptInvitation.user.email).toBe('agent@pets.test');
    expect(errorCode(await server.gql(accept, { input: { token, password: PASSWORD } }))).toBe('BAD_USER_INPUT');
    expect(await server.sql('SELECT count(*)::int AS n FROM "user" WHERE email = $1', ['agent@pets.test'])).toEqual([{ n: 1 }]);
  });

  it('lists pending invitations to ADMINs only, and a revoked one no longer joins', async () => {
    const invite = 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token invitation { id } } }';
    const list = 'query($w: ID!) { invitations(workspaceId: $w) { totalCount edges { node { id email role acceptedAt } } } }';
    const revoke = 'mutation($w: ID!, $id: ID!) { revokeInvitation(workspaceId: $w, id: $id) { id email } }';
    const accept = 'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { email } } }';
    const { token, invitation } = ok(await server.gql(invite, { input: { workspaceId, email: 'Groomer@Pets.test', role: 'AGENT' } }, workspaceAdmin)).inviteMember;
    const pending = ok(await server.gql(list, { w: workspaceId }, workspaceAdmin)).invitations;
    expect(pending.edges.map((e: { node: unknown }) => e.node)).toContainEqual({ id: invitation.id, email: 'groomer@pets.test', role: 'AGENT', acceptedAt: null });
    // Accepted ones are not pending.
    expect(pending.edges.map((e: { node: { email: string } }) => e.node.email)).not.toContain('agent@pets.test');
    expect(errorCode(await server.gql(list, { w: workspaceId }, agent))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(revoke, { w: workspaceId, id: invitation.id }, agent))).toBe('FORBIDDEN');

    expect(ok(await server.gql(revoke, { w: workspaceId, id: invitation.id }, workspaceAdmin)).revokeInvitation.email).toBe('groomer@pets.test');
    expect(ok(await server.gql(list, { w: workspaceId }, workspaceAdmin)).invitations.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(invitation.id);
    expect(errorCode(await server.gql(accept, { input: { token, name: 'Groomer', password: PASSWORD } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await server.gql(revoke, { w: workspaceId, id: invitation.id }, workspaceAdmin))).toBe('NOT_FOUND');
    const audit = 'query($w: ID!) { auditLog(workspaceId: $w, filter: { action: "invitation.revoked" }) { edges { node { entityId } } } }';
    expect(ok(await server.gql(audit, { w: workspaceId }, workspaceAdmin)).auditLog.edges).toEqual([{ node: { entityId: invitation.id } }]);
  });

  it('adds existing users by e-mail and reports unknown e-mails and duplicates clearly', async () => {
    const add = 'mutation($input: AddMemberInput!) { addMember(input: $input) { role user { email } } }';
    const target = await createWorkspace(server, admin, 'Third Brand');
    expect(ok(await server.gql(add, { input: { workspaceId: target, email: 'owner@pets.test', role: 'EDITOR' } }, admin)).addMember).toEqual({
      role: 'EDITOR',
      user: { email: 'owner@pets.test' },
    });
    const unknown = await server.gql(add, { input: { workspaceId: target, email: 'nobody@pets.test', role: 'EDITOR' } }, admin);
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors![0].extensions.field).toBe('email');
    expect(errorCode(await server.gql(add, { input: { workspaceId: target, email: 'owner@pets.test', role: 'AGENT' } }, admin))).toBe('CONFLICT');
    // The same person added twice at once: one membership, the other a CONFLICT.
    const other = await createWorkspace(server, admin, 'Fourth Brand');
    const raced = await Promise.all(['EDITOR', 'AGENT'].map((role) => server.gql(add, { input: { workspaceId: other, email: 'owner@pets.test', role } }, admin)));
    expect(raced.map((response) => errorCode(response) ?? 'ok').sort()).toEqual(['CONFLICT', 'ok']);
  });

  it('lets an ADMIN manage lower roles but never grant or touch OWNER', async () => {
    const update = 'mutation($input: UpdateMemberRoleInput!) { updateMemberRole(input: $input) { role } }';
    const [agentRow] = await server.sql('SELECT id FROM "user" WHERE email = $1', ['agent@pets.test']);
    const [ownerRow] = await server.sql('SELECT id FROM "user" WHERE email = $1', ['owner@pets.test']);
    expect(ok(await server.gql(update, { input: { workspaceId, userId: agentRow.id, role: 'EDITOR' } }, workspaceAdmin)).updateMemberRole.role).toBe('EDITOR');
    expect(errorCode(await server.gql(update, { input: { workspaceId, userId: agentRow.id, role: 'OWNER' } }, workspaceAdmin))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(update, { input: { workspaceId, userId: ownerRow.id, role: 'VIEWER' } }, workspaceAdmin))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(update, { input: { workspaceId, userId: agentRow.id, role: 'VIEWER' } }, agent))).toBe('FORBIDDEN');
    expect((await memberRoles(owner))['owner@pets.test']).toBe('OWNER');
  });

  it('keeps the last OWNER: demoting or removing them is a CONFLICT, until another owner exists', async () => {
    const solo = await createWorkspace(server, admin, 'Solo Owner');
    const soloOwner = await createMember(server, admin, solo, 'solo@owner.test', 'ADMIN');
    const [adminRow] = await server.sql('SELECT id FROM "user" WHERE email = $1', ['admin@agency.test']);
    const [soloRow] = await server.sql('SELECT id FROM "user" WHERE email = $1', ['solo@owner.test']);
    const remove = 'mutation($ws: ID!, $user: ID!) { removeMember(workspaceId: $ws, userId: $user) { user { email } } }';
    expect(errorCode(await server.gql(remove, { ws: solo, user: adminRow.id }, admin))).toBe('CONFLICT');
    const update = 'mutation($input: UpdateMemberRoleInput!) { updateMemberRole(input: $input) { role } }';
    ok(await server.gql(update, { input: { workspaceId: solo, userId: soloRow.id, role: 'OWNER' } }, admin));
    expect(ok(await server.gql(remove, { ws: solo, user: adminRow.id }, soloOwner)).removeMember.user.email).toBe('admin@agency.test');
    expect(await server.sql('SELECT role FROM workspace_member WHERE workspace_id = $1', [solo])).toEqual([{ role: 'OWNER' }]);
  });

  it('removes a member, who then loses access at once', async () => {
    const [agentRow] = await server.sql('SELECT id FROM "user" WHERE email = $1', ['agent@pets.test']);
    const remove = 'mutation($ws: ID!, $user: ID!) { removeMember(workspaceId: $ws, userId: $user) { role } }';
    ok(await server.gql(remove, { ws: workspaceId, user: agentRow.id }, workspaceAdmin));
    expect(errorCode(await server.gql('query($id: ID!) { workspace(id: $id) { name } }', { id: workspaceId }, agent))).toBe('NOT_FOUND');
    expect(errorCode(await server.gql(remove, { ws: workspaceId, user: agentRow.id }, workspaceAdmin))).toBe('NOT_FOUND');
    expect(errorCode(await server.gql(remove, { ws: workspaceId, user: 'not-a-uuid' }, workspaceAdmin))).toBe('BAD_USER_INPUT');
  });
});

describe('pagination', () => {
  let server: TestServer;
  let admin: string;
  beforeAll(async () => {
    server = await createTestServer({ RAPPORT_DEMO_WORKSPACE: 'false' });
    admin = await setupAdmin(server);
    for (let i = 1; i <= 25; i++) await createWorkspace(server, admin, `Brand ${String(i).padStart(2, '0')}`);
  });
  afterAll(() => server.close());

  const page = 'query($first: Int, $after: String) { workspaces(first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { name } } } }';

  it('walks every item once, in creation order, with opaque cursors', async () => {
    const names: string[] = [];
    let after: string | null = null;
    const pages: boolean[] = [];
    do {
      const data: any = ok(await server.gql(page, { first: 10, after }, admin));
      expect(data.workspaces.totalCount).toBe(25);
      names.push(...data.workspaces.edges.map((e: { node: { name: string } }) => e.node.name));
      pages.push(data.workspaces.pageInfo.hasNextPage);
      after = data.workspaces.pageInfo.endCursor;
    } while (pages.at(-1));
    expect(pages).toEqual([true, true, false]);
    expect(names).toEqual(Array.from({ length: 25 }, (_, i) => `Brand ${String(i + 1).padStart(2, '0')}`));
  });

  it('defaults to 20 items and rejects more than 100 or a forged cursor', async () => {
    expect(ok(await server.gql(page, {}, admin)).workspaces.edges).toHaveLength(20);
    const tooMany = await server.gql(page, { first: 101 }, admin);
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors![0].extensions.field).toBe('first');
    const forged = await server.gql(page, { after: 'bm90LWEtY3Vyc29y' }, admin);
    expect(errorCode(forged)).toBe('BAD_USER_INPUT');
    expect(forged.errors![0].extensions.field).toBe('after');
  });
});
