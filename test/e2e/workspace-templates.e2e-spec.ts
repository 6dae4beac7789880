import { resolve } from 'node:path';
import { createMember, errorCode, ok, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';

const SETTINGS = 'settings { kind created replaced skipped }';
const WORKSPACE = 'id name slug timezone approvalMode clientApprovalRule postApprovalRequired requireDifferentApprover reportRecipients';

/**
 * Workspace templates: a client workspace made from another in one mutation,
 * with its policies, canned replies, reply templates, review settings and
 * approval settings, through the same copy as copyWorkspaceSettings (which
 * copies the two new kinds too); all or nothing.
 */
describe('workspace templates', () => {
  let server: TestServer;
  let root: string;
  let lead: string;
  let template: string;

  const gql = (query: string, variables: Record<string, unknown> = {}, token = root) => server.gql(query, variables, token);
  const mutate = (name: string, type: string, input: Record<string, unknown>, fields = 'id', token = root) => gql(`mutation($input: ${type}!) { ${name}(input: $input) { ${fields} } }`, { input }, token);
  const fromTemplate = (input: Record<string, unknown>, token = root) => mutate('createWorkspaceFromTemplate', 'CreateWorkspaceFromTemplateInput', input, `workspace { ${WORKSPACE} } ${SETTINGS}`, token);
  const policies = async (ws: string) =>
    ok(await gql('query($ws: ID!) { policies(workspaceId: $ws) { edges { node { name scope enabled rules { rule action } } } } }', { ws })).policies.edges.map((e: any) => e.node);
  const slugs = async () => (await server.sql<{ slug: string }>('SELECT slug FROM workspace ORDER BY slug')).map((r) => r.slug);

  beforeAll(async () => {
    server = await createTestServer({}, { plugins: [{ specifier: resolve('test/fixtures/plugins/keyword-rules.js'), baseDir: '/', options: {} }, { specifier: '@rapport/plugin-rule-spam', baseDir: '/', options: {} }] });
    root = await setupAdmin(server);
    template = ok(await mutate('createWorkspace', 'CreateWorkspaceInput', { name: 'Agency template', timezone: 'Europe/Paris', starterPolicies: false })).createWorkspace.id;
    lead = await createMember(server, root, template, 'lead@agency.test', 'ADMIN');
    ok(await mutate('createPolicy', 'CreatePolicyInput', { workspaceId: template, name: 'No miracles', scope: 'OUTBOUND_POST', rules: [{ rule: 'keyword', args: { words: ['miracle'] }, action: 'BLOCK' }] }));
    ok(await mutate('createPolicy', 'CreatePolicyInput', { workspaceId: template, name: 'Spam', scope: 'INBOUND_MESSAGE', enabled: false, rules: [{ rule: 'spam', action: 'HIDE' }] }));
    ok(await mutate('createCannedReply', 'CreateCannedReplyInput', { workspaceId: template, name: 'opening hours', body: 'Hi {{contact.name}}, we open at 9.' }));
    ok(await mutate('createReviewReplyTemplate', 'CreateReviewReplyTemplateInput', { workspaceId: template, name: 'thank you', minRating: 4, maxRating: 5, body: 'Thank you {{contact.name}}!' }));
    ok(await mutate('updateReviewSettings', 'UpdateReviewSettingsInput', { workspaceId: template, lowRatingThreshold: 3, watchedNames: ['Rival Bakery'] }, 'lowRatingThreshold'));
    ok(await mutate('updateWorkspace', 'UpdateWorkspaceInput', { workspaceId: template, approvalMode: 'CLIENT_ONLY', clientApprovalRule: 'ANY', requireDifferentApprover: true, reportRecipients: ['boss@template.test'] }));
  }, 60_000);
  afterAll(async () => {
    await server.close();
  });

  it('creates a client workspace with every setting of the template, in one mutation', async () => {
    const created = ok(await fromTemplate({ name: 'New Client', fromWorkspaceId: template, include: ['POLICIES', 'CANNED_REPLIES', 'REPLY_TEMPLATES', 'REVIEW_SETTINGS', 'APPROVAL_SETTINGS'] })).createWorkspaceFromTemplate;
    expect(created.workspace).toMatchObject({
      name: 'New Client',
      slug: 'new-client',
      timezone: 'Europe/Paris',
      approvalMode: 'CLIENT_ONLY',
      clientApprovalRule: 'ANY',
      postApprovalRequired: false,
      requireDifferentApprover: true,
      // The client's own addresses are not a template's.
      reportRecipients: [],
    });
    expect(created.settings).toEqual([
      { kind: 'POLICIES', created: ['No miracles', 'Spam'], replaced: [], skipped: [] },
      { kind: 'CANNED_REPLIES', created: ['opening hours'], replaced: [], skipped: [] },
      { kind: 'REPLY_TEMPLATES', created: ['thank you'], replaced: [], skipped: [] },
      { kind: 'REVIEW_SETTINGS', created: ['review settings'], replaced: [], skipped: [] },
      { kind: 'APPROVAL_SETTINGS', created: [], replaced: ['approval settings'], skipped: [] },
    ]);
    const ws = created.workspace.id;
    // Only the copied policies (no starter set), as they were, enabled state included.
    expect(await policies(ws)).toEqual([
      { name: 'No miracles', scope: 'OUTBOUND_POST', enabled: true, rules: [{ rule: 'keyword', action: 'BLOCK' }] },
      { name: 'Spam', scope: 'INBOUND_MESSAGE', enabled: false, rules: [{ rule: 'spam', action: 'HIDE' }] },
    ]);
    expect(ok(await gql('query($ws: ID!) { evaluatePolicy(workspaceId: $ws, scope: OUTBOUND_POST, text: "A miracle cure") { outbound } }', { ws })).evaluatePolicy.outbound).toBe('BLOCK');
    const copied = ok(await gql('query($ws: ID!) { cannedReplies(workspaceId: $ws) { name body } reviewReplyTemplates(workspaceId: $ws) { name minRating maxRating } reviewSettings(workspaceId: $ws) { lowRatingThreshold watchedNames } }', { ws }));
    expect(copied).toEqual({
      cannedReplies: [{ name: 'opening hours', body: 'Hi {{contact.name}}, we open at 9.' }],
      reviewReplyTemplates: [{ name: 'thank you', minRating: 4, maxRating: 5 }],
      reviewSettings: { lowRatingThreshold: 3, watchedNames: ['Rival Bakery'] },
    });
    const members = ok(await gql('query($ws: ID!) { workspace(id: $ws) { members { edges { node { role } } } } }', { ws })).workspace.members.edges.map((e: any) => e.node.role);
    expect(members).toEqual(['OWNER']);
    const audit = ok(await gql('query($ws: ID!) { auditLog(workspaceId: $ws, filter: { action: "workspace.*" }) { edges { node { action } } } }', { ws })).auditLog.edges.map((e: any) => e.node.action);
    expect(audit).toEqual(expect.arrayContaining(['workspace.created', 'workspace.settings_copied', 'workspace.updated']));
  });

  it('gives the starter policies when POLICIES are not copied, and keeps a time zone given', async () => {
    const created = ok(await fromTemplate({ name: 'Replies only', timezone: 'America/New_York', fromWorkspaceId: template, include: ['CANNED_REPLIES'] })).createWorkspaceFromTemplate;
    expect(created.workspace).toMatchObject({ timezone: 'America/New_York', approvalMode: 'INTERNAL_ONLY' });
    expect((await policies(created.workspace.id)).map((p: { name: string }) => p.name)).toEqual(['Inbox triage', 'Review triage']);
  });

  it('leaves nothing behind when a setting cannot be copied, or the slug is taken', async () => {
    const before = await slugs();
    const router = await createMember(server, root, template, 'router@agency.test', 'AGENT');
    const [onlyInTemplate] = await server.sql('SELECT id FROM "user" WHERE email = $1', ['router@agency.test']);
    expect(router).toBeTruthy();
    const route = ok(await mutate('createPolicy', 'CreatePolicyInput', { workspaceId: template, name: 'Route', scope: 'INBOUND_MESSAGE', rules: [{ rule: 'keyword', args: { words: ['refund'] }, action: 'ASSIGN', assigneeId: onlyInTemplate.id }] })).createPolicy.id;
    try {
      const refused = await fromTemplate({ name: 'Doomed client', fromWorkspaceId: template, include: ['APPROVAL_SETTINGS', 'POLICIES'] });
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors![0].message).toContain('Policy "Route" cannot be copied');
      expect(await slugs()).toEqual(before);
    } finally {
      ok(await gql('mutation($ws: ID!, $id: ID!) { deletePolicy(workspaceId: $ws, id: $id) { id } }', { ws: template, id: route }));
    }
    expect(errorCode(await fromTemplate({ name: 'Taken', slug: 'agency-template', fromWorkspaceId: template, include: ['POLICIES'] }))).toBe('CONFLICT');
    expect(await slugs()).toEqual(before);
  });

  it('is for instance admins, from a template they can see', async () => {
    expect(errorCode(await fromTemplate({ name: 'Not mine', fromWorkspaceId: template, include: ['POLICIES'] }, lead))).toBe('FORBIDDEN');
    const missing = await fromTemplate({ name: 'From nowhere', fromWorkspaceId: '00000000-0000-4000-8000-000000000000', include: ['POLICIES'] });
    expect(errorCode(missing)).toBe('NOT_FOUND');
    expect(errorCode(await fromTemplate({ name: 'Nothing', fromWorkspaceId: template, include: [] }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await fromTemplate({ name: 'Bad zone', timezone: 'Mars/Olympus', fromWorkspaceId: template, include: ['POLICIES'] }))).toBe('BAD_USER_INPUT');
  });

  it('copyWorkspaceSettings copies review and approval settings into an existing workspace too', async () => {
    const target = ok(await mutate('createWorkspace', 'CreateWorkspaceInput', { name: 'Existing client', starterPolicies: false })).createWorkspace.id;
    ok(await mutate('updateReviewSettings', 'UpdateReviewSettingsInput', { workspaceId: target, lowRatingThreshold: 1 }, 'lowRatingThreshold'));
    ok(await gql('mutation($ws: ID!) { addMember(input: { workspaceId: $ws, email: "lead@agency.test", role: ADMIN }) { id } }', { ws: target }));
    const result = ok(await mutate('copyWorkspaceSettings', 'CopyWorkspaceSettingsInput', { fromWorkspaceId: template, toWorkspaceId: target, include: ['REVIEW_SETTINGS', 'APPROVAL_SETTINGS'], onNameClash: 'SKIP' }, SETTINGS, lead)).copyWorkspaceSettings;
    expect(result.settings).toEqual([
      { kind: 'REVIEW_SETTINGS', created: [], replaced: ['review settings'], skipped: [] },
      { kind: 'APPROVAL_SETTINGS', created: [], replaced: ['approval settings'], skipped: [] },
    ]);
    const after = ok(await gql(`query($ws: ID!) { workspace(id: $ws) { ${WORKSPACE} } reviewSettings(workspaceId: $ws) { lowRatingThreshold watchedNames } }`, { ws: target }, lead));
    expect(after.workspace).toMatchObject({ approvalMode: 'CLIENT_ONLY', clientApprovalRule: 'ANY', requireDifferentApprover: true, reportRecipients: [] });
    expect(after.reviewSettings).toEqual({ lowRatingThreshold: 3, watchedNames: ['Rival Bakery'] });
  });
});
