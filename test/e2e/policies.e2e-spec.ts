import { resolve } from 'node:path';
import { createMember, createWorkspace, errorCode, ok, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';

const POLICY_FIELDS = 'id name scope enabled version channelId rules { rule args action severityThreshold labels priority template assigneeId }';
const CREATE = `mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { ${POLICY_FIELDS} } }`;
const UPDATE = `mutation($input: UpdatePolicyInput!) { updatePolicy(input: $input) { ${POLICY_FIELDS} } }`;
const EVALUATE = `query($ws: ID!, $scope: PolicyScope!, $text: String!, $channel: ID) {
  evaluatePolicy(workspaceId: $ws, scope: $scope, text: $text, channelId: $channel) {
    outbound
    inbound { hide escalate labels priority assigneeId autoReply hideWithheldForCriticism }
    findings { policyName policyVersion rule action severity message spans { start end text } suggestion labels }
  }
}`;

describe('policies', () => {
  let server: TestServer;
  let admin: string;
  let workspaceId: string;
  let agentId: string;
  let agent: string;

  const create = (input: Record<string, unknown>, token = admin) => server.gql(CREATE, { input: { workspaceId, ...input } }, token);
  const evaluate = async (scope: string, text: string, channel?: string, token = admin) =>
    ok(await server.gql(EVALUATE, { ws: workspaceId, scope, text, channel }, token)).evaluatePolicy;

  beforeAll(async () => {
    server = await createTestServer({}, { plugins: [{ specifier: resolve('test/fixtures/plugins/keyword-rules.js'), baseDir: '/', options: {} }] });
    admin = await setupAdmin(server);
    workspaceId = await createWorkspace(server, admin, 'Voice Brand');
    agent = await createMember(server, admin, workspaceId, 'agent@voice.test', 'AGENT');
    [{ id: agentId }] = await server.sql('SELECT id FROM "user" WHERE email = $1', ['agent@voice.test']);
  });
  afterAll(() => server.close());

  it('lists rule types with their argument schema for the admin form', async () => {
    const { ruleTypes } = ok(await server.gql('{ ruleTypes { code plugin appliesTo argsSchema defaultArgs } }', {}, admin));
    expect(ruleTypes.map((r: { code: string }) => r.code)).toEqual(['keyword', 'posts-only']);
    expect(ruleTypes[0]).toMatchObject({ plugin: '@test/keyword-rules', defaultArgs: { words: [], severity: 'medium', labels: [] } });
  });

  it('refuses an invalid policy naming every field and rule, and saves nothing', async () => {
    const bad = await create({
      name: 'Broken',
      scope: 'INBOUND_MESSAGE',
      rules: [
        { rule: 'no-such-rule', action: 'HIDE' },
        { rule: 'keyword', args: { words: [''], colour: 'red' }, action: 'LABEL' },
        { rule: 'keyword', args: { pattern: '(unclosed' }, action: 'ESCALATE' },
        { rule: 'keyword', action: 'BLOCK' },
        { rule: 'posts-only', action: 'LABEL' },
        { rule: 'keyword', action: 'ASSIGN' },
        { rule: 'keyword', action: 'SET_PRIORITY' },
        { rule: 'keyword', action: 'AUTO_REPLY' },
      ],
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    const fields = bad.errors![0].extensions.fields as Array<{ field: string; message: string }>;
    expect(fields.map((f) => f.field)).toEqual([
      'rules.0.rule',
      'rules.1.args.colour',
      'rules.1.args.words.0',
      'rules.2.args.pattern',
      'rules.3.action',
      'rules.4.rule',
      'rules.5.assigneeId',
      'rules.6.priority',
      'rules.7.template',
    ]);
    expect(fields[0].message).toMatch(/^\(no-such-rule\) unknown rule; loaded rules: keyword, posts-only$/);
    expect(fields[3].message).toMatch(/^\(keyword\) is not a valid regular expression/);
    expect(fields[4].message).toMatch(/BLOCK is not an action of INBOUND_MESSAGE/);
    expect(await server.sql('SELECT count(*)::int AS n FROM policy')).toEqual([{ n: 0 }]);
    const stranger = await create({ name: 'x', scope: 'INBOUND_MESSAGE', rules: [{ rule: 'keyword', action: 'ASSIGN', assigneeId: '00000000-0000-4000-8000-000000000000' }] });
    expect(stranger.errors![0].extensions.field).toBe('rules.0.assigneeId');
  });

  it('blocks outbound text when any rule says BLOCK, and explains each finding with spans', async () => {
    ok(
      await create({
        name: 'Brand voice',
        scope: 'OUTBOUND_POST',
        rules: [
          { rule: 'keyword', args: { words: ['cheap'], severity: 'low' }, action: 'WARN' },
          { rule: 'keyword', args: { words: ['guaranteed'], severity: 'high' }, action: 'BLOCK' },
          { rule: 'keyword', args: { words: ['cheap'], severity: 'info' }, action: 'REQUIRE_APPROVAL', severityThreshold: 'MEDIUM' },
        ],
      }),
    );
    const result = await evaluate('OUTBOUND_POST', 'Cheap grooming, results guaranteed!');
    expect(result.outbound).toBe('BLOCK');
    expect(result.inbound).toBeNull();
    expect(result.findings).toEqual([
      { policyName: 'Brand voice', policyVersion: 1, rule: 'keyword', action: 'WARN', severity: 'LOW', message: '"Cheap" was found.', spans: [{ start: 0, end: 5, text: 'Cheap' }], suggestion: 'Avoid "Cheap".', labels: [] },
      { policyName: 'Brand voice', policyVersion: 1, rule: 'keyword', action: 'BLOCK', severity: 'HIGH', message: '"guaranteed" was found.', spans: [{ start: 24, end: 34, text: 'guaranteed' }], suggestion: 'Avoid "guaranteed".', labels: [] },
    ]);
    expect((await evaluate('OUTBOUND_POST', 'Cheap and cheerful.')).outbound).toBe('WARN');
    expect((await evaluate('OUTBOUND_POST', 'Grooming tips for spring.')).outbound).toBe('ALLOW');
    expect((await evaluate('OUTBOUND_REPLY', 'results guaranteed')).outbound).toBe('ALLOW');
  });

  it('makes a new version on every edit, keeps the old ones, and evaluates with the current one', async () => {
    const policy = ok(await create({ name: 'Replies', scope: 'OUTBOUND_REPLY', rules: [{ rule: 'keyword', args: { words: ['calm down'] }, action: 'REQUIRE_APPROVAL' }] })).createPolicy;
    const updated = ok(
      await server.gql(UPDATE, { input: { workspaceId, policyId: policy.id, name: 'Replies v2', rules: [{ rule: 'keyword', args: { words: ['calm down', 'per my last'] }, action: 'BLOCK' }] } }, admin),
    ).updatePolicy;
    expect(updated).toMatchObject({ name: 'Replies v2', version: 2 });
    const versions = ok(
      await server.gql('query($ws: ID!, $p: ID!) { policyVersions(workspaceId: $ws, policyId: $p) { totalCount edges { node { version name rules { action args } } } } }', { ws: workspaceId, p: policy.id }, admin),
    ).policyVersions;
    expect(versions.edges.map((e: { node: { version: number; name: string; rules: Array<{ action: string }> } }) => [e.node.version, e.node.name, e.node.rules[0].action])).toEqual([
      [1, 'Replies', 'REQUIRE_APPROVAL'],
      [2, 'Replies v2', 'BLOCK'],
    ]);
    const result = await evaluate('OUTBOUND_REPLY', 'Per my last email, calm down.');
    expect(result.outbound).toBe('BLOCK');
    expect(result.findings.map((f: { policyVersion: number }) => f.policyVersion)).toEqual([2, 2]);

    ok(await server.gql(UPDATE, { input: { workspaceId, policyId: policy.id, enabled: false } }, admin));
    expect((await evaluate('OUTBOUND_REPLY', 'calm down')).outbound).toBe('ALLOW');
  });

  it('applies edits sent at the same time one after the other: each keeps the others\' changes and gets its own version', async () => {
    const policy = ok(await create({ name: 'Racing', scope: 'OUTBOUND_REPLY', enabled: false, rules: [{ rule: 'keyword', args: { words: ['x'] }, action: 'WARN' }] })).createPolicy;
    const edits = [{ name: 'Racing renamed' }, { rules: [{ rule: 'keyword', args: { words: ['y'] }, action: 'BLOCK' }] }, { channelId: null }, { name: 'Racing renamed again' }];
    const results = await Promise.all(edits.map((edit) => server.gql(UPDATE, { input: { workspaceId, policyId: policy.id, ...edit } }, admin)));
    expect(results.map((result) => result.errors)).toEqual(edits.map(() => undefined));
    expect(results.map((result) => result.data.updatePolicy.version).sort()).toEqual([2, 3, 4, 5]);
    const current = ok(await server.gql(`query($ws: ID!, $id: ID!) { policy(workspaceId: $ws, id: $id) { ${POLICY_FIELDS} } }`, { ws: workspaceId, id: policy.id }, admin)).policy;
    // Neither rename undid the rules edit, whatever order they ran in.
    expect(current).toMatchObject({ version: 5, rules: [{ rule: 'keyword', args: { words: ['y'] }, action: 'BLOCK' }] });
    expect(['Racing renamed', 'Racing renamed again']).toContain(current.name);
    const versions = ok(await server.gql('query($ws: ID!, $p: ID!) { policyVersions(workspaceId: $ws, policyId: $p) { totalCount } }', { ws: workspaceId, p: policy.id }, admin)).policyVersions;
    expect(versions.totalCount).toBe(5);
    ok(await server.gql('mutation($ws: ID!, $id: ID!) { deletePolicy(workspaceId: $ws, id: $id) { id } }', { ws: workspaceId, id: policy.id }, admin));
  });

  it('lists versions oldest first by default, latest first with newestFirst, and pages both ways with after', async () => {
    // Disabled, so it changes no other case's evaluation.
    const policy = ok(await create({ name: 'History v1', scope: 'OUTBOUND_REPLY', enabled: false, rules: [{ rule: 'keyword', args: { words: ['x'] }, action: 'WARN' }] })).createPolicy;
    ok(await server.gql(UPDATE, { input: { workspaceId, policyId: policy.id, name: 'History v2' } }, admin));
    ok(await server.gql(UPDATE, { input: { workspaceId, policyId: policy.id, name: 'History v3' } }, admin));
    const VERSIONS = `query($ws: ID!, $p: ID!, $first: Int, $after: String, $newestFirst: Boolean) {
      policyVersions(workspaceId: $ws, policyId: $p, first: $first, after: $after, newestFirst: $newestFirst) {
        totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { version name } }
      }
    }`;
    const page = async (variables: Record<string, unknown>) => {
      const { policyVersions } = ok(await server.gql(VERSIONS, { ws: workspaceId, p: policy.id, ...variables }, admin));
      return { ...policyVersions, versions: policyVersions.edges.map((e: { node: { version: number } }) => e.node.version) };
    };

    expect((await page({})).versions).toEqual([1, 2, 3]);
    expect((await page({ newestFirst: false })).versions).toEqual([1, 2, 3]);
    const oldest = await page({ first: 2 });
    expect(oldest).toMatchObject({ versions: [1, 2], totalCount: 3, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    expect(await page({ first: 2, after: oldest.pageInfo.endCursor })).toMatchObject({ versions: [3], pageInfo: { hasNextPage: false, hasPreviousPage: true } });

    const latest = await page({ first: 2, newestFirst: true });
    expect(latest).toMatchObject({ versions: [3, 2], totalCount: 3, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    expect(latest.edges[0].node.name).toBe('History v3');
    const older = await page({ first: 2, newestFirst: true, after: latest.pageInfo.endCursor });
    expect(older).toMatchObject({ versions: [1], totalCount: 3, pageInfo: { hasNextPage: false, hasPreviousPage: true } });
    expect((await page({ newestFirst: true })).versions).toEqual([3, 2, 1]);

    ok(await server.gql('mutation($ws: ID!, $id: ID!) { deletePolicy(workspaceId: $ws, id: $id) { id } }', { ws: workspaceId, id: policy.id }, admin));
  });

  it('composes inbound actions: labels add up, highest priority wins, first assignee and auto-reply win', async () => {
    ok(
      await create({
        name: 'Triage',
        scope: 'INBOUND_MESSAGE',
        rules: [
          { rule: 'keyword', args: { words: ['refund'], labels: ['billing'] }, action: 'LABEL' },
          { rule: 'keyword', args: { words: ['refund'] }, action: 'LABEL', labels: ['money', 'vip'] },
          { rule: 'keyword', args: { words: ['refund'] }, action: 'SET_PRIORITY', priority: 'HIGH' },
          { rule: 'keyword', args: { words: ['lawyer'] }, action: 'SET_PRIORITY', priority: 'URGENT' },
          { rule: 'keyword', args: { words: ['refund'] }, action: 'ASSIGN', assigneeId: agentId },
          { rule: 'keyword', args: { words: ['refund'] }, action: 'AUTO_REPLY', template: 'Hi {{contact.name}}, we are on it.' },
        ],
      }),
    );
    const { inbound } = await evaluate('INBOUND_MESSAGE', 'I want a refund or I call my lawyer');
    expect(inbound).toEqual({
      hide: false,
      escalate: false,
      labels: ['billing', 'money', 'vip'],
      priority: 'URGENT',
      assigneeId: agentId,
      autoReply: 'Hi {{contact.name}}, we are on it.',
      hideWithheldForCriticism: false,
    });
  });

  it('never hides criticism without abuse: it escalates instead; abuse and spam are hidden', async () => {
    ok(
      await create({
        name: 'Moderation',
        scope: 'REVIEW',
        rules: [
          { rule: 'keyword', args: { words: ['disappointed', 'late'], labels: ['criticism'] }, action: 'HIDE' },
          { rule: 'keyword', args: { words: ['idiots'], labels: ['abuse'] }, action: 'HIDE' },
        ],
      }),
    );
    const complaint = (await evaluate('REVIEW', 'Two weeks late and I am disappointed.')).inbound;
    expect(complaint).toMatchObject({ hide: false, escalate: true, hideWithheldForCriticism: true, labels: ['criticism'] });
    const abusive = (await evaluate('REVIEW', 'Late again, you idiots.')).inbound;
    expect(abusive).toMatchObject({ hide: true, hideWithheldForCriticism: false, labels: ['abuse', 'criticism'] });
  });

  it('applies channel-specific policies only to that channel', async () => {
    await server.sql(
      `INSERT INTO channel (id, workspace_id, type, kind, display_name, credentials_encrypted) VALUES ('11111111-1111-4111-8111-111111111111', $1, 'acme', 'NETWORK', 'Acme', 'v1.x.y.z')`,
      [workspaceId],
    );
    const channelId = '11111111-1111-4111-8111-111111111111';
    ok(await create({ name: 'Acme only', scope: 'OUTBOUND_POST', channelId, rules: [{ rule: 'keyword', args: { words: ['tiktok'] }, action: 'BLOCK' }] }));
    expect((await evaluate('OUTBOUND_POST', 'see us on tiktok')).outbound).toBe('ALLOW');
    expect((await evaluate('OUTBOUND_POST', 'see us on tiktok', channelId)).outbound).toBe('BLOCK');
    const elsewhere = await create({ name: 'x', scope: 'OUTBOUND_POST', channelId: '22222222-2222-4222-8222-222222222222', rules: [] });
    expect(elsewhere.errors![0].extensions.field).toBe('channelId');
  });

  it('checks a text against draft rules alone, before they are saved: validated like createPolicy, ADMIN only, nothing stored', async () => {
    const DRAFT = `query($ws: ID!, $scope: PolicyScope!, $text: String!, $rules: [PolicyRuleInput!], $channel: ID) {
      evaluatePolicy(workspaceId: $ws, scope: $scope, text: $text, draftRules: $rules, channelId: $channel) { outbound inbound { hide labels } findings { policyName policyVersion rule action spans { text } } }
    }`;
    const draft = (scope: string, text: string, rules: unknown[], token = admin, channel?: string) => server.gql(DRAFT, { ws: workspaceId, scope, text, rules, channel }, token);
    const policiesBefore = await server.sql('SELECT id, version FROM policy ORDER BY id');
    // The saved "Brand voice" policy blocks "guaranteed"; the draft only warns about "spring".
    const text = 'Spring grooming, results guaranteed';
    expect((await evaluate('OUTBOUND_POST', text)).outbound).toBe('BLOCK');
    const checked = ok(await draft('OUTBOUND_POST', text, [{ rule: 'keyword', args: { words: ['spring'] }, action: 'WARN' }])).evaluatePolicy;
    expect(checked).toEqual({ outbound: 'WARN', inbound: null, findings: [{ policyName: 'Draft', policyVersion: 0, rule: 'keyword', action: 'WARN', spans: [{ text: 'Spring' }] }] });
    // Inbound: the draft's own actions.
    const inbound = ok(await draft('INBOUND_MESSAGE', 'buy followers now', [{ rule: 'keyword', args: { words: ['followers'], labels: ['spam'] }, action: 'HIDE' }])).evaluatePolicy;
    expect(inbound.inbound).toEqual({ hide: true, labels: ['spam'] });
    // No rules: nothing found, whatever the saved policies say.
    expect(ok(await draft('OUTBOUND_POST', text, [])).evaluatePolicy).toEqual({ outbound: 'ALLOW', inbound: null, findings: [] });

    const bad = await draft('INBOUND_MESSAGE', 'x', [{ rule: 'keyword', action: 'BLOCK' }, { rule: 'nope', action: 'HIDE' }]);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect((bad.errors![0].extensions.fields as Array<{ field: string }>).map((f) => f.field)).toEqual(['draftRules.0.action', 'draftRules.1.rule']);
    expect(errorCode(await draft('OUTBOUND_POST', text, [], admin, '00000000-0000-4000-8000-000000000000'))).toBe('BAD_USER_INPUT');
    expect(errorCode(await draft('OUTBOUND_POST', text, [{ rule: 'keyword', action: 'WARN' }], agent))).toBe('FORBIDDEN');
    expect(await server.sql('SELECT id, version FROM policy ORDER BY id')).toEqual(policiesBefore);
  });

  it('lets AGENTs check text but only ADMINs change policies; other workspaces see nothing', async () => {
    expect(errorCode(await create({ name: 'Agent policy', scope: 'OUTBOUND_POST', rules: [] }, agent))).toBe('FORBIDDEN');
    expect((await evaluate('OUTBOUND_POST', 'results guaranteed', undefined, agent)).outbound).toBe('BLOCK');
    const viewer = await createMember(server, admin, workspaceId, 'viewer@voice.test', 'VIEWER');
    expect(errorCode(await server.gql(EVALUATE, { ws: workspaceId, scope: 'OUTBOUND_POST', text: 'x' }, viewer))).toBe('FORBIDDEN');

    const [policy] = await server.sql('SELECT id FROM policy WHERE workspace_id = $1 LIMIT 1', [workspaceId]);
    const other = await createWorkspace(server, admin, 'Other Brand');
    const outsider = await createMember(server, admin, other, 'admin@other.test', 'ADMIN');
    const attempts: Array<[string, Record<string, unknown>]> = [
      ['query($ws: ID!, $id: ID!) { policy(workspaceId: $ws, id: $id) { id } }', { ws: workspaceId, id: policy.id }],
      ['query($ws: ID!, $id: ID!) { policy(workspaceId: $ws, id: $id) { id } }', { ws: other, id: policy.id }],
      ['query($ws: ID!, $id: ID!) { policyVersions(workspaceId: $ws, policyId: $id) { totalCount } }', { ws: other, id: policy.id }],
      ['mutation($ws: ID!, $id: ID!) { updatePolicy(input: { workspaceId: $ws, policyId: $id, enabled: false }) { id } }', { ws: other, id: policy.id }],
      ['mutation($ws: ID!, $id: ID!) { deletePolicy(workspaceId: $ws, id: $id) { id } }', { ws: other, id: policy.id }],
      ['query($ws: ID!) { evaluatePolicy(workspaceId: $ws, scope: OUTBOUND_POST, text: "x") { outbound } }', { ws: workspaceId }],
    ];
    for (const [query, variables] of attempts) expect(errorCode(await server.gql(query, variables, outsider))).toBe('NOT_FOUND');
    expect((await server.sql('SELECT enabled FROM policy WHERE id = $1', [policy.id]))[0].enabled).toBe(true);
  });
});
