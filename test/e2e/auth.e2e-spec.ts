import { ADMIN, errorCode, ok } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';

describe('first run and login', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(() => server.close());

  it('reports setup as required on an empty database and lets exactly one of two racing setups win', async () => {
    expect(ok(await server.gql('{ setupRequired }'))).toEqual({ setupRequired: true });
    const setup = 'mutation($input: SetupInput!) { setup(input: $input) { token user { email isInstanceAdmin } } }';
    const [first, second] = await Promise.all([
      server.gql(setup, { input: ADMIN }),
      server.gql(setup, { input: { ...ADMIN, email: 'other@agency.test' } }),
    ]);
    const winners = [first, second].filter((r) => !r.errors);
    const losers = [first, second].filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(winners[0].data!.setup.user.isInstanceAdmin).toBe(true);
    expect(errorCode(losers[0])).toBe('CONFLICT');
    expect(ok(await server.gql('{ setupRequired }'))).toEqual({ setupRequired: false });
    expect(await server.sql('SELECT count(*)::int AS n FROM "user"')).toEqual([{ n: 1 }]);
  });

  it('creates the demo workspace with the admin as OWNER', async () => {
    const token = ok(await server.gql('mutation($input: LoginInput!) { login(input: $input) { token } }', { input: { email: (await server.sql('SELECT email FROM "user"'))[0].email, password: ADMIN.password } })).login.token;
    const data = ok(await server.gql('{ workspaces { edges { node { slug members { edges { node { role } } } } } } }', {}, token));
    expect(data.workspaces.edges).toEqual([{ node: { slug: 'demo', members: { edges: [{ node: { role: 'OWNER' } }] } } }]);
  });

  it('stores passwords as bcrypt hashes', async () => {
    const [row] = await server.sql('SELECT password_hash FROM "user"');
    expect(row.password_hash).toMatch(/^\$2b\$\d\d\$/);
    expect(row.password_hash).not.toContain(ADMIN.password);
  });

  it('logs in case-insensitively and answers `me` with the session', async () => {
    const [{ email }] = await server.sql('SELECT email FROM "user"');
    const login = await server.gql('mutation($input: LoginInput!) { login(input: $input) { token expiresAt user { email } } }', {
      input: { email: email.toUpperCase(), password: ADMIN.password },
    });
    const { token, expiresAt } = ok(login).login;
    expect(new Date(expiresAt).getTime()).toBeGreaterThan(Date.now());
    expect(ok(await server.gql('{ me { email isInstanceAdmin } }', {}, token))).toEqual({ me: { email, isInstanceAdmin: true } });
  });

  it('refuses a wrong password and an unknown e-mail with the same UNAUTHENTICATED error', async () => {
    const login = 'mutation($input: LoginInput!) { login(input: $input) { token } }';
    const wrongPassword = await server.gql(login, { input: { email: ADMIN.email, password: 'nope-nope-nope' } });
    const unknownEmail = await server.gql(login, { input: { email: 'ghost@agency.test', password: 'nope-nope-nope' } });
    expect(errorCode(wrongPassword)).toBe('UNAUTHENTICATED');
    expect(errorCode(unknownEmail)).toBe('UNAUTHENTICATED');
    expect(wrongPassword.errors![0].message).toBe(unknownEmail.errors![0].message);
  });

  it('answers UNAUTHENTICATED without a token, with a forged token and with an unknown API key', async () => {
    expect(errorCode(await server.gql('{ me { id } }'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await server.gql('{ me { id } }', {}, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.forged'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await server.gql('{ workspaces { totalCount } }', {}, 'rk_unknownkeyunknownkeyunknownkey'))).toBe('UNAUTHENTICATED');
  });

  it('refuses setup once a user exists', async () => {
    const again = await server.gql('mutation($input: SetupInput!) { setup(input: $input) { token } }', {
      input: { ...ADMIN, email: 'late@agency.test' },
    });
    expect(errorCode(again)).toBe('CONFLICT');
  });

  it('validates input at the edge and names the field', async () => {
    const bad = await server.gql('mutation($input: LoginInput!) { login(input: $input) { token } }', { input: { email: 'not-an-email', password: 'x' } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions.field).toBe('email');
    expect(JSON.stringify(bad)).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });
});

describe('first run from the environment', () => {
  let server: TestServer;
  afterAll(() => server.close());

  it('creates the admin from RAPPORT_ADMIN_EMAIL/PASSWORD, and no demo workspace when disabled', async () => {
    server = await createTestServer({
      RAPPORT_ADMIN_EMAIL: 'Boss@Agency.test',
      RAPPORT_ADMIN_PASSWORD: 'from-the-environment',
      RAPPORT_DEMO_WORKSPACE: 'false',
    });
    const login = ok(
      await server.gql('mutation($input: LoginInput!) { login(input: $input) { token user { email isInstanceAdmin } } }', {
        input: { email: 'boss@agency.test', password: 'from-the-environment' },
      }),
    ).login;
    expect(login.user).toEqual({ email: 'boss@agency.test', isInstanceAdmin: true });
    expect(ok(await server.gql('{ workspaces { totalCount } }', {}, login.token))).toEqual({ workspaces: { totalCount: 0 } });
    expect(ok(await server.gql('{ setupRequired }'))).toEqual({ setupRequired: false });
  });
});
