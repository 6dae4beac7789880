import { randomUUID } from 'node:crypto';
import { ADMIN, createApiKey, createWorkspace, errorCode, ok, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';

interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

const ERROR_LEVEL = 50; // pino's `error`

/** What the logs say, as parsed lines, from `from` on. */
function linesSince(server: TestServer, from: number): LogLine[] {
  return server.logLines.slice(from).map((line) => JSON.parse(line) as LogLine);
}

/** The request line is written when the response finishes, which may come a moment after the client has it. */
async function requestLine(server: TestServer, requestId: string): Promise<LogLine> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const line = linesSince(server, 0).find((entry) => entry.msg === 'request' && entry.requestId === requestId);
    if (line) return line;
    if (Date.now() > deadline) throw new Error(`no request line for ${requestId}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('what the logs say', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer({}, { logLevel: 'debug' });
  });
  afterAll(() => server.close());

  it('never logs the values of a failed query, such as a password hash', async () => {
    // The database refuses any new user; `setup` inserts one, with the admin's password hash as a parameter.
    await server.sql('ALTER TABLE "user" ADD CONSTRAINT refuse_users CHECK (false) NOT VALID');
    const from = server.logLines.length;
    try {
      const response = await server.gql('mutation($input: SetupInput!) { setup(input: $input) { token } }', { input: ADMIN });
      expect(errorCode(response)).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await server.sql('ALTER TABLE "user" DROP CONSTRAINT refuse_users');
    }
    const logged = linesSince(server, from);
    const failure = logged.find((line) => line.msg === 'unexpected error in GraphQL operation');
    // The error is reported, with its SQL, but neither the parameters nor PostgreSQL's "Failing row contains (...)".
    expect(JSON.stringify(failure)).toContain('refuse_users');
    expect(JSON.stringify(failure)).toContain('INSERT INTO');
    const everything = server.logLines.slice(from).join('\n');
    expect(everything).not.toMatch(/\$2[aby]\$\d\d\$/); // a bcrypt hash
    expect(everything).not.toContain(ADMIN.email);
  });

  it('logs client mistakes on the request line only, never at error level', async () => {
    const admin = await setupAdmin(server);
    const from = server.logLines.length;
    const invalid = await server.gql('mutation { createWorkspace(input: { name: "" }) { id } }', {}, admin);
    expect(errorCode(invalid)).toBe('BAD_USER_INPUT');
    const aliases = Array.from({ length: 5 }, (_, n) => `w${n}: workspace(id: "${randomUUID()}") { id }`).join(' ');
    const res = await server.http
      .post('/graphql')
      .set('authorization', `Bearer ${admin}`)
      .set('x-request-id', 'aliased-not-found')
      .send({ query: `query Missing { ${aliases} }` });
    // Every alias fails; the response keeps the first (the fields are non-null), the log line counts what was sent.
    expect(errorCode(res.body)).toBe('NOT_FOUND');

    const line = await requestLine(server, 'aliased-not-found');
    expect(line).toMatchObject({ level: 30, operationName: 'Missing', errorCodes: { NOT_FOUND: res.body.errors.length } });
    expect(linesSince(server, from).filter((entry) => entry.level >= ERROR_LEVEL)).toEqual([]);
  });

  it('names the operation and the caller on the request line', async () => {
    const admin = ok(await server.gql<{ login: { token: string; user: { id: string } } }>(
      'mutation($input: LoginInput!) { login(input: $input) { token user { id } } }',
      { input: { email: ADMIN.email, password: ADMIN.password } },
    )).login;
    const workspaceId = await createWorkspace(server, admin.token, 'Logged Brand');

    // The operation name comes from the document when the client does not send one.
    await server.http.post('/graphql').set('authorization', `Bearer ${admin.token}`).set('x-request-id', 'by-user').send({ query: 'query OneWorkspace($id: ID!) { workspace(id: $id) { id } }', variables: { id: workspaceId } });
    expect(await requestLine(server, 'by-user')).toMatchObject({ operationName: 'OneWorkspace', userId: admin.user.id, workspaceId });

    const key = await createApiKey(server, admin.token, workspaceId, 'VIEWER');
    await server.http.post('/graphql').set('authorization', `Bearer ${key.secret}`).set('x-request-id', 'by-key').send({ query: 'query Mine { workspaces(first: 1) { totalCount } }' });
    const byKey = await requestLine(server, 'by-key');
    expect(byKey).toMatchObject({ operationName: 'Mine', apiKeyId: key.id, workspaceId });
    expect(byKey.userId).toBeUndefined();
  });
});
