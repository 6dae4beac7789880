import { startSandboxNetwork, type SandboxNetwork } from '@rapport/plugin-network-sandbox/server';
import { createHash, randomBytes } from 'node:crypto';
import { ClientApprovalsService } from '../../apps/server/src/client-approvals/client-approvals.service.js';
import { PostUpdatedEvent } from '../../apps/server/src/posts/post-updated.event.js';
import { PUBLISH_TARGET } from '../../apps/server/src/posts/publish-target.job.js';
import { createMember, createWorkspace, errorCode, ok, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';

const POST = 'id status scheduledAt clientApprovalStatus clientApprovalRequestId';
const REQUEST = 'id rule timeZone deadline expiresAt revokedAt postIds recipients { email revokedAt lastOpenedAt } decisions { email decision comment postId } posts { id }';
const LATER = '2030-03-15T08:00:00Z';

interface Page {
  status: number;
  html: string;
  csrf: string | null;
  cookie: string | null;
  headers: Record<string, string>;
}

/**
 * The client approval portal end to end over HTTP: requests by mail (read
 * from the outbox, as on `npm start` without SMTP), the page a link opens,
 * decisions posted by its forms with their CSRF token, what they do to posts
 * under each approval mode and rule, expiry, revocation, tampered links, the
 * deadline sweep and the publish job refusing an unapproved post.
 */
describe('client approval portal', () => {
  let sandbox: SandboxNetwork;
  let server: TestServer;
  let root: string;
  let admin: string;
  let editor: string;
  let viewer: string;
  let workspaceId: string;
  let otherWorkspaceId: string;
  let otherEditor: string;
  let channelId: string;
  let tipsChannelId: string;
  let otherPostId: string;

  const gql = (query: string, variables: Record<string, unknown> = {}, token = editor) => server.gql(query, variables, token);
  const setMode = async (approvalMode: string, clientApprovalRule = 'ALL_MUST_APPROVE') =>
    ok(await gql('mutation($input: UpdateWorkspaceInput!) { updateWorkspace(input: $input) { approvalMode clientApprovalRule } }', { input: { workspaceId, approvalMode, clientApprovalRule } }, admin));
  const createPost = async (body: string, extra: Record<string, unknown> = {}, ws = workspaceId, token = editor, channels = [channelId]) =>
    ok(await gql(`mutation($input: CreatePostInput!) { createPost(input: $input) { ${POST} } }`, { input: { workspaceId: ws, body, channelIds: channels, ...extra } }, token)).createPost;
  const postAction = (name: string, postId: string, token = editor) => gql(`mutation($input: PostActionInput!) { ${name}(input: $input) { ${POST} } }`, { input: { workspaceId, postId } }, token);
  const schedule = async (postId: string, at = LATER) => ok(await gql(`mutation($input: SchedulePostInput!) { schedulePost(input: $input) { ${POST} } }`, { input: { workspaceId, postId, at } })).schedulePost;
  const fetchPost = async (id: string) => ok(await gql(`query($ws: ID!, $id: ID!) { post(workspaceId: $ws, id: $id) { ${POST} } }`, { ws: workspaceId, id })).post;
  const history = async (id: string) =>
    ok(await gql('query($ws: ID!, $id: ID!) { postHistory(workspaceId: $ws, id: $id) { kind clientEmail detail actorId } }', { ws: workspaceId, id })).postHistory as Array<{ kind: string; clientEmail: string | null; detail: string | null }>;
  const requestApproval = (input: Record<string, unknown>, token = editor, ws = workspaceId) =>
    gql(`mutation($input: RequestClientApprovalInput!) { requestClientApproval(input: $input) { ${REQUEST} } }`, { input: { workspaceId: ws, ...input } }, token);
  const revoke = (input: Record<string, unknown>, token = editor, ws = workspaceId) =>
    gql(`mutation($input: RevokeClientApprovalInput!) { revokeClientApproval(input: $input) { ${REQUEST} } }`, { input: { workspaceId: ws, ...input } }, token);
  const mails = async (ws = workspaceId, token = admin) =>
    ok(await gql('query($ws: ID!) { outboxMails(workspaceId: $ws, first: 100) { edges { node { to subject text purpose status attachments { filename } } } } }', { ws }, token)).outboxMails.edges.map((e: any) => e.node) as Array<{ to: string[]; subject: string; text: string; purpose: string; status: string }>;
  /** The token of the newest approval link mailed to `email` (the only place it exists). */
  const linkFor = async (email: string): Promise<string> => {
    const mail = (await mails()).find((m) => m.purpose === 'client_approval.requested' && m.to.includes(email));
    const token = mail?.text.match(/\/client\/approve\/(ca_[\w-]{43})/)?.[1];
    if (!token) throw new Error(`no approval link mailed to ${email}`);
    return token;
  };
  const open = async (token: string): Promise<Page> => {
    const res = await server.http.get(`/client/approve/${token}`);
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('rapport_review='))?.split(';')[0] ?? null;
    return { status: res.status, html: res.text, csrf: res.text.match(/name="csrf" value="([^"]+)"/)?.[1] ?? null, cookie, headers: res.headers as Record<string, string> };
  };
  const post = async (token: string, form: Record<string, string>, page?: Page) => {
    const req = server.http.post(`/client/approve/${token}`).type('form');
    if (page?.cookie) req.set('cookie', page.cookie);
    return req.send({ ...(page?.csrf ? { csrf: page.csrf } : {}), ...form });
  };
  const decide = async (token: string, postId: string, decision: 'approve' | 'changes', comment = '') => {
    const page = await open(token);
    return post(token, { postId, decision, comment }, page);
  };

  beforeAll(async () => {
    sandbox = await startSandboxNetwork({ otherAccounts: [{ accessToken: 'sandbox-token-tips', handle: 'baking-tips' }] });
    server = await createTestServer({ RAPPORT_JOB_POLLING_SECONDS: '0.5', RAPPORT_PUBLIC_URL: 'https://rapport.agency.test' }, { plugins: [{ specifier: '@rapport/plugin-network-sandbox', baseDir: '/', options: { baseUrl: sandbox.url } }] });
    root = await setupAdmin(server);
    workspaceId = await createWorkspace(server, root, 'Acme <Bakery>');
    otherWorkspaceId = await createWorkspace(server, root, 'Other Client');
    admin = await createMember(server, root, workspaceId, 'admin@acme.test', 'ADMIN');
    editor = await createMember(server, root, workspaceId, 'editor@acme.test', 'EDITOR');
    viewer = await createMember(server, root, workspaceId, 'viewer@acme.test', 'VIEWER');
    otherEditor = await createMember(server, root, otherWorkspaceId, 'editor@other.test', 'EDITOR');
    const connect = async (ws: string, displayName: string, accessToken = sandbox.accessToken) =>
      ok(await server.gql('mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id } }', { input: { workspaceId: ws, type: 'sandbox', displayName, credentials: { accessToken } } }, root)).connectChannel.id;
    channelId = await connect(workspaceId, 'Acme main');
    tipsChannelId = await connect(workspaceId, 'Acme tips', 'sandbox-token-tips');
    const otherChannel = await connect(otherWorkspaceId, 'Other main');
    otherPostId = (await createPost('Other client secret post', {}, otherWorkspaceId, otherEditor, [otherChannel])).id;
  }, 60_000);
  afterAll(async () => {
    await server.close();
    await sandbox.close();
  });

  it('asks clients only when the workspace says so: INTERNAL_ONLY refuses, and only an ADMIN changes the mode', async () => {
    const draft = await createPost('Internal only');
    expect(errorCode(await requestApproval({ postIds: [draft.id], emails: ['ann@client.test'] }))).toBe('CONFLICT');
    expect(errorCode(await gql('mutation($input: UpdateWorkspaceInput!) { updateWorkspace(input: $input) { id } }', { input: { workspaceId, approvalMode: 'CLIENT_ONLY' } }, editor))).toBe('FORBIDDEN');
    expect(await setMode('CLIENT_ONLY')).toEqual({ updateWorkspace: { approvalMode: 'CLIENT_ONLY', clientApprovalRule: 'ALL_MUST_APPROVE' } });
    expect(errorCode(await gql('mutation($input: UpdateWorkspaceInput!) { updateWorkspace(input: $input) { id } }', { input: { workspaceId, approvalMode: 'SOMETIMES' } }, admin))).toBe('BAD_USER_INPUT');
  });

  it('round trip: mails a personal link per reviewer, shows each network’s text escaped in the client’s zone, and ALL_MUST_APPROVE waits for everyone', async () => {
    const body = 'Fresh croissants <script>alert("x")</script> & more';
    const created = await createPost(body, {
      channelIds: [channelId, tipsChannelId],
      variants: [{ channelId: tipsChannelId, text: 'Tip: <img src=x onerror=alert(1)> bake at 200°C' }],
      media: [{ url: 'https://cdn.acme.test/croissant.jpg', mimeType: 'image/jpeg', altText: 'A "golden" croissant' }],
    });
    const scheduled = await schedule(created.id);
    expect(scheduled).toMatchObject({ status: 'SCHEDULED', clientApprovalStatus: 'NOT_REQUESTED' });

    const asked = ok(await requestApproval({ postIds: [created.id], emails: ['Ann@Client.test', 'bob@client.test'], message: 'Our <b>March</b> plan', timeZone: 'America/New_York' })).requestClientApproval;
    expect(asked).toMatchObject({ rule: 'ALL_MUST_APPROVE', timeZone: 'America/New_York', postIds: [created.id], posts: [{ id: created.id }], decisions: [] });
    expect(asked.recipients.map((r: any) => r.email)).toEqual(['ann@client.test', 'bob@client.test']);
    // The API never hands out a link: it goes to the reviewer only.
    expect(JSON.stringify(asked)).not.toMatch(/ca_/);
    expect(await fetchPost(created.id)).toMatchObject({ status: 'SCHEDULED', clientApprovalStatus: 'PENDING', clientApprovalRequestId: asked.id });

    const sent = (await mails()).filter((m) => m.purpose === 'client_approval.requested');
    expect(sent.map((m) => m.to).sort()).toEqual([['ann@client.test'], ['bob@client.test']]);
    expect(sent[0].subject).toBe('Acme <Bakery>: please review a post before it is published');
    expect(sent[0].text).toContain('https://rapport.agency.test/client/approve/ca_');
    expect(errorCode(await gql('query($ws: ID!) { outboxMails(workspaceId: $ws) { totalCount } }', { ws: workspaceId }, editor))).toBe('FORBIDDEN');
    const ann = await linkFor('ann@client.test');
    const bob = await linkFor('bob@client.test');
    expect(ann).not.toBe(bob);
    // Stored as its SHA-256 only.
    const stored = await server.sql<{ token_hash: string }>('SELECT token_hash FROM client_approval_recipient WHERE request_id = $1 ORDER BY email', [asked.id]);
    expect(stored.map((r) => r.token_hash)).toEqual([ann, bob].map((t) => createHash('sha256').update(t).digest('hex')));
    expect(JSON.stringify(await server.sql('SELECT * FROM client_approval_recipient'))).not.toContain(ann);

    const page = await open(ann);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['cache-control']).toBe('no-store');
    // Every text the team or the client wrote is escaped; the page has no script at all.
    expect(page.html).not.toMatch(/<script|<img src=x|<b>/i);
    expect(page.html).toContain('Fresh croissants &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more');
    expect(page.html).toContain('Tip: &lt;img src=x onerror=alert(1)&gt; bake at 200°C');
    expect(page.html).toContain('Our &lt;b&gt;March&lt;/b&gt; plan');
    expect(page.html).toContain('Acme &lt;Bakery&gt;');
    expect(page.html).toContain('<img src="https://cdn.acme.test/croissant.jpg" alt="A &quot;golden&quot; croissant">');
    // Each network's card: the network, the account and the text it receives.
    expect(page.html.match(/class="variant"/g)).toHaveLength(2);
    expect(page.html).toContain('Sandbox network');
    // 08:00 UTC read in the client's zone.
    expect(page.html).toContain('Friday, 15 March 2030 at 04:00 GMT-4 (America/New_York)');
    expect(page.csrf).toBeTruthy();
    expect(page.cookie).toMatch(/^rapport_review=/);
    const css = await server.http.get('/client/approval.css');
    expect(css.status).toBe(200);
    expect(css.headers['content-type']).toMatch(/^text\/css/);

    // No CSRF token, or a cookie from another page: refused, nothing recorded.
    expect((await post(ann, { postId: created.id, decision: 'approve' })).status).toBe(403);
    const bobPage = await open(bob);
    expect((await post(ann, { postId: created.id, decision: 'approve', csrf: page.csrf! }, { ...bobPage, csrf: null })).status).toBe(403);
    expect(await server.sql('SELECT 1 FROM client_approval_decision WHERE request_id = $1', [asked.id])).toHaveLength(0);

    const live = await server.subscribed<{ postUpdated: { id: string; clientApprovalStatus: string } }>(PostUpdatedEvent.eventName, workspaceId, 'subscription($ws: ID!) { postUpdated(workspaceId: $ws) { id clientApprovalStatus } }', { ws: workspaceId }, viewer);
    try {
      const approved = await post(ann, { postId: created.id, decision: 'approve', comment: 'Looks <great>' }, page);
      expect(approved.status).toBe(303);
      expect(approved.headers.location).toBe(`/client/approve/${ann}#post-${created.id}`);
      const heard = await live.next().then(async function wait(first): Promise<{ postUpdated: { id: string } }> {
        return first.postUpdated.id === created.id ? first : wait(await live.next());
      });
      expect(heard.postUpdated).toEqual({ id: created.id, clientApprovalStatus: 'PENDING' });
    } finally {
      await live.close();
    }
    // One of two: still waiting for Bob.
    expect(await fetchPost(created.id)).toMatchObject({ status: 'SCHEDULED', clientApprovalStatus: 'PENDING' });
    expect((await history(created.id)).slice(-1)).toEqual([{ kind: 'CLIENT_APPROVED', clientEmail: 'ann@client.test', detail: 'Looks <great>', actorId: null }]);
    const again = await open(ann);
    expect(again.html).toContain('You approved this post');
    expect(again.html).toContain('Looks &lt;great&gt;');
    expect(again.html).not.toContain('name="decision"');
    // A second decision by the same reviewer (from the page still open in another tab) changes nothing.
    const second = await post(ann, { postId: created.id, decision: 'changes', comment: 'no wait' }, page);
    expect(second.status).toBe(409);
    expect(second.text).toContain('You approved this post.');

    expect((await decide(bob, created.id, 'approve')).status).toBe(303);
    expect(await fetchPost(created.id)).toMatchObject({ status: 'SCHEDULED', clientApprovalStatus: 'APPROVED' });
    const request = ok(await gql(`query($ws: ID!, $post: ID!) { clientApprovalRequests(workspaceId: $ws, postId: $post) { totalCount edges { node { ${REQUEST} } } } }`, { ws: workspaceId, post: created.id })).clientApprovalRequests;
    expect(request.totalCount).toBe(1);
    expect(request.edges[0].node.decisions).toEqual([
      { email: 'ann@client.test', decision: 'APPROVED', comment: 'Looks <great>', postId: created.id },
      { email: 'bob@client.test', decision: 'APPROVED', comment: null, postId: created.id },
    ]);
    expect(request.edges[0].node.recipients.every((r: any) => r.lastOpenedAt)).toBe(true);
    // The requester hears of it; the audit log has both decisions.
    expect((await mails()).find((m) => m.purpose === 'client_approval.decided')).toMatchObject({ to: ['editor@acme.test'], subject: 'The client approved "Fresh croissants <script>alert("x")</script> & more"' });
    const audit = ok(await gql('query($ws: ID!) { auditLog(workspaceId: $ws, filter: { action: "post.client_approved" }) { edges { node { action entityId actorType } } } }', { ws: workspaceId }, admin)).auditLog;
    expect(audit.edges.map((e: any) => e.node)).toEqual(expect.arrayContaining([{ action: 'post.client_approved', entityId: created.id, actorType: 'SYSTEM' }]));
    // The link's path never reaches the request log.
    const requestLines = server.logLines.filter((line) => line.includes('"msg":"request"') && line.includes('/client/approve/'));
    expect(requestLines.length).toBeGreaterThan(0);
    expect(requestLines.join('\n')).not.toContain(ann);
    expect(requestLines[0]).toContain('/client/approve/[token]');
  });

  it('request changes: needs a comment, lands in the history with it, and sends the post back to DRAFT, unscheduled', async () => {
    const created = await createPost('Muffin monday');
    await schedule(created.id);
    const targets = ok(await gql('query($ws: ID!, $id: ID!) { post(workspaceId: $ws, id: $id) { targets { id } } }', { ws: workspaceId, id: created.id })).post.targets.map((t: any) => t.id);
    ok(await requestApproval({ postIds: [created.id], emails: ['carol@client.test'] }));
    const carol = await linkFor('carol@client.test');
    const empty = await decide(carol, created.id, 'changes', '   ');
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('Say what should change');
    expect(await fetchPost(created.id)).toMatchObject({ status: 'SCHEDULED', clientApprovalStatus: 'PENDING' });

    expect((await decide(carol, created.id, 'changes', 'Please say "blueberry" muffins')).status).toBe(303);
    expect(await fetchPost(created.id)).toMatchObject({ status: 'DRAFT', scheduledAt: null, clientApprovalStatus: 'CHANGES_REQUESTED' });
    expect((await history(created.id)).slice(-1)).toEqual([{ kind: 'CLIENT_CHANGES_REQUESTED', clientEmail: 'carol@client.test', detail: 'Please say "blueberry" muffins', actorId: null }]);
    const jobs = await server.sql<{ state: string }>("SELECT state::text FROM pgboss.job WHERE name = $1 AND data->>'targetId' = ANY($2)", [PUBLISH_TARGET.name, targets]);
    expect(jobs.map((j) => j.state)).toEqual(['cancelled']);
    expect((await mails()).find((m) => m.subject.startsWith('The client asked for changes'))?.text).toContain('Please say "blueberry" muffins');

    // Editing the content, then asking again, starts a new round: the old link can no longer decide.
    ok(await gql('mutation($input: UpdatePostInput!) { updatePost(input: $input) { id } }', { input: { workspaceId, postId: created.id, body: 'Blueberry muffin monday' } }));
    expect(await fetchPost(created.id)).toMatchObject({ clientApprovalStatus: 'NOT_REQUESTED', clientApprovalRequestId: null });
    const old = await open(carol);
    expect(old.html).toContain('You asked for changes');
  });

  it('ANY: the first approval settles the post, and the others can no longer decide', async () => {
    await setMode('CLIENT_ONLY', 'ANY');
    try {
      const created = await createPost('Bagel bonanza');
      ok(await requestApproval({ postIds: [created.id], emails: ['dan@client.test', 'erin@client.test'] }));
      const [dan, erin] = [await linkFor('dan@client.test'), await linkFor('erin@client.test')];
      const erinBefore = await open(erin);
      expect((await decide(dan, created.id, 'approve')).status).toBe(303);
      // A CLIENT_ONLY draft approved by the client is APPROVED: it may be scheduled and published.
      expect(await fetchPost(created.id)).toMatchObject({ status: 'APPROVED', clientApprovalStatus: 'APPROVED' });
      const page = await open(erin);
      expect(page.html).toContain('This post was already approved.');
      expect(page.html).not.toContain('name="decision"');
      // Erin's page was open before Dan decided: her late answer is refused.
      const late = await post(erin, { postId: created.id, decision: 'changes', comment: 'too late' }, erinBefore);
      expect(late.status).toBe(409);
      expect(late.text).toContain('This post was already approved.');
      expect(await fetchPost(created.id)).toMatchObject({ status: 'APPROVED', clientApprovalStatus: 'APPROVED' });
      const published = ok(await postAction('publishPostNow', created.id)).publishPostNow;
      expect(published.status).toBe('SCHEDULED');
    } finally {
      await setMode('CLIENT_ONLY', 'ALL_MUST_APPROVE');
    }
  });

  it('refuses expired and revoked links (410) and changes nothing; revoking one reviewer under ALL_MUST_APPROVE leaves the others to decide', async () => {
    const expiring = await createPost('Expiring soon');
    const req = ok(await requestApproval({ postIds: [expiring.id], emails: ['fay@client.test'], expiresInHours: 1 })).requestClientApproval;
    const fay = await linkFor('fay@client.test');
    const page = await open(fay);
    // An hour later (the clock moved by hand): the link has expired.
    await server.sql("UPDATE client_approval_request SET expires_at = now() - interval '1 second' WHERE id = $1", [req.id]);
    const gone = await open(fay);
    expect(gone.status).toBe(410);
    expect(gone.html).toContain('This link has expired');
    expect((await post(fay, { postId: expiring.id, decision: 'approve' }, page)).status).toBe(410);
    expect(await fetchPost(expiring.id)).toMatchObject({ clientApprovalStatus: 'PENDING' });

    const shared = await createPost('Shared review');
    const both = ok(await requestApproval({ postIds: [shared.id], emails: ['gus@client.test', 'hal@client.test'] })).requestClientApproval;
    const [gus, hal] = [await linkFor('gus@client.test'), await linkFor('hal@client.test')];
    const gusPage = await open(gus);
    expect(errorCode(await revoke({ requestId: both.id, email: 'nobody@client.test' }))).toBe('NOT_FOUND');
    const revoked = ok(await revoke({ requestId: both.id, email: 'GUS@client.test' })).revokeClientApproval;
    expect(revoked.revokedAt).toBeNull();
    expect(revoked.recipients.find((r: any) => r.email === 'gus@client.test').revokedAt).toBeTruthy();
    expect((await open(gus)).status).toBe(410);
    expect((await post(gus, { postId: shared.id, decision: 'approve' }, gusPage)).status).toBe(410);
    expect(await server.sql('SELECT 1 FROM client_approval_decision WHERE request_id = $1', [both.id])).toHaveLength(0);
    // Hal is now the only one asked: their approval is enough.
    expect((await decide(hal, shared.id, 'approve')).status).toBe(303);
    expect(await fetchPost(shared.id)).toMatchObject({ clientApprovalStatus: 'APPROVED' });

    const whole = await createPost('Withdrawn review');
    const withdrawn = ok(await requestApproval({ postIds: [whole.id], emails: ['ivy@client.test'] })).requestClientApproval;
    const ivy = await linkFor('ivy@client.test');
    expect(ok(await revoke({ requestId: withdrawn.id })).revokeClientApproval.revokedAt).toBeTruthy();
    expect(errorCode(await revoke({ requestId: withdrawn.id }))).toBe('CONFLICT');
    const refused = await open(ivy);
    expect(refused.status).toBe(410);
    expect(refused.html).toContain('withdrew this link');
    expect(await fetchPost(whole.id)).toMatchObject({ clientApprovalStatus: 'NOT_REQUESTED', clientApprovalRequestId: null });
    expect((await history(whole.id)).slice(-1)[0]).toMatchObject({ kind: 'CLIENT_APPROVAL_REVOKED' });
  });

  it('a link never reaches another post or workspace, and unknown or malformed links are 404', async () => {
    const mine = await createPost('Jam jar giveaway');
    const notMine = await createPost('Unrelated draft of the same workspace');
    ok(await requestApproval({ postIds: [mine.id], emails: ['jay@client.test'] }));
    const jay = await linkFor('jay@client.test');
    const page = await open(jay);
    expect(page.html).toContain('Jam jar giveaway');
    expect(page.html).not.toContain('Unrelated draft');
    for (const postId of [notMine.id, otherPostId, 'not-a-uuid', '']) {
      const res = await post(jay, { postId, decision: 'approve' }, page);
      expect(res.status).toBe(404);
    }
    expect(await fetchPost(notMine.id)).toMatchObject({ clientApprovalStatus: 'NOT_REQUESTED' });
    expect(await server.sql("SELECT 1 FROM post_activity WHERE post_id = $1 AND kind LIKE 'CLIENT_%'", [otherPostId])).toHaveLength(0);
    expect((await open(`ca_${randomBytes(32).toString('base64url')}`)).status).toBe(404);
    expect((await open('ca_short')).status).toBe(404);
    expect((await server.http.get(`/client/approve/${jay.slice(0, -1)}${jay.endsWith('A') ? 'B' : 'A'}`)).status).toBe(404);
    // Still untouched, and the real link still works.
    expect((await decide(jay, mine.id, 'approve')).status).toBe(303);
  });

  it('a deadline passes without the client: the job expires the post, unschedules it, tells the requester, and late answers are refused', async () => {
    const created = await createPost('Pretzel Friday');
    await schedule(created.id);
    const deadline = new Date(Date.now() + 3600_000).toISOString();
    ok(await requestApproval({ postIds: [created.id], emails: ['kim@client.test'], deadline }));
    const kim = await linkFor('kim@client.test');
    const page = await open(kim);
    expect(page.html).toContain('Please decide by');
    expect(page.csrf).not.toBeNull();
    // The hour passes (moved in the database rather than waited for, so a slow machine cannot pass it early).
    await server.sql("UPDATE client_approval_request SET deadline = now() - interval '1 second' WHERE $1 = ANY(post_ids)", [created.id]);
    // Drive the sweep (the once-a-minute job may have run it already: the outcome is the same).
    await server.app.get(ClientApprovalsService).expireDue();
    expect(await fetchPost(created.id)).toMatchObject({ status: 'DRAFT', scheduledAt: null, clientApprovalStatus: 'EXPIRED' });
    const last = (await history(created.id)).slice(-1)[0];
    expect(last.kind).toBe('CLIENT_APPROVAL_EXPIRED');
    expect(last.detail).toContain("passed without the client's approval; unscheduled (was for 2030-03-15T08:00:00.000Z), it will not be published");
    expect((await mails()).find((m) => m.purpose === 'client_approval.deadline_passed')).toMatchObject({ to: ['editor@acme.test'] });
    expect(server.logLines.some((line) => line.includes('client approval deadline passed'))).toBe(true);
    const late = await post(kim, { postId: created.id, decision: 'approve' }, page);
    expect(late.status).toBe(410);
    expect(late.text).toContain('The deadline for this post has passed.');
    expect(await fetchPost(created.id)).toMatchObject({ clientApprovalStatus: 'EXPIRED' });
    // It cannot go out now either.
    expect(errorCode(await postAction('publishPostNow', created.id))).toBe('CONFLICT');
  });

  it('the publish job does not publish a due post the client has not approved: back to DRAFT, history, mail', async () => {
    const created = await createPost('Cinnamon roll surprise');
    ok(await requestApproval({ postIds: [created.id], emails: ['lee@client.test'] }));
    const soon = new Date(Date.now() + 1500).toISOString();
    await schedule(created.id, soon);
    const deadline = Date.now() + 20_000;
    let current = await fetchPost(created.id);
    while (current.status === 'SCHEDULED' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      current = await fetchPost(created.id);
    }
    expect(current).toMatchObject({ status: 'DRAFT', scheduledAt: null, clientApprovalStatus: 'PENDING' });
    expect((await history(created.id)).slice(-1)[0]).toMatchObject({ kind: 'CLIENT_APPROVAL_MISSING' });
    expect([...sandbox.state.posts.values()].filter((p) => p.text === 'Cinnamon roll surprise')).toEqual([]);
    for (let n = 0; n < 50 && !(await mails()).some((m) => m.purpose === 'client_approval.missing'); n++) await new Promise((r) => setTimeout(r, 100));
    expect((await mails()).find((m) => m.purpose === 'client_approval.missing')).toMatchObject({ to: ['editor@acme.test'] });
  });

  it('INTERNAL_THEN_CLIENT: an ADMIN approves first, then the client; only then does the post go out', async () => {
    await setMode('INTERNAL_THEN_CLIENT');
    try {
      const created = await createPost('Sourdough school');
      expect(created).toMatchObject({ status: 'DRAFT' });
      const early = await requestApproval({ postIds: [created.id], emails: ['mo@client.test'] });
      expect(errorCode(early)).toBe('BAD_USER_INPUT');
      expect(early.errors![0].message).toContain('an ADMIN approves them first');
      ok(await postAction('submitPost', created.id));
      ok(await postAction('approvePost', created.id, admin));
      expect(errorCode(await postAction('publishPostNow', created.id))).toBe('CONFLICT');
      ok(await requestApproval({ postIds: [created.id], emails: ['mo@client.test'] }));
      expect((await decide(await linkFor('mo@client.test'), created.id, 'approve')).status).toBe(303);
      expect(await fetchPost(created.id)).toMatchObject({ status: 'APPROVED', clientApprovalStatus: 'APPROVED' });
      ok(await postAction('publishPostNow', created.id));
      const deadline = Date.now() + 20_000;
      while (!(await fetchPost(created.id)).status.startsWith('PUBLISHED') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      expect(await fetchPost(created.id)).toMatchObject({ status: 'PUBLISHED' });
      expect([...sandbox.state.posts.values()].filter((p) => p.text === 'Sourdough school')).toHaveLength(1);
    } finally {
      await setMode('CLIENT_ONLY');
    }
  });

  it('sends a calendar range, and keeps requests to their workspace and roles', async () => {
    const a = await createPost('Range one');
    const b = await createPost('Range two');
    await schedule(a.id, '2031-05-01T09:00:00Z');
    await schedule(b.id, '2031-05-02T09:00:00Z');
    const outside = await createPost('Range outside');
    await schedule(outside.id, '2031-06-01T09:00:00Z');
    const ranged = ok(await requestApproval({ range: { from: '2031-05-01T00:00:00Z', to: '2031-05-31T00:00:00Z' }, emails: ['nia@client.test'] })).requestClientApproval;
    expect(ranged.postIds).toEqual([a.id, b.id]);
    expect((await open(await linkFor('nia@client.test'))).html.match(/class="post"/g)).toHaveLength(2);
    expect(errorCode(await requestApproval({ range: { from: '2031-01-01T00:00:00Z', to: '2031-01-02T00:00:00Z' }, emails: ['nia@client.test'] }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await requestApproval({ postIds: [a.id], range: { from: '2031-05-01T00:00:00Z', to: '2031-05-31T00:00:00Z' }, emails: ['x@client.test'] }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await requestApproval({ postIds: [a.id], emails: ['not an address'] }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await requestApproval({ postIds: [a.id], emails: ['x@client.test'], deadline: '2020-01-01T00:00:00Z' }))).toBe('BAD_USER_INPUT');

    // Roles: VIEWER may not ask, list or revoke; the request of another workspace is NOT_FOUND.
    expect(errorCode(await requestApproval({ postIds: [a.id], emails: ['x@client.test'] }, viewer))).toBe('FORBIDDEN');
    expect(errorCode(await gql('query($ws: ID!) { clientApprovalRequests(workspaceId: $ws) { totalCount } }', { ws: workspaceId }, viewer))).toBe('FORBIDDEN');
    expect(errorCode(await revoke({ requestId: ranged.id }, viewer))).toBe('FORBIDDEN');
    expect(errorCode(await requestApproval({ postIds: [otherPostId], emails: ['x@client.test'] }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await requestApproval({ postIds: [a.id], emails: ['x@client.test'] }, editor, otherWorkspaceId))).toBe('NOT_FOUND');
    expect(errorCode(await revoke({ requestId: ranged.id }, otherEditor, otherWorkspaceId))).toBe('NOT_FOUND');
    expect(ok(await gql('query($ws: ID!) { clientApprovalRequests(workspaceId: $ws) { totalCount } }', { ws: otherWorkspaceId }, otherEditor)).clientApprovalRequests.totalCount).toBe(0);
    expect(errorCode(await gql('query($ws: ID!) { outboxMails(workspaceId: $ws) { totalCount } }', { ws: workspaceId }, otherEditor))).toBe('NOT_FOUND');
    expect(ok(await gql('query($id: ID!) { node(id: $id) { __typename } }', { id: ranged.id }, otherEditor)).node).toBeNull();
    expect(ok(await gql('query($id: ID!) { node(id: $id) { __typename ... on ClientApprovalRequest { postIds } } }', { id: ranged.id })).node).toEqual({ __typename: 'ClientApprovalRequest', postIds: [a.id, b.id] });
  });
});
