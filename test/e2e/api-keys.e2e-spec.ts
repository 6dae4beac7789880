import { createApiKey, createMember, createWorkspace, errorCode, ok, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';

describe('API keys', () => {
  let server: TestServer;
  let admin: string;
  let workspaceId: string;
  beforeAll(async () => {
    server = await createTestServer();
    admin = await setupAdmin(server);
    workspaceId = await createWorkspace(server, admin, 'Keyed Brand');
  });
  afterAll(() => server.close());

  it('shows the secret once and stores only its hash', async () => {
    const { id, secret } = await createApiKey(server, admin, workspaceId, 'EDITOR');
    expect(secret).toMatch(/^rk_[A-Za-z0-9_-]{40,}$/);
    const [row] = await server.sql('SELECT * FROM api_key WHERE id = $1', [id]);
    expect(JSON.stringify(row)).not.toContain(secret.slice(3));
    expect(row.prefix).toBe(secret.slice(0, 8));
    const listed = ok(await server.gql('query($ws: ID!) { apiKeys(workspaceId: $ws) { edges { node { id name role prefix revokedAt } } } }', { ws: workspaceId }, admin));
    expect(listed.apiKeys.edges).toContainEqual({ node: { id, name: 'EDITOR key', role: 'EDITOR', prefix: secret.slice(0, 8), revokedAt: null } });
    expect(JSON.stringify(listed)).not.toContain(secret);
  });

  it('authenticates as its workspace with its role and records when it was used', async () => {
    const { id, secret } = await createApiKey(server, admin, workspaceId, 'VIEWER');
    const seen = ok(await server.gql('{ workspaces { edges { node { id } } } }', {}, secret));
    expect(seen.workspaces.edges).toEqual([{ node: { id: workspaceId } }]);
    expect(ok(await server.gql('query($id: ID!) { workspace(id: $id) { name } }', { id: workspaceId }, secret)).workspace.name).toBe('Keyed Brand');
    const update = 'mutation($input: UpdateWorkspaceInput!) { updateWorkspace(input: $input) { name } }';
    expect(errorCode(await server.gql(update, { input: { workspaceId, name: 'Viewer key rename' } }, secret))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql('{ me { id } }', {}, secret))).toBe('FORBIDDEN');
    const [row] = await server.sql('SELECT last_used_at FROM api_key WHERE id = $1', [id]);
    expect(row.last_used_at).toBeInstanceOf(Date);
  });

  it('never creates a key above the creator role, and needs ADMIN to manage keys', async () => {
    const adminKey = await createApiKey(server, admin, workspaceId, 'ADMIN');
    const create = 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }';
    expect(errorCode(await server.gql(create, { input: { workspaceId, name: 'escalate', role: 'OWNER' } }, adminKey.secret))).toBe('FORBIDDEN');
    expect(ok(await server.gql(create, { input: { workspaceId, name: 'ok', role: 'AGENT' } }, adminKey.secret)).createApiKey.secret).toMatch(/^rk_/);
    const editor = await createMember(server, admin, workspaceId, 'editor@keyed.test', 'EDITOR');
    expect(errorCode(await server.gql(create, { input: { workspaceId, name: 'nope', role: 'VIEWER' } }, editor))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql('query($ws: ID!) { apiKeys(workspaceId: $ws) { totalCount } }', { ws: workspaceId }, editor))).toBe('FORBIDDEN');
  });

  it('stops working as soon as it is revoked; revoking again is harmless', async () => {
    const { id, secret } = await createApiKey(server, admin, workspaceId, 'AGENT');
    const revoke = 'mutation($ws: ID!, $id: ID!) { revokeApiKey(workspaceId: $ws, id: $id) { revokedAt } }';
    const first = ok(await server.gql(revoke, { ws: workspaceId, id }, admin)).revokeApiKey.revokedAt;
    expect(first).not.toBeNull();
    expect(ok(await server.gql(revoke, { ws: workspaceId, id }, admin)).revokeApiKey.revokedAt).toBe(first);
    expect(errorCode(await server.gql('{ workspaces { totalCount } }', {}, secret))).toBe('UNAUTHENTICATED');
  });

  it('validates input: a missing name or unknown role is BAD_USER_INPUT and nothing is stored', async () => {
    const before = await server.sql('SELECT count(*)::int AS n FROM api_key');
    const create = 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }';
    const blank = await server.gql(create, { input: { workspaceId, name: '', role: 'AGENT' } }, admin);
    expect(errorCode(blank)).toBe('BAD_USER_INPUT');
    expect(blank.errors![0].extensions.field).toBe('name');
    expect(errorCode(await server.gql(create, { input: { workspaceId, name: 'x', role: 'ROOT' } }, admin))).toBe('BAD_USER_INPUT');
    expect(await server.sql('SELECT count(*)::int AS n FROM api_key')).toEqual(before);
  });
});
