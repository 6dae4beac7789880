import { DriverError, HttpError, NetworkError, classifyHttpError, createHttpClient, parseRetryAfter } from '../src/index.js';
import { startFakeServer, type FakeServer } from '../src/testing/index.js';

describe('createHttpClient', () => {
  let server: FakeServer;

  beforeAll(async () => {
    server = await startFakeServer({
      'GET /api/items/:id': (request) => ({ json: { id: request.params.id } }),
      'POST /api/items': (request) => ({ status: 201, json: { received: request.json } }),
      'GET /slow': () => ({ delayMs: 1_000, json: {} }),
      'POST /echo-bytes': (request) => ({ body: request.rawBody, headers: { 'content-type': request.headers['content-type']! } }),
      'GET /status/:code': (request) => ({
        status: Number(request.params.code),
        json: { error: 'nope' },
        headers: request.query.retryAfter ? { 'Retry-After': request.query.retryAfter } : undefined,
      }),
    });
  });
  afterAll(() => server.close());

  it('sends query, headers and JSON bodies and keeps the base path', async () => {
    const http = createHttpClient({ baseUrl: `${server.url}/api/`, headers: { 'X-Client': 'rapport' } });
    const got = await http.get('/items/42', { query: { expand: 'all', skip: undefined } });
    expect(got.status).toBe(200);
    expect(got.json()).toEqual({ id: '42' });

    const posted = await http.post('items', { json: { text: 'hi' } });
    expect(posted.status).toBe(201);
    expect(posted.json()).toEqual({ received: { text: 'hi' } });

    const [getRequest, postRequest] = server.requests.slice(-2);
    expect(getRequest).toMatchObject({ method: 'GET', path: '/api/items/42', query: { expand: 'all' } });
    expect(getRequest!.headers['x-client']).toBe('rapport');
    expect(postRequest).toMatchObject({ method: 'POST', json: { text: 'hi' } });
    expect(postRequest!.headers['content-type']).toBe('application/json');
  });

  it('records every value of a repeated query parameter', async () => {
    await createHttpClient({ baseUrl: server.url }).get('/api/items/7?uris=a&uris=b', { query: { limit: 2 } });
    expect(server.requests.at(-1)).toMatchObject({ query: { uris: 'b', limit: '2' }, queryAll: { uris: ['a', 'b'], limit: ['2'] } });
  });

  it('sends and receives raw bytes that are not UTF-8 text (e.g. an image) unchanged', async () => {
    const bytes = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe, 0x80]);
    const echoed = await createHttpClient({ baseUrl: server.url }).post('/echo-bytes', { body: bytes, headers: { 'content-type': 'image/png' } });
    expect(server.requests.at(-1)!.rawBody).toEqual(Buffer.from(bytes));
    expect(server.requests.at(-1)!.headers['content-type']).toBe('image/png');
    expect(echoed.headers['content-type']).toBe('image/png');
    expect(echoed.bytes).toEqual(Buffer.from(bytes));
  });

  it('extend() changes the base URL and adds headers', async () => {
    const http = createHttpClient({ timeoutMs: 2_000 }).extend({ baseUrl: server.url, headers: { Authorization: 'Bearer t' } });
    await http.get('/api/items/1');
    expect(server.requests.at(-1)!.headers.authorization).toBe('Bearer t');
  });

  it('times out as a retryable NetworkError', async () => {
    const http = createHttpClient({ baseUrl: server.url, timeoutMs: 50 });
    const error = await http.get('/slow').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).timedOut).toBe(true);
    expect((error as Error).message).toMatch(/timed out after 50 ms/);
    expect(classifyHttpError(error)).toBe('retry');
  });

  it('throws HttpError for non-2xx responses, with status, body and Retry-After', async () => {
    const http = createHttpClient({ baseUrl: server.url });
    const error = (await http.get('/status/429', { query: { retryAfter: '7' } }).catch((caught: unknown) => caught)) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.status).toBe(429);
    expect(error.body).toEqual({ error: 'nope' });
    expect(error.retryAfter).toBe(7);
    expect(error.message).toContain('failed with HTTP 429');
  });

  it.each([
    [429, 'retry'],
    [500, 'retry'],
    [503, 'retry'],
    [401, 'reauthorize'],
    [403, 'reauthorize'],
    [400, 'invalid'],
    [404, 'invalid'],
    [422, 'invalid'],
    [418, 'fatal'],
  ])('classifies HTTP %i as %s', async (status, expected) => {
    const error = await createHttpClient({ baseUrl: server.url }).get(`/status/${status}`).catch((caught: unknown) => caught);
    expect(classifyHttpError(error)).toBe(expected);
  });

  it('classifies a refused connection as retry', async () => {
    const closed = await startFakeServer(() => ({}));
    await closed.close();
    const error = await createHttpClient({ baseUrl: closed.url }).get('/').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
    expect(classifyHttpError(error)).toBe('retry');
  });

  it('honours DriverError and treats unknown errors as fatal', () => {
    expect(classifyHttpError(new DriverError('text too long', 'invalid'))).toBe('invalid');
    expect(classifyHttpError(new Error('boom'))).toBe('fatal');
    expect(classifyHttpError('boom')).toBe('fatal');
  });

  it('refuses a relative path without a base URL', async () => {
    await expect(createHttpClient().get('/x')).rejects.toThrow(/needs an HTTP client with a baseUrl/);
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter('Tue, 31 Dec 2024 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});
