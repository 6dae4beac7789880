import { jest } from '@jest/globals';
import bcrypt from 'bcryptjs';
import { randomBytes } from 'node:crypto';
import { createApiKey, createMember, createWorkspace, errorCode, ok, PASSWORD, setupAdmin } from '../utils/fixtures.js';
import { redisUrlIfReachable } from '../utils/redis.js';
import { createTestServer, type GraphQLResponse, type TestServer } from '../utils/test-server.js';

const LIMITS = {
  // The tests pose as many clients through X-Forwarded-For from the loopback "proxy".
  RAPPORT_TRUST_PROXY: 'loopback',
  RAPPORT_LOGIN_MAX_FAILURES: '3',
  RAPPORT_LOGIN_LOCK_SECONDS: '60',
  RAPPORT_LOGIN_IP_MAX_FAILURES: '15',
  RAPPORT_API_KEY_MAX_REQUESTS: '5',
};
const WRONG = 'not-the-password';
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token } }';
const ACCEPT = 'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token } }';

// Every password check goes through bcrypt.compare: counting its calls shows which attempts reached it.
const compare = jest.spyOn(bcrypt, 'compare');
const passwordChecks = () => compare.mock.calls.length;

async function post(server: TestServer, ip: string, query: string, variables: Record<string, unknown>): Promise<GraphQLResponse> {
  const res = await server.http.post('/graphql').set('content-type', 'application/json').set('x-forwarded-for', ip).send({ query, variables });
  return res.body;
}

function login(server: TestServer, ip: string, email: string, password: string): Promise<GraphQLResponse> {
  return post(server, ip, LOGIN, { input: { email, password } });
}

function retryAfter(response: GraphQLResponse): unknown {
  return response.errors?.[0]?.extensions.retryAfter;
}

/** Ends every account lock, as time would, so no test waits for one. */
async function expireLocks(server: TestServer): Promise<void> {
  await server.sql(`UPDATE rate_limit SET expire = 1 WHERE key LIKE 'login-lock-account:%'`);
}

describe('login throttling', () => {
  let server: TestServer;
  let admin: string;
  let workspaceId: string;
  const member = async (name: string) => {
    const email = `${name}@throttle.test`;
    await createMember(server, admin, workspaceId, email, 'AGENT');
    return email;
  };

  beforeAll(async () => {
    server = await createTestServer(LIMITS);
    admin = await setupAdmin(server);
    workspaceId = await createWorkspace(server, admin, 'Throttled');
  });
  afterAll(() => server.close());

  it('refuses an account after 3 wrong passwords in a row, even with the right one, without checking the password', async () => {
    const email = await member('locked');
    const before = passwordChecks();
    for (let i = 0; i < 3; i++) expect(errorCode(await login(server, '198.51.100.1', email, WRONG))).toBe('UNAUTHENTICATED');
    expect(passwordChecks() - before).toBe(3);

    const refused = await login(server, '198.51.100.1', email, WRONG);
    expect(errorCode(refused)).toBe('RATE_LIMITED');
    expect(Number.isInteger(retryAfter(refused))).toBe(true);
    expect(retryAfter(refused)).toBeGreaterThan(0);
    expect(retryAfter(refused)).toBeLessThanOrEqual(60);
    // From another address too: the lock is the account's.
    const right = await login(server, '198.51.100.99', email, PASSWORD);
    expect(errorCode(right)).toBe('RATE_LIMITED');
    expect(right.data).toBeNull();
    expect(passwordChecks() - before).toBe(3);
  });

  it('lets the right password in once the lock ends, and a success forgets the failures', async () => {
    const email = await member('returning');
    for (let i = 0; i < 3; i++) await login(server, '198.51.100.4', email, WRONG);
    expect(errorCode(await login(server, '198.51.100.4', email, PASSWORD))).toBe('RATE_LIMITED');
    await expireLocks(server);
    expect(ok(await login(server, '198.51.100.4', email, PASSWORD)).login.token).toEqual(expect.any(String));
    for (let i = 0; i < 3; i++) expect(errorCode(await login(server, '198.51.100.4', email, WRONG))).toBe('UNAUTHENTICATED');
    expect(errorCode(await login(server, '198.51.100.4', email, WRONG))).toBe('RATE_LIMITED');
  });

  it('doubles the lock with every wrong password after one', async () => {
    const email = await member('stubborn');
    for (let i = 0; i < 3; i++) await login(server, '198.51.100.5', email, WRONG);
    const first = await login(server, '198.51.100.5', email, WRONG);
    expect(retryAfter(first)).toBeLessThanOrEqual(60);
    await expireLocks(server);
    // One attempt after the lock: checked, wrong, and the next lock is twice as long.
    expect(errorCode(await login(server, '198.51.100.5', email, WRONG))).toBe('UNAUTHENTICATED');
    const second = await login(server, '198.51.100.5', email, WRONG);
    expect(errorCode(second)).toBe('RATE_LIMITED');
    expect(retryAfter(second)).toBeGreaterThan(60);
    expect(retryAfter(second)).toBeLessThanOrEqual(120);
  });

  it('checks at most one password past the limit when wrong ones arrive all at once', async () => {
    const email = await member('burst');
    const before = passwordChecks();
    const responses = await Promise.all(Array.from({ length: 10 }, () => login(server, '198.51.100.3', email, WRONG)));
    const codes = responses.map(errorCode);
    const checked = codes.filter((code) => code === 'UNAUTHENTICATED').length;
    expect(checked).toBeGreaterThanOrEqual(3);
    expect(checked).toBeLessThanOrEqual(4);
    expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(10 - checked);
    expect(passwordChecks() - before).toBe(checked);
  });

  it('does not lock another account from the same address, but the address has its own budget of failures', async () => {
    const [locked, neighbour] = [await member('victim'), await member('neighbour')];
    const ip = '198.51.100.2';
    for (let i = 0; i < 4; i++) await login(server, ip, locked, WRONG); // 3 failures, then refused (not counted)
    expect(errorCode(await login(server, ip, neighbour, WRONG))).toBe('UNAUTHENTICATED');
    expect(ok(await login(server, ip, neighbour, PASSWORD)).login.token).toEqual(expect.any(String));

    // 4 failures so far; 11 more (unknown e-mails are throttled alike) spend the address's 15.
    for (let i = 0; i < 11; i++) expect(errorCode(await login(server, ip, `guess${i}@throttle.test`, WRONG))).toBe('UNAUTHENTICATED');
    const before = passwordChecks();
    const refused = await login(server, ip, 'guess-more@throttle.test', WRONG);
    expect(errorCode(refused)).toBe('RATE_LIMITED');
    expect(refused.errors![0].message).toMatch(/address/);
    expect(retryAfter(refused)).toBeGreaterThan(0);
    expect(errorCode(await login(server, ip, neighbour, PASSWORD))).toBe('RATE_LIMITED');
    expect(passwordChecks()).toBe(before);
    expect(ok(await login(server, '198.51.100.20', neighbour, PASSWORD)).login.token).toEqual(expect.any(String));
  });

  it('counts a forwarded value that is no address as one unknown client, never as an error', async () => {
    const junk = await login(server, 'x'.repeat(300), 'junk@throttle.test', WRONG);
    expect(errorCode(junk)).toBe('UNAUTHENTICATED');
  });

  it('throttles the password check of acceptInvitation together with login', async () => {
    const email = await member('invitee');
    const otherWorkspace = await createWorkspace(server, admin, 'Second brand');
    const invite = 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token } }';
    const token = ok(await server.gql(invite, { input: { workspaceId: otherWorkspace, email, role: 'VIEWER' } }, admin)).inviteMember.token;
    const ip = '198.51.100.6';
    for (let i = 0; i < 3; i++) expect(errorCode(await post(server, ip, ACCEPT, { input: { token, password: WRONG } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await post(server, ip, ACCEPT, { input: { token, password: PASSWORD } }))).toBe('RATE_LIMITED');
    expect(errorCode(await login(server, ip, email, PASSWORD))).toBe('RATE_LIMITED');
  });

  describe('with two replicas', () => {
    let replica: TestServer;
    beforeAll(async () => {
      replica = await createTestServer(LIMITS, { replicaOf: server });
    });
    afterAll(() => replica.close());

    it('keeps one count of wrong passwords for both', async () => {
      const email = await member('roaming');
      for (const node of [server, replica, server]) expect(errorCode(await login(node, '198.51.100.7', email, WRONG))).toBe('UNAUTHENTICATED');
      expect(errorCode(await login(replica, '198.51.100.7', email, PASSWORD))).toBe('RATE_LIMITED');
      expect(errorCode(await login(server, '198.51.100.7', email, PASSWORD))).toBe('RATE_LIMITED');
    });

    it('limits each API key to its budget of requests per window, on both together', async () => {
      const key = await createApiKey(server, admin, workspaceId, 'VIEWER');
      const other = await createApiKey(server, admin, workspaceId, 'VIEWER');
      const query = '{ workspaces { totalCount } }';
      for (const node of [server, replica, server, replica, server]) ok(await node.gql(query, {}, key.secret));
      const refused = await replica.gql(query, {}, key.secret);
      expect(errorCode(refused)).toBe('RATE_LIMITED');
      expect(retryAfter(refused)).toBeGreaterThan(0);
      expect(retryAfter(refused)).toBeLessThanOrEqual(60);
      expect(errorCode(await server.gql(query, {}, key.secret))).toBe('RATE_LIMITED');
      expect(ok(await server.gql(query, {}, other.secret)).workspaces.totalCount).toBe(1);
    });
  });
});

describe('login throttling without a trusted proxy', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer({ RAPPORT_LOGIN_IP_MAX_FAILURES: '2' });
  });
  afterAll(() => server.close());

  it('ignores X-Forwarded-For, so a client cannot pose as many addresses', async () => {
    expect(errorCode(await login(server, '203.0.113.1', 'a@nowhere.test', WRONG))).toBe('UNAUTHENTICATED');
    expect(errorCode(await login(server, '203.0.113.2', 'b@nowhere.test', WRONG))).toBe('UNAUTHENTICATED');
    expect(errorCode(await login(server, '203.0.113.3', 'c@nowhere.test', WRONG))).toBe('RATE_LIMITED');
  });
});

const redisUrl = await redisUrlIfReachable();
if (!redisUrl) console.warn('No Redis at 127.0.0.1:6379 and no TEST_REDIS_URL: the Redis-backed throttling test does not run here.');

(redisUrl ? describe : describe.skip)('login throttling with REDIS_URL', () => {
  it('keeps the counts in Redis, shared by two replicas', async () => {
    const first = await createTestServer({ ...LIMITS, REDIS_URL: redisUrl! });
    const second = await createTestServer({ ...LIMITS, REDIS_URL: redisUrl! }, { replicaOf: first });
    try {
      // Redis outlives the test databases: an address and e-mail no other run has used.
      const email = `${randomBytes(6).toString('hex')}@redis.test`;
      const ip = `10.${randomBytes(3).join('.')}`;
      for (const node of [first, second, first]) expect(errorCode(await login(node, ip, email, WRONG))).toBe('UNAUTHENTICATED');
      expect(errorCode(await login(second, ip, email, WRONG))).toBe('RATE_LIMITED');
      expect(await first.sql('SELECT key FROM rate_limit')).toEqual([]);
    } finally {
      await second.close();
      await first.close();
    }
  });
});
