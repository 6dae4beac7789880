import { completeOAuthConnection, createHttpClient, createMemoryStore, isDriverError, oauthFlowProblems, refreshOAuthConnection, silentLogger, type OAuthContext, type OAuthFlow } from '../src/index.js';

const ctx: OAuthContext = { options: {}, http: createHttpClient(), logger: silentLogger, store: createMemoryStore() };
const pending = { connection: { redirectUri: 'https://rapport.example/connect/callback', scopes: ['manage'] }, endpoints: { authorizationUrl: 'https://net.example/auth', tokenUrl: 'https://net.example/token' }, client: { clientId: 'rapport' } };

function flowListing(listed: unknown): OAuthFlow {
  let issued = 0;
  const tokens = async () => ({ accessToken: `token-${++issued}`, tokenType: 'Bearer', refreshToken: 'refresh', raw: {} });
  return {
    scopes: ['manage'],
    pkce: false,
    endpoints: () => pending.endpoints,
    client: () => pending.client,
    exchangeCode: tokens,
    refresh: tokens,
    listConnectableAccounts: async () => listed as never,
    credentials: (set, _connection, account) => ({ accessToken: set.accessToken, location: account?.id }),
  };
}

describe('choosing among the accounts a consent covers (listConnectableAccounts)', () => {
  it('answers the accounts instead of credentials, and makes each chosen one credentials that survive a refresh', async () => {
    const flow = flowListing([{ id: 'accounts/1/locations/2', name: 'Lyon', details: '1 rue de la Paix' }, { id: 'accounts/1/locations/3', name: 'Paris' }]);
    const result = await completeOAuthConnection(flow, ctx, pending, 'code');
    expect(result.credentials).toBeUndefined();
    expect(result.accounts).toEqual([{ id: 'accounts/1/locations/2', name: 'Lyon', details: '1 rue de la Paix' }, { id: 'accounts/1/locations/3', name: 'Paris' }]);
    const account = result.accounts![1]!;
    expect(flow.credentials(result.tokens, pending.connection, account)).toEqual({ accessToken: 'token-1', location: 'accounts/1/locations/3' });
    const refreshed = await refreshOAuthConnection(flow, ctx, { refreshToken: 'refresh', ...pending, account });
    expect(refreshed.credentials).toEqual({ accessToken: 'token-2', location: 'accounts/1/locations/3' });
  });

  it("refuses a driver's malformed or repeated accounts as its own bug (fatal), and a hook that is not a function", async () => {
    for (const listed of [undefined, [{ id: '', name: 'x' }], [{ id: 'a', name: ' ' }], [{ id: 'a', name: 'A', details: 3 }], [{ id: 'a', name: 'A' }, { id: 'a', name: 'B' }]]) {
      const error = await completeOAuthConnection(flowListing(listed), ctx, pending, 'code').catch((caught: unknown) => caught);
      expect(isDriverError(error) && error.classification).toBe('fatal');
    }
    expect(oauthFlowProblems({ ...flowListing([]), listConnectableAccounts: 'yes' })).toEqual(['oauth.listConnectableAccounts must be a function']);
  });
});
