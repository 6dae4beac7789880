import { Webhook } from 'standardwebhooks';
import { createHttpClient, generateStandardWebhookSecret, HttpError, signStandardWebhook, verifyStandardWebhook } from '../src/index.js';
import { startFakeServer } from '../src/testing/index.js';

describe('Standard Webhooks signatures', () => {
  const body = '{"type":"post.updated","version":1,"data":{"id":"p1"}}';
  const now = new Date();
  const timestamp = Math.floor(now.getTime() / 1000);

  it('signs what the standardwebhooks package verifies, with either secret of a rotation', () => {
    const current = generateStandardWebhookSecret();
    const previous = generateStandardWebhookSecret();
    expect(current).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const signature = [current, previous].map((secret) => signStandardWebhook({ secret, id: 'evt_1', timestamp, body })).join(' ');
    const headers = { 'webhook-id': 'evt_1', 'webhook-timestamp': String(timestamp), 'webhook-signature': signature };
    for (const secret of [current, previous]) expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(generateStandardWebhookSecret()).verify(body, headers)).toThrow(/No matching signature/);
  });

  it('verifies what the standardwebhooks package signs, and refuses a changed body, id or stale timestamp', () => {
    const secret = generateStandardWebhookSecret();
    const signature = new Webhook(secret).sign('evt_2', now, body);
    expect(verifyStandardWebhook({ secret, id: 'evt_2', timestamp, body, signature: `v1,bm90IGl0 ${signature}` })).toBe(true);
    expect(verifyStandardWebhook({ secret, id: 'evt_2', timestamp, body: `${body} `, signature })).toBe(false);
    expect(verifyStandardWebhook({ secret, id: 'evt_3', timestamp, body, signature })).toBe(false);
    expect(verifyStandardWebhook({ secret, id: 'evt_2', timestamp, body, signature, now: new Date(now.getTime() + 301_000) })).toBe(false);
  });

  it('refuses a secret without the whsec_ prefix', () => {
    expect(() => signStandardWebhook({ secret: 'plain', id: 'evt_1', timestamp, body })).toThrow(/whsec_/);
  });
});

describe('createHttpClient with followRedirects: false', () => {
  it('answers a redirect as an HttpError with its status instead of following it', async () => {
    const server = await startFakeServer({ 'POST /hook': () => ({ status: 302, headers: { location: '/elsewhere' } }), 'GET /elsewhere': () => ({ json: {} }) });
    try {
      const error = await createHttpClient().post(`${server.url}/hook`, { json: {}, followRedirects: false }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(HttpError);
      expect((error as HttpError).status).toBe(302);
      expect(server.requests.map((request) => request.path)).toEqual(['/hook']);
    } finally {
      await server.close();
    }
  });
});
