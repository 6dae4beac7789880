import type { AccountInfo } from '../channel.js';
import type { DriverContext } from '../context.js';
import { formatSchemaIssues, validateAgainstSchema, type JSONSchema } from '../json-schema.js';
import {
  beginOAuthConnection,
  completeOAuthConnection,
  oauthFlowProblems,
  pkceChallenge,
  refreshOAuthConnection,
  type OAuthContext,
  type OAuthFlow,
  type OAuthTokenSet,
  type PendingOAuthConnection,
} from '../oauth.js';
import { check, isNonEmptyString, once, runChecks, type CheckSpec, type ConformanceReport } from './conformance.js';

/** What the OAuth kit needs of a driver: channels and review sources both fit. */
export interface OAuthDriver {
  code: string;
  credentialsSchema: JSONSchema;
  oauth?: OAuthFlow;
  verifyCredentials(ctx: DriverContext): Promise<AccountInfo>;
}

export interface OAuthConformanceOptions {
  /** Options, HTTP client and plugin-wide store, as the host passes to OAuth hooks (a `createTestContext` fits). */
  context: OAuthContext;
  /** The server URL a user would type, when the flow asks for one. */
  instanceUrl?: string;
  /** The account a user would type instead (e.g. a Bluesky handle), on flows whose instance prompt `acceptsAccount`. */
  loginHint?: string;
  /** The client id of a flow with `clientMetadata`: the URL the (fake) authorization server fetches the document from. */
  clientMetadataUrl?: string;
  /** Rapport's callback URL; defaults to `http://127.0.0.1/connect/callback` (never called by the kit). */
  redirectUri?: string;
  /**
   * Plays the user: opens `authorizeUrl` on the (fake) network, consents, and returns the URL the network
   * redirects the browser to (`<redirect_uri>?code=...&state=...`).
   */
  consent(authorizeUrl: string): Promise<string>;
  checkTimeoutMs?: number;
}

/**
 * Runs a driver's OAuth declaration through the host's steps: authorization URL (state, PKCE S256, scopes,
 * redirect URI), client registration cached per server, the callback carrying the state back, the code
 * exchange, credentials the driver accepts, and a refresh when the network issues refresh tokens.
 */
export async function runOAuthConformance(driver: OAuthDriver, options: OAuthConformanceOptions): Promise<ConformanceReport> {
  const flow = driver.oauth;
  const redirectUri = options.redirectUri ?? 'http://127.0.0.1/connect/callback';
  let registrations = 0;
  // Counts registrations, so the kit can tell whether a second connection reused the cached client.
  const counted: OAuthFlow | undefined = flow && (flow.registerClient
    ? { ...flow, registerClient: (ctx, connection) => { registrations += 1; return flow.registerClient!(ctx, connection); } }
    : flow);
  const beginInput = { instanceUrl: options.instanceUrl, loginHint: options.loginHint, redirectUri, clientMetadataUrl: options.clientMetadataUrl };
  const begin = once(() => beginOAuthConnection(counted!, options.context, beginInput));
  const callback = once(async () => new URL(await options.consent((await begin()).authorizeUrl)));
  const complete = once(async () => {
    const redirected = await callback();
    const code = redirected.searchParams.get('code');
    check(code, 'the network redirected back without a code');
    return completeOAuthConnection(counted!, options.context, await begin(), code, { iss: redirected.searchParams.get('iss') ?? undefined });
  });
  const noFlow = () => (flow ? undefined : 'the driver declares no oauth flow');
  // The credentials the host would store: the flow's, or those of the first account it lists.
  const connected = once(async () => {
    const result = await complete();
    if (!result.accounts) return { tokens: result.tokens, connection: result.connection, credentials: result.credentials, account: undefined };
    const account = result.accounts[0];
    check(account, 'listConnectableAccounts listed no account for the consenting user');
    return { tokens: result.tokens, connection: result.connection, credentials: flow!.credentials(result.tokens, result.connection, account), account };
  });

  const specs: CheckSpec[] = [
    {
      name: 'oauth-declaration',
      skipIf: noFlow,
      run: () => {
        const problems = oauthFlowProblems(flow);
        check(problems.length === 0, problems.join('; '));
        check(!flow!.instance?.required || options.instanceUrl || options.loginHint, 'the flow requires an instance: give options.instanceUrl');
        check(!flow!.clientMetadata || options.clientMetadataUrl, 'the flow identifies its client by a metadata document: give options.clientMetadataUrl');
      },
    },
    {
      name: 'oauth-authorize-url',
      skipIf: noFlow,
      run: async () => checkAuthorizeUrl(flow!, await begin(), redirectUri),
    },
    {
      name: 'oauth-client-cached',
      skipIf: () => noFlow() ?? (flow!.registerClient && !flow!.client ? undefined : 'the flow registers no client per server'),
      run: async () => {
        const first = await begin();
        const again = await beginOAuthConnection(counted!, options.context, beginInput);
        check(registrations === 1, `registerClient ran ${registrations} times for one server; the second connection must reuse the cached client`);
        check(again.client.clientId === first.client.clientId, 'the second connection got another client id');
        check(again.state !== first.state && again.codeVerifier !== first.codeVerifier, 'state and PKCE verifier must be fresh for every connection');
      },
    },
    {
      name: 'oauth-callback',
      skipIf: noFlow,
      run: async () => {
        const redirected = await callback();
        check(`${redirected.origin}${redirected.pathname}` === redirectUri, `the network redirected to ${redirected.origin}${redirected.pathname}, not the redirect URI ${redirectUri}`);
        check(redirected.searchParams.get('state') === (await begin()).state, 'the network did not send the state back unchanged');
        check(isNonEmptyString(redirected.searchParams.get('code')), 'the network redirected back without a code');
      },
    },
    {
      name: 'oauth-code-exchange',
      skipIf: noFlow,
      run: async () => {
        const result = await complete();
        checkTokens(result.tokens);
        // A flow that lists accounts (listConnectableAccounts) answers them, and the fake's user manages some.
        if (flow!.listConnectableAccounts) check(Array.isArray(result.accounts) && result.accounts.length > 0, 'listConnectableAccounts listed no account for the consenting user');
      },
    },
    {
      name: 'oauth-credentials',
      skipIf: noFlow,
      run: async () => {
        const { credentials, account: chosen } = await connected();
        const valid = validateAgainstSchema(driver.credentialsSchema, credentials);
        check(valid.valid, `oauth.credentials() made credentials that do not match credentialsSchema: ${formatSchemaIssues(valid.errors)}`);
        const account = await driver.verifyCredentials({ ...options.context, credentials });
        check(isNonEmptyString(account?.accountId), 'verifyCredentials with the new credentials gave no accountId');
        if (chosen) check(account.accountId === chosen.id, `verifyCredentials answered accountId ${account.accountId} for the listed account ${chosen.id}: they must be the same`);
      },
    },
    {
      name: 'oauth-refresh',
      skipIf: noFlow,
      run: async () => {
        const { tokens, connection, account } = await connected();
        // Networks whose tokens do not expire (Mastodon) issue no refresh token: nothing to refresh.
        if (!tokens.refreshToken) return;
        const pending = await begin();
        const refreshed = await refreshOAuthConnection(flow!, options.context, { refreshToken: tokens.refreshToken, client: pending.client, endpoints: pending.endpoints, connection, account });
        checkTokens(refreshed.tokens);
        check(refreshed.tokens.accessToken !== tokens.accessToken, 'refreshing gave the same access token back');
        if (account) {
          // A refreshed token must still reach the account the user chose.
          const again = await driver.verifyCredentials({ ...options.context, credentials: refreshed.credentials });
          check(again?.accountId === account.id, `after a refresh the credentials reach ${again?.accountId}, not the chosen account ${account.id}`);
        }
      },
    },
  ];
  return runChecks(`OAuth flow of "${String(driver.code)}"`, specs, options.checkTimeoutMs);
}

function checkAuthorizeUrl(flow: OAuthFlow, pending: PendingOAuthConnection, redirectUri: string): void {
  check(URL.canParse(pending.authorizeUrl), `authorizeUrl ${pending.authorizeUrl} is not a URL`);
  check(URL.canParse(pending.endpoints.tokenUrl), `endpoints.tokenUrl ${pending.endpoints.tokenUrl} is not a URL`);
  check(isNonEmptyString(pending.client.clientId), 'the client has no clientId');
  const params = new URL(pending.authorizeUrl).searchParams;
  if (flow.pushedAuthorization) {
    // RFC 9126 §4: the browser carries the client id and the request_uri only; the fake checks what was pushed.
    check(params.get('client_id') === pending.client.clientId, 'client_id is not the client\'s');
    check(isNonEmptyString(params.get('request_uri')), 'a pushed authorization request must send the browser with its request_uri');
    check(!params.has('code_challenge') && !params.has('state'), 'with a pushed authorization request, the parameters stay out of the browser\'s URL');
    return;
  }
  check(params.get('response_type') === 'code', 'response_type must be code');
  check(params.get('client_id') === pending.client.clientId, 'client_id is not the client\'s');
  check(params.get('redirect_uri') === redirectUri, 'redirect_uri is not the callback URL');
  check(params.get('state') === pending.state, 'state is missing');
  const scopes = (params.get('scope') ?? '').split(' ').filter(Boolean);
  check(flow.scopes.every((scope) => scopes.includes(scope)), `scope ${params.get('scope')} lacks some of ${flow.scopes.join(' ')}`);
  if (flow.pkce) {
    check(params.get('code_challenge_method') === 'S256', 'PKCE must use S256');
    check(pending.codeVerifier && params.get('code_challenge') === pkceChallenge(pending.codeVerifier), 'code_challenge is not the S256 of the verifier');
  }
}

function checkTokens(tokens: OAuthTokenSet): void {
  check(isNonEmptyString(tokens?.accessToken), 'the token set has no accessToken');
  check(tokens.expiresAt === undefined || !Number.isNaN(Date.parse(tokens.expiresAt)), 'expiresAt must be an ISO 8601 date when given');
}
