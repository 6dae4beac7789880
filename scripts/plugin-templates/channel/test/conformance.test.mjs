// Runs the Rapport conformance kit against a local fake of the service's documented API.
import { test } from 'node:test';
import { createHttpClient } from '@rapport/plugin-sdk';
import { assertConformance, createTestContext, runChannelConformance, startFakeServer } from '@rapport/plugin-sdk/testing';
import plugin from '../dist/index.js';

const TOKEN = 'test-token';

/** The fake service: checks the token, keeps posts by idempotency key, serves activity after a cursor. */
async function startFakeApi() {
  const postsByKey = new Map();
  const activity = [];
  const authorised = (request) => request.headers.authorization === `Bearer ${TOKEN}`;
  const refuse = { status: 401, json: { error: 'invalid_token' } };
  const server = await startFakeServer({
    'GET /v1/me': (request) => (authorised(request) ? { json: { id: 'acct-1', name: 'Test account' } } : refuse),
    'POST /v1/posts': (request) => {
      if (!authorised(request)) return refuse;
      const key = request.headers['idempotency-key'];
      if (!postsByKey.has(key)) postsByKey.set(key, { id: `post-${postsByKey.size + 1}` });
      return { status: 201, json: postsByKey.get(key) };
    },
    'GET /v1/activity': (request) => {
      if (!authorised(request)) return refuse;
      const since = Number(request.query.since ?? 0);
      return { json: { items: activity.slice(since), next_cursor: String(activity.length) } };
    },
    'POST /v1/replies': (request) => {
      if (!authorised(request)) return refuse;
      return { status: 201, json: { id: `reply-${request.headers['idempotency-key']}` } };
    },
  });
  const seed = () => {
    const at = new Date().toISOString();
    activity.push(
      { id: 'c-1', type: 'comment', thread_id: 'post-1', author: { id: 'u-1', handle: 'ana' }, text: 'Love it!', created_at: at },
      { id: 'm-1', type: 'mention', thread_id: 'm-1', author: { id: 'u-2', handle: 'bo' }, text: '@you hi', created_at: at },
      { id: 'd-1', type: 'dm', thread_id: 'dm-ana', author: { id: 'u-1', handle: 'ana' }, text: 'Are you open on Sunday?', created_at: at },
    );
  };
  return { server, seed };
}

test('__CODE__ channel driver passes the Rapport conformance kit', async () => {
  const { server, seed } = await startFakeApi();
  try {
    const [driver] = plugin.channels;
    const context = createTestContext({ credentials: { accessToken: TOKEN }, options: { baseUrl: server.url }, http: createHttpClient({ baseUrl: server.url }) });
    const report = await runChannelConformance(driver, {
      context,
      fakeServer: server,
      samples: { seedInbound: seed, invalidCredentials: { accessToken: 'revoked' } },
    });
    assertConformance(report);
  } finally {
    await server.close();
  }
});
