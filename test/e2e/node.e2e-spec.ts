import { randomUUID } from 'node:crypto';
import { startSandboxNetwork, type SandboxNetwork } from '@rapport/plugin-network-sandbox/server';
import { createApiKey, createMember, createWorkspace, errorCode, ok, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';

/**
 * Relay Global Object Identification: every entity type implements Node and
 * `node(id:)` / `nodes(ids:)` find any of them by the id the API returned,
 * scoped like every other read: another workspace's row is null like a
 * missing id, and a type that needs a higher role is FORBIDDEN.
 */
describe('node(id:) and nodes(ids:)', () => {
  let sandbox: SandboxNetwork;
  let server: TestServer;
  let admin: string;
  let viewerA: string;
  let ownerB: string;
  let keyB: string;
  let workspaceA: string;
  /** One id of every entity type, all in workspace A (the User is the admin). */
  const ids: Record<string, string> = {};

  const NODE = 'query($id: ID!) { node(id: $id) { __typename id } }';
  const mutate = async (name: string, inputType: string, input: Record<string, unknown>, fields = 'id') =>
    ok(await server.gql(`mutation($input: ${inputType}!) { ${name}(input: $input) { ${fields} } }`, { input }, admin))[name];
  const waitFor = async (condition: () => Promise<boolean>, what: string) => {
    const deadline = Date.now() + 15_000;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const firstId = async (table: string) => (await server.sql(`SELECT id FROM ${table} WHERE workspace_id = $1 ORDER BY created_at LIMIT 1`, [workspaceA]))[0]?.id as string;

  beforeAll(async () => {
    sandbox = await startSandboxNetwork();
    server = await createTestServer({}, {
      plugins: [
        { specifier: '@rapport/plugin-network-sandbox', baseDir: '/', options: { baseUrl: sandbox.url } },
        { specifier: '@rapport/plugin-rule-banned-terms', baseDir: '/', options: {} },
      ],
    });
    admin = await setupAdmin(server);
    workspaceA = await createWorkspace(server, admin, 'Brand A');
    const workspaceB = await createWorkspace(server, admin, 'Brand B');
    viewerA = await createMember(server, admin, workspaceA, 'viewer@a.test', 'VIEWER');
    ownerB = await createMember(server, admin, workspaceB, 'owner@b.test', 'OWNER');
    keyB = (await createApiKey(server, admin, workspaceB, 'OWNER')).secret;

    ids.Workspace = workspaceA;
    ids.User = ok(await server.gql('{ me { id } }', {}, admin)).me.id;
    ids.WorkspaceMember = ok(await server.gql('query($id: ID!) { workspace(id: $id) { members { edges { node { id } } } } }', { id: workspaceA }, admin)).workspace.members.edges[0].node.id;
    ids.ApiKey = (await createApiKey(server, admin, workspaceA, 'AGENT')).id;
    ids.Invitation = (await mutate('inviteMember', 'InviteMemberInput', { workspaceId: workspaceA, email: 'new@a.test', role: 'AGENT' }, 'invitation { id }')).invitation.id;
    ids.Policy = (await mutate('createPolicy', 'CreatePolicyInput', { workspaceId: workspaceA, name: 'Voice', scope: 'OUTBOUND_REPLY', rules: [{ rule: 'banned-terms', args: { terms: [{ term: 'calm down' }] }, action: 'BLOCK' }] })).id;
    ids.AuditEntry = await firstId('audit_entry');
    ids.PolicyVersion = ok(await server.gql('query($ws: ID!, $id: ID!) { policyVersions(workspaceId: $ws, policyId: $id) { edges { node { id } } } }', { ws: workspaceA, id: ids.Policy }, admin)).policyVersions.edges[0].node.id;
    ids.CannedReply = (await mutate('createCannedReply', 'CreateCannedReplyInput', { workspaceId: workspaceA, name: 'Thanks', body: 'Thank you!' })).id;
    ids.ReviewReplyTemplate = (await mutate('createReviewReplyTemplate', 'CreateReviewReplyTemplateInput', { workspaceId: workspaceA, name: 'Sorry', minRating: 1, maxRating: 2, body: 'We are sorry.' })).id;

    const connect = (type: string) => mutate('connectChannel', 'ConnectChannelInput', { workspaceId: workspaceA, type, displayName: type, credentials: { accessToken: sandbox.accessToken } });
    ids.Channel = (await connect('sandbox')).id;
    const reviewSource = (await connect('sandbox-reviews')).id;

    await sandbox.inject.comment({ text: 'Do you deliver to Lyon?', author: { handle: 'cat_lady' } });
    ok(await server.gql('mutation($ws: ID!, $ch: ID!) { syncChannel(workspaceId: $ws, channelId: $ch) { ok } }', { ws: workspaceA, ch: ids.Channel }, admin));
    await waitFor(async () => Boolean(await firstId('message')), 'the synced comment');
    ids.Contact = await firstId('contact');
    ids.Conversation = await firstId('conversation');
    ids.Message = await firstId('message');

    const post = await mutate('createPost', 'CreatePostInput', { workspaceId: workspaceA, body: 'Spring grooming slots are open.', channelIds: [ids.Channel] }, 'id targets { id }');
    ids.Post = post.id;
    ids.PostTarget = post.targets[0].id;
    ids.PostActivity = ok(await server.gql('query($ws: ID!, $id: ID!) { postHistory(workspaceId: $ws, id: $id) { id } }', { ws: workspaceA, id: post.id }, admin)).postHistory[0].id;

    // A client approves another post through the link mailed to them (read from the outbox, as without SMTP).
    await mutate('updateWorkspace', 'UpdateWorkspaceInput', { workspaceId: workspaceA, approvalMode: 'CLIENT_ONLY' });
    const forClient = await mutate('createPost', 'CreatePostInput', { workspaceId: workspaceA, body: 'For the client', channelIds: [ids.Channel] });
    ids.ClientApprovalRequest = (await mutate('requestClientApproval', 'RequestClientApprovalInput', { workspaceId: workspaceA, postIds: [forClient.id], emails: ['client@a.test'] })).id;
    ids.ClientApprovalRecipient = await firstId('client_approval_recipient');
    ids.OutboxMail = await firstId('outbox_mail');
    const [mail] = await server.sql<{ text: string }>('SELECT text FROM outbox_mail WHERE id = $1', [ids.OutboxMail]);
    const link = mail.text.match(/\/client\/approve\/ca_[\w-]+/)![0];
    const page = await server.http.get(link);
    const approved = await server.http
      .post(link)
      .type('form')
      .set('cookie', String(page.headers['set-cookie']).split(';')[0])
      .send({ csrf: page.text.match(/name="csrf" value="([^"]+)"/)![1], postId: forClient.id, decision: 'approve' });
    expect(approved.status).toBe(303);
    ids.ClientApprovalDecision = await firstId('client_approval_decision');

    const review = await sandbox.inject.review({ rating: 2, text: 'Slow service.', author: { handle: 'max' } });
    const syncReviews = async () => ok(await server.gql('mutation($ws: ID!, $ch: ID!) { syncReviews(workspaceId: $ws, channelId: $ch) { ok } }', { ws: workspaceA, ch: reviewSource }, admin));
    await syncReviews();
    await waitFor(async () => Boolean(await firstId('review')), 'the synced review');
    await sandbox.inject.review({ id: review.id, rating: 1, text: 'Slow and rude service.' });
    await syncReviews();
    await waitFor(async () => Boolean(await firstId('review_revision')), 'the review edit');
    ids.Review = await firstId('review');
    ids.ReviewRevision = await firstId('review_revision');
    await mutate('flagReview', 'FlagReviewInput', { workspaceId: workspaceA, reviewId: ids.Review, reason: 'competitor' });
    ids.ReviewFlagChange = await firstId('review_flag_change');
    await mutate('disputeReview', 'DisputeReviewInput', { workspaceId: workspaceA, reviewId: ids.Review, reason: 'Written by a competitor' });
    ids.ReviewDispute = await firstId('review_dispute');

    // An endpoint nobody listens on: the policy edit's delivery is recorded, its attempts fail (nothing is asserted on them).
    ids.WebhookEndpoint = (await mutate('createWebhookEndpoint', 'CreateWebhookEndpointInput', { workspaceId: workspaceA, url: 'http://127.0.0.1:9/hooks', eventTypes: ['policy.*'] }, 'endpoint { id }')).endpoint.id;
    await mutate('updatePolicy', 'UpdatePolicyInput', { workspaceId: workspaceA, policyId: ids.Policy, name: 'Brand voice' });
    await waitFor(async () => Boolean(await firstId('webhook_delivery')), 'the webhook delivery');
    ids.WebhookDelivery = await firstId('webhook_delivery');

    // A job fails for good only after its retries, minutes apart: the dead-letter row is written as JobQueue writes it.
    ids.FailedJob = randomUUID();
    await server.sql(`INSERT INTO failed_job (id, workspace_id, kind, data, last_error, attempts, failed_at) VALUES ($1, $2, 'sync-channel', $3, 'boom', 3, now())`, [
      ids.FailedJob,
      workspaceA,
      { channelId: ids.Channel },
    ]);
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await sandbox?.close();
  });

  it('makes every entity type a Node, each one found by the id the API returned, with its own fields', async () => {
    const possible = ok(await server.gql('{ __type(name: "Node") { possibleTypes { name } } }', {}, admin)).__type.possibleTypes.map((t: { name: string }) => t.name);
    // A new entity type without a row here fails this test, so each one is proven resolvable.
    expect([...possible].sort()).toEqual(Object.keys(ids).sort());
    for (const [type, id] of Object.entries(ids)) {
      expect({ type, node: ok(await server.gql(NODE, { id }, admin)).node }).toEqual({ type, node: { __typename: type, id } });
    }
    const post = ok(await server.gql('query($id: ID!) { node(id: $id) { ... on Post { body status targets { id channelId } } } }', { id: ids.Post }, admin)).node;
    expect(post).toEqual({ body: 'Spring grooming slots are open.', status: 'DRAFT', targets: [{ id: ids.PostTarget, channelId: ids.Channel }] });
    const conversation = ok(await server.gql('query($id: ID!) { node(id: $id) { ... on Conversation { contact { handle } messages { edges { node { id body } } } } } }', { id: ids.Conversation }, admin)).node;
    expect(conversation).toEqual({ contact: { handle: 'cat_lady' }, messages: { edges: [{ node: { id: ids.Message, body: 'Do you deliver to Lyon?' } }] } });
  });

  it('answers nodes(ids:) in the order asked, repeats and unknown ids included', async () => {
    const unknown = randomUUID();
    const { nodes } = ok(await server.gql('query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', { ids: [ids.Review, unknown, ids.Channel, ids.Review] }, admin));
    expect(nodes).toEqual([{ __typename: 'Review', id: ids.Review }, null, { __typename: 'Channel', id: ids.Channel }, { __typename: 'Review', id: ids.Review }]);
  });

  it("shows another workspace's rows to nobody: null for every one, exactly as for an id that does not exist", async () => {
    const everyId = Object.entries(ids).filter(([type]) => type !== 'User');
    for (const token of [ownerB, keyB]) {
      for (const [type, id] of everyId) {
        const response = await server.gql(NODE, { id }, token);
        expect({ type, response }).toEqual({ type, response: { data: { node: null } } });
      }
      const { nodes } = ok(await server.gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: everyId.map(([, id]) => id) }, token));
      expect(nodes).toEqual(everyId.map(() => null));
    }
    expect(await server.gql(NODE, { id: randomUUID() }, ownerB)).toEqual({ data: { node: null } });
    // A user is visible to itself and instance admins only; an API key acts for no user.
    expect(ok(await server.gql(NODE, { id: ids.User }, ownerB)).node).toBeNull();
    expect(ok(await server.gql(NODE, { id: ids.User }, keyB)).node).toBeNull();
  });

  it("needs the role of the type's own queries: a VIEWER reads the inbox, posts and reviews, and is FORBIDDEN keys, invitations, failed jobs and saved answers", async () => {
    const forbidden = ['ApiKey', 'Invitation', 'FailedJob', 'AuditEntry', 'CannedReply', 'ReviewReplyTemplate', 'WebhookEndpoint', 'WebhookDelivery', 'ClientApprovalRequest', 'ClientApprovalRecipient', 'ClientApprovalDecision', 'OutboxMail'];
    for (const [type, id] of Object.entries(ids)) {
      const response = await server.gql(NODE, { id }, viewerA);
      if (forbidden.includes(type)) {
        expect({ type, code: errorCode(response), data: response.data }).toEqual({ type, code: 'FORBIDDEN', data: { node: null } });
      } else if (type === 'User') {
        expect(response).toEqual({ data: { node: null } });
      } else {
        expect({ type, node: ok(response).node }).toEqual({ type, node: { __typename: type, id } });
      }
    }
    const me = ok(await server.gql('{ me { id } }', {}, viewerA)).me.id;
    expect(ok(await server.gql(NODE, { id: me }, viewerA)).node).toEqual({ __typename: 'User', id: me });

    const mixed = await server.gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [ids.Post, ids.ApiKey] }, viewerA);
    expect(mixed.data).toEqual({ nodes: [{ id: ids.Post }, null] });
    expect(mixed.errors!.map((e) => [e.extensions.code, e.path])).toEqual([['FORBIDDEN', ['nodes', 1]]]);
  });

  it('refuses malformed ids, too many ids and anonymous callers', async () => {
    const malformed = await server.gql(NODE, { id: 'post:1' }, admin);
    expect([errorCode(malformed), malformed.errors![0].extensions.field]).toEqual(['BAD_USER_INPUT', 'id']);
    const inList = await server.gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [ids.Post, ''] }, admin);
    expect([errorCode(inList), inList.errors![0].extensions.field]).toEqual(['BAD_USER_INPUT', 'ids.1']);
    const tooMany = await server.gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array.from({ length: 101 }, () => randomUUID()) }, admin);
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
    expect(errorCode(await server.gql(NODE, { id: ids.Post }))).toBe('UNAUTHENTICATED');
  });
});
