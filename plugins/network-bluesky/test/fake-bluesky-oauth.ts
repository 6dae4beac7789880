import { createHash, createPublicKey, randomBytes, verify, type JsonWebKey } from 'node:crypto';
import type { FakeResponse, RecordedRequest } from '@rapport/plugin-sdk/testing';

/**
 * The OAuth side of the fake Bluesky: the PDS as its own authorization server (as a self-hosted PDS is), the PLC
 * directory serving DID documents, and DPoP-bound tokens on XRPC. It checks each request as the AT Protocol OAuth
 * profile and the RFCs it builds on say, and records every departure in `violations`:
 *
 * - Discovery: `/.well-known/oauth-protected-resource` (RFC 9728) naming the authorization server, whose
 *   `/.well-known/oauth-authorization-server` (RFC 8414) lists PAR, ES256 DPoP, S256 PKCE, the atproto scope and
 *   client id metadata documents; DID documents with `alsoKnownAs: at://<handle>` and the `#atproto_pds` service
 *   (https://atproto.com/specs/oauth#authorization-servers, https://atproto.com/specs/did).
 * - Client: `client_id` is a URL; its metadata document is fetched and must say `client_id` (the same URL),
 *   `dpop_bound_access_tokens: true`, `token_endpoint_auth_method: none` (a public client), the grant types,
 *   a scope with `atproto`, and list the `redirect_uri` (https://atproto.com/specs/oauth#clients).
 * - PAR (RFC 9126, required: https://atproto.com/specs/oauth#authorization-requests): `response_type=code`, PKCE
 *   `code_challenge_method=S256`, `state`, `scope` within the client's, a DPoP proof; the authorization
 *   endpoint then takes only `client_id` and `request_uri`, once. The callback carries `iss` (RFC 9207).
 * - Token endpoint: the code once, with the PAR's redirect URI, client and a `code_verifier` whose S256 is the
 *   challenge, and a proof by the same DPoP key as the PAR; refresh tokens are single use (rotated) and bound to
 *   that key too. Answers `token_type: DPoP`, `sub` (the DID) and `scope` (https://atproto.com/specs/oauth#tokens-and-session-management).
 * - DPoP proofs (RFC 9449 §4.3): `typ: dpop+jwt`, `alg: ES256`, a public `jwk` (no private part), a valid
 *   signature, `htm` and `htu` (no query) of this request, `iat` within a minute, a `jti` never seen before, the
 *   server's current `nonce` (otherwise `use_dpop_nonce` with `DPoP-Nonce`: 400 from the authorization server,
 *   401 with `WWW-Authenticate: DPoP error="use_dpop_nonce"` from the PDS), and to the PDS `ath`, the hash of
 *   the access token in `Authorization: DPoP <token>`, whose key (`cnf.jkt`) must be the proof's
 *   (https://atproto.com/specs/oauth#dpop).
 */

export interface FakeOAuthAccount {
  did: string;
  handle: string;
}

export interface FakeOAuthGrant {
  did: string;
  jkt: string;
  clientId: string;
  scope: string;
}

export interface FakeBlueskyOAuth {
  /** PAR requests accepted, with their parameters. */
  pushed: Array<Record<string, string>>;
  /** Client metadata documents fetched, by client id. */
  clientMetadata: Map<string, Record<string, unknown>>;
  /** DPoP-bound access tokens issued, and refresh tokens (single use). */
  accessTokens: Map<string, FakeOAuthGrant & { expired: boolean }>;
  refreshTokens: Map<string, FakeOAuthGrant & { used: boolean; revoked: boolean }>;
  counts: { par: number; codeExchanges: number; refreshes: number; nonceChallenges: number };
  /** The account that consents on the authorization page. */
  consentAs: string;
  /** Every access token issued so far is expired (the PDS answers 401 invalid_token). */
  expireAccessTokens(): void;
  /** Every refresh token issued so far is revoked (the token endpoint answers invalid_grant). */
  revokeRefreshTokens(): void;
  /** New nonces: the next request of each kind is answered use_dpop_nonce. */
  rotateNonces(): void;
}

export interface FakeOAuthOptions {
  url: () => string;
  accounts: Map<string, FakeOAuthAccount>;
  violations: string[];
  /** Fetches a client metadata document (by default over HTTP from the client id URL). */
  resolveClientMetadata?: (clientId: string) => Promise<unknown>;
  /** Lifetime of issued access tokens. */
  accessTokenSeconds?: number;
}

const b64 = (bytes: Buffer) => bytes.toString('base64url');

/** RFC 7638 thumbprint of an EC public key, computed here on its own. */
function thumbprint(jwk: JsonWebKey): string {
  return b64(createHash('sha256').update(`{"crv":"${jwk.crv}","kty":"${jwk.kty}","x":"${jwk.x}","y":"${jwk.y}"}`).digest());
}

export function createFakeOAuth(options: FakeOAuthOptions) {
  const { accounts, violations } = options;
  const pushed: Array<Record<string, string>> = [];
  const requests = new Map<string, { params: Record<string, string>; jkt: string; expiresAt: number; used: boolean }>();
  const codes = new Map<string, { params: Record<string, string>; jkt: string; did: string; used: boolean }>();
  const clientMetadata = new Map<string, Record<string, unknown>>();
  const accessTokens = new Map<string, FakeOAuthGrant & { expired: boolean }>();
  const refreshTokens = new Map<string, FakeOAuthGrant & { used: boolean; revoked: boolean }>();
  const jtis = new Set<string>();
  const counts = { par: 0, codeExchanges: 0, refreshes: 0, nonceChallenges: 0 };
  let asNonce = b64(randomBytes(12));
  let rsNonce = b64(randomBytes(12));
  const issuer = () => options.url();

  const fail = (status: number, error: string, description: string, headers: Record<string, string> = {}): FakeResponse => ({ status, json: { error, error_description: description }, headers });
  const violation = (status: number, error: string, description: string, headers?: Record<string, string>): FakeResponse => {
    violations.push(`oauth: ${description}`);
    return fail(status, error, description, headers);
  };

  /** Checks a DPoP proof (RFC 9449 §4.3); answers the key's thumbprint, or the refusal to send. */
  function checkProof(request: RecordedRequest, server: 'as' | 'rs', accessToken?: string): { jkt: string } | { refusal: FakeResponse } {
    const refuse = (description: string) => {
      const headers: Record<string, string> = server === 'rs' ? { 'www-authenticate': `DPoP error="invalid_dpop_proof", error_description="${description}"` } : {};
      return { refusal: violation(server === 'rs' ? 401 : 400, 'invalid_dpop_proof', description, headers) };
    };
    const proof = request.headers.dpop;
    if (!proof || proof.includes(',')) return refuse('exactly one DPoP header is required');
    const [h, c, s] = proof.split('.');
    let header: any;
    let claims: any;
    try {
      header = JSON.parse(Buffer.from(h!, 'base64url').toString('utf8'));
      claims = JSON.parse(Buffer.from(c!, 'base64url').toString('utf8'));
    } catch {
      return refuse('the DPoP proof is not a JWT');
    }
    if (header.typ !== 'dpop+jwt') return refuse('typ must be dpop+jwt');
    if (header.alg !== 'ES256') return refuse('alg must be ES256');
    const jwk = header.jwk;
    if (!jwk || jwk.kty !== 'EC' || jwk.crv !== 'P-256' || typeof jwk.x !== 'string' || typeof jwk.y !== 'string') return refuse('jwk must be a P-256 public key');
    if ('d' in jwk) return refuse('jwk carries the private key');
    let valid = false;
    try {
      valid = verify('sha256', Buffer.from(`${h}.${c}`), { key: createPublicKey({ key: jwk, format: 'jwk' }), dsaEncoding: 'ieee-p1363' }, Buffer.from(s ?? '', 'base64url'));
    } catch {
      valid = false;
    }
    if (!valid) return refuse('the DPoP proof signature does not verify with its jwk');
    if (claims.htm !== request.method) return refuse(`htm ${claims.htm} is not ${request.method}`);
    if (claims.htu !== `${options.url()}${request.path}`) return refuse(`htu ${claims.htu} is not ${options.url()}${request.path}`);
    if (typeof claims.iat !== 'number' || Math.abs(claims.iat - Date.now() / 1000) > 60) return refuse('iat is not within a minute of now');
    if (typeof claims.jti !== 'string' || claims.jti.length < 12) return refuse('jti must be a unique string');
    if (jtis.has(claims.jti)) return refuse('jti was used before (replayed proof)');
    jtis.add(claims.jti);
    if (accessToken !== undefined && claims.ath !== b64(createHash('sha256').update(accessToken).digest())) return refuse('ath is not the hash of the access token');
    if (accessToken === undefined && claims.ath !== undefined) return refuse('ath is only for resource requests');
    const nonce = server === 'as' ? asNonce : rsNonce;
    if (claims.nonce !== nonce) {
      // Not a violation: a client learns the nonce this way (RFC 9449 §8, §9).
      counts.nonceChallenges++;
      return server === 'as'
        ? { refusal: fail(400, 'use_dpop_nonce', 'Authorization server requires nonce in DPoP proof', { 'dpop-nonce': nonce }) }
        : { refusal: fail(401, 'use_dpop_nonce', 'Resource server requires nonce in DPoP proof', { 'dpop-nonce': nonce, 'www-authenticate': 'DPoP error="use_dpop_nonce", error_description="Resource server requires nonce in DPoP proof"' }) };
    }
    return { jkt: thumbprint(jwk) };
  }

  function form(request: RecordedRequest): Record<string, string> | undefined {
    if (!(request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) return undefined;
    return Object.fromEntries(new URLSearchParams(request.rawBody.toString('utf8')));
  }

  async function loadClient(clientId: string | undefined, redirectUri?: string): Promise<string | undefined> {
    if (!clientId || !URL.canParse(clientId)) return 'client_id must be the URL of the client metadata document';
    let document: any;
    try {
      document = options.resolveClientMetadata ? await options.resolveClientMetadata(clientId) : await (await fetch(clientId)).json();
    } catch (error) {
      return `the client metadata could not be fetched from ${clientId}: ${(error as Error).message}`;
    }
    if (document?.client_id !== clientId) return 'the client metadata document must name its own URL as client_id';
    if (document.dpop_bound_access_tokens !== true) return 'the client metadata must say dpop_bound_access_tokens: true';
    if (document.token_endpoint_auth_method !== 'none') return 'a public client says token_endpoint_auth_method: none';
    if (!Array.isArray(document.grant_types) || !document.grant_types.includes('authorization_code') || !document.grant_types.includes('refresh_token')) return 'grant_types must list authorization_code and refresh_token';
    if (!Array.isArray(document.response_types) || !document.response_types.includes('code')) return 'response_types must list code';
    if (typeof document.scope !== 'string' || !document.scope.split(' ').includes('atproto')) return 'the client scope must include atproto';
    if (!Array.isArray(document.redirect_uris) || document.redirect_uris.length === 0) return 'redirect_uris must not be empty';
    if (redirectUri !== undefined && !document.redirect_uris.includes(redirectUri)) return `redirect_uri ${redirectUri} is not among the client's redirect_uris`;
    clientMetadata.set(clientId, document);
    return undefined;
  }

  function tokensFor(grant: FakeOAuthGrant) {
    const access = `at-${b64(randomBytes(24))}`;
    const refresh = `rt-${b64(randomBytes(24))}`;
    accessTokens.set(access, { ...grant, expired: false });
    refreshTokens.set(refresh, { ...grant, used: false, revoked: false });
    return { access_token: access, token_type: 'DPoP', expires_in: options.accessTokenSeconds ?? 3600, refresh_token: refresh, scope: grant.scope, sub: grant.did };
  }

  const metadata = () => ({
    issuer: issuer(),
    authorization_endpoint: `${issuer()}/oauth/authorize`,
    token_endpoint: `${issuer()}/oauth/token`,
    pushed_authorization_request_endpoint: `${issuer()}/oauth/par`,
    require_pushed_authorization_requests: true,
    response_types_supported: ['code'],
    grant_types_supported: ['authorization_code', 'refresh_token'],
    code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: ['none', 'private_key_jwt'],
    token_endpoint_auth_signing_alg_values_supported: ['ES256'],
    scopes_supported: ['atproto', 'transition:generic', 'transition:chat.bsky'],
    authorization_response_iss_parameter_supported: true,
    dpop_signing_alg_values_supported: ['ES256'],
    client_id_metadata_document_supported: true,
  });

  const state: FakeBlueskyOAuth = {
    pushed,
    clientMetadata,
    accessTokens,
    refreshTokens,
    counts,
    consentAs: '',
    expireAccessTokens() {
      for (const grant of accessTokens.values()) grant.expired = true;
    },
    revokeRefreshTokens() {
      for (const grant of refreshTokens.values()) grant.revoked = true;
    },
    rotateNonces() {
      asNonce = b64(randomBytes(12));
      rsNonce = b64(randomBytes(12));
    },
  };

  /** The OAuth routes; undefined when the path is not one of them. */
  async function route(request: RecordedRequest): Promise<FakeResponse | undefined> {
    const key = `${request.method} ${request.path}`;
    if (request.method === 'GET' && request.path.startsWith('/plc/')) {
      // The PLC directory: GET /<did> answers the DID document (https://web.plc.directory/api/redoc).
      const did = decodeURIComponent(request.path.slice('/plc/'.length));
      const who = accounts.get(did);
      if (!who) return { status: 404, json: { message: `DID not registered: ${did}` } };
      return {
        json: {
          '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
          id: who.did,
          alsoKnownAs: [`at://${who.handle}`],
          verificationMethod: [],
          service: [{ id: '#atproto_pds', type: 'AtprotoPersonalDataServer', serviceEndpoint: options.url() }],
        },
      };
    }
    if (key === 'GET /.well-known/oauth-protected-resource') {
      return { json: { resource: options.url(), authorization_servers: [issuer()], scopes_supported: [], bearer_methods_supported: ['header'] } };
    }
    if (key === 'GET /.well-known/oauth-authorization-server') return { json: metadata() };
    if (key === 'POST /oauth/par') {
      const params = form(request);
      if (!params) return violation(400, 'invalid_request', 'PAR must be a form POST');
      const proof = checkProof(request, 'as');
      if ('refusal' in proof) return proof.refusal;
      counts.par++;
      const problem = await loadClient(params.client_id, params.redirect_uri);
      if (problem) return violation(400, 'invalid_client', problem);
      if (params.client_secret || request.headers.authorization) return violation(400, 'invalid_client', 'a public client sends no secret');
      if (params.response_type !== 'code') return violation(400, 'unsupported_response_type', 'response_type must be code');
      if (params.code_challenge_method !== 'S256' || !/^[A-Za-z0-9_-]{43}$/.test(params.code_challenge ?? '')) return violation(400, 'invalid_request', 'PKCE with S256 is required');
      if (!params.state) return violation(400, 'invalid_request', 'state is required');
      if (!params.redirect_uri) return violation(400, 'invalid_request', 'redirect_uri is required');
      const scopes = (params.scope ?? '').split(' ');
      const allowed = String(clientMetadata.get(params.client_id!)!.scope).split(' ');
      if (!scopes.includes('atproto') || scopes.some((scope) => !allowed.includes(scope))) return violation(400, 'invalid_scope', 'scope must include atproto and stay within the client metadata scope');
      pushed.push(params);
      const requestUri = `urn:ietf:params:oauth:request_uri:req-${b64(randomBytes(16))}`;
      requests.set(requestUri, { params, jkt: proof.jkt, expiresAt: Date.now() + 300_000, used: false });
      return { status: 201, json: { request_uri: requestUri, expires_in: 299 }, headers: { 'dpop-nonce': asNonce } };
    }
    if (key === 'GET /oauth/authorize') {
      // The real page asks the user to sign in and approve; here the GET is the approval (by `consentAs`, or
      // the `as` query parameter the test sets), and `deny` a refusal.
      const { client_id: clientId, request_uri: requestUri } = request.query;
      const extra = Object.keys(request.query).filter((name) => !['client_id', 'request_uri', 'as', 'deny'].includes(name));
      if (extra.length) violations.push(`oauth: with PAR the authorization URL carries client_id and request_uri only, not ${extra.join(', ')}`);
      const pending = requestUri ? requests.get(requestUri) : undefined;
      if (!pending || pending.used || pending.expiresAt < Date.now() || pending.params.client_id !== clientId) {
        return { status: 400, text: 'This authorization request is unknown, used or expired.' };
      }
      pending.used = true;
      const back = new URL(pending.params.redirect_uri!);
      back.searchParams.set('state', pending.params.state!);
      back.searchParams.set('iss', issuer());
      if (request.query.deny !== undefined) {
        back.searchParams.set('error', 'access_denied');
        return { status: 302, headers: { location: back.toString() } };
      }
      const who = accounts.get(request.query.as ?? state.consentAs);
      if (!who) return { status: 400, text: 'nobody signed in' };
      const code = `cod-${b64(randomBytes(16))}`;
      codes.set(code, { params: pending.params, jkt: pending.jkt, did: who.did, used: false });
      back.searchParams.set('code', code);
      return { status: 302, headers: { location: back.toString() } };
    }
    if (key === 'POST /oauth/token') {
      const params = form(request);
      if (!params) return violation(400, 'invalid_request', 'the token request must be a form POST');
      const proof = checkProof(request, 'as');
      if ('refusal' in proof) return proof.refusal;
      if (params.client_secret || request.headers.authorization) return violation(400, 'invalid_client', 'a public client sends no secret');
      if (params.grant_type === 'authorization_code') {
        counts.codeExchanges++;
        const grant = codes.get(params.code ?? '');
        if (!grant || grant.used) return fail(400, 'invalid_grant', 'Invalid code');
        grant.used = true;
        if (params.client_id !== grant.params.client_id) return violation(400, 'invalid_grant', 'the code was issued to another client_id');
        if (params.redirect_uri !== grant.params.redirect_uri) return violation(400, 'invalid_grant', 'redirect_uri differs from the authorization request');
        const challenge = params.code_verifier ? b64(createHash('sha256').update(params.code_verifier).digest()) : undefined;
        if (challenge !== grant.params.code_challenge) return violation(400, 'invalid_grant', 'code_verifier does not match the code_challenge (S256)');
        if (proof.jkt !== grant.jkt) return violation(400, 'invalid_dpop_proof', 'the token request is signed by another DPoP key than the PAR');
        return { json: tokensFor({ did: grant.did, jkt: proof.jkt, clientId: params.client_id!, scope: grant.params.scope! }), headers: { 'dpop-nonce': asNonce, 'cache-control': 'no-store' } };
      }
      if (params.grant_type === 'refresh_token') {
        counts.refreshes++;
        const grant = refreshTokens.get(params.refresh_token ?? '');
        if (!grant) return fail(400, 'invalid_grant', 'Invalid refresh token');
        if (grant.clientId !== params.client_id) return violation(400, 'invalid_grant', 'the refresh token was issued to another client_id');
        if (grant.jkt !== proof.jkt) return violation(400, 'invalid_dpop_proof', 'the refresh is signed by another DPoP key than the token is bound to');
        if (grant.used) return violation(400, 'invalid_grant', 'refresh token replayed (they are single use)');
        if (grant.revoked) return fail(400, 'invalid_grant', 'Refresh token revoked');
        grant.used = true;
        return { json: tokensFor(grant), headers: { 'dpop-nonce': asNonce, 'cache-control': 'no-store' } };
      }
      return violation(400, 'unsupported_grant_type', `grant_type ${params.grant_type} is not supported`);
    }
    return undefined;
  }

  /**
   * The account behind `Authorization: DPoP <token>` on an XRPC call, or the refusal to answer with (401 with
   * WWW-Authenticate, as the PDS does).
   */
  function resourceCaller(request: RecordedRequest): { did: string } | { refusal: FakeResponse } {
    const token = (request.headers.authorization ?? '').slice('DPoP '.length);
    const grant = accessTokens.get(token);
    const proof = checkProof(request, 'rs', token);
    if ('refusal' in proof) return proof;
    if (!grant) return { refusal: fail(401, 'invalid_token', 'Invalid token', { 'www-authenticate': 'DPoP error="invalid_token", error_description="Invalid token"' }) };
    if (grant.jkt !== proof.jkt) return { refusal: violation(401, 'invalid_dpop_proof', 'the proof is signed by another key than the token is bound to (cnf.jkt)', { 'www-authenticate': 'DPoP error="invalid_dpop_proof"' }) };
    if (grant.expired) return { refusal: fail(401, 'invalid_token', '"exp" claim timestamp check failed', { 'www-authenticate': 'DPoP error="invalid_token", error_description="\\"exp\\" claim timestamp check failed"' }) };
    return { did: grant.did };
  }

  return { state, route, resourceCaller, isBoundToken: (token: string) => accessTokens.has(token) };
}
