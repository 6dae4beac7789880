import {
  DriverError,
  HttpError,
  OutboundBlockedError,
  classifyAddress,
  classifyHttpError,
  createHttpClient,
  createOutboundGuard,
  parseOutboundAllowList,
  retryAfterOf,
  type OutboundPolicy,
} from '../src/index.js';
import { startFakeServer, type FakeServer } from '../src/testing/index.js';

describe('classifyAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.10', 'private'],
    ['fc00::1', 'private'],
    ['fd00:ec2::254', 'private'],
    ['100.64.0.1', 'shared'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    // IPv6 forms that carry an IPv4 address are judged by it.
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['[::ffff:a9fe:a9fe]', 'link-local'],
    ['::ffff:10.0.0.1', 'private'],
    ['64:ff9b::7f00:1', 'loopback'],
    ['2002:a9fe:a9fe::1', 'link-local'],
  ])('%s is %s', (address, range) => {
    expect(classifyAddress(address)).toBe(range);
  });

  it.each(['8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '64:ff9b::808:808'])('%s is public', (address) => {
    expect(classifyAddress(address)).toBeNull();
  });
});

describe('parseOutboundAllowList', () => {
  it('accepts hosts, host:port, IPs, [IPv6]:port and CIDR blocks', () => {
    expect(parseOutboundAllowList(' 127.0.0.1:4010, 10.0.0.0/8 ,crm.internal, crm.internal:8443, ::1, [::1]:4010, fd00::/8,')).toEqual([
      '127.0.0.1:4010',
      '10.0.0.0/8',
      'crm.internal',
      'crm.internal:8443',
      '::1',
      '[::1]:4010',
      'fd00::/8',
    ]);
  });

  it.each(['http://10.0.0.1', '10.0.0.0/33', 'my host', '127.0.0.1:99999', 'host:'])('rejects %s, naming it', (entry) => {
    expect(() => parseOutboundAllowList(`127.0.0.1, ${entry}`)).toThrow(entry);
  });
});

describe('createOutboundGuard.assertUrl (IP literals, schemes)', () => {
  const refused = (url: string, policy: OutboundPolicy = {}) => {
    try {
      createOutboundGuard(policy).assertUrl(new URL(url));
      return null;
    } catch (error) {
      expect(error).toBeInstanceOf(OutboundBlockedError);
      return (error as Error).message;
    }
  };

  it('refuses non-public literals in every spelling the URL parser accepts', () => {
    expect(refused('http://127.0.0.1:3000/graphql')).toBe('Requests to 127.0.0.1:3000 are not allowed: 127.0.0.1 is a loopback address');
    expect(refused('http://2130706433/')).toMatch(/127\.0\.0\.1 is a loopback address/);
    expect(refused('http://0x7f.1/')).toMatch(/loopback/);
    expect(refused('http://0.0.0.0:3000/')).toMatch(/unspecified/);
    expect(refused('http://[::1]/')).toMatch(/loopback/);
    expect(refused('http://[::ffff:127.0.0.1]/')).toMatch(/loopback/);
    expect(refused('http://169.254.169.254/latest/meta-data/')).toMatch(/169\.254\.169\.254 is a link-local address/);
    expect(refused('http://[fd00:ec2::254]/')).toMatch(/private/);
    expect(refused('http://100.64.1.1/')).toMatch(/shared/);
    expect(refused('file:///etc/passwd')).toMatch(/only http and https/);
  });

  it('lets public literals and host names through (host names are judged when resolved)', () => {
    expect(refused('https://93.184.215.14/')).toBeNull();
    expect(refused('https://[2606:4700:4700::1111]/')).toBeNull();
    expect(refused('http://localhost:3000/')).toBeNull();
  });

  it('allows loopback only when the policy says so, and nothing else with it', () => {
    expect(refused('http://127.0.0.1:3000/', { allowLoopback: true })).toBeNull();
    expect(refused('http://[::1]:3000/', { allowLoopback: true })).toBeNull();
    expect(refused('http://169.254.169.254/', { allowLoopback: true })).toMatch(/link-local/);
    expect(refused('http://10.0.0.5/', { allowLoopback: true })).toMatch(/private/);
  });

  it('allows what the allow list names: address, address:port, CIDR', () => {
    expect(refused('http://127.0.0.1:4010/', { allow: ['127.0.0.1:4010'] })).toBeNull();
    expect(refused('http://127.0.0.1:3000/', { allow: ['127.0.0.1:4010'] })).toMatch(/loopback/);
    expect(refused('http://[::ffff:127.0.0.1]:4010/', { allow: ['127.0.0.1:4010'] })).toBeNull();
    expect(refused('http://10.20.30.40/', { allow: ['10.0.0.0/8'] })).toBeNull();
    expect(refused('http://10.20.30.40:8443/', { allow: ['10.0.0.0/8'] })).toBeNull();
    expect(refused('http://192.168.0.1/', { allow: ['10.0.0.0/8'] })).toMatch(/private/);
    expect(refused('http://[fd00::5]:4010/', { allow: ['[fd00::5]:4010'] })).toBeNull();
    expect(refused('https://10.0.0.1/', { allow: ['10.0.0.1:80'] })).toMatch(/private/);
  });
});

describe('createHttpClient with a guard', () => {
  let target: FakeServer;
  let relay: FakeServer;
  const strict = createOutboundGuard();

  beforeAll(async () => {
    target = await startFakeServer({ 'GET /v1/me': () => ({ json: { id: 'me' } }), 'GET /v1/echo': (request) => ({ json: { authorization: request.headers.authorization ?? null } }) });
    relay = await startFakeServer({
      'GET /to-target/:path': (request) => ({ status: 302, headers: { location: `${target.url}/v1/${request.params.path}` } }),
      'GET /to-metadata': () => ({ status: 307, headers: { location: 'http://169.254.169.254/latest/meta-data/' } }),
      'GET /to-localhost': () => ({ status: 301, headers: { location: `http://localhost:${new URL(target.url).port}/v1/me` } }),
      'GET /here': () => ({ status: 302, headers: { location: '/v1/me' } }),
      'GET /v1/me': () => ({ json: { id: 'relay' } }),
    });
  });
  afterAll(async () => {
    await target.close();
    await relay.close();
  });

  const port = (server: FakeServer) => new URL(server.url).port;
  const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as Error);

  it('refuses a loopback literal and a host name that resolves to loopback, before connecting', async () => {
    const before = target.requests.length;
    const literal = await failure(createHttpClient({ baseUrl: target.url, guard: strict }).get('/v1/me'));
    expect(literal).toBeInstanceOf(OutboundBlockedError);
    const resolved = await failure(createHttpClient({ baseUrl: `http://localhost:${port(target)}`, guard: strict }).get('/v1/me'));
    expect(resolved).toBeInstanceOf(OutboundBlockedError);
    expect(resolved!.message).toMatch(/^Requests to localhost:\d+ are not allowed: (127\.0\.0\.1|::1) is a loopback address$/);
    expect(target.requests.length).toBe(before);
    expect(classifyHttpError(resolved)).toBe('fatal');
  });

  it('allows an allow-listed host:port, by address or by host name', async () => {
    const byAddress = createOutboundGuard({ allow: [`127.0.0.1:${port(target)}`] });
    expect((await createHttpClient({ baseUrl: target.url, guard: byAddress }).get('/v1/me')).json()).toEqual({ id: 'me' });
    const byName = createOutboundGuard({ allow: [`localhost:${port(target)}`] });
    expect((await createHttpClient({ baseUrl: `http://localhost:${port(target)}`, guard: byName }).get('/v1/me')).json()).toEqual({ id: 'me' });
    const otherPort = await failure(createHttpClient({ baseUrl: relay.url, guard: byAddress }).get('/v1/me'));
    expect(otherPort).toBeInstanceOf(OutboundBlockedError);
  });

  it('checks every redirect: an allowed host cannot bounce the request to a refused one', async () => {
    const relayOnly = createOutboundGuard({ allow: [`127.0.0.1:${port(relay)}`] });
    const client = createHttpClient({ baseUrl: relay.url, guard: relayOnly });
    const before = target.requests.length;
    const toTarget = await failure(client.get('/to-target/me'));
    expect(toTarget).toBeInstanceOf(OutboundBlockedError);
    expect((toTarget as OutboundBlockedError).url).toBe(`${target.url}/v1/me`);
    expect(await failure(client.get('/to-metadata'))).toBeInstanceOf(OutboundBlockedError);
    expect(await failure(client.get('/to-localhost'))).toBeInstanceOf(OutboundBlockedError);
    expect(target.requests.length).toBe(before);
    // A redirect within the allowed destination is followed.
    expect((await client.get('/here')).json()).toEqual({ id: 'relay' });
  });

  it('follows an allowed redirect to another origin without the credentials', async () => {
    const both = createOutboundGuard({ allow: [`127.0.0.1:${port(relay)}`, `127.0.0.1:${port(target)}`] });
    const client = createHttpClient({ baseUrl: relay.url, guard: both, headers: { authorization: 'Bearer secret' } });
    expect((await client.get('/to-target/echo')).json()).toEqual({ authorization: null });
  });

  it('keeps the guard through extend()', async () => {
    const extended = createHttpClient({ guard: strict }).extend({ baseUrl: target.url, headers: { authorization: 'Bearer t' } });
    expect(await failure(extended.get('/v1/me'))).toBeInstanceOf(OutboundBlockedError);
  });
});

describe('what errors tell', () => {
  let upstream: FakeServer;
  beforeAll(async () => {
    upstream = await startFakeServer({
      'GET /limited': () => ({ status: 429, text: 'slow down, internal host db-7.corp', headers: { 'Retry-After': '5' } }),
    });
  });
  afterAll(() => upstream.close());

  it('an HttpError message names the status, never the body or the query string', async () => {
    const error = (await createHttpClient({ baseUrl: upstream.url }).get('/limited', { query: { access_token: 'tok-123' } }).catch((caught: unknown) => caught)) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.message).toBe(`GET ${upstream.url}/limited failed with HTTP 429`);
    expect(error.body).toBe('slow down, internal host db-7.corp');
    expect(retryAfterOf(error)).toBe(5);
  });

  it('retryAfterOf reads a DriverError too, and nothing from other errors', () => {
    expect(retryAfterOf(new DriverError('rate limited', 'retry', { retryAfterSeconds: 30 }))).toBe(30);
    expect(retryAfterOf(new DriverError('rate limited', 'retry'))).toBeUndefined();
    expect(retryAfterOf(new Error('boom'))).toBeUndefined();
  });
});
