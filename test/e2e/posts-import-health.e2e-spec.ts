import { startSandboxNetwork, type SandboxNetwork } from '@rapport/plugin-network-sandbox/server';
import { createMember, createWorkspace, errorCode, ok, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';

describe('bulk import and channel health', () => {
  let sandbox: SandboxNetwork;
  let server: TestServer;
  let admin: string;
  let workspaceId: string;
  let dailyDeals: string;
  let tips: string;

  const connect = async (displayName: string, accessToken = sandbox.accessToken) =>
    ok(await server.gql('mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id } }', { input: { workspaceId, type: 'sandbox', displayName, credentials: { accessToken } } }, admin)).connectChannel.id;
  const importPosts = (format: string, data: string) =>
    server.gql('mutation($input: ImportPostsInput!) { importPosts(input: $input) { posts { body kind tags status targets { channelId } } errors { row field message } } }', { input: { workspaceId, format, data } }, admin);

  beforeAll(async () => {
    // Two accounts: one account is connected at most once per workspace.
    sandbox = await startSandboxNetwork({ otherAccounts: [{ accessToken: 'sandbox-token-tips', handle: 'grooming-tips' }] });
    server = await createTestServer({}, {
      plugins: [
        { specifier: '@rapport/plugin-network-sandbox', baseDir: '/', options: { baseUrl: sandbox.url } },
        { specifier: '@rapport/plugin-rule-banned-terms', baseDir: '/', options: {} },
      ],
    });
    const instanceAdmin = await setupAdmin(server);
    workspaceId = await createWorkspace(server, instanceAdmin, 'Pet Store');
    admin = await createMember(server, instanceAdmin, workspaceId, 'admin@pets.test', 'ADMIN');
    dailyDeals = await connect('Daily deals');
    tips = await connect('Grooming tips', 'sandbox-token-tips');
  });
  afterAll(async () => {
    await server.close();
    await sandbox.close();
  });

  it('creates the valid rows of a CSV as drafts and reports each invalid row, creating nothing for it', async () => {
    const before = (await server.sql('SELECT count(*)::int AS n FROM post'))[0].n;
    const csv = [
      'body,channels,kind,tags',
      `"Brushing 101, part one",Grooming tips,GENERAL,tips|dogs`,
      `20% off shampoo,Nowhere network,PROMOTIONAL,`,
      `,Daily deals,PROMOTIONAL,`,
      `"Two lines,\nand a ""quote""",${dailyDeals}|grooming tips,promotional,deals`,
      `Unknown kind,Daily deals,SPAM,`,
    ].join('\r\n');
    const { posts, errors } = ok(await importPosts('CSV', csv)).importPosts;
    expect(posts).toEqual([
      { body: 'Brushing 101, part one', kind: 'GENERAL', tags: ['tips', 'dogs'], status: 'DRAFT', targets: [{ channelId: tips }] },
      { body: 'Two lines,\nand a "quote"', kind: 'PROMOTIONAL', tags: ['deals'], status: 'DRAFT', targets: expect.arrayContaining([{ channelId: dailyDeals }, { channelId: tips }]) },
    ]);
    expect(errors).toEqual([
      { row: 2, field: 'channels', message: 'no channel "Nowhere network" in this workspace' },
      { row: 3, field: 'body', message: expect.stringContaining('body') },
      { row: 5, field: 'kind', message: expect.stringContaining('kind') },
    ]);
    expect((await server.sql('SELECT count(*)::int AS n FROM post'))[0].n).toBe(before + 2);
    expect(await server.sql('SELECT count(*)::int AS n FROM post_target WHERE post_id NOT IN (SELECT id FROM post)')).toEqual([{ n: 0 }]);
  });

  it('imports JSON the same way and refuses data that is not a list', async () => {
    const { posts, errors } = ok(await importPosts('JSON', JSON.stringify([{ body: 'Puppy cut guide', channels: ['Grooming tips'] }, { body: 'No channels' }]))).importPosts;
    expect(posts.map((p: { body: string }) => p.body)).toEqual(['Puppy cut guide']);
    expect(errors).toEqual([{ row: 2, field: 'channels', message: expect.any(String) }]);
    const bad = await importPosts('JSON', '{"body": "x"}');
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions.field).toBe('data');
    expect(errorCode(await importPosts('CSV', 'text\nhello'))).toBe('BAD_USER_INPUT');
  });

  it('reports cadence per channel: quiet channels, behind target, and ad-feed drift', async () => {
    ok(await server.gql('mutation($input: UpdateChannelInput!) { updateChannel(input: $input) { targetPostsPerWeek } }', { input: { workspaceId, channelId: dailyDeals, targetPostsPerWeek: 3 } }, admin));
    for (const body of ['Deal one', 'Deal two']) {
      const post = ok(await server.gql('mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', { input: { workspaceId, body, channelIds: [dailyDeals], kind: 'PROMOTIONAL' } }, admin)).createPost;
      ok(await server.gql('mutation($input: PostActionInput!) { publishPostNow(input: $input) { id } }', { input: { workspaceId, postId: post.id } }, admin));
    }
    const deadline = Date.now() + 15_000;
    while ((await server.sql("SELECT count(*)::int AS n FROM post_target WHERE channel_id = $1 AND status = 'PUBLISHED'", [dailyDeals]))[0].n < 2) {
      if (Date.now() > deadline) throw new Error('posts were not published');
      await new Promise((r) => setTimeout(r, 100));
    }
    const health = async () =>
      ok(await server.gql('query($ws: ID!) { channelHealth(workspaceId: $ws) { channel { displayName } postsThisWeek targetPostsPerWeek promotionalShare flagged reasons lastPostAt } }', { ws: workspaceId }, admin)).channelHealth;
    const [deals, grooming] = await health();
    expect(deals).toMatchObject({ channel: { displayName: 'Daily deals' }, postsThisWeek: 2, targetPostsPerWeek: 3, promotionalShare: 1, flagged: true, reasons: ['2 of 3 posts this week', "100% of last month's posts were promotional"] });
    expect(grooming).toMatchObject({ channel: { displayName: 'Grooming tips' }, postsThisWeek: 0, lastPostAt: null, flagged: true, reasons: ['nothing published yet'] });

    // Ten days later, as far as the data can tell.
    await server.sql("UPDATE post_target SET published_at = published_at - interval '10 days' WHERE channel_id = $1", [dailyDeals]);
    const [quiet] = await health();
    expect(quiet.postsThisWeek).toBe(0);
    expect(quiet.reasons).toEqual(['no post for 10 days', '0 of 3 posts this week', "100% of last month's posts were promotional"]);
  });

  it('backtests a draft policy over stored posts, reporting counts and examples, and changes nothing', async () => {
    const snapshot = () => server.sql("SELECT 'post' AS t, id::text, status::text AS s, updated_at FROM post UNION ALL SELECT 'policy', id::text, version::text, updated_at FROM policy ORDER BY 1, 2");
    const before = await snapshot();
    const backtest = (input: Record<string, unknown>) =>
      server.gql('query($input: BacktestPolicyInput!) { backtestPolicy(input: $input) { scope evaluated sources note outcomes { outcome count examples { itemType excerpt findings { rule message } } } } }', { input: { workspaceId, since: new Date(Date.now() - 3600_000).toISOString(), ...input } }, admin);
    const stored: Array<{ text: string }> = await server.sql('SELECT coalesce(t.variant_text, p.body) AS text FROM post p JOIN post_target t ON t.post_id = p.id WHERE p.workspace_id = $1', [workspaceId]);
    const withDeal = stored.filter((row) => /\bdeal\b/i.test(row.text)).length;
    expect(withDeal).toBeGreaterThan(0);

    const report = ok(await backtest({ draft: { scope: 'OUTBOUND_POST', rules: [{ rule: 'banned-terms', args: { terms: [{ term: 'deal' }] }, action: 'BLOCK' }] } })).backtestPolicy;
    expect(report).toMatchObject({ scope: 'OUTBOUND_POST', evaluated: stored.length, sources: ['posts'], note: null });
    const counts = Object.fromEntries(report.outcomes.map((o: { outcome: string; count: number }) => [o.outcome, o.count]));
    expect(counts).toEqual({ BLOCK: withDeal, ALLOW: stored.length - withDeal });
    const blocked = report.outcomes.find((o: { outcome: string }) => o.outcome === 'BLOCK');
    expect(blocked.examples[0]).toMatchObject({ itemType: 'post', excerpt: expect.stringMatching(/deal/i), findings: [{ rule: 'banned-terms', message: expect.any(String) }] });

    // This workspace has no messages: another scope's source, and nothing to replay.
    const inbound = ok(await backtest({ draft: { scope: 'INBOUND_MESSAGE', rules: [] } })).backtestPolicy;
    expect(inbound).toMatchObject({ evaluated: 0, sources: ['messages'], outcomes: [], note: null });
    const badRegex = await backtest({ draft: { scope: 'OUTBOUND_POST', rules: [{ rule: 'banned-terms', args: { terms: [{ term: '(unclosed', regex: true }] }, action: 'BLOCK' }] } });
    expect(badRegex.errors![0].extensions.field).toBe('rules.0.args.terms.0.term');
    expect(errorCode(await backtest({}))).toBe('BAD_USER_INPUT');
    expect(await snapshot()).toEqual(before);
  });
});
