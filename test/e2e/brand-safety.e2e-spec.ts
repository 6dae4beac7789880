import { startSandboxNetwork, type SandboxNetwork } from '@rapport/plugin-network-sandbox/server';
import { createMember, createWorkspace, errorCode, ok, rulePlugins, setupAdmin } from '../utils/fixtures.js';
import { createTestServer, type TestServer } from '../utils/test-server.js';

const BUILT_IN_RULES = ['profanity', 'inclusive-language', 'inflated-claims', 'sales-pressure', 'spam', 'sentiment-and-criticism', 'banned-terms', 'question-detector'];
const ABUSIVE_REPLY = 'Go to hell, you are a liar and a loser. Shut up.';
const SPAM = 'FREE crypto giveaway!!! DM me to claim: bit.ly/free-btc';

type GqlResponse = { data?: any; errors?: Array<{ message: string; extensions: Record<string, any> }> };

/** What an agency meets in its first week: defaults that keep a brand safe in every new client workspace. */
describe('brand-safety defaults', () => {
  let sandbox: SandboxNetwork;
  let server: TestServer;
  let admin: string;
  let client: string;

  const sql = (text: string, params: unknown[] = []) => server.sql(text, params);
  const waitFor = async (condition: () => Promise<boolean>, what: string, timeoutMs = 15_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const policiesOf = async (workspaceId: string, token = admin) =>
    ok(await server.gql('query($ws: ID!) { policies(workspaceId: $ws, first: 100) { edges { node { name scope version rules { rule action } } } } }', { ws: workspaceId }, token)).policies.edges.map(
      (edge: { node: unknown }) => edge.node,
    );
  const evaluate = async (workspaceId: string, scope: string, text: string) =>
    ok(await server.gql('query($ws: ID!, $scope: PolicyScope!, $text: String!) { evaluatePolicy(workspaceId: $ws, scope: $scope, text: $text) { outbound inbound { hide labels } findings { rule action spans { text } } } }', { ws: workspaceId, scope, text }, admin)).evaluatePolicy;
  const mutate = (name: string, inputType: string, input: Record<string, unknown>, token = admin, fields = 'id'): Promise<GqlResponse> =>
    server.gql(`mutation($input: ${inputType}!) { ${name}(input: $input) { ${fields} } }`, { input }, token);
  const badInput = (response: GqlResponse) => {
    expect(response.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    return { field: response.errors![0].extensions.field as string, message: response.errors![0].message };
  };

  beforeAll(async () => {
    sandbox = await startSandboxNetwork();
    server = await createTestServer({}, {
      plugins: [
        { specifier: '@rapport/plugin-network-sandbox', baseDir: '/', options: { baseUrl: sandbox.url } },
        ...rulePlugins(BUILT_IN_RULES),
      ],
    });
    admin = await setupAdmin(server);
    client = await createWorkspace(server, admin, 'Paws & Claws Grooming');
  });
  afterAll(async () => {
    await server?.close();
    await sandbox?.close();
  });

  describe('abusive or profane replies are blocked by default', () => {
    it('blocks the abusive reply with the starter Reply tone policy, naming the abuse', async () => {
      const decision = await evaluate(client, 'OUTBOUND_REPLY', ABUSIVE_REPLY);
      expect(decision.outbound).toBe('BLOCK');
      const abuse = decision.findings.find((finding: { rule: string }) => finding.rule === 'abuse');
      expect(abuse).toMatchObject({ action: 'BLOCK' });
      expect(abuse.spans.map((span: { text: string }) => span.text)).toEqual(['Go to hell', 'you are a liar', 'loser', 'Shut up']);
    });

    it('blocks other abuse and profanity aimed at customers, and lets an apology through', async () => {
      for (const text of ["You're pathetic, nobody asked you.", 'Drop dead, you clown!', 'What the fuck is wrong with you']) {
        expect(await evaluate(client, 'OUTBOUND_REPLY', text)).toMatchObject({ outbound: 'BLOCK' });
      }
      const apology = await evaluate(client, 'OUTBOUND_REPLY', "We're so sorry your order was late and that you were disappointed; a refund is on its way.");
      expect(apology.outbound).toBe('ALLOW');
    });
  });

  describe('a new workspace starts from the starter set', () => {
    it('gets the same policies as the Demo workspace, so spam is hidden from the start', async () => {
      const demo = (await sql("SELECT id FROM workspace WHERE slug = 'demo'"))[0].id;
      const starter = await policiesOf(client);
      expect(starter.map((policy: { name: string }) => policy.name)).toEqual(['Inbox triage', 'Brand voice', 'Reply tone', 'Review triage']);
      expect(starter).toEqual(await policiesOf(demo));
      expect(starter.find((policy: { name: string }) => policy.name === 'Reply tone').rules).toContainEqual({ rule: 'abuse', action: 'BLOCK' });
      expect((await evaluate(client, 'INBOUND_MESSAGE', SPAM)).inbound).toMatchObject({ hide: true });
    });

    it('starts empty when asked to', async () => {
      const empty = ok(await mutate('createWorkspace', 'CreateWorkspaceInput', { name: 'Blank client', starterPolicies: false })).createWorkspace.id;
      expect(await policiesOf(empty)).toEqual([]);
    });
  });

  describe('copyWorkspaceSettings ("workspace templates")', () => {
    let template: string;
    let target: string;
    let adminOfBoth: string;
    const copy = (input: Record<string, unknown>, token = adminOfBoth) =>
      mutate('copyWorkspaceSettings', 'CopyWorkspaceSettingsInput', input, token, 'settings { kind created replaced skipped }');

    beforeAll(async () => {
      template = ok(await mutate('createWorkspace', 'CreateWorkspaceInput', { name: 'Agency template', starterPolicies: false })).createWorkspace.id;
      target = ok(await mutate('createWorkspace', 'CreateWorkspaceInput', { name: 'New client', starterPolicies: false })).createWorkspace.id;
      adminOfBoth = await createMember(server, admin, template, 'lead@agency.test', 'ADMIN');
      ok(await server.gql('mutation($ws: ID!) { addMember(input: { workspaceId: $ws, email: "lead@agency.test", role: ADMIN }) { id } }', { ws: target }, admin));
      ok(await mutate('createPolicy', 'CreatePolicyInput', { workspaceId: template, name: 'Reply tone', scope: 'OUTBOUND_REPLY', rules: [{ rule: 'abuse', action: 'BLOCK' }, { rule: 'banned-terms', args: { terms: [{ term: 'calm down' }] }, action: 'BLOCK' }] }));
      ok(await mutate('createPolicy', 'CreatePolicyInput', { workspaceId: template, name: 'Spam', scope: 'INBOUND_MESSAGE', rules: [{ rule: 'spam', action: 'HIDE' }] }));
      ok(await mutate('createCannedReply', 'CreateCannedReplyInput', { workspaceId: template, name: 'opening hours', body: 'Hi {{contact.name}}, we open at 9.' }));
      ok(await mutate('createReviewReplyTemplate', 'CreateReviewReplyTemplateInput', { workspaceId: template, name: 'thank you', minRating: 4, maxRating: 5, body: 'Thank you {{contact.name}}!' }));
      ok(await mutate('createCannedReply', 'CreateCannedReplyInput', { workspaceId: target, name: 'opening hours', body: 'We open at 10 here.' }));
    });

    it('copies policies, canned replies and reply templates, keeping what the target already has by default', async () => {
      const result = ok(await copy({ fromWorkspaceId: template, toWorkspaceId: target, include: ['POLICIES', 'CANNED_REPLIES', 'REPLY_TEMPLATES'] })).copyWorkspaceSettings;
      expect(result.settings).toEqual([
        { kind: 'POLICIES', created: ['Reply tone', 'Spam'], replaced: [], skipped: [] },
        { kind: 'CANNED_REPLIES', created: [], replaced: [], skipped: ['opening hours'] },
        { kind: 'REPLY_TEMPLATES', created: ['thank you'], replaced: [], skipped: [] },
      ]);
      expect((await policiesOf(target)).map((policy: { name: string; rules: unknown[] }) => [policy.name, policy.rules.length])).toEqual([['Reply tone', 2], ['Spam', 1]]);
      expect(await evaluate(target, 'OUTBOUND_REPLY', 'Please calm down.')).toMatchObject({ outbound: 'BLOCK' });
      expect(await sql('SELECT body FROM canned_reply WHERE workspace_id = $1', [target])).toEqual([{ body: 'We open at 10 here.' }]);
      expect(await sql('SELECT min_rating, max_rating, body FROM review_reply_template WHERE workspace_id = $1', [target])).toEqual([{ min_rating: 4, max_rating: 5, body: 'Thank you {{contact.name}}!' }]);
    });

    it('replaces same-named settings on request: a policy gets a new version', async () => {
      const result = ok(await copy({ fromWorkspaceId: template, toWorkspaceId: target, include: ['CANNED_REPLIES', 'POLICIES'], onNameClash: 'REPLACE' })).copyWorkspaceSettings;
      expect(result.settings).toEqual([
        { kind: 'CANNED_REPLIES', created: [], replaced: ['opening hours'], skipped: [] },
        { kind: 'POLICIES', created: [], replaced: ['Reply tone', 'Spam'], skipped: [] },
      ]);
      expect(await sql('SELECT body FROM canned_reply WHERE workspace_id = $1', [target])).toEqual([{ body: 'Hi {{contact.name}}, we open at 9.' }]);
      expect((await policiesOf(target)).map((policy: { name: string; version: number }) => [policy.name, policy.version])).toEqual([['Reply tone', 2], ['Spam', 2]]);
    });

    it('needs ADMIN in both workspaces, and does not reveal a workspace you cannot see', async () => {
      // ADMIN where settings go, only AGENT where they come from.
      const agentInTemplate = await createMember(server, admin, target, 'agent@agency.test', 'ADMIN');
      ok(await server.gql('mutation($ws: ID!) { addMember(input: { workspaceId: $ws, email: "agent@agency.test", role: AGENT }) { id } }', { ws: template }, admin));
      expect(errorCode(await copy({ fromWorkspaceId: template, toWorkspaceId: target, include: ['POLICIES'] }, agentInTemplate))).toBe('FORBIDDEN');
      expect(errorCode(await copy({ fromWorkspaceId: target, toWorkspaceId: template, include: ['POLICIES'] }, agentInTemplate))).toBe('FORBIDDEN');

      const outsider = await createMember(server, admin, target, 'outsider@agency.test', 'OWNER');
      const notVisible = await copy({ fromWorkspaceId: client, toWorkspaceId: target, include: ['POLICIES'] }, outsider);
      expect(errorCode(notVisible)).toBe('NOT_FOUND');
      expect(notVisible.errors![0].message).toBe(`Workspace "${client}" was not found.`);
      expect(errorCode(await copy({ fromWorkspaceId: target, toWorkspaceId: client, include: ['POLICIES'] }, outsider))).toBe('NOT_FOUND');
      expect(badInput(await copy({ fromWorkspaceId: target, toWorkspaceId: target, include: ['POLICIES'] })).field).toBe('fromWorkspaceId');
    });

    it('copies all or nothing: a policy the target cannot take stops the whole copy', async () => {
      const fresh = ok(await mutate('createWorkspace', 'CreateWorkspaceInput', { name: 'Another client', starterPolicies: false })).createWorkspace.id;
      ok(await server.gql('mutation($ws: ID!) { addMember(input: { workspaceId: $ws, email: "lead@agency.test", role: ADMIN }) { id } }', { ws: fresh }, admin));
      await createMember(server, admin, template, 'router@agency.test', 'AGENT');
      const [onlyInTemplate] = await sql('SELECT id FROM "user" WHERE email = $1', ['router@agency.test']);
      ok(await mutate('createPolicy', 'CreatePolicyInput', { workspaceId: template, name: 'Route', scope: 'INBOUND_MESSAGE', rules: [{ rule: 'question-detector', action: 'ASSIGN', assigneeId: onlyInTemplate.id }] }));

      const refused = await copy({ fromWorkspaceId: template, toWorkspaceId: fresh, include: ['CANNED_REPLIES', 'POLICIES'] });
      expect(badInput(refused).message).toMatch(/^Policy "Route" cannot be copied: .*is not a member of this workspace/);
      expect(await sql('SELECT name FROM canned_reply WHERE workspace_id = $1 UNION ALL SELECT name FROM policy WHERE workspace_id = $1', [fresh])).toEqual([]);
    });
  });

  describe('replies from templates, on a real conversation and real reviews', () => {
    let conversationId: string;
    let lowReview: string;
    let highReview: string;
    let thankYou: string;

    beforeAll(async () => {
      await sandbox.inject.dm({ text: 'Do you groom cats too?', author: { handle: 'cat_lady', name: 'Cleo' } });
      await sandbox.inject.review({ rating: 1, text: 'They cut my dog. Never again.', author: { handle: 'angry_al', name: 'Al' } });
      await sandbox.inject.review({ rating: 5, text: 'Lovely groom, my poodle looks great!', author: { handle: 'happy_hanna', name: 'Hanna' } });
      const connect = (type: string) =>
        mutate('connectChannel', 'ConnectChannelInput', { workspaceId: client, type, displayName: type, credentials: { accessToken: sandbox.accessToken } }).then((response) => ok(response).connectChannel.id as string);
      await connect('sandbox');
      await connect('sandbox-reviews');
      await waitFor(async () => (await sql('SELECT count(*)::int AS n FROM review WHERE workspace_id = $1', [client]))[0].n === 2, 'the two reviews');
      await waitFor(async () => (await sql('SELECT count(*)::int AS n FROM conversation WHERE workspace_id = $1', [client]))[0].n === 1, 'the conversation');
      conversationId = (await sql('SELECT id FROM conversation WHERE workspace_id = $1', [client]))[0].id;
      lowReview = (await sql('SELECT id FROM review WHERE workspace_id = $1 AND rating = 1', [client]))[0].id;
      highReview = (await sql('SELECT id FROM review WHERE workspace_id = $1 AND rating = 5', [client]))[0].id;
      thankYou = ok(await mutate('createReviewReplyTemplate', 'CreateReviewReplyTemplateInput', { workspaceId: client, name: 'five-star thanks', minRating: 4, maxRating: 5, body: 'Thank you {{contact.name}} for the {{rating}} stars!' })).createReviewReplyTemplate.id;
    });

    const replyToReview = (input: Record<string, unknown>) => mutate('replyToReview', 'ReplyToReviewInput', { workspaceId: client, ...input }, admin, 'id reply { body status }');

    it('refuses a 4–5★ thank-you template on a 1★ review, unless sent outside its band on purpose', async () => {
      const refused = badInput(await replyToReview({ reviewId: lowReview, templateId: thankYou }));
      expect(refused.field).toBe('templateId');
      expect(refused.message).toContain('"five-star thanks" is for 4–5★ reviews and this one is rated 1★');
      expect((await sql('SELECT reply_status FROM review WHERE id = $1', [lowReview]))[0].reply_status).toBeNull();

      const onPurpose = ok(await replyToReview({ reviewId: lowReview, templateId: thankYou, allowOutsideRatingBand: true })).replyToReview;
      expect(onPurpose.reply.body).toBe('Thank you Al for the 1 stars!');
    });

    it('fills a template inside its band with the shared vocabulary', async () => {
      const sent = ok(await replyToReview({ reviewId: highReview, templateId: thankYou })).replyToReview;
      expect(sent.reply.body).toBe('Thank you Hanna for the 5 stars!');
    });

    it('lists the variables of each context (templateVariables), each of which a text of that context may hold', async () => {
      const listed = async (context: string) => ok(await server.gql('query($c: TemplateContext!) { templateVariables(context: $c) { name meaning } }', { c: context }, admin)).templateVariables as Array<{ name: string; meaning: string }>;
      const inbox = await listed('INBOX');
      const review = await listed('REVIEW');
      expect(inbox.map((v) => v.name)).toEqual(['contact.name', 'contact.handle']);
      expect(review.map((v) => v.name)).toEqual(['contact.name', 'contact.handle', 'rating', 'author.name', 'author.handle']);
      expect(review.every((v) => v.meaning.length > 0)).toBe(true);
      // What is listed is what saving accepts: every variable at once, in a saved answer and a reply template.
      const all = (variables: Array<{ name: string }>) => variables.map((v) => `{{${v.name}}}`).join(' ');
      const canned = ok(await mutate('createCannedReply', 'CreateCannedReplyInput', { workspaceId: client, name: 'every inbox variable', body: all(inbox) }, admin, 'id')).createCannedReply;
      const template = ok(await mutate('createReviewReplyTemplate', 'CreateReviewReplyTemplateInput', { workspaceId: client, name: 'every review variable', minRating: 1, maxRating: 5, body: all(review) }, admin, 'id')).createReviewReplyTemplate;
      ok(await server.gql('mutation($ws: ID!, $id: ID!) { deleteCannedReply(workspaceId: $ws, id: $id) { id } }', { ws: client, id: canned.id }, admin));
      ok(await server.gql('mutation($ws: ID!, $id: ID!) { deleteReviewReplyTemplate(workspaceId: $ws, id: $id) { id } }', { ws: client, id: template.id }, admin));
      expect(errorCode(await server.gql('query { templateVariables(context: INBOX) { name } }'))).toBe('UNAUTHENTICATED');
    });

    it('refuses unknown variables when a template, canned reply, auto-reply or reply is saved, naming the variable and the known ones', async () => {
      const template = badInput(await mutate('createReviewReplyTemplate', 'CreateReviewReplyTemplateInput', { workspaceId: client, name: 'oops', minRating: 1, maxRating: 2, body: 'Sorry {{reviewer.name}}' }));
      expect(template.field).toBe('body');
      expect(template.message).toContain('{{reviewer.name}}');
      expect(template.message).toContain('{{contact.name}}, {{contact.handle}}, {{rating}}');

      const canned = badInput(await mutate('createCannedReply', 'CreateCannedReplyInput', { workspaceId: client, name: 'oops', body: 'Hi {{contact.unknown}}' }));
      expect(canned).toEqual({ field: 'body', message: expect.stringContaining('unknown variable {{contact.unknown}}; the known ones here are {{contact.name}}, {{contact.handle}}') });
      // {{rating}} belongs to reviews only.
      expect(badInput(await mutate('createCannedReply', 'CreateCannedReplyInput', { workspaceId: client, name: 'oops', body: 'You gave {{rating}}' })).field).toBe('body');

      const autoReply = badInput(await mutate('createPolicy', 'CreatePolicyInput', { workspaceId: client, name: 'Auto', scope: 'INBOUND_MESSAGE', rules: [{ rule: 'question-detector', action: 'AUTO_REPLY', template: 'Hi {{customer}}' }] }));
      expect(autoReply.field).toBe('rules.0.template');
      expect(await sql("SELECT name FROM canned_reply WHERE workspace_id = $1 AND name = 'oops' UNION ALL SELECT name FROM review_reply_template WHERE workspace_id = $1 AND name = 'oops'", [client])).toEqual([]);
    });

    it('refuses unknown variables when a reply is sent, so none reaches a customer verbatim', async () => {
      const replyToConversation = (input: Record<string, unknown>) => mutate('replyToConversation', 'ReplyToConversationInput', { workspaceId: client, conversationId, ...input }, admin, 'id body');
      expect(badInput(await replyToConversation({ body: 'Hi {{contact.unknown}}, yes we do!' })).field).toBe('body');
      expect(badInput(await replyToReview({ reviewId: highReview, body: 'Thanks {{reviewer.name}}' })).field).toBe('body');
      // A saved answer from before variables were checked is refused when used.
      const [legacy] = await sql("INSERT INTO canned_reply (workspace_id, name, body) VALUES ($1, 'legacy', 'Dear {{contact.unknown}}') RETURNING id", [client]);
      expect(badInput(await replyToConversation({ cannedReplyId: legacy.id })).field).toBe('cannedReplyId');
      expect(await sql("SELECT body FROM message WHERE conversation_id = $1 AND direction = 'OUTBOUND'", [conversationId])).toEqual([]);

      const sent = ok(await replyToConversation({ body: 'Hi {{contact.name}} (@{{ contact.handle }}), yes we do!' })).replyToConversation;
      expect(sent.body).toBe('Hi Cleo (@cat_lady), yes we do!');
    });
  });

  it('does not warn about everyday brand copy, and still warns about wording that excludes', async () => {
    for (const text of ["Congratulations to Maya, who's just passed her exam!", 'Dead easy recipe for leftover roast chicken', 'Our Black Friday deals go live at 8am', 'Of course, we can make the cake egg-free.']) {
      const post = await evaluate(client, 'OUTBOUND_POST', text);
      expect([text, post.findings.filter((finding: { rule: string }) => finding.rule === 'inclusive-language')]).toEqual([text, []]);
    }
    const ableist = await evaluate(client, 'OUTBOUND_POST', 'That was a dumb idea, you idiot.');
    expect(ableist.findings.filter((finding: { rule: string }) => finding.rule === 'inclusive-language').map((finding: { spans: Array<{ text: string }> }) => finding.spans[0].text)).toEqual(['dumb', 'idiot']);
  });

  it("does not flag a pet groomer's everyday words as insensitive", async () => {
    const post = await evaluate(client, 'OUTBOUND_POST', 'Our groomer will groom your dog. She loved her bath!');
    expect(post.findings.filter((finding: { rule: string }) => finding.rule === 'inclusive-language')).toEqual([]);
    const generic = await evaluate(client, 'OUTBOUND_POST', 'When a customer books, he gets a reminder.');
    expect(generic.findings.filter((finding: { rule: string }) => finding.rule === 'inclusive-language').map((finding: { spans: Array<{ text: string }> }) => finding.spans[0].text)).toEqual(['he']);
  });
});
