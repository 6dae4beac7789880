import { createHash } from 'node:crypto';
import { EmbeddedJWK, calculateJwkThumbprint, jwtVerify } from 'jose';
import { createDpopKey, createDpopProof, createHttpClient, dpopPublicJwk, jwkThumbprint, memoryDpopNonces, sendWithDpop } from '../src/index.js';
import { startFakeServer } from '../src/testing/index.js';

// The proofs are checked with `jose` (the host server's JOSE library), an implementation independent of ours.
describe('DPoP proofs (RFC 9449)', () => {
  it('signs ES256 proofs with the public key embedded, htm, htu without query, iat, a unique jti, nonce and ath', async () => {
    const key = createDpopKey();
    expect(key).toMatchObject({ kty: 'EC', crv: 'P-256', d: expect.any(String) });
    const proof = createDpopProof(key, { method: 'get', url: 'https://pds.example/xrpc/app.bsky.feed.getPosts?uris=a#x', nonce: 'n-1', accessToken: 'token-123' });
    const { payload, protectedHeader } = await jwtVerify(proof, EmbeddedJWK, { typ: 'dpop+jwt', algorithms: ['ES256'] });
    expect(protectedHeader.jwk).toEqual(dpopPublicJwk(key));
    expect(protectedHeader.jwk).not.toHaveProperty('d');
    expect(payload).toMatchObject({ htm: 'GET', htu: 'https://pds.example/xrpc/app.bsky.feed.getPosts', nonce: 'n-1', ath: createHash('sha256').update('token-123').digest('base64url') });
    expect(Math.abs((payload.iat as number) - Date.now() / 1000)).toBeLessThan(5);
    const again = await jwtVerify(createDpopProof(key, { method: 'GET', url: 'https://pds.example/' }), EmbeddedJWK);
    expect(again.payload.jti).not.toBe(payload.jti);
    expect(again.payload).not.toHaveProperty('nonce');
    expect(again.payload).not.toHaveProperty('ath');
  });

  it('computes the RFC 7638 thumbprint a bound token carries as cnf.jkt', async () => {
    const key = createDpopKey();
    expect(jwkThumbprint(dpopPublicJwk(key))).toBe(await calculateJwkThumbprint(dpopPublicJwk(key) as never, 'sha256'));
  });

  it('answers use_dpop_nonce once with the server nonce, and sends the remembered nonce next time', async () => {
    const seen: Array<string | undefined> = [];
    const server = await startFakeServer({
      'POST /token': async (request) => {
        const { payload } = await jwtVerify(request.headers.dpop!, EmbeddedJWK);
        seen.push(payload.nonce as string | undefined);
        return payload.nonce === 'server-nonce' ? { json: { ok: true }, headers: { 'dpop-nonce': 'server-nonce' } } : { status: 400, json: { error: 'use_dpop_nonce' }, headers: { 'dpop-nonce': 'server-nonce' } };
      },
      'GET /resource': async (request) => {
        const { payload } = await jwtVerify(request.headers.dpop!, EmbeddedJWK);
        seen.push(payload.nonce as string | undefined);
        return { status: 401, json: { error: 'use_dpop_nonce' }, headers: { 'www-authenticate': 'DPoP error="use_dpop_nonce"', 'dpop-nonce': 'rotated' } };
      },
    });
    try {
      const http = createHttpClient({ baseUrl: server.url });
      const nonces = memoryDpopNonces();
      const key = createDpopKey();
      const post = (proof: string) => http.post(`${server.url}/token`, { json: {}, headers: { dpop: proof } });
      expect((await sendWithDpop({ key, method: 'POST', url: `${server.url}/token`, nonces }, post)).json()).toEqual({ ok: true });
      expect(seen).toEqual([undefined, 'server-nonce']);
      await sendWithDpop({ key, method: 'POST', url: `${server.url}/token`, nonces }, post);
      expect(seen).toEqual([undefined, 'server-nonce', 'server-nonce']);
      // A resource server that keeps asking is answered once more, not forever.
      await expect(sendWithDpop({ key, method: 'GET', url: `${server.url}/resource`, accessToken: 't', nonces }, (proof) => http.get(`${server.url}/resource`, { headers: { dpop: proof } }))).rejects.toMatchObject({ status: 401 });
      expect(seen.slice(3)).toEqual(['server-nonce', 'rotated']);
    } finally {
      await server.close();
    }
  });
});
