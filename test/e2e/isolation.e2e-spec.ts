import { createApiKey, createMember, createWorkspace, errorCode, ok, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';

/**
 * Two brands on one installation. Everything brand B's people and keys try
 * against brand A must read nothing and change nothing, and must not even
 * reveal that A's rows exist (NOT_FOUND, same as a random id).
 */
describe('workspace isolation', () => {
  let server: TestServer;
  let a: { id: string; ownerId: string; keyId: string };
  let bId: string;
  const intruders: Record<string, string> = {};

  const snapshot = () =>
    Promise.all(
      ['workspace', 'workspace_member', 'invitation', 'api_key', '"user"', 'policy', 'canned_reply', 'review_reply_template'].map((table) =>
        server.sql(`SELECT * FROM ${table} ORDER BY id`).then((rows) => rows.map((r) => ({ ...r, last_used_at: undefined }))),
      ),
    );

  beforeAll(async () => {
    server = await createTestServer();
    const admin = await setupAdmin(server);
    const aId = await createWorkspace(server, admin, 'Brand A');
    await createMember(server, admin, aId, 'owner@a.test', 'OWNER');
    const aKey = await createApiKey(server, admin, aId, 'ADMIN');
    const [owner] = await server.sql('SELECT id FROM "user" WHERE email = $1', ['owner@a.test']);
    a = { id: aId, ownerId: owner.id, keyId: aKey.id };

    bId = await createWorkspace(server, admin, 'Brand B');
    intruders['B owner (session)'] = await createMember(server, admin, bId, 'owner@b.test', 'OWNER');
    intruders['B admin API key'] = (await createApiKey(server, admin, bId, 'ADMIN')).secret;
    intruders['B owner API key'] = (await createApiKey(server, admin, bId, 'OWNER')).secret;
  });
  afterAll(() => server.close());

  const attempts = (): Array<[string, string, Record<string, unknown>]> => [
    ['workspace', 'query($id: ID!) { workspace(id: $id) { id name } }', { id: a.id }],
    ['members via workspace', 'query($id: ID!) { workspace(id: $id) { members { totalCount } } }', { id: a.id }],
    ['apiKeys', 'query($ws: ID!) { apiKeys(workspaceId: $ws) { totalCount } }', { ws: a.id }],
    ['updateWorkspace', 'mutation($ws: ID!) { updateWorkspace(input: { workspaceId: $ws, name: "pwned" }) { id } }', { ws: a.id }],
    ['addMember', 'mutation($ws: ID!) { addMember(input: { workspaceId: $ws, email: "owner@b.test", role: OWNER }) { id } }', { ws: a.id }],
    ['inviteMember', 'mutation($ws: ID!) { inviteMember(input: { workspaceId: $ws, email: "spy@b.test", role: OWNER }) { token } }', { ws: a.id }],
    ['updateMemberRole', 'mutation($ws: ID!, $u: ID!) { updateMemberRole(input: { workspaceId: $ws, userId: $u, role: VIEWER }) { id } }', { ws: a.id, u: a.ownerId }],
    ['removeMember', 'mutation($ws: ID!, $u: ID!) { removeMember(workspaceId: $ws, userId: $u) { id } }', { ws: a.id, u: a.ownerId }],
    ['createApiKey', 'mutation($ws: ID!) { createApiKey(input: { workspaceId: $ws, name: "backdoor", role: VIEWER }) { secret } }', { ws: a.id }],
    ['revokeApiKey', 'mutation($ws: ID!, $id: ID!) { revokeApiKey(workspaceId: $ws, id: $id) { id } }', { ws: a.id, id: a.keyId }],
    ['copyWorkspaceSettings from A', 'mutation($ws: ID!, $b: ID!) { copyWorkspaceSettings(input: { fromWorkspaceId: $ws, toWorkspaceId: $b, include: [POLICIES, CANNED_REPLIES, REPLY_TEMPLATES] }) { settings { kind } } }', { ws: a.id, b: bId }],
    ['copyWorkspaceSettings into A', 'mutation($ws: ID!, $b: ID!) { copyWorkspaceSettings(input: { fromWorkspaceId: $b, toWorkspaceId: $ws, include: [POLICIES] }) { settings { kind } } }', { ws: a.id, b: bId }],
  ];

  it("answers NOT_FOUND to every operation on brand A, exactly as for a workspace that does not exist, and changes nothing", async () => {
    const before = await snapshot();
    const outcomes: string[] = [];
    for (const [who, token] of Object.entries(intruders)) {
      for (const [name, query, variables] of attempts()) {
        const response = await server.gql(query, variables, token);
        const nonexistent = await server.gql(query, { ...variables, ws: '00000000-0000-4000-8000-000000000000', id: variables.id ? '00000000-0000-4000-8000-000000000000' : variables.id }, token);
        outcomes.push(`${who} ${name}: ${errorCode(response)} (data ${JSON.stringify(response.data)})`);
        expect(response.errors![0].message.replace(a.id, 'ID')).toBe(nonexistent.errors![0].message.replace('00000000-0000-4000-8000-000000000000', 'ID'));
      }
    }
    expect(outcomes.filter((o) => !/: NOT_FOUND \(data null\)$/.test(o))).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it("never lists brand A to brand B's users or keys", async () => {
    for (const token of Object.values(intruders)) {
      const names = ok(await server.gql('{ workspaces(first: 100) { edges { node { name } } } }', {}, token)).workspaces.edges.map(
        (e: { node: { name: string } }) => e.node.name,
      );
      expect(names).toEqual(['Brand B']);
    }
  });

  it("refuses brand A's API key on brand B as well (keys are bound to one workspace)", async () => {
    const aKey = (await createApiKey(server, (await setupOwnerToken()), a.id, 'OWNER')).secret;
    const [b] = await server.sql("SELECT id FROM workspace WHERE name = 'Brand B'");
    expect(errorCode(await server.gql('query($id: ID!) { workspace(id: $id) { name } }', { id: b.id }, aKey))).toBe('NOT_FOUND');
  });

  async function setupOwnerToken(): Promise<string> {
    return ok(
      await server.gql('mutation { login(input: { email: "owner@a.test", password: "a-long-enough-password" }) { token } }'),
    ).login.token;
  }
});
