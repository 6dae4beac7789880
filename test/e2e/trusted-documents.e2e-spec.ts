import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createWorkspace, ok, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type GraphQLResponse, type TestServer } from '../utils/test-server.js';

/** A page of 50 posts with their targets: cost 1 + 50 × (1 + 1 + 3 + 1 + 3) = 451; fields nest 5 deep, under the ordinary 5,000. */
const POSTS_PAGE = 'query Posts($ws: ID!) { posts(first: 50, workspaceId: $ws) { edges { node { body id status targets { id status url } } } } }';
/** Live post changes, as the admin subscribes to them. */
const POST_UPDATED = 'subscription PostUpdated($ws: ID!) { postUpdated(workspaceId: $ws) { id status } }';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Trusted (persisted) documents: the admin build's manifest (hash -> document, written by GraphQL Code Generator's
 * client preset) is read at start; a hash from it runs; any other document is held to the stricter untrusted limits
 * (RAPPORT_GRAPHQL_STRICT_UNTRUSTED, on in production) while the same text from the manifest is not.
 */
describe('trusted (persisted) documents', () => {
  let server: TestServer;
  let token: string;
  let workspaceId: string;
  let dir: string;

  const post = (body: Record<string, unknown>) =>
    server.http
      .post('/graphql')
      .set('authorization', `Bearer ${token}`)
      .send(body)
      .then((res) => ({ status: res.status, body: res.body as GraphQLResponse }));
  const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rapport-trusted-'));
    const manifest = join(dir, 'persisted-documents.json');
    // Keys as the client preset writes them; one entry whose text does not match its hash, which must not be trusted.
    writeFileSync(
      manifest,
      JSON.stringify({
        [`sha256:${sha256(POSTS_PAGE)}`]: POSTS_PAGE,
        [`sha256:${sha256(POST_UPDATED)}`]: POST_UPDATED,
        [`sha256:${sha256('query { me { id } }')}`]: 'query { workspaces(first: 100) { edges { node { id name } } } }',
      }),
    );
    server = await createTestServer({
      RAPPORT_GRAPHQL_TRUSTED_DOCUMENTS: manifest,
      RAPPORT_GRAPHQL_STRICT_UNTRUSTED: 'true',
      RAPPORT_GRAPHQL_UNTRUSTED_MAX_COST: '100',
      RAPPORT_GRAPHQL_UNTRUSTED_MAX_DEPTH: '4',
      RAPPORT_GRAPHQL_UNTRUSTED_MAX_ALIASES: '2',
    });
    token = await setupAdmin(server);
    workspaceId = await createWorkspace(server, token, 'Trusted');
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs a trusted document sent by its hash alone, and answers PERSISTED_QUERY_NOT_FOUND for an unknown hash', async () => {
    const hit = await post({ operationName: 'Posts', variables: { ws: workspaceId }, extensions: persisted(sha256(POSTS_PAGE)) });
    expect(hit.status).toBe(200);
    expect(ok(hit.body)).toEqual({ posts: { edges: [] } });

    const miss = await post({ variables: {}, extensions: persisted(sha256('query { me { id name } }')) });
    expect(miss.body.errors?.map((e) => e.extensions.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(miss.body.data).toBeUndefined();
  });

  it('refuses the same document over the untrusted cost limit when it is not sent as the trusted one, and runs it when it is', async () => {
    // The trusted text sent in full is the trusted document: the same bytes hash to the manifest's key.
    const asText = await post({ query: POSTS_PAGE, variables: { ws: workspaceId } });
    expect(ok(asText.body).posts.edges).toEqual([]);

    // The same operation written differently is another document: held to the untrusted limits.
    const rewritten = POSTS_PAGE.replace('body id status', 'id body status');
    const refused = await post({ query: rewritten, variables: { ws: workspaceId } });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({
        message: 'The operation costs 451, more than the 100 allowed for an operation that is not one of the trusted (persisted) documents.',
        extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', cost: 451, maxCost: 100, trustedDocument: false }),
      }),
    ]);
    // Registered by automatic persisted queries (query and its hash), it is still not trusted.
    const registered = await post({ query: rewritten, variables: { ws: workspaceId }, extensions: persisted(sha256(rewritten)) });
    expect(registered.body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', trustedDocument: false });

    // A manifest entry whose text does not hash to its key trusts nothing.
    const forged = await post({ variables: {}, extensions: persisted(sha256('query { me { id } }')) });
    expect(forged.body.errors?.map((e) => e.extensions.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  it('holds untrusted documents to the depth and alias limits, and leaves small ones alone', async () => {
    const deep = await post({ query: 'query($ws: ID!) { posts(workspaceId: $ws, first: 1) { edges { node { targets { id } } } } }', variables: { ws: workspaceId } });
    expect(deep.body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', maxDepth: 4, trustedDocument: false });
    const aliased = await post({ query: '{ a: me { id } b: me { id } c: me { id } }' });
    expect(aliased.body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', aliases: 3, maxAliases: 2, trustedDocument: false });
    const small = await post({ query: '{ me { id } }' });
    expect(ok(small.body).me.id).toEqual(expect.any(String));
  });

  it('subscribes over graphql-ws with a trusted hash, and refuses an unknown one with PERSISTED_QUERY_NOT_FOUND', async () => {
    const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
    try {
      const unknown = await new Promise<unknown>((resolve) => {
        client.subscribe({ query: '', extensions: persisted(sha256('subscription { nothing }')) }, { next: () => {}, error: resolve, complete: () => resolve(null) });
      });
      expect((unknown as Array<{ extensions: { code: string } }>).map((e) => e.extensions.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);

      // Found and run: the subscription reaches its resolver, which refuses a workspace that is not the caller's.
      const refusal = await new Promise<unknown>((resolve) => {
        client.subscribe(
          { query: '', operationName: 'PostUpdated', variables: { ws: '00000000-0000-4000-8000-000000000000' }, extensions: persisted(sha256(POST_UPDATED)) },
          { next: (message) => resolve(message.errors), error: resolve, complete: () => resolve(null) },
        );
      });
      expect((refusal as Array<{ extensions: { code: string } }>).map((e) => e.extensions.code)).toEqual(['NOT_FOUND']);
    } finally {
      await client.dispose();
    }
  });
});
