import { jest } from '@jest/globals';
import { startSandboxNetwork, type SandboxNetwork } from '@rapport/plugin-network-sandbox/server';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { Role } from '../../apps/server/src/auth/role.enum.js';
import { RequestContext } from '../../apps/server/src/common/request-context.js';
import { ClientReportsService } from '../../apps/server/src/reports/client-reports.service.js';
import { ReportFormat } from '../../apps/server/src/reports/dto/client-report.types.js';
import { createMember, createWorkspace, errorCode, ok, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';

/** The text of every page of a PDF, read by an independent reader (Mozilla's PDF.js). */
async function pdfText(bytes: Buffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await pdf.destroy();
  return pages.join('\n').replace(/\s+/g, ' ');
}

const REPORT = `query($ws: ID!, $from: String!, $to: String!) { clientReport(workspaceId: $ws, from: $from, to: $to) {
  workspaceName from to timeZone
  posts { published publications failed perChannel { channel { displayName } published promotional targetPerWeek expected cadenceMet health { postsThisWeek } } }
  inbox { messagesReceived conversations answered responseRate medianFirstResponseSeconds questions questionsAnswered escalations escalationsCleared }
  reputation { count averageRating distribution { stars count } replyRate upheldDisputeCount }
  disputes { opened upheld rejected pending }
  policyActions { spamHidden abuseHidden criticismEscalated criticismHidden }
} }`;

/**
 * Client reports over data seeded row by row (October 2026 in Paris, with
 * rows just outside it), each figure checked against those rows; the PDF read
 * back by PDF.js; the CSV's columns; signed download links refused when
 * tampered with or expired; the monthly mail with the PDF attached.
 */
describe('client reports', () => {
  let sandbox: SandboxNetwork;
  let server: TestServer;
  let root: string;
  let admin: string;
  let editor: string;
  let viewer: string;
  let outsider: string;
  let workspaceId: string;
  let main: string;
  let tips: string;
  let reviewsChannel: string;
  const october = { from: '2026-10-01', to: '2026-11-01' };

  const gql = (query: string, variables: Record<string, unknown> = {}, token = viewer) => server.gql(query, variables, token);
  const sql = (text: string, params: unknown[] = []) => server.sql(text, params);
  const download = async (format: 'PDF' | 'CSV', range = october, token = viewer) =>
    ok(await gql('query($ws: ID!, $from: String!, $to: String!, $format: ReportFormat!) { clientReportDownload(workspaceId: $ws, from: $from, to: $to, format: $format) { url expiresAt } }', { ws: workspaceId, ...range, format }, token)).clientReportDownload as { url: string; expiresAt: string };
  const fetchUrl = (url: string) => {
    const { pathname, search } = new URL(url);
    return server.http.get(pathname + search).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
  };

  /** Seeds a post published (or failed) on channels at a time. */
  const seedPost = async (body: string, channels: string[], at: string, kind = 'GENERAL', status = 'PUBLISHED') => {
    const [post] = await sql(`INSERT INTO post (workspace_id, body, kind, status) VALUES ($1, $2, $3, $4) RETURNING id`, [workspaceId, body, kind, status === 'PUBLISHED' ? 'PUBLISHED' : 'FAILED']);
    for (const channel of channels) {
      await sql(`INSERT INTO post_target (workspace_id, post_id, channel_id, status, published_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6)`, [workspaceId, post.id, channel, status, status === 'PUBLISHED' ? at : null, at]);
    }
  };
  /** Seeds a conversation: its inbound message (labels, visibility, findings' actions) and, maybe, our reply after `replyAfterSeconds`. */
  let contacts = 0;
  const seedConversation = async (at: string, inbound: { labels: string[]; hidden?: boolean; actions?: string[] }, replyAfterSeconds: number | null, extra: { escalated?: boolean; clearedAt?: string } = {}) => {
    const n = ++contacts;
    const [contact] = await sql(`INSERT INTO contact (workspace_id, channel_id, external_id, handle) VALUES ($1, $2, $3, $4) RETURNING id`, [workspaceId, main, `c${n}`, `customer${n}`]);
    const sent = new Date(at);
    const reply = replyAfterSeconds === null ? null : new Date(sent.getTime() + replyAfterSeconds * 1000);
    const [conversation] = await sql(
      `INSERT INTO conversation (workspace_id, channel_id, thread_external_id, kind, contact_id, last_message_at, first_inbound_at, first_response_at, escalated, escalation_cleared_at)
       VALUES ($1, $2, $3, 'COMMENT_THREAD', $4, $5, $6, $7, $8, $9) RETURNING id`,
      [workspaceId, main, `t${n}`, contact.id, reply ?? sent, sent, reply, extra.escalated ?? false, extra.clearedAt ?? null],
    );
    const findings = (inbound.actions ?? []).map((action) => ({ policyId: '00000000-0000-4000-8000-000000000000', policyName: 'Seeded', policyVersion: 1, rule: 'seeded', action, severity: 'MEDIUM', message: 'seeded', spans: [], suggestion: null, labels: inbound.labels }));
    await sql(
      `INSERT INTO message (workspace_id, conversation_id, channel_id, direction, kind, external_id, contact_id, body, sent_at, visibility, labels, findings) VALUES ($1, $2, $3, 'INBOUND', 'comment', $4, $5, 'seeded', $6, $7, $8, $9)`,
      [workspaceId, conversation.id, main, `m${n}`, contact.id, sent, inbound.hidden ? 'HIDDEN' : 'VISIBLE', inbound.labels, JSON.stringify(findings)],
    );
    if (reply) {
      await sql(`INSERT INTO message (workspace_id, conversation_id, channel_id, direction, external_id, body, sent_at, delivery_status) VALUES ($1, $2, $3, 'OUTBOUND', $4, 'thanks', $5, 'SENT')`, [workspaceId, conversation.id, main, `r${n}`, reply]);
    }
  };
  let reviewCount = 0;
  const seedReview = async (rating: number, at: string, repliedAfterSeconds: number | null = null, dispute?: { status: string; at: string }) => {
    const n = ++reviewCount;
    const [review] = await sql(
      `INSERT INTO review (workspace_id, channel_id, external_id, rating, raw_rating, body, source_created_at, source_updated_at, author_external_id, author_handle, reply_status, reply_sent_at)
       VALUES ($1, $2, $3, $4, $4, 'seeded review', $5, $5, $6, $7, $8, $9) RETURNING id`,
      [workspaceId, reviewsChannel, `rev${n}`, rating, at, `a${n}`, `author${n}`, repliedAfterSeconds === null ? null : 'SENT', repliedAfterSeconds === null ? null : new Date(Date.parse(at) + repliedAfterSeconds * 1000)],
    );
    if (dispute) await sql(`INSERT INTO review_dispute (workspace_id, review_id, status, reason, created_at) VALUES ($1, $2, $3, 'fake', $4)`, [workspaceId, review.id, dispute.status, dispute.at]);
  };

  beforeAll(async () => {
    sandbox = await startSandboxNetwork({ otherAccounts: [{ accessToken: 'sandbox-token-tips', handle: 'tips' }] });
    server = await createTestServer({ RAPPORT_PUBLIC_URL: 'https://rapport.agency.test' }, { plugins: [{ specifier: '@rapport/plugin-network-sandbox', baseDir: '/', options: { baseUrl: sandbox.url } }] });
    root = await setupAdmin(server);
    workspaceId = ok(await server.gql('mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }', { input: { name: 'Café Łódź & Co', timezone: 'Europe/Paris', starterPolicies: false } }, root)).createWorkspace.id;
    const otherWorkspace = await createWorkspace(server, root, 'Someone else');
    admin = await createMember(server, root, workspaceId, 'admin@cafe.test', 'ADMIN');
    editor = await createMember(server, root, workspaceId, 'editor@cafe.test', 'EDITOR');
    viewer = await createMember(server, root, workspaceId, 'viewer@cafe.test', 'VIEWER');
    outsider = await createMember(server, root, otherWorkspace, 'admin@else.test', 'ADMIN');
    const connect = async (type: string, displayName: string, accessToken = sandbox.accessToken) =>
      ok(await server.gql('mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id } }', { input: { workspaceId, type, displayName, credentials: { accessToken } } }, root)).connectChannel.id;
    main = await connect('sandbox', 'Instagram main');
    tips = await connect('sandbox', 'Tips, "daily"', 'sandbox-token-tips');
    reviewsChannel = await connect('sandbox-reviews', 'Reviews');
    ok(await server.gql('mutation($input: UpdateChannelInput!) { updateChannel(input: $input) { id } }', { input: { workspaceId, channelId: main, targetPostsPerWeek: 2 } }, root));

    // Posts: 5 on main (2 promotional), one of them also on tips, 1 more on tips; a failure in October; one post in September.
    await seedPost('Oct 1', [main], '2026-10-01T08:00:00+02:00');
    await seedPost('Oct 2', [main], '2026-10-05T08:00:00+02:00', 'PROMOTIONAL');
    await seedPost('Oct 3', [main], '2026-10-12T08:00:00+02:00', 'PROMOTIONAL');
    await seedPost('Oct 4', [main], '2026-10-20T08:00:00+02:00');
    await seedPost('Oct 5', [main, tips], '2026-10-31T23:30:00+01:00');
    await seedPost('Oct 6', [tips], '2026-10-15T08:00:00+02:00');
    await seedPost('Failed', [main], '2026-10-16T08:00:00+02:00', 'GENERAL', 'FAILED');
    await seedPost('Sept', [main], '2026-09-30T23:00:00+02:00');
    await seedPost('Nov', [main], '2026-11-01T00:00:00+01:00');

    // Inbox (October unless said): an answered question (30 min), an unanswered one, hidden spam, honest criticism
    // escalated and answered (2 h) then cleared, abusive criticism hidden and escalated, an escalated question answered
    // in 1 h; one question in September.
    await seedConversation('2026-10-03T10:00:00+02:00', { labels: ['question'] }, 1800);
    await seedConversation('2026-10-05T10:00:00+02:00', { labels: ['question'] }, null);
    await seedConversation('2026-10-06T10:00:00+02:00', { labels: ['spam'], hidden: true, actions: ['HIDE'] }, null);
    await seedConversation('2026-10-07T10:00:00+02:00', { labels: ['criticism'], actions: ['HIDE'] }, 7200, { escalated: false, clearedAt: '2026-10-08T09:00:00+02:00' });
    await seedConversation('2026-10-09T10:00:00+02:00', { labels: ['abuse', 'criticism'], hidden: true, actions: ['HIDE'] }, null, { escalated: true });
    await seedConversation('2026-10-10T10:00:00+02:00', { labels: ['question', 'threat'], actions: ['ESCALATE', 'LABEL'] }, 3600, { escalated: true });
    await seedConversation('2026-09-29T10:00:00+02:00', { labels: ['question'] }, 60);

    // Reviews: 5 (replied), 4 (replied), 4 (disputed, still open), 1 (dispute upheld: left out); 2 in September.
    await seedReview(5, '2026-10-02T12:00:00+02:00', 3600);
    await seedReview(4, '2026-10-09T12:00:00+02:00', 7200);
    await seedReview(4, '2026-10-18T12:00:00+02:00', null, { status: 'OPEN', at: '2026-10-20T12:00:00+02:00' });
    await seedReview(1, '2026-10-11T12:00:00+02:00', null, { status: 'UPHELD', at: '2026-10-12T12:00:00+02:00' });
    await seedReview(2, '2026-09-20T12:00:00+02:00', null, { status: 'REJECTED', at: '2026-09-21T12:00:00+02:00' });
  }, 60_000);
  afterAll(async () => {
    await server.close();
    await sandbox.close();
  });

  it('reports October in Paris, each figure as the seeded rows say', async () => {
    const report = ok(await gql(REPORT, { ws: workspaceId, ...october })).clientReport;
    expect(report).toMatchObject({ workspaceName: 'Café Łódź & Co', timeZone: 'Europe/Paris', from: '2026-09-30T22:00:00.000Z', to: '2026-10-31T23:00:00.000Z' });
    // 6 posts went live (Oct 5 on two channels: 7 publications); September's and November's are outside.
    expect(report.posts).toMatchObject({ published: 6, publications: 7, failed: 1 });
    // October in Paris lasts 31 days and an hour (DST ends): 2 a week ask 8.9 of it.
    expect(report.posts.perChannel).toEqual([
      { channel: { displayName: 'Instagram main' }, published: 5, promotional: 2, targetPerWeek: 2, expected: 8.9, cadenceMet: false, health: { postsThisWeek: 1 } },
      { channel: { displayName: 'Tips, "daily"' }, published: 2, promotional: 0, targetPerWeek: null, expected: null, cadenceMet: null, health: { postsThisWeek: 1 } },
    ]);
    // Conversations with a visible first message: 4; answered 3 in 30 min, 2 h and 1 h (median 1 h).
    expect(report.inbox).toEqual({
      messagesReceived: 6,
      conversations: 4,
      answered: 3,
      responseRate: 0.75,
      medianFirstResponseSeconds: 3600,
      questions: 3,
      questionsAnswered: 2,
      escalations: 3,
      escalationsCleared: 1,
    });
    // The upheld 1-star review leaves every figure; September's 2 stars are outside.
    expect(report.reputation).toEqual({
      count: 3,
      averageRating: 13 / 3,
      distribution: [{ stars: 1, count: 0 }, { stars: 2, count: 0 }, { stars: 3, count: 0 }, { stars: 4, count: 2 }, { stars: 5, count: 1 }],
      replyRate: 2 / 3,
      upheldDisputeCount: 1,
    });
    expect(report.disputes).toEqual({ opened: 2, upheld: 1, rejected: 0, pending: 1 });
    expect(report.policyActions).toEqual({ spamHidden: 1, abuseHidden: 1, criticismEscalated: 2, criticismHidden: 1 });

    // The same figures as the dashboards' own queries.
    const stats = ok(await gql('query($ws: ID!, $from: String!, $to: String!) { engagementStats(workspaceId: $ws, from: $from, to: $to) { overall { conversations answered medianFirstResponseSeconds } } reputation(workspaceId: $ws, from: $from, to: $to) { count averageRating } }', { ws: workspaceId, from: report.from, to: report.to }));
    expect(stats.engagementStats.overall).toEqual({ conversations: 4, answered: 3, medianFirstResponseSeconds: 3600 });
    expect(stats.reputation).toEqual({ count: 3, averageRating: 13 / 3 });
  });

  it('reads periods in the workspace’s zone and refuses impossible ones; VIEWER may read, another workspace may not', async () => {
    const wallClock = ok(await gql('query($ws: ID!, $from: String!, $to: String!) { clientReport(workspaceId: $ws, from: $from, to: $to) { from to } }', { ws: workspaceId, from: '2026-10-01T00:00', to: '2026-10-02T00:00:00Z' })).clientReport;
    expect(wallClock).toEqual({ from: '2026-09-30T22:00:00.000Z', to: '2026-10-02T00:00:00.000Z' });
    for (const [from, to, field] of [
      ['2026-10-02', '2026-10-01', 'to'],
      ['2026-10-01', '2027-11-01', 'to'],
      ['2026-02-30', '2026-03-01', 'from'],
      ['last week', '2026-03-01', 'from'],
    ]) {
      const response = await gql(REPORT, { ws: workspaceId, from, to });
      expect([errorCode(response), response.errors?.[0].extensions.field]).toEqual(['BAD_USER_INPUT', field]);
    }
    expect(errorCode(await gql(REPORT, { ws: workspaceId, ...october }, outsider))).toBe('NOT_FOUND');
    expect(errorCode(await server.gql(REPORT, { ws: workspaceId, ...october }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql('query($ws: ID!) { clientReportDownload(workspaceId: $ws, from: "2026-10-01", to: "2026-11-01", format: PDF) { url } }', { ws: workspaceId }, outsider))).toBe('NOT_FOUND');
  });

  it('makes a PDF that a PDF reader opens, naming the workspace, the period and the key figures', async () => {
    const link = await download('PDF');
    expect(link.url).toMatch(/^https:\/\/rapport\.agency\.test\/reports\/download\?/);
    expect(Date.parse(link.expiresAt) - Date.now()).toBeGreaterThan(50 * 60_000);
    const res = await fetchUrl(link.url);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="report-cafe-odz-co-2026-10-01-2026-10-31\.pdf"$/);
    const body = res.body as Buffer;
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(body);
    expect(text).toContain('Client report: Café Łódź & Co');
    expect(text).toContain('1 October 2026 – 31 October 2026 (Europe/Paris)');
    expect(text).toMatch(/Posts published 6\b/);
    expect(text).toMatch(/Messages received 6\b/);
    expect(text).toContain('Response rate 75%');
    expect(text).toContain('Median first response 1 h');
    expect(text).toContain('Average rating 4.3 / 5');
    expect(text).toContain('Instagram main');
    expect(text).toContain('5 of 8.9');
    expect(text).toContain('Questions answered 2 of 3');
    expect(text).toContain('Spam hidden 1');
    expect(text).toContain('Criticism escalated to a person 2');
  });

  it('makes a CSV of one figure per row, with its columns', async () => {
    const res = await fetchUrl((await download('CSV')).url);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = (res.body as Buffer).toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('section,metric,channel,value');
    expect(lines).toEqual(
      expect.arrayContaining([
        'report,workspace,,Café Łódź & Co',
        'report,from,,2026-09-30T22:00:00.000Z',
        'posts,published,,6',
        'posts,published,Instagram main,5',
        'posts,published,"Tips, ""daily""",2',
        'posts,expected,Instagram main,8.9',
        'posts,cadence_met,Instagram main,false',
        'inbox,response_rate,,0.75',
        'inbox,median_first_response_seconds,,3600',
        'reputation,stars_4,,2',
        'disputes,upheld,,1',
        'policy_actions,spam_hidden,,1',
      ]),
    );
    expect(lines.every((line) => line.split(',').length >= 4)).toBe(true);

    // A name that reads like a spreadsheet formula stays text.
    const rename = (displayName: string) => server.gql('mutation($input: UpdateChannelInput!) { updateChannel(input: $input) { id } }', { input: { workspaceId, channelId: tips, displayName } }, root);
    ok(await rename('=HYPERLINK("http://evil.test","x")'));
    try {
      const csv = ((await fetchUrl((await download('CSV')).url)).body as Buffer).toString('utf8');
      expect(csv).toContain(`posts,published,"'=HYPERLINK(""http://evil.test"",""x"")",2`);
    } finally {
      ok(await rename('Tips, "daily"'));
    }
  });

  it('refuses a tampered or expired link', async () => {
    const { url } = await download('PDF');
    const tampered = new URL(url);
    tampered.searchParams.set('from', '2026-01-01T00:00:00.000Z');
    expect((await fetchUrl(tampered.toString())).status).toBe(403);
    const otherWorkspace = new URL(url);
    otherWorkspace.searchParams.set('workspace', '00000000-0000-4000-8000-000000000000');
    expect((await fetchUrl(otherWorkspace.toString())).status).toBe(403);
    const badSignature = new URL(url);
    badSignature.searchParams.set('signature', badSignature.searchParams.get('signature')!.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')));
    expect((await fetchUrl(badSignature.toString())).status).toBe(403);
    const longer = new URL(url);
    longer.searchParams.set('expires', String(Number(longer.searchParams.get('expires')) + 3600));
    expect((await fetchUrl(longer.toString())).status).toBe(403);
    // A link made two hours ago for one hour.
    const now = Date.now();
    const clock = jest.spyOn(Date, 'now').mockReturnValue(now - 2 * 3600_000);
    let old: { url: string };
    try {
      old = await server.app.get(ClientReportsService).downloadLink(new RequestContext('test', null, { workspaceId, role: Role.VIEWER }), { workspaceId, ...october, format: ReportFormat.PDF });
    } finally {
      clock.mockRestore();
    }
    const expired = await fetchUrl(old.url);
    expect(expired.status).toBe(410);
  });

  it('mails last month’s PDF to the report recipients on the 1st, once', async () => {
    expect(errorCode(await gql('mutation($input: UpdateWorkspaceInput!) { updateWorkspace(input: $input) { id } }', { input: { workspaceId, reportRecipients: ['boss@cafe.example'] } }, editor))).toBe('FORBIDDEN');
    const set = ok(await gql('mutation($input: UpdateWorkspaceInput!) { updateWorkspace(input: $input) { reportRecipients } }', { input: { workspaceId, reportRecipients: ['Boss@Cafe.example', 'owner@cafe.example', 'boss@cafe.example'] } }, admin));
    expect(set.updateWorkspace.reportRecipients).toEqual(['boss@cafe.example', 'owner@cafe.example']);
    const reports = server.app.get(ClientReportsService);
    const firstOfNovember = new Date('2026-11-01T05:00:00Z');
    expect(await reports.deliverMonthly(firstOfNovember)).toBe(1);
    expect(await reports.deliverMonthly(firstOfNovember)).toBe(0);
    const mails = ok(await gql('query($ws: ID!) { outboxMails(workspaceId: $ws) { edges { node { to subject purpose attachments { filename contentType size } } } } }', { ws: workspaceId }, admin)).outboxMails.edges.map((e: any) => e.node);
    const monthly = mails.filter((m: any) => m.purpose === 'report.monthly');
    expect(monthly).toHaveLength(1);
    expect(monthly[0]).toMatchObject({ to: ['boss@cafe.example', 'owner@cafe.example'], subject: 'Monthly report: Café Łódź & Co, October 2026' });
    expect(monthly[0].attachments).toEqual([{ filename: 'report-cafe-odz-co-2026-10-01-2026-10-31.pdf', contentType: 'application/pdf', size: expect.any(Number) }]);
    const [stored] = await sql(`SELECT attachments->0->>'content' AS content FROM outbox_mail WHERE workspace_id = $1 AND purpose = 'report.monthly'`, [workspaceId]);
    const text = await pdfText(Buffer.from(stored.content, 'base64'));
    expect(text).toContain('Client report: Café Łódź & Co');
    expect(text).toContain('1 October 2026 – 31 October 2026 (Europe/Paris)');
    expect(text).toMatch(/Posts published 6\b/);
  });

});
