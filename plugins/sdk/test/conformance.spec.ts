import { randomUUID } from 'node:crypto';
import { classifyHttpError, type ChannelDriver, type DriverContext, type PolicyRule, type ReviewSourceDriver } from '../src/index.js';
import {
  assertConformance,
  createTestContext,
  runChannelConformance,
  runReviewSourceConformance,
  runRuleConformance,
  startFakeServer,
  type FakeServer,
  type RecordedRequest,
} from '../src/testing/index.js';

/** A tiny network: a bearer-token API with idempotent writes and a sequence-numbered inbox. */
function startTinyNetwork(): Promise<FakeServer> {
  const byIdempotencyKey = new Map<string, unknown>();
  const inbox = [1, 2, 3].map((seq) => ({ seq, id: `c${seq}`, thread: 'p1', author: { id: `u${seq}`, handle: `user${seq}` }, text: `comment ${seq}` }));
  const reviews = [{ seq: 1, id: 'r1', author: { id: 'u1', handle: 'user1' }, stars: 6, text: 'Great' }];
  let nextId = 1;
  const authorized = (request: RecordedRequest) => request.headers.authorization === 'Bearer good';
  const idempotent = (request: RecordedRequest, create: () => unknown) => {
    const key = request.headers['idempotency-key'];
    const body = (key ? byIdempotencyKey.get(key) : undefined) ?? create();
    if (key) byIdempotencyKey.set(key, body);
    return { status: 201, json: body };
  };
  const guard = (handler: (request: RecordedRequest) => object) => (request: RecordedRequest) =>
    authorized(request) ? handler(request) : { status: 401, json: { error: 'bad token' } };
  return startFakeServer({
    'GET /me': guard(() => ({ json: { id: 'acct-1', name: 'Tiny' } })),
    'POST /posts': guard((request) => idempotent(request, () => ({ id: `post-${nextId++}` }))),
    'DELETE /posts/:id': guard((request) => (request.params.id!.startsWith('post-') ? { status: 204 } : { status: 404, json: { error: 'no such post' } })),
    'GET /inbox': guard((request) => {
      const after = Number(request.query.after ?? 0);
      const items = inbox.filter((item) => item.seq > after);
      return { json: { items, cursor: String(items.at(-1)?.seq ?? after) } };
    }),
    'POST /inbox/:id/replies': guard((request) => idempotent(request, () => ({ id: `reply-${nextId++}` }))),
    'POST /inbox/:id/hide': guard(() => ({ status: 204 })),
    'GET /reviews': guard(() => ({ json: { items: reviews } })),
  });
}

function api(ctx: DriverContext) {
  return ctx.http.extend({ headers: { authorization: `Bearer ${String(ctx.credentials.token)}` } });
}

const tinyChannel: ChannelDriver = {
  code: 'tiny',
  displayName: 'Tiny',
  description: 'A tiny test network',
  capabilities: { publish: true, reply: true, hide: true, delete: true, mentions: false, directMessages: false, webhooks: false, polling: true, hideableKinds: ['comment'] },
  limits: { maxLength: 100, maxMedia: 0, mediaTypes: [] },
  credentialsSchema: { type: 'object', required: ['token'], properties: { token: { type: 'string' } } },
  async verifyCredentials(ctx) {
    const me = (await api(ctx).get('/me')).json<{ id: string; name: string }>();
    return { accountId: me.id, displayName: me.name };
  },
  async publish(ctx, input) {
    const response = await api(ctx).post('/posts', { json: { text: input.text }, headers: { 'idempotency-key': input.idempotencyKey } });
    return { externalId: response.json<{ id: string }>().id };
  },
  async sync(ctx, cursor) {
    const page = (await api(ctx).get('/inbox', { query: { after: cursor } })).json<{
      items: Array<{ id: string; thread: string; author: { id: string; handle: string }; text: string }>;
      cursor: string;
    }>();
    const items = page.items.map((item) => ({
      kind: 'comment' as const,
      externalId: item.id,
      threadExternalId: item.thread,
      author: { externalId: item.author.id, handle: item.author.handle },
      text: item.text,
      createdAt: '2025-01-01T00:00:00.000Z',
    }));
    return { items, nextCursor: page.cursor };
  },
  async reply(ctx, input) {
    const response = await api(ctx).post(`/inbox/${input.inReplyToExternalId}/replies`, {
      json: { text: input.text },
      headers: { 'idempotency-key': input.idempotencyKey },
    });
    return { externalId: response.json<{ id: string }>().id };
  },
  async hide(ctx, externalId) {
    await api(ctx).post(`/inbox/${externalId}/hide`);
  },
  async delete(ctx, externalId) {
    await api(ctx).delete(`/posts/${externalId}`);
  },
  classifyError: classifyHttpError,
};

describe('runChannelConformance', () => {
  let network: FakeServer;
  let context: DriverContext;

  beforeAll(async () => {
    network = await startTinyNetwork();
    context = createTestContext({ credentials: { token: 'good' }, baseUrl: network.url });
  });
  afterAll(() => network.close());

  const options = () => ({
    context,
    fakeServer: network,
    samples: { seedInbound: () => undefined, invalidCredentials: { token: 'bad' } },
  });

  it('passes a well-behaved driver', async () => {
    const report = await runChannelConformance(tinyChannel, options());
    expect(report.subject).toBe('channel driver "tiny"');
    expect(() => assertConformance(report)).not.toThrow();
    expect(report.checks.filter((result) => result.skipped).map((result) => result.name)).toEqual(['delete-inbound', 'webhook-verify', 'webhook-parse']);
  });

  it('fails a broken driver on exactly the checks it breaks', async () => {
    const broken: ChannelDriver = {
      ...tinyChannel,
      code: 'Broken Net',
      hide: undefined,
      // A fresh key per call, so a retried job would post twice.
      publish: (ctx, input) => tinyChannel.publish(ctx, { ...input, idempotencyKey: randomUUID() }),
      // Ignores the cursor, so every sync returns everything again.
      sync: (ctx) => tinyChannel.sync(ctx, null),
      classifyError: () => 'fatal',
    };
    const report = await runChannelConformance(broken, options());
    expect(report.passed).toBe(false);
    expect(report.checks.filter((result) => !result.passed).map((result) => result.name)).toEqual([
      'metadata',
      'capabilities-match-methods',
      'reject-invalid-credentials',
      'publish-idempotent',
      'sync-cursor-advances',
      'hide-unhide',
      'classify-error',
    ]);
    expect(() => assertConformance(report)).toThrow(
      /channel driver "Broken Net" failed 7 of 17 conformance checks:\n- metadata: code "Broken Net" must match[\s\S]*- capabilities-match-methods: capabilities.hide needs hide\(\)[\s\S]*- classify-error: HTTP 429 → 'fatal', expected 'retry'/,
    );
  });

  it('fails a driver whose declared hideable or deletable kinds it cannot show working', async () => {
    const overclaiming: ChannelDriver = { ...tinyChannel, capabilities: { ...tinyChannel.capabilities, hideableKinds: ['comment', 'direct_message'], deletableKinds: ['comment'] } };
    const report = await runChannelConformance(overclaiming, options());
    const failed = Object.fromEntries(report.checks.filter((result) => !result.passed).map((result) => [result.name, result.error]));
    expect(failed).toEqual({
      'hide-unhide': 'sync returned no direct_message to hide (capabilities.hideableKinds lists it; seed one)',
      // The tiny network deletes only posts: deleting a comment is refused.
      'delete-inbound': expect.stringMatching(/HTTP 404/),
    });
    const unlisted = await runChannelConformance({ ...tinyChannel, capabilities: { ...tinyChannel.capabilities, hideableKinds: [] } }, options());
    expect(unlisted.checks.find((result) => result.name === 'metadata')?.error).toMatch(/capabilities\.hide is true: list the kinds/);
  });

  it('fails a driver that hangs, within the check time limit', async () => {
    const hanging: ChannelDriver = { ...tinyChannel, verifyCredentials: () => new Promise(() => {}) };
    const report = await runChannelConformance(hanging, { ...options(), checkTimeoutMs: 100 });
    expect(report.checks.find((result) => result.name === 'verify-credentials')).toEqual({
      name: 'verify-credentials',
      passed: false,
      error: 'did not finish within 100 ms',
    });
  });
});

describe('runReviewSourceConformance', () => {
  it('fails ratings outside the scale and capabilities without methods', async () => {
    const network = await startTinyNetwork();
    try {
      const broken: ReviewSourceDriver = {
        code: 'tiny-reviews',
        displayName: 'Tiny reviews',
        ratingScale: { min: 1, max: 5 },
        credentialsSchema: tinyChannel.credentialsSchema,
        capabilities: { reply: false, deleteReply: false, report: true, webhooks: false },
        verifyCredentials: tinyChannel.verifyCredentials,
        async sync(ctx) {
          const { items } = (await api(ctx).get('/reviews')).json<{ items: Array<{ id: string; author: { id: string; handle: string }; stars: number; text: string }> }>();
          const reviews = items.map((item) => ({
            externalId: item.id,
            author: { externalId: item.author.id, handle: item.author.handle },
            rating: item.stars,
            text: item.text,
            createdAt: 'yesterday',
          }));
          return { items: reviews, nextCursor: 'end' };
        },
        classifyError: classifyHttpError,
      };
      const context = createTestContext({ credentials: { token: 'good' }, baseUrl: network.url });
      const report = await runReviewSourceConformance(broken, { context, samples: { seedReviews: () => undefined } });
      const failed = Object.fromEntries(report.checks.filter((result) => !result.passed).map((result) => [result.name, result.error]));
      expect(Object.keys(failed)).toEqual(['capabilities-match-methods', 'sync-items', 'sync-cursor-advances', 'report']);
      expect(failed['sync-items']).toContain('items[0].rating 6 is outside the rating scale 1..5');
      expect(failed['sync-items']).toContain('items[0].createdAt must be an ISO 8601 date');
    } finally {
      await network.close();
    }
  });
});

const bannedWords: PolicyRule<{ words: string[] }> = {
  code: 'banned-words',
  description: 'Flags words the brand never uses',
  appliesTo: ['post', 'reply'],
  argsSchema: { type: 'object', required: ['words'], properties: { words: { type: 'array', items: { type: 'string' } } } },
  defaultArgs: { words: ['cheap'] },
  evaluate(text, _context, args) {
    return args.words.flatMap((word) =>
      [...text.matchAll(new RegExp(`\\b${word}\\b`, 'gi'))].map((match) => ({
        severity: 'medium' as const,
        message: `"${match[0]}" is off-brand`,
        spans: [{ start: match.index, end: match.index + match[0].length, text: match[0] }],
        suggestion: 'affordable',
      })),
    );
  },
};

describe('runRuleConformance', () => {
  it('passes a well-behaved rule', async () => {
    const report = await runRuleConformance(bannedWords, { positive: ['So cheap!', 'CHEAP and cheap'], negative: ['Affordable quality'] });
    expect(() => assertConformance(report)).not.toThrow();
  });

  it('fails a broken rule on exactly the checks it breaks', async () => {
    let calls = 0;
    const broken: PolicyRule<{ words: string[] }> = {
      ...bannedWords,
      argsSchema: { type: 'object', properties: { words: { type: 'array', items: { type: 'number' } } } },
      // Off-by-one spans, flags everything, and changes its mind between calls.
      evaluate: (text) => [{ severity: 'medium', message: `call ${calls++}`, spans: [{ start: 1, end: text.length + 1, text }] }],
    };
    const report = await runRuleConformance(broken, { positive: ['So cheap!'], negative: ['Affordable quality'] });
    expect(report.checks.filter((result) => !result.passed).map((result) => result.name)).toEqual([
      'default-args',
      'positives-flagged',
      'negatives-clean',
      'deterministic',
    ]);
    expect(report.checks.find((result) => result.name === 'default-args')!.error).toContain('words.0: must be number');
  });
});
