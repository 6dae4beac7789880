import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { startFakeServer, type FakeServer, type RecordedRequest } from '@rapport/plugin-sdk/testing';
import { TokenRefresher } from '../../apps/server/src/channels/connect/token-refresher.js';
import { confirmConsent, createApiKey, createMember, createWorkspace, errorCode, ok, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';

const PUBLIC_URL = 'http://rapport.test';
const RETURN_URL = 'http://admin.test/after-connect';
const CLIENT = { id: 'relay-client', secret: 'relay-secret-0123456789' };
const BEGIN = 'mutation($input: BeginChannelConnectionInput!) { beginChannelConnection(input: $input) { authorizeUrl expiresAt } }';
const CHANNEL = 'query($ws: ID!, $id: ID!) { channel(workspaceId: $ws, id: $id) { id status statusReason externalAccountId displayName } }';
const PENDING = 'query($ws: ID!, $id: ID!) { pendingChannelConnection(workspaceId: $ws, id: $id) { id reconnectChannelId accounts { id name connectedChannelId } } }';
const COMPLETE = 'mutation($input: CompleteChannelConnectionInput!) { completeChannelConnection(input: $input) { channels { id } } }';

const form = (request: RecordedRequest) => Object.fromEntries(new URLSearchParams(request.rawBody.toString('utf8')));

/** "Relay Social": a standard OAuth 2.0 server (RFC 6749, PKCE RFC 7636, client_secret_basic) with expiring tokens. */
async function startRelay() {
  const state = {
    consentAs: 'relay_1',
    expiresIn: 3600,
    refuseRefresh: false,
    codes: new Map<string, { challenge: string; redirectUri: string; account: string }>(),
    access: new Map<string, string>(),
    refresh: new Map<string, string>(),
    issued: 0,
  };
  const issue = (account: string) => {
    state.issued += 1;
    const accessToken = `relay-at-${state.issued}`;
    const refreshToken = `relay-rt-${state.issued}`;
    state.access.set(accessToken, account);
    state.refresh.set(refreshToken, account);
    return { json: { access_token: accessToken, token_type: 'Bearer', expires_in: state.expiresIn, refresh_token: refreshToken, scope: 'profile.read posts.write' } };
  };
  const server: FakeServer = await startFakeServer({
    'GET /oauth2/authorize': ({ query }) => {
      if (query.client_id !== CLIENT.id || query.response_type !== 'code' || query.code_challenge_method !== 'S256' || !query.code_challenge) return { status: 400, json: { error: 'invalid_request' } };
      const back = new URL(query.redirect_uri!);
      back.searchParams.set('state', query.state!);
      if (query.deny) back.searchParams.set('error', 'access_denied');
      else {
        const code = `code-${state.codes.size + 1}`;
        state.codes.set(code, { challenge: query.code_challenge, redirectUri: query.redirect_uri!, account: state.consentAs });
        back.searchParams.set('code', code);
      }
      return { status: 302, headers: { location: back.toString() } };
    },
    'POST /oauth2/token': (request) => {
      if (request.headers.authorization !== `Basic ${Buffer.from(`${CLIENT.id}:${CLIENT.secret}`).toString('base64')}`) return { status: 401, json: { error: 'invalid_client' } };
      const body = form(request);
      if (body.grant_type === 'refresh_token') {
        const account = state.refresh.get(body.refresh_token!);
        if (!account || state.refuseRefresh) return { status: 400, json: { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' } };
        state.refresh.delete(body.refresh_token!);
        return issue(account);
      }
      const grant = state.codes.get(body.code!);
      state.codes.delete(body.code!);
      const verified = grant && createHash('sha256').update(body.code_verifier ?? '').digest('base64url') === grant.challenge;
      if (!grant || !verified || grant.redirectUri !== body.redirect_uri) return { status: 400, json: { error: 'invalid_grant' } };
      return issue(grant.account);
    },
    'GET /v1/me': (request) => {
      const account = state.access.get(request.headers.authorization?.replace('Bearer ', '') ?? '');
      return account ? { json: { id: account, name: `@${account}` } } : { status: 401, json: { error: 'invalid_token' } };
    },
  });
  return Object.assign(server, { state });
}

describe('connecting accounts by consent (OAuth 2.0)', () => {
  let relay: Awaited<ReturnType<typeof startRelay>>;
  let server: TestServer;
  let admin: string;
  let workspaceId: string;
  let otherWorkspaceId: string;

  beforeAll(async () => {
    relay = await startRelay();
    server = await createTestServer(
      { RAPPORT_PUBLIC_URL: PUBLIC_URL, RAPPORT_CONNECT_RETURN_URL: RETURN_URL, RAPPORT_JOB_RETRY_DELAY_SECONDS: '0' },
      {
        plugins: [
          { specifier: resolve('test/fixtures/plugins/oauth-network'), baseDir: '/', options: { baseUrl: relay.url, clientId: CLIENT.id, clientSecret: CLIENT.secret } },
          { specifier: '@rapport/plugin-network-sandbox', baseDir: '/', options: { baseUrl: 'http://127.0.0.1:9' } },
        ],
      },
    );
    admin = await setupAdmin(server);
    workspaceId = await createWorkspace(server, admin, 'Pet Store');
    otherWorkspaceId = await createWorkspace(server, admin, 'Other Brand');
  });
  afterAll(async () => {
    await server.close();
    await relay.close();
  });

  const begin = (input: Record<string, unknown>, token = admin) => server.gql(BEGIN, { input: { workspaceId, type: 'relay', ...input } }, token);

  /** Begin, consent on the network (or refuse), and follow the network's redirect to Rapport's callback. */
  async function connect(input: Record<string, unknown> = {}, token = admin, choice: 'approve' | 'deny' = 'approve') {
    const { authorizeUrl } = ok(await begin(input, token)).beginChannelConnection;
    const consentUrl = new URL(authorizeUrl);
    if (choice === 'deny') consentUrl.searchParams.set('deny', '1');
    const consent = await fetch(consentUrl, { redirect: 'manual' });
    const callback = new URL(consent.headers.get('location')!);
    const response = await server.http.get(`${callback.pathname}${callback.search}`);
    return { authorizeUrl, callback, response, outcome: new URL(response.headers.location ?? 'http://none.invalid') };
  }

  const channel = async (id: string, ws = workspaceId) => ok(await server.gql(CHANNEL, { ws, id }, admin)).channel;

  it('lists which types connect by consent, and how', async () => {
    const types = ok(await server.gql('{ channelTypes { code oauth { scopes pkce instance { required label } } } }', {}, admin)).channelTypes;
    expect(types).toEqual(
      expect.arrayContaining([
        { code: 'relay', oauth: { scopes: ['profile.read', 'posts.write'], pkce: true, instance: null } },
        { code: 'sandbox', oauth: null },
      ]),
    );
  });

  it('hands out an authorize URL with a fresh state and an S256 PKCE challenge, keeping only the state hash', async () => {
    const started = ok(await begin({ displayName: 'Relay – Lyon' })).beginChannelConnection;
    const url = new URL(started.authorizeUrl);
    expect(`${url.origin}${url.pathname}`).toBe(`${relay.url}/oauth2/authorize`);
    const params = Object.fromEntries(url.searchParams);
    expect(params).toMatchObject({ response_type: 'code', client_id: CLIENT.id, redirect_uri: `${PUBLIC_URL}/connect/callback`, scope: 'profile.read posts.write', code_challenge_method: 'S256', access_type: 'offline' });
    expect(params.state).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(params.code_challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const expires = Date.parse(started.expiresAt) - Date.now();
    expect(expires).toBeGreaterThan(14 * 60_000);
    expect(expires).toBeLessThanOrEqual(15 * 60_000);

    const [row] = await server.sql('SELECT * FROM channel_connect_attempt WHERE state_hash = $1', [createHash('sha256').update(params.state!).digest('hex')]);
    expect(row).toMatchObject({ workspace_id: workspaceId, channel_type: 'relay', display_name: 'Relay – Lyon' });
    expect(JSON.stringify(row)).not.toContain(params.state);
    expect(row.pending_encrypted).not.toContain(CLIENT.secret);
  });

  it('refuses callers and inputs it must: too low a role, another workspace, API keys, unknown or paste-only types, a stray server URL', async () => {
    const editor = await createMember(server, admin, workspaceId, 'editor@pets.test', 'EDITOR');
    expect(errorCode(await begin({}, editor))).toBe('FORBIDDEN');
    const stranger = await createMember(server, admin, otherWorkspaceId, 'admin@other.test', 'ADMIN');
    expect(errorCode(await begin({}, stranger))).toBe('NOT_FOUND');
    const key = await createApiKey(server, admin, workspaceId, 'ADMIN');
    const byKey = await begin({}, key.secret);
    expect(errorCode(byKey)).toBe('FORBIDDEN');
    expect(byKey.errors![0]!.message).toMatch(/user session/);
    const unknown = await begin({ type: 'myspace' });
    expect([errorCode(unknown), unknown.errors![0]!.extensions.field]).toEqual(['BAD_USER_INPUT', 'type']);
    const pasteOnly = await begin({ type: 'sandbox' });
    expect([errorCode(pasteOnly), pasteOnly.errors![0]!.message]).toEqual(['BAD_USER_INPUT', 'type: Sandbox network connects with credentials (connectChannel), not by consent']);
    const stray = await begin({ instanceUrl: 'https://relay.example' });
    expect([errorCode(stray), stray.errors![0]!.extensions.field]).toEqual(['BAD_USER_INPUT', 'instanceUrl']);
    const otherChannel = await server.gql(BEGIN, { input: { workspaceId, type: 'relay', channelId: '00000000-0000-4000-8000-000000000000' } }, admin);
    expect(errorCode(otherChannel)).toBe('NOT_FOUND');
  });

  /** Begin, consent, callback, and the confirmation by the user who began: the connected channel. */
  async function connected(input: Record<string, unknown> = {}) {
    const { outcome } = await connect(input);
    return (await confirmConsent(server, admin, outcome)).channel;
  }

  const channelCount = async () => (await server.sql('SELECT count(*)::int AS n FROM channel'))[0].n;

  it('keeps the consent at the callback and connects when the user who began confirms: code exchanged with the verifier, CONNECTED, tokens stored encrypted', async () => {
    relay.state.consentAs = 'relay_1';
    const before = await channelCount();
    const { response, outcome } = await connect({ displayName: 'Relay – Lyon' });
    expect(response.status).toBe(303);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(`${outcome.origin}${outcome.pathname}`).toBe(RETURN_URL);
    expect(Object.fromEntries(outcome.searchParams)).toEqual({ connect: 'choose', workspaceId, pendingId: expect.any(String) });
    expect(await channelCount()).toBe(before);

    const { pending, channels, failures } = await confirmConsent(server, admin, outcome);
    expect(pending).toMatchObject({ reconnectChannelId: null, accounts: [{ id: 'relay_1', name: '@relay_1', details: null, connectedChannelId: null }] });
    expect(failures).toEqual([]);
    expect(channels).toEqual([expect.objectContaining({ status: 'CONNECTED', externalAccountId: 'relay_1', displayName: 'Relay – Lyon' })]);
    const again = await server.gql(PENDING, { ws: workspaceId, id: outcome.searchParams.get('pendingId') }, admin);
    expect(errorCode(again)).toBe('NOT_FOUND');

    const exchange = relay.requests.filter((request) => request.path === '/oauth2/token').at(-1)!;
    expect(form(exchange)).toMatchObject({ grant_type: 'authorization_code', redirect_uri: `${PUBLIC_URL}/connect/callback`, code_verifier: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
    const accessToken = `relay-at-${relay.state.issued}`;
    const [stored] = await server.sql('SELECT c.credentials_encrypted, g.grant_encrypted, g.expires_at, g.refreshable FROM channel c JOIN channel_oauth_grant g ON g.channel_id = c.id WHERE c.id = $1', [channels[0].id]);
    expect(stored.credentials_encrypted).not.toContain(accessToken);
    expect(stored.grant_encrypted).not.toContain(`relay-rt-${relay.state.issued}`);
    expect(stored.refreshable).toBe(true);
    expect(Math.abs(stored.expires_at.getTime() - (Date.now() + 3600_000))).toBeLessThan(60_000);
    const [held] = await server.sql('SELECT count(*)::int AS n FROM channel_pending_connection');
    expect(held.n).toBe(0);
    expect(server.logLines.join('\n')).not.toContain(accessToken);
    expect(server.logLines.join('\n')).not.toContain(form(exchange).code);
  });

  it('a forwarded consent link connects nothing: whoever consents lands on a confirmation that only the user who began, signed in, can complete', async () => {
    // An ADMIN begins and sends the network's consent page to someone else, who consents with their own account.
    relay.state.consentAs = 'victim';
    const before = await channelCount();
    const { outcome } = await connect();
    const pendingId = outcome.searchParams.get('pendingId')!;
    expect(await channelCount()).toBe(before);
    const [row] = await server.sql('SELECT pending_encrypted FROM channel_pending_connection WHERE id = $1', [pendingId]);
    expect(row.pending_encrypted).not.toContain(`relay-at-${relay.state.issued}`);

    // The browser that consented holds the pendingId but no session of the user who began.
    const input = { workspaceId, pendingId, accountIds: ['victim'] };
    expect(errorCode(await server.gql(COMPLETE, { input }))).toBe('UNAUTHENTICATED');
    const otherAdmin = await createMember(server, admin, workspaceId, 'other-admin@pets.test', 'ADMIN');
    expect(errorCode(await server.gql(PENDING, { ws: workspaceId, id: pendingId }, otherAdmin))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(COMPLETE, { input }, otherAdmin))).toBe('FORBIDDEN');
    const outsider = await createMember(server, admin, otherWorkspaceId, 'outsider@other.test', 'ADMIN');
    expect(errorCode(await server.gql(COMPLETE, { input: { ...input, workspaceId: otherWorkspaceId } }, outsider))).toBe('NOT_FOUND');
    expect(await channelCount()).toBe(before);

    // The user who began, knowing the pendingId (only the consenting browser does), sees whose account it is.
    const pending = ok(await server.gql(PENDING, { ws: workspaceId, id: pendingId }, admin)).pendingChannelConnection;
    expect(pending.accounts).toEqual([{ id: 'victim', name: '@victim', connectedChannelId: null }]);
  });

  it('spends the state once: a replayed or forged callback connects nothing', async () => {
    relay.state.consentAs = 'relay_2';
    const first = await connect();
    expect(first.outcome.searchParams.get('connect')).toBe('choose');
    const count = await channelCount();
    const pendingCount = async () => (await server.sql('SELECT count(*)::int AS n FROM channel_pending_connection'))[0].n;
    const held = await pendingCount();
    const replay = await server.http.get(`${first.callback.pathname}${first.callback.search}`);
    expect(Object.fromEntries(new URL(replay.headers.location!).searchParams)).toEqual({ connect: 'error', code: 'EXPIRED', message: 'This connection link expired or was already used: start connecting again.' });
    const forged = await server.http.get('/connect/callback?code=code-1&state=made-up');
    expect(new URL(forged.headers.location!).searchParams.get('code')).toBe('EXPIRED');
    expect(await pendingCount()).toBe(held);
    expect(await channelCount()).toBe(count);
  });

  it('reports a refused consent, an expired attempt and a user who lost the ADMIN role, connecting nothing', async () => {
    const denied = await connect({}, admin, 'deny');
    expect(Object.fromEntries(denied.outcome.searchParams)).toMatchObject({ connect: 'error', workspaceId, code: 'ACCESS_DENIED' });

    relay.state.consentAs = 'relay_3';
    const { authorizeUrl } = ok(await begin({})).beginChannelConnection;
    await server.sql(`UPDATE channel_connect_attempt SET expires_at = now() - interval '1 second' WHERE state_hash = $1`, [createHash('sha256').update(new URL(authorizeUrl).searchParams.get('state')!).digest('hex')]);
    const callback = new URL((await fetch(authorizeUrl, { redirect: 'manual' })).headers.get('location')!);
    const late = await server.http.get(`${callback.pathname}${callback.search}`);
    expect(new URL(late.headers.location!).searchParams.get('code')).toBe('EXPIRED');

    const member = await createMember(server, admin, workspaceId, 'second-admin@pets.test', 'ADMIN');
    const memberId = ok(await server.gql('{ me { id } }', {}, member)).me.id;
    const started = ok(await begin({}, member)).beginChannelConnection;
    ok(await server.gql('mutation($input: UpdateMemberRoleInput!) { updateMemberRole(input: $input) { role } }', { input: { workspaceId, userId: memberId, role: 'AGENT' } }, admin));
    const back = new URL((await fetch(started.authorizeUrl, { redirect: 'manual' })).headers.get('location')!);
    const demoted = await server.http.get(`${back.pathname}${back.search}`);
    expect(new URL(demoted.headers.location!).searchParams.get('code')).toBe('FORBIDDEN');
    expect((await server.sql(`SELECT count(*)::int AS n FROM channel WHERE external_account_id = 'relay_3'`))[0].n).toBe(0);
  });

  it('refuses an account already connected in the workspace (CONFLICT), through the same path as connectChannel', async () => {
    relay.state.consentAs = 'relay_1';
    const { outcome } = await connect();
    const pendingId = outcome.searchParams.get('pendingId')!;
    const pending = ok(await server.gql(PENDING, { ws: workspaceId, id: pendingId }, admin)).pendingChannelConnection;
    expect(pending.accounts).toEqual([{ id: 'relay_1', name: '@relay_1', connectedChannelId: expect.any(String) }]);
    const count = await channelCount();
    expect(errorCode(await server.gql(COMPLETE, { input: { workspaceId, pendingId, accountIds: ['relay_1'] } }, admin))).toBe('CONFLICT');
    expect(await channelCount()).toBe(count);
  });

  it('renews tokens before they expire with the refresh token, from the queue', async () => {
    relay.state.consentAs = 'relay_4';
    relay.state.expiresIn = 120;
    const channelId = (await connected()).id;
    const oldToken = `relay-at-${relay.state.issued}`;
    const oldRefresh = `relay-rt-${relay.state.issued}`;
    relay.state.expiresIn = 3600;
    expect(await server.app.get(TokenRefresher).sweep()).toBeGreaterThanOrEqual(1);

    const deadline = Date.now() + 15_000;
    while (!relay.requests.some((request) => request.path === '/oauth2/token' && form(request).refresh_token === oldRefresh) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(relay.requests.some((request) => request.path === '/oauth2/token' && form(request).grant_type === 'refresh_token')).toBe(true);
    const renewed = `relay-at-${relay.state.issued}`;
    expect(renewed).not.toBe(oldToken);
    const settled = Date.now() + 20_000;
    while ((await server.sql('SELECT refreshed_at FROM channel_oauth_grant WHERE channel_id = $1', [channelId]))[0].refreshed_at === null && Date.now() < settled) await new Promise((r) => setTimeout(r, 100));

    // The channel now works with the new token: checking it calls the network with that one.
    relay.state.access.delete(oldToken);
    expect(ok(await server.gql('mutation($ws: ID!, $id: ID!) { checkChannel(workspaceId: $ws, id: $id) { status } }', { ws: workspaceId, id: channelId }, admin)).checkChannel.status).toBe('CONNECTED');
    expect(relay.requests.filter((request) => request.path === '/v1/me').at(-1)!.headers.authorization).toBe(`Bearer ${renewed}`);
    const [grant] = await server.sql('SELECT expires_at FROM channel_oauth_grant WHERE channel_id = $1', [channelId]);
    expect(grant.expires_at.getTime()).toBeGreaterThan(Date.now() + 3000_000);
  });

  it('marks the channel NEEDS_REAUTH when the network refuses the refresh token, and reconnecting brings it back', async () => {
    relay.state.consentAs = 'relay_5';
    relay.state.expiresIn = 60;
    const channelId = (await connected()).id;
    relay.state.refuseRefresh = true;
    await server.app.get(TokenRefresher).sweep();
    const deadline = Date.now() + 15_000;
    while ((await channel(channelId)).status === 'CONNECTED' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(await channel(channelId)).toMatchObject({ status: 'NEEDS_REAUTH', statusReason: 'Relay Social: renewing the access token failed (The token endpoint refused the refresh token (HTTP 400, invalid_grant)); reconnect the account.' });

    relay.state.refuseRefresh = false;
    relay.state.expiresIn = 3600;
    // Another account consenting cannot take the channel over.
    relay.state.consentAs = 'relay_other';
    const wrong = await connect({ channelId });
    expect(Object.fromEntries(wrong.outcome.searchParams)).toMatchObject({ connect: 'error', code: 'ACCOUNT_NOT_FOUND' });
    expect(wrong.outcome.searchParams.get('message')).toMatch(/\(@relay_other\) is not this channel's \(@relay_5\)/);
    expect((await channel(channelId)).status).toBe('NEEDS_REAUTH');

    relay.state.consentAs = 'relay_5';
    const again = await connect({ channelId });
    const { pending, channels } = await confirmConsent(server, admin, again.outcome);
    expect(pending).toMatchObject({ reconnectChannelId: channelId, accounts: [{ id: 'relay_5', connectedChannelId: channelId }] });
    expect(channels.map((renewed: { id: string }) => renewed.id)).toEqual([channelId]);
    expect((await channel(channelId)).status).toBe('CONNECTED');
  });

  it('marks NEEDS_REAUTH when a token that cannot be refreshed has expired, and leaves pasted credentials alone', async () => {
    relay.state.consentAs = 'relay_6';
    const channelId = (await connected()).id;
    // Not yet expired: nothing to do, since it cannot be renewed.
    await server.sql(`UPDATE channel_oauth_grant SET refreshable = false, expires_at = now() + interval '1 minute' WHERE channel_id = $1`, [channelId]);
    expect(await server.app.get(TokenRefresher).sweep()).toBe(0);
    await server.sql(`UPDATE channel_oauth_grant SET expires_at = now() - interval '1 minute' WHERE channel_id = $1`, [channelId]);
    expect(await server.app.get(TokenRefresher).sweep()).toBe(1);
    const deadline = Date.now() + 15_000;
    while ((await channel(channelId)).status === 'CONNECTED' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(await channel(channelId)).toMatchObject({ status: 'NEEDS_REAUTH', statusReason: 'Relay Social: the access token expired and the network gave no way to renew it; reconnect the account.' });

    // An admin pastes a token instead: the old grant must not overwrite it.
    relay.state.access.set('pasted-token', 'relay_6');
    ok(await server.gql('mutation($input: UpdateChannelInput!) { updateChannel(input: $input) { status } }', { input: { workspaceId, channelId, credentials: { accessToken: 'pasted-token' } } }, admin));
    await server.sql(`UPDATE channel_oauth_grant SET refreshable = true, expires_at = now() WHERE channel_id = $1`, [channelId]);
    expect(await server.app.get(TokenRefresher).refresh(channelId)).toBe('skipped');
    expect(await server.sql('SELECT * FROM channel_oauth_grant WHERE channel_id = $1', [channelId])).toEqual([]);
    expect((await channel(channelId)).status).toBe('CONNECTED');
  });
});
