import { createVerify, generateKeyPairSync } from 'node:crypto';
import { createHttpClient, decodeJwt, exchangeJwtAssertion, isDriverError, JWT_BEARER_GRANT_TYPE, publicJwkOf, signJwt, verifyJwt } from '../src/index.js';
import { startFakeServer } from '../src/testing/index.js';

const pem = (bits = 2048) => generateKeyPairSync('rsa', { modulusLength: bits }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

describe('JWT (RS256 over node:crypto)', () => {
  const key = pem();
  const other = pem();
  const now = 1_800_000_000;
  const claims = { iss: 'https://accounts.google.com', aud: 'https://rapport.example/webhooks/1', email: 'push@project.iam.gserviceaccount.com', iat: now, exp: now + 3600 };

  it('signs a compact JWT that the public key verifies, with kid and typ in the header', () => {
    const token = signJwt(claims, key, { keyId: 'k1' });
    const decoded = decodeJwt(token)!;
    expect(decoded.header).toEqual({ alg: 'RS256', typ: 'JWT', kid: 'k1' });
    expect(decoded.claims).toEqual(claims);
    const jwk = publicJwkOf(key, 'k1');
    expect(jwk).toMatchObject({ kty: 'RSA', kid: 'k1', alg: 'RS256', use: 'sig' });
    expect(jwk).not.toHaveProperty('d');
    expect(createVerify('RSA-SHA256').update(decoded.signingInput).verify({ key: jwk, format: 'jwk' }, decoded.signature)).toBe(true);
  });

  it('verifies signature, audience, issuer and validity window, and answers null for anything else', () => {
    const keys = [publicJwkOf(other, 'k2'), publicJwkOf(key, 'k1')];
    const verification = { keys, audience: claims.aud, issuers: ['accounts.google.com', 'https://accounts.google.com'], now };
    const token = signJwt(claims, key, { keyId: 'k1' });
    expect(verifyJwt(token, verification)).toEqual(claims);
    expect(verifyJwt(token, { ...verification, keys: [publicJwkOf(other, 'k1')] })).toBeNull();
    expect(verifyJwt(signJwt(claims, other, { keyId: 'k1' }), verification)).toBeNull();
    expect(verifyJwt(token, { ...verification, audience: 'https://rapport.example/webhooks/2' })).toBeNull();
    expect(verifyJwt(signJwt({ ...claims, iss: 'https://evil.example' }, key), verification)).toBeNull();
    expect(verifyJwt(token, { ...verification, now: now + 3600 + 61 })).toBeNull();
    expect(verifyJwt(token, { ...verification, now: now + 3600 + 59 })).toEqual(claims);
    expect(verifyJwt(signJwt({ ...claims, nbf: now + 600 }, key), verification)).toBeNull();
    const [header, body] = token.split('.');
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${body}.`;
    expect(verifyJwt(unsigned, verification)).toBeNull();
    expect(verifyJwt(`${header}.${Buffer.from(JSON.stringify({ ...claims, aud: 'x' })).toString('base64url')}.${token.split('.')[2]}`, verification)).toBeNull();
    expect(verifyJwt('not a jwt', verification)).toBeNull();
  });

  it('exchanges a signed assertion at the token endpoint (RFC 7523), a refusal being reauthorize', async () => {
    const server = await startFakeServer({
      'POST /token': (request) => {
        const form = Object.fromEntries(new URLSearchParams(request.rawBody.toString('utf8')));
        if (form.grant_type !== JWT_BEARER_GRANT_TYPE) return { status: 400, json: { error: 'unsupported_grant_type' } };
        if (form.assertion === 'revoked') return { status: 400, json: { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' } };
        return { json: { access_token: 'ya29.token', expires_in: 3599, token_type: 'Bearer' } };
      },
    });
    try {
      const http = createHttpClient();
      const tokens = await exchangeJwtAssertion(http, { tokenUrl: `${server.url}/token`, assertion: signJwt(claims, key) });
      expect(tokens).toMatchObject({ accessToken: 'ya29.token', tokenType: 'Bearer' });
      expect(Date.parse(tokens.expiresAt!)).toBeGreaterThan(Date.now() + 3500_000);
      const refused = await exchangeJwtAssertion(http, { tokenUrl: `${server.url}/token`, assertion: 'revoked' }).catch((error: unknown) => error);
      expect(isDriverError(refused) && refused.classification).toBe('reauthorize');
      expect((refused as Error).message).toBe('The token endpoint refused the signed assertion (HTTP 400, invalid_grant)');
    } finally {
      await server.close();
    }
  });

  it('refuses a key that is not PEM without repeating it', () => {
    const error = (() => {
      try {
        signJwt(claims, 'not-a-key-secret-material');
      } catch (caught) {
        return caught as Error;
      }
    })();
    expect(isDriverError(error) && error.classification).toBe('reauthorize');
    expect(error!.message).not.toContain('secret-material');
  });
});
