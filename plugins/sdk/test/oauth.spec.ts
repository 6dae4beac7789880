import { createHash } from 'node:crypto';
import {
  beginOAuthConnection,
  classifyHttpError,
  completeOAuthConnection,
  createHttpClient,
  createMemoryStore,
  definePlugin,
  exchangeAuthorizationCode,
  formBody,
  isDriverError,
  multipartBody,
  normalizeInstanceUrl,
  oauthFlowProblems,
  parseLinkHeader,
  refreshAccessToken,
  silentLogger,
  type ChannelDriver,
  type OAuthContext,
  type OAuthFlow,
} from '../src/index.js';
import { assertConformance, runOAuthConformance, startFakeServer, type FakeServer, type RecordedRequest } from '../src/testing/index.js';

const form = (request: RecordedRequest) => Object.fromEntries(new URLSearchParams(request.rawBody.toString('utf8')));

/** A standard OAuth 2.0 server (RFC 6749 + PKCE) with per-server app registration, as small as it can be. */
function startOAuthServer(): Promise<FakeServer & { issued: string[] }> {
  const apps = new Map<string, string>();
  const codes = new Map<string, { clientId: string; challenge: string | null; redirectUri: string }>();
  const refreshTokens = new Set<string>();
  const issued: string[] = [];
  let next = 1;
  const tokens = () => {
    const accessToken = `at-${next}`;
    const refreshToken = `rt-${next++}`;
    issued.push(accessToken);
    refreshTokens.add(refreshToken);
    return { json: { access_token: accessToken, token_type: 'Bearer', expires_in: 3600, refresh_token: refreshToken, scope: 'read write' } };
  };
  return startFakeServer({
    'POST /apps': (request) => {
      const clientId = `client-${next++}`;
      apps.set(clientId, `secret-of-${clientId}`);
      return { json: { client_id: clientId, client_secret: apps.get(clientId), redirect: (request.json as { redirect_uri: string }).redirect_uri } };
    },
    'GET /authorize': (request) => {
      const code = `code-${next++}`;
      codes.set(code, { clientId: request.query.client_id!, challenge: request.query.code_challenge ?? null, redirectUri: request.query.redirect_uri! });
      const back = new URL(request.query.redirect_uri!);
      back.searchParams.set('code', code);
      back.searchParams.set('state', request.query.state!);
      return { status: 302, headers: { location: back.toString() } };
    },
    'POST /token': (request) => {
      const body = form(request);
      if (apps.get(body.client_id!) !== body.client_secret) return { status: 401, json: { error: 'invalid_client', error_description: 'secret text from the server' } };
      if (body.grant_type === 'refresh_token') {
        if (!refreshTokens.delete(body.refresh_token!)) return { status: 400, json: { error: 'invalid_grant' } };
        return tokens();
      }
      const grant = codes.get(body.code!);
      codes.delete(body.code!);
      const verified = grant?.challenge === null || createHash('sha256').update(body.code_verifier ?? '').digest('base64url') === grant?.challenge;
      if (!grant || grant.clientId !== body.client_id || grant.redirectUri !== body.redirect_uri || !verified) return { status: 400, json: { error: 'invalid_grant' } };
      return tokens();
    },
    'GET /me': (request) => (issued.includes(request.headers.authorization?.replace('Bearer ', '') ?? '') ? { json: { id: 'acct-7' } } : { status: 401, json: { error: 'bad token' } }),
  }).then((server) => Object.assign(server, { issued }));
}

function flowFor(server: FakeServer): OAuthFlow {
  return {
    instance: { required: true, label: 'Server' },
    scopes: ['read', 'write'],
    pkce: true,
    endpoints: (_ctx, connection) => ({ authorizationUrl: `${connection.instanceUrl}/authorize`, tokenUrl: `${connection.instanceUrl}/token` }),
    async registerClient(ctx, connection) {
      const app = (await ctx.http.post(`${connection.instanceUrl}/apps`, { json: { redirect_uri: connection.redirectUri } })).json<{ client_id: string; client_secret: string }>();
      return { clientId: app.client_id, clientSecret: app.client_secret };
    },
    credentials: (tokens, connection) => ({ accessToken: tokens.accessToken, instanceUrl: connection.instanceUrl }),
  };
}

function driverFor(server: FakeServer): ChannelDriver {
  return {
    code: 'tiny',
    displayName: 'Tiny',
    description: '',
    capabilities: { publish: false, reply: false, hide: false, delete: false, mentions: false, directMessages: false, webhooks: false, polling: false },
    limits: { maxLength: 10, maxMedia: 0, mediaTypes: [] },
    credentialsSchema: { type: 'object', required: ['accessToken', 'instanceUrl'], properties: { accessToken: { type: 'string' }, instanceUrl: { type: 'string', format: 'uri' } } },
    oauth: flowFor(server),
    async verifyCredentials(ctx) {
      const me = (await ctx.http.get(`${String(ctx.credentials.instanceUrl)}/me`, { headers: { authorization: `Bearer ${String(ctx.credentials.accessToken)}` } })).json<{ id: string }>();
      return { accountId: me.id, displayName: me.id };
    },
    publish: () => Promise.reject(new Error('unused')),
    sync: () => Promise.resolve({ items: [], nextCursor: null }),
    reply: () => Promise.reject(new Error('unused')),
    classifyError: classifyHttpError,
  };
}

const contextFor = (): OAuthContext => ({ options: {}, http: createHttpClient(), logger: silentLogger, store: createMemoryStore() });

/** Plays the browser: follows the authorize URL to the redirect the server answers with. */
async function consent(authorizeUrl: string): Promise<string> {
  const response = await fetch(authorizeUrl, { redirect: 'manual' });
  return response.headers.get('location')!;
}

describe('OAuth 2.0 helpers', () => {
  let server: FakeServer & { issued: string[] };

  beforeEach(async () => {
    server = await startOAuthServer();
  });
  afterEach(() => server.close());

  it('normalises the server a user types to its origin, and says what is wrong otherwise', () => {
    expect(normalizeInstanceUrl(' Mastodon.Social ')).toBe('https://mastodon.social');
    expect(normalizeInstanceUrl('https://mastodon.social/')).toBe('https://mastodon.social');
    expect(normalizeInstanceUrl('http://127.0.0.1:4000')).toBe('http://127.0.0.1:4000');
    expect(() => normalizeInstanceUrl('https://mastodon.social/@brand')).toThrow(/server address only/);
    expect(() => normalizeInstanceUrl('ftp://mastodon.social')).toThrow(/https/);
    expect(() => normalizeInstanceUrl('https://me:pw@mastodon.social')).toThrow(/user name or password/);
    expect(() => normalizeInstanceUrl('   ')).toThrow(/empty/);
  });

  it('runs the host flow: S256 PKCE and state in the authorize URL, the verifier and secret at the token endpoint', async () => {
    const ctx = contextFor();
    const pending = await beginOAuthConnection(flowFor(server), ctx, { instanceUrl: server.url, redirectUri: 'https://rapport.example/connect/callback' });
    const params = new URL(pending.authorizeUrl).searchParams;
    expect(Object.fromEntries(params)).toEqual({
      response_type: 'code',
      client_id: pending.client.clientId,
      redirect_uri: 'https://rapport.example/connect/callback',
      scope: 'read write',
      state: pending.state,
      code_challenge: createHash('sha256').update(pending.codeVerifier!).digest('base64url'),
      code_challenge_method: 'S256',
    });
    expect(pending.codeVerifier).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const code = new URL(await consent(pending.authorizeUrl)).searchParams.get('code')!;
    const { tokens, credentials } = await completeOAuthConnection(flowFor(server), ctx, pending, code);
    expect(tokens).toMatchObject({ accessToken: 'at-3', tokenType: 'Bearer', refreshToken: 'rt-3', scopes: ['read', 'write'] });
    expect(Date.parse(tokens.expiresAt!)).toBeGreaterThan(Date.now() + 3500_000);
    expect(credentials).toEqual({ accessToken: 'at-3', instanceUrl: server.url });
    const sent = form(server.requests.at(-1)!);
    expect(sent).toEqual({ grant_type: 'authorization_code', code, redirect_uri: 'https://rapport.example/connect/callback', code_verifier: pending.codeVerifier, client_id: pending.client.clientId, client_secret: pending.client.clientSecret });
    expect(server.requests.at(-1)!.headers['content-type']).toBe('application/x-www-form-urlencoded');
  });

  it('registers one client per server and forgets it when the token endpoint refuses it (invalid_client)', async () => {
    const ctx = contextFor();
    const first = await beginOAuthConnection(flowFor(server), ctx, { instanceUrl: server.url, redirectUri: 'https://r.example/cb' });
    const second = await beginOAuthConnection(flowFor(server), ctx, { instanceUrl: server.url, redirectUri: 'https://r.example/cb' });
    expect(second.client).toEqual(first.client);
    expect(server.requests.filter((request) => request.path === '/apps')).toHaveLength(1);

    const forged = { ...second, client: { clientId: second.client.clientId, clientSecret: 'wrong' } };
    const refused = await completeOAuthConnection(flowFor(server), ctx, forged, 'code-x').catch((error: unknown) => error);
    expect(isDriverError(refused) && refused.classification).toBe('reauthorize');
    expect((refused as Error).message).toBe('The token endpoint refused the authorization code (HTTP 401, invalid_client)');
    await beginOAuthConnection(flowFor(server), ctx, { instanceUrl: server.url, redirectUri: 'https://r.example/cb' });
    expect(server.requests.filter((request) => request.path === '/apps')).toHaveLength(2);
  });

  it('maps token endpoint refusals to the taxonomy: a used code is invalid, a refused refresh token needs reauthorisation', async () => {
    const http = createHttpClient();
    const ctx = contextFor();
    const pending = await beginOAuthConnection(flowFor(server), ctx, { instanceUrl: server.url, redirectUri: 'https://r.example/cb' });
    const request = { tokenUrl: `${server.url}/token`, client: pending.client, redirectUri: 'https://r.example/cb', codeVerifier: pending.codeVerifier };
    const code = new URL(await consent(pending.authorizeUrl)).searchParams.get('code')!;
    const tokens = await exchangeAuthorizationCode(http, { ...request, code });
    const reused = await exchangeAuthorizationCode(http, { ...request, code }).catch((error: unknown) => error);
    expect(classifyHttpError(reused)).toBe('invalid');

    const refreshed = await refreshAccessToken(http, { tokenUrl: request.tokenUrl, client: pending.client, refreshToken: tokens.refreshToken! });
    expect(refreshed.accessToken).not.toBe(tokens.accessToken);
    const again = await refreshAccessToken(http, { tokenUrl: request.tokenUrl, client: pending.client, refreshToken: tokens.refreshToken! }).catch((error: unknown) => error);
    expect(classifyHttpError(again)).toBe('reauthorize');
    expect((again as Error).message).not.toContain('secret text');
  });

  it('authenticates with HTTP Basic when the flow says client_secret_basic (RFC 6749 §2.3.1)', async () => {
    const http = createHttpClient();
    await exchangeAuthorizationCode(http, { tokenUrl: `${server.url}/token`, client: { clientId: 'a b', clientSecret: 's:é' }, clientAuthentication: 'client_secret_basic', code: 'c', redirectUri: 'https://r.example/cb' }).catch(() => undefined);
    const sent = server.requests.at(-1)!;
    expect(Buffer.from(sent.headers.authorization!.replace('Basic ', ''), 'base64').toString('utf8')).toBe('a+b:s%3A%C3%A9');
    expect(form(sent).client_secret).toBeUndefined();
  });

  it('passes the OAuth conformance kit, and the kit catches a flow that drops PKCE', async () => {
    const driver = driverFor(server);
    const report = await runOAuthConformance(driver, { context: contextFor(), instanceUrl: server.url, consent });
    assertConformance(report);
    expect(report.checks.filter((result) => result.skipped)).toEqual([]);

    const broken = { ...driver, oauth: { ...driver.oauth!, authorizationParams: { code_challenge: 'plain' } } };
    const failed = await runOAuthConformance(broken, { context: contextFor(), instanceUrl: server.url, consent });
    expect(failed.checks.find((result) => result.name === 'oauth-declaration')).toMatchObject({ passed: false, error: expect.stringMatching(/may not set code_challenge/) });
  });

  it('refuses malformed declarations in definePlugin, naming the driver', () => {
    expect(oauthFlowProblems({ scopes: ['read write'], pkce: 'yes', endpoints: () => ({}) })).toEqual([
      'oauth.scopes must be a list of scope tokens (no spaces or quotes; RFC 6749 §3.3)',
      'oauth.pkce must be true or false',
      'oauth.credentials() is required',
      'oauth needs client() (an app registered once, e.g. from the plugin options), registerClient() (one per server) or clientMetadata() (a client id metadata document)',
    ]);
    const driver = { ...driverFor(server), oauth: { ...flowFor(server), instance: { required: false, label: 'Server' } } };
    expect(() => definePlugin({ name: 'p', version: '1.0.0', compatibility: '^1.0.0', channels: [driver] })).toThrow(
      'channels[0] (tiny).oauth.instance.defaultUrl is needed when the instance is optional',
    );
  });
});

describe('body and header helpers', () => {
  it('encodes forms with repeated array fields, and multipart bodies with files', () => {
    expect(Buffer.from(formBody({ status: 'Hi & bye', 'media_ids[]': ['1', '2'], skip: undefined }).body).toString()).toBe('status=Hi+%26+bye&media_ids%5B%5D=1&media_ids%5B%5D=2');
    const { body, contentType } = multipartBody([{ name: 'description', value: 'A cat' }, { name: 'file', filename: 'cat.png', contentType: 'image/png', data: Uint8Array.from([0x89, 0x50]) }]);
    const boundary = contentType.replace('multipart/form-data; boundary=', '');
    const text = Buffer.from(body).toString('latin1');
    expect(text).toBe(
      `--${boundary}\r\nContent-Disposition: form-data; name="description"\r\n\r\nA cat\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cat.png"\r\nContent-Type: image/png\r\n\r\n\x89P\r\n--${boundary}--\r\n`,
    );
  });

  it('reads Link headers (RFC 8288) by relation', () => {
    expect(parseLinkHeader('<https://m.example/api/v1/notifications?max_id=34975535>; rel="next", <https://m.example/api/v1/notifications?min_id=34975861>; rel="prev"')).toEqual({
      next: 'https://m.example/api/v1/notifications?max_id=34975535',
      prev: 'https://m.example/api/v1/notifications?min_id=34975861',
    });
    expect(parseLinkHeader('<https://x.example/a,b>; rel=next')).toEqual({ next: 'https://x.example/a,b' });
    expect(parseLinkHeader(undefined)).toEqual({});
  });
});
