// Runs the Rapport conformance kit against a local fake of the review site's documented API.
import { test } from 'node:test';
import { createHttpClient } from '@rapport/plugin-sdk';
import { assertConformance, createTestContext, runReviewSourceConformance, startFakeServer } from '@rapport/plugin-sdk/testing';
import plugin from '../dist/index.js';

const KEY = 'test-key';

async function startFakeApi() {
  const reviews = [];
  const authorised = (request) => request.headers['x-api-key'] === KEY;
  const refuse = { status: 401, json: { error: 'invalid_api_key' } };
  const server = await startFakeServer({
    'GET /v1/locations/:id': (request) => (authorised(request) ? { json: { id: request.params.id, name: 'Main street store' } } : refuse),
    'GET /v1/locations/:id/reviews': (request) => {
      if (!authorised(request)) return refuse;
      const since = Number(request.query.since ?? 0);
      return { json: { reviews: reviews.slice(since), next_cursor: String(reviews.length) } };
    },
    'PUT /v1/reviews/:id/reply': (request) => (authorised(request) ? { json: { ok: true } } : refuse),
    'POST /v1/reviews/:id/reports': (request) => (authorised(request) ? { status: 201, json: { id: `report-${request.params.id}` } } : refuse),
  });
  const seed = () => {
    const at = new Date().toISOString();
    reviews.push(
      { id: 'r-1', stars: 5, body: 'Great groomers.', reviewer: { id: 'u-1', name: 'Ana' }, created_at: at },
      { id: 'r-2', stars: 1, title: 'Awful', body: 'Never again.', reviewer: { id: 'u-2', name: 'Bo' }, created_at: at },
    );
  };
  return { server, seed };
}

test('__CODE__ review source passes the Rapport conformance kit', async () => {
  const { server, seed } = await startFakeApi();
  try {
    const [driver] = plugin.reviewSources;
    const context = createTestContext({ credentials: { apiKey: KEY, locationId: 'loc-1' }, options: { baseUrl: server.url }, http: createHttpClient({ baseUrl: server.url }) });
    const report = await runReviewSourceConformance(driver, {
      context,
      fakeServer: server,
      samples: { seedReviews: seed, invalidCredentials: { apiKey: 'revoked', locationId: 'loc-1' } },
    });
    assertConformance(report);
  } finally {
    await server.close();
  }
});
