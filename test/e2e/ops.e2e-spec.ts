import pg from 'pg';
import { createTestServer, type TestServer } from '../utils/test-server.js';

describe('operations endpoints', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(() => server.close());

  it('reports health with the database reachable', async () => {
    const res = await server.http.get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('serves the admin UI at /admin and redirects / there', async () => {
    const admin = await server.http.get('/admin/');
    expect(admin.status).toBe(200);
    expect(admin.text).toContain('<title>Rapport admin</title>');
    const root = await server.http.get('/');
    expect(root.status).toBe(302);
    expect(root.headers.location).toBe('/admin/');
  });

  it('echoes a sane X-Request-Id and makes one up otherwise', async () => {
    const given = await server.http.get('/health').set('x-request-id', 'trace-123');
    expect(given.headers['x-request-id']).toBe('trace-123');
    const made = await server.http.get('/health').set('x-request-id', 'bad id with spaces');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers malformed GraphQL with a parse error code and no stack trace', async () => {
    const res = await server.http.post('/graphql').set('content-type', 'application/json').send({ query: '{ workspaces(' });
    expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(res.body)).not.toContain('stacktrace');
  });
});

describe('health when the database is gone', () => {
  it('answers 503 instead of hanging or crashing', async () => {
    const server = await createTestServer();
    try {
      const [{ current_database: name }] = await server.sql('SELECT current_database()');
      // From the maintenance database: refuse new connections, then cut the app's.
      const admin = new pg.Client({ connectionString: process.env.RAPPORT_TEST_PG_URL });
      await admin.connect();
      await admin.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS false`);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
      await admin.end();
      const res = await server.http.get('/health');
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ status: 'error', database: 'down' });
    } finally {
      await server.close();
    }
  });
});
