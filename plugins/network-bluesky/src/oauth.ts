import { DriverError, isHttpError, type OAuthConnection, type OAuthContext, type OAuthEndpoints, type OAuthFlow } from '@rapport/plugin-sdk';
import { DEFAULT_PDS_URL, xrpcPath } from './xrpc.js';

/**
 * Connecting a Bluesky (AT Protocol) account by OAuth, as the AT Protocol OAuth profile specifies
 * (https://atproto.com/specs/oauth, and what @atproto/oauth-client does):
 *
 * 1. The user types a handle (`alice.bsky.social`), a DID, or a server (`https://bsky.social`, a PDS).
 *    A handle is resolved to its DID with `com.atproto.identity.resolveHandle` on the plugin's
 *    `handleResolverUrl` (as @atproto/oauth-client's XRPC handle resolver does); the DID document (did:plc from
 *    the PLC directory, did:web from `/.well-known/did.json`) names the account's PDS (`#atproto_pds`) and must
 *    claim the handle back (`alsoKnownAs`) (https://atproto.com/specs/handle, https://atproto.com/specs/did).
 * 2. The PDS's `/.well-known/oauth-protected-resource` names its authorization server (RFC 9728); that
 *    server's `/.well-known/oauth-authorization-server` (RFC 8414) must state its own issuer, PAR, ES256 DPoP,
 *    the `atproto` scope and client id metadata documents. A server typed directly is tried as a PDS first, then as
 *    an authorization server (an entryway such as bsky.social).
 * 3. The client id is the URL of Rapport's client metadata document (`/connect/bluesky/client-metadata.json`):
 *    a public web client (`token_endpoint_auth_method: none`) with DPoP-bound tokens.
 * 4. PKCE S256, a pushed authorization request with a DPoP proof and `login_hint`, the callback's `iss` checked,
 *    the code exchanged with a DPoP proof (the SDK's flow, nonce retries included).
 * 5. The token's `sub` must be the DID resolved in 1 (when an account was typed), and the authorization server
 *    must be the one the `sub`'s own DID document leads to: otherwise a server could hand out tokens for
 *    accounts it does not host.
 */

export const BLUESKY_SCOPES = ['atproto', 'transition:generic'];
export const DEFAULT_PLC_DIRECTORY_URL = 'https://plc.directory';

const HANDLE = /^([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/;
const DID = /^did:(plc|web):[a-zA-Z0-9._:%-]*[a-zA-Z0-9._-]$/;

interface Discovered {
  did?: string;
  handle?: string;
  pdsUrl?: string;
  endpoints: OAuthEndpoints;
}

interface DidDocument {
  id?: unknown;
  alsoKnownAs?: unknown;
  service?: unknown;
}

function invalid(message: string): DriverError {
  return new DriverError(message, 'invalid');
}

function optionString(options: Record<string, unknown>, name: string): string | undefined {
  const value = options[name];
  return typeof value === 'string' && value.trim() ? value.trim().replace(/\/+$/, '') : undefined;
}

/** GET a JSON document; a refusal or a non-JSON answer says what was being looked for. */
async function getJson<T>(ctx: OAuthContext, url: string, what: string): Promise<T> {
  let body: unknown;
  try {
    body = (await ctx.http.get(url)).json<unknown>();
  } catch (error) {
    if (isHttpError(error) && error.status < 500 && error.status !== 429) throw new DriverError(`${what} could not be found (HTTP ${error.status})`, 'invalid', { cause: error });
    throw error;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalid(`${what} is not a JSON object`);
  return body as T;
}

/** Handle → DID (https://atproto.com/specs/handle#handle-resolution, through an XRPC resolver). */
export async function resolveHandle(ctx: OAuthContext, handle: string): Promise<string> {
  const resolver = optionString(ctx.options, 'handleResolverUrl') ?? optionString(ctx.options, 'pdsUrl') ?? DEFAULT_PDS_URL;
  const { did } = await getJson<{ did?: unknown }>(ctx, `${resolver}${xrpcPath('com.atproto.identity.resolveHandle', { handle })}`, `The handle @${handle}`);
  if (typeof did !== 'string' || !DID.test(did)) throw invalid(`The handle @${handle} does not resolve to a did:plc or did:web`);
  return did;
}

/** The DID document (https://atproto.com/specs/did): did:plc from the PLC directory, did:web from the host's well-known path. */
export async function resolveDidDocument(ctx: OAuthContext, did: string): Promise<DidDocument> {
  let url: string;
  if (did.startsWith('did:plc:')) url = `${optionString(ctx.options, 'plcDirectoryUrl') ?? DEFAULT_PLC_DIRECTORY_URL}/${encodeURIComponent(did)}`;
  else if (did.startsWith('did:web:') && !did.slice('did:web:'.length).includes(':')) url = `https://${decodeURIComponent(did.slice('did:web:'.length))}/.well-known/did.json`;
  else throw invalid(`${did} is not a DID Bluesky accounts use (did:plc, or did:web of a host name)`);
  const document = await getJson<DidDocument>(ctx, url, `The DID document of ${did}`);
  if (document.id !== did) throw invalid(`The DID document of ${did} describes another DID`);
  return document;
}

/** The account's PDS: the `#atproto_pds` service of type AtprotoPersonalDataServer. */
export function pdsOf(document: DidDocument, did: string): string {
  const services = Array.isArray(document.service) ? (document.service as Array<Record<string, unknown>>) : [];
  const service = services.find((entry) => (entry.id === '#atproto_pds' || entry.id === `${did}#atproto_pds`) && entry.type === 'AtprotoPersonalDataServer');
  const endpoint = typeof service?.serviceEndpoint === 'string' ? service.serviceEndpoint : undefined;
  if (!endpoint || !URL.canParse(endpoint) || !/^https?:$/.test(new URL(endpoint).protocol)) throw invalid(`The DID document of ${did} names no PDS`);
  return new URL(endpoint).origin;
}

/** The handles a DID document claims (`at://<handle>` in alsoKnownAs), lower case. */
function handlesOf(document: DidDocument): string[] {
  const aliases = Array.isArray(document.alsoKnownAs) ? document.alsoKnownAs : [];
  return aliases.filter((alias): alias is string => typeof alias === 'string' && alias.startsWith('at://')).map((alias) => alias.slice('at://'.length).toLowerCase());
}

/** The authorization server a PDS names in its protected resource metadata (RFC 9728). */
async function authorizationServerOf(ctx: OAuthContext, pdsUrl: string): Promise<string> {
  const metadata = await getJson<{ resource?: unknown; authorization_servers?: unknown }>(ctx, `${pdsUrl}/.well-known/oauth-protected-resource`, `The OAuth metadata of ${pdsUrl}`);
  if (metadata.resource !== pdsUrl) throw invalid(`The OAuth metadata of ${pdsUrl} describes another resource`);
  const servers = Array.isArray(metadata.authorization_servers) ? metadata.authorization_servers : [];
  if (servers.length !== 1 || typeof servers[0] !== 'string' || !URL.canParse(servers[0])) throw invalid(`${pdsUrl} must name exactly one authorization server`);
  return servers[0];
}

/** The authorization server's metadata (RFC 8414), checked against what the AT Protocol profile requires of it. */
async function authorizationServerEndpoints(ctx: OAuthContext, issuer: string): Promise<OAuthEndpoints> {
  const metadata = await getJson<Record<string, unknown>>(ctx, `${issuer}/.well-known/oauth-authorization-server`, `The authorization server metadata of ${issuer}`);
  if (metadata.issuer !== issuer) throw invalid(`The authorization server metadata of ${issuer} names another issuer`);
  const url = (name: string) => {
    const value = metadata[name];
    if (typeof value !== 'string' || !URL.canParse(value)) throw invalid(`The authorization server ${issuer} has no ${name}`);
    return value;
  };
  const lists = (name: string) => (Array.isArray(metadata[name]) ? (metadata[name] as unknown[]) : []);
  if (!lists('dpop_signing_alg_values_supported').includes('ES256')) throw invalid(`The authorization server ${issuer} does not take ES256 DPoP proofs`);
  if (!lists('scopes_supported').includes('atproto')) throw invalid(`The authorization server ${issuer} does not offer the atproto scope`);
  if (!lists('code_challenge_methods_supported').includes('S256')) throw invalid(`The authorization server ${issuer} does not take S256 PKCE`);
  if (metadata.client_id_metadata_document_supported !== true) throw invalid(`The authorization server ${issuer} does not take client metadata documents`);
  return { issuer, authorizationUrl: url('authorization_endpoint'), tokenUrl: url('token_endpoint'), pushedAuthorizationUrl: url('pushed_authorization_request_endpoint') };
}

function discoveredOf(connection: OAuthConnection): Discovered {
  const discovered = connection.discovered as Discovered | undefined;
  if (!discovered?.endpoints) throw new DriverError('The Bluesky connection was not prepared', 'fatal');
  return discovered;
}

/** The account a handle or DID names: its DID, the handle its document confirms, its PDS. */
async function identityOf(ctx: OAuthContext, typed: string): Promise<{ did: string; handle?: string; pdsUrl: string }> {
  const asHandle = typed.toLowerCase();
  if (!DID.test(typed) && !HANDLE.test(asHandle)) throw invalid(`"${typed}" is neither a Bluesky handle (e.g. alice.bsky.social) nor a DID`);
  const did = DID.test(typed) ? typed : await resolveHandle(ctx, asHandle);
  const document = await resolveDidDocument(ctx, did);
  const handles = handlesOf(document);
  if (!DID.test(typed) && !handles.includes(asHandle)) throw invalid(`@${asHandle} points to ${did}, whose DID document does not claim the handle back`);
  return { did, handle: DID.test(typed) ? handles[0] : asHandle, pdsUrl: pdsOf(document, did) };
}

export const blueskyOAuth: OAuthFlow = {
  instance: { required: false, label: 'Handle or server', defaultUrl: DEFAULT_PDS_URL, acceptsAccount: true },
  scopes: BLUESKY_SCOPES,
  pkce: true,
  dpop: true,
  pushedAuthorization: true,
  clientAuthentication: 'none',

  // https://atproto.com/specs/oauth#client-id-metadata-document
  clientMetadata: (ctx, { clientId, redirectUri, scopes }) => ({
    client_id: clientId,
    client_name: optionString(ctx.options, 'clientName') ?? 'Rapport',
    ...(optionString(ctx.options, 'clientUri') ? { client_uri: optionString(ctx.options, 'clientUri') } : {}),
    application_type: 'web',
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    redirect_uris: [redirectUri],
    scope: scopes.join(' '),
    token_endpoint_auth_method: 'none',
    dpop_bound_access_tokens: true,
  }),

  async prepare(ctx, connection) {
    if (connection.loginHint) {
      const identity = await identityOf(ctx, connection.loginHint);
      const endpoints = await authorizationServerEndpoints(ctx, await authorizationServerOf(ctx, identity.pdsUrl));
      return { ...connection, loginHint: identity.handle ?? identity.did, instanceUrl: identity.pdsUrl, discovered: { ...identity, endpoints } satisfies Discovered };
    }
    const server = connection.instanceUrl!;
    let issuer: string;
    try {
      issuer = await authorizationServerOf(ctx, server);
    } catch (error) {
      // Not a PDS: an entryway (bsky.social) is its own authorization server.
      if (!(error instanceof DriverError) || error.classification !== 'invalid') throw error;
      issuer = server;
    }
    return { ...connection, discovered: { endpoints: await authorizationServerEndpoints(ctx, issuer) } satisfies Discovered };
  },

  endpoints: (_ctx, connection) => discoveredOf(connection).endpoints,

  async verifyTokens(ctx, tokens, connection) {
    const discovered = discoveredOf(connection);
    const sub = tokens.raw.sub;
    if (typeof sub !== 'string' || !DID.test(sub)) throw invalid('The authorization server answered tokens without an account DID (sub)');
    if (!tokens.scopes?.includes('atproto')) throw invalid('The authorization server did not grant the atproto scope');
    if (discovered.did && sub !== discovered.did) throw invalid(`Bluesky signed in ${sub}, not the account asked for (${discovered.did}): sign in as that account`);
    // The sub's own DID document must lead to this authorization server, whatever was typed.
    const document = await resolveDidDocument(ctx, sub);
    const pdsUrl = pdsOf(document, sub);
    if ((await authorizationServerOf(ctx, pdsUrl)) !== discovered.endpoints.issuer) throw invalid(`${discovered.endpoints.issuer} is not the authorization server of ${sub}`);
    const handle = discovered.did === sub ? discovered.handle : handlesOf(document)[0];
    return { ...connection, instanceUrl: pdsUrl, loginHint: sub, discovered: { ...discovered, did: sub, handle, pdsUrl } satisfies Discovered };
  },

  credentials(tokens, connection) {
    const discovered = discoveredOf(connection);
    // A refresh answers the same sub; anything else is not this channel's account any more.
    if (tokens.raw.sub !== undefined && tokens.raw.sub !== discovered.did) throw new DriverError('The authorization server renewed the tokens of another account', 'reauthorize');
    return {
      did: discovered.did!,
      ...(discovered.handle ? { handle: discovered.handle } : {}),
      pdsUrl: discovered.pdsUrl!,
      accessToken: tokens.accessToken,
      dpopKey: connection.dpopKey!,
      ...(tokens.expiresAt ? { expiresAt: tokens.expiresAt } : {}),
    };
  },
};
