import { beginOAuthConnection, completeOAuthConnection, createMemoryStore, isDriverError, refreshOAuthConnection, type OAuthContext } from '@rapport/plugin-sdk';
import { assertConformance, createTestContext, runOAuthConformance } from '@rapport/plugin-sdk/testing';
import { blueskyChannelDriver as driver } from '../src/index.js';
import { startFakeBluesky, type FakeBluesky } from './fake-bluesky.js';

const REDIRECT_URI = 'https://rapport.example/connect/callback';
const CLIENT_ID = 'https://rapport.example/connect/bluesky/client-metadata.json';
const failureOf = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);

describe('Bluesky OAuth (AT Protocol OAuth profile)', () => {
  let fake: FakeBluesky;
  let context: OAuthContext & { credentials: Record<string, unknown> };

  beforeEach(async () => {
    // The fake authorization server fetches Rapport's client metadata document: here, straight from the driver.
    fake = await startFakeBluesky({ resolveClientMetadata: async (clientId) => driver.oauth!.clientMetadata!(context, { clientId, redirectUri: REDIRECT_URI, scopes: driver.oauth!.scopes }) });
    context = { ...createTestContext({ credentials: {}, options: { pdsUrl: fake.url, handleResolverUrl: fake.url, plcDirectoryUrl: `${fake.url}/plc` } }), store: createMemoryStore() };
  });
  afterEach(async () => {
    expect(fake.violations).toEqual([]);
    await fake.close();
  });

  it('passes the OAuth conformance kit from a handle: PAR, PKCE, DPoP, sub checked, credentials that reach the PDS, refresh', async () => {
    assertConformance(await runOAuthConformance(driver, { context, loginHint: fake.account.handle, clientMetadataUrl: CLIENT_ID, redirectUri: REDIRECT_URI, consent: (url) => fake.authorize(url) }));
    expect(fake.oauth.pushed[0]).toMatchObject({ client_id: CLIENT_ID, response_type: 'code', code_challenge_method: 'S256', scope: 'atproto transition:generic', login_hint: fake.account.handle, redirect_uri: REDIRECT_URI });
    expect(fake.oauth.clientMetadata.get(CLIENT_ID)).toMatchObject({ dpop_bound_access_tokens: true, token_endpoint_auth_method: 'none', redirect_uris: [REDIRECT_URI] });
    // Each server asked for a nonce once, and the driver answered with it.
    expect(fake.oauth.counts.nonceChallenges).toBeGreaterThanOrEqual(2);
    expect(fake.oauth.counts.refreshes).toBe(1);
  });

  it('connects from the server address too, learning the account from the token', async () => {
    const pending = await beginOAuthConnection(driver.oauth!, context, { instanceUrl: fake.url, redirectUri: REDIRECT_URI, clientMetadataUrl: CLIENT_ID });
    expect(fake.oauth.pushed.at(-1)).not.toHaveProperty('login_hint');
    const back = new URL(await fake.authorize(pending.authorizeUrl));
    const result = await completeOAuthConnection(driver.oauth!, context, pending, back.searchParams.get('code')!, { iss: back.searchParams.get('iss')! });
    expect(result.credentials).toMatchObject({ did: fake.account.did, handle: fake.account.handle, pdsUrl: fake.url, dpopKey: { kty: 'EC', crv: 'P-256' } });
    expect(result.connection).toMatchObject({ loginHint: fake.account.did, instanceUrl: fake.url });
    const account = await driver.verifyCredentials({ ...context, credentials: result.credentials! });
    expect(account.accountId).toBe(fake.account.did);
  });

  it('refuses tokens for another account than the handle typed, and a callback from another issuer', async () => {
    const pending = await beginOAuthConnection(driver.oauth!, context, { loginHint: fake.account.handle, redirectUri: REDIRECT_URI, clientMetadataUrl: CLIENT_ID });
    const back = new URL(await fake.authorize(pending.authorizeUrl, { as: 'ana.bsky.social' }));
    const wrongIssuer = await failureOf(completeOAuthConnection(driver.oauth!, context, pending, back.searchParams.get('code')!, { iss: 'https://evil.example' }));
    expect(isDriverError(wrongIssuer) && wrongIssuer.classification).toBe('invalid');
    const other = await failureOf(completeOAuthConnection(driver.oauth!, context, pending, back.searchParams.get('code')!, { iss: back.searchParams.get('iss')! }));
    expect(isDriverError(other) && other.message).toMatch(/not the account asked for/);
  });

  it('refuses a handle that does not resolve, or is not a handle, before sending anyone away', async () => {
    const unknown = await failureOf(beginOAuthConnection(driver.oauth!, context, { loginHint: 'nobody.bsky.social', redirectUri: REDIRECT_URI, clientMetadataUrl: CLIENT_ID }));
    expect(isDriverError(unknown) && unknown.classification).toBe('invalid');
    const typo = await failureOf(beginOAuthConnection(driver.oauth!, context, { loginHint: 'not a handle', redirectUri: REDIRECT_URI, clientMetadataUrl: CLIENT_ID }));
    expect(isDriverError(typo) && typo.message).toMatch(/neither a Bluesky handle/);
    expect(fake.oauth.counts.par).toBe(0);
  });

  it('calls XRPC with DPoP-bound tokens, answers the PDS nonce, waits for a renewal when expired and reauthorizes when revoked', async () => {
    const pending = await beginOAuthConnection(driver.oauth!, context, { loginHint: fake.account.handle, redirectUri: REDIRECT_URI, clientMetadataUrl: CLIENT_ID });
    const back = new URL(await fake.authorize(pending.authorizeUrl));
    const result = await completeOAuthConnection(driver.oauth!, context, pending, back.searchParams.get('code')!, { iss: back.searchParams.get('iss')! });
    const ctx = createTestContext({ credentials: result.credentials!, options: context.options, http: context.http });
    const posted = await driver.publish(ctx, { idempotencyKey: 'k1', text: 'Hello by OAuth #dogs', media: [] });
    expect(posted.externalId).toMatch(new RegExp(`^at://${fake.account.did}/app.bsky.feed.post/`));
    const create = fake.requests.filter((request) => request.path === '/xrpc/com.atproto.repo.createRecord').at(-1)!;
    expect(create.headers.authorization).toBe(`DPoP ${result.credentials!.accessToken}`);
    expect(create.headers.dpop).toBeDefined();

    fake.oauth.rotateNonces();
    await driver.publish(ctx, { idempotencyKey: 'k2', text: 'After a new nonce', media: [] });

    // Expired: the host's refresh job renews it, so the call waits rather than losing the channel.
    fake.oauth.expireAccessTokens();
    const expired = await failureOf(driver.publish(createTestContext({ credentials: { ...result.credentials!, expiresAt: new Date(Date.now() - 1000).toISOString() }, options: context.options, http: context.http }), { idempotencyKey: 'k3', text: 'x', media: [] }));
    expect(isDriverError(expired) && expired.classification).toBe('retry');

    const refreshed = await refreshOAuthConnection(driver.oauth!, context, { refreshToken: result.tokens.refreshToken!, client: pending.client, endpoints: pending.endpoints, connection: result.connection });
    expect(refreshed.credentials.dpopKey).toEqual(result.credentials!.dpopKey);
    await driver.publish(createTestContext({ credentials: refreshed.credentials, options: context.options, http: context.http }), { idempotencyKey: 'k3', text: 'Renewed', media: [] });

    fake.oauth.revokeRefreshTokens();
    const revoked = await failureOf(refreshOAuthConnection(driver.oauth!, context, { refreshToken: refreshed.tokens.refreshToken!, client: pending.client, endpoints: pending.endpoints, connection: result.connection }));
    expect(isDriverError(revoked) && revoked.classification).toBe('reauthorize');
  });

  it('serves a client metadata document for a public web client with DPoP-bound tokens', () => {
    expect(driver.oauth!.clientMetadata!(context, { clientId: CLIENT_ID, redirectUri: REDIRECT_URI, scopes: driver.oauth!.scopes })).toEqual({
      client_id: CLIENT_ID,
      client_name: 'Rapport',
      application_type: 'web',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: [REDIRECT_URI],
      scope: 'atproto transition:generic',
      token_endpoint_auth_method: 'none',
      dpop_bound_access_tokens: true,
    });
  });
});
