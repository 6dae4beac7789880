import type { Page } from 'playwright-core';
import { MessageAddedEvent } from '../../apps/server/src/conversations/conversation-events.js';
import { ADMIN, createMember, ok, PASSWORD, rulePlugins } from '../utils/fixtures.js';
import { axe, connectSandbox, describeInChromium, openPage, openSignedIn, screenshot, signIn, startAdminUi, submitSignIn, type AdminUi } from '../utils/admin-browser.js';
import { until } from '../utils/wait.js';

/**
 * The admin UI in a real browser: Debian's Chromium driven by playwright-core against a test server serving the
 * built admin (apps/admin/dist, made by `npm run build`); the harness is test/utils/admin-browser.ts.
 */
const SECRET = 'whsec-admin-ui';

describeInChromium('admin-ui', 'the admin UI in Chromium', () => {
  let ui: AdminUi;
  let workspaceId: string;
  let channelId: string;
  let adminToken: string;

  /** Opens a person's conversation from the inbox's "All" list; the thread's region. */
  const openThread = async (page: Page, handle: string) => {
    await page.getByText('All', { exact: true }).click();
    await page.getByRole('list', { name: 'Conversations' }).getByRole('button').filter({ hasText: handle }).click();
    const thread = page.getByRole('region', { name: `Conversation with ${handle}` });
    await thread.waitFor();
    return thread;
  };
  const waitForSandboxReply = async (text: string) => {
    const deadline = Date.now() + 20_000;
    while (![...ui.sandbox.state.ownReplies.values()].some((reply) => JSON.stringify(reply).includes(text))) {
      if (Date.now() > deadline) throw new Error(`the reply "${text}" never reached the sandbox network`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };

  beforeAll(async () => {
    // With the profanity rule loaded, the starter "Reply tone" policy (OUTBOUND_REPLY) blocks profanity in replies;
    // banned-terms holds replies for approval in a policy made below.
    ui = await startAdminUi({ plugins: rulePlugins(['profanity', 'banned-terms']) });
  }, 60_000);
  afterAll(async () => {
    await ui?.close();
  });

  it('creates the first admin on a fresh installation and opens the Demo workspace', async () => {
    const page = await openPage(ui, { path: '/admin/#/inbox' });
    await page.getByRole('heading', { name: 'Welcome to Rapport' }).waitFor();
    await screenshot(page, 'setup');
    await page.getByLabel('Your name').fill(ADMIN.name);
    await page.getByLabel('E-mail').fill(ADMIN.email);
    await page.getByLabel(/^Password/).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Create admin' }).click();
    await page.getByRole('heading', { name: 'Inbox' }).waitFor();
    await page.getByText('No conversation matches these filters').waitFor();
    expect(await page.getByRole('combobox', { name: 'Workspace' }).inputValue()).toBe('Demo');
    await page.close();

    adminToken = ok(await ui.server.gql('mutation($input: LoginInput!) { login(input: $input) { token } }', { input: { email: ADMIN.email, password: ADMIN.password } })).login.token;
    workspaceId = ok(await ui.server.gql('{ workspaces(first: 1) { edges { node { id } } } }', {}, adminToken)).workspaces.edges[0].node.id;
    channelId = await connectSandbox(ui, adminToken, workspaceId, SECRET);
  });

  it('refuses a wrong password with the reason, then signs in', async () => {
    const page = await openPage(ui, { path: '/admin/#/inbox' });
    await submitSignIn(page, ADMIN.email, 'not the password');
    await page.getByRole('alert').filter({ hasText: 'Could not sign in' }).waitFor();
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.close();
  });

  it('shows a comment injected through the sandbox live, and sends the reply typed in the thread', async () => {
    const page = await openPage(ui);
    // graphql-ws acknowledges no subscription (see STACK-NOTES): wait until the server has made the inbox's.
    const subscriptionsBefore = ui.server.subscriptionsMade(MessageAddedEvent.eventName, workspaceId);
    await page.goto(`${ui.baseUrl}/admin/#/inbox`);
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.getByText('No conversation matches these filters').waitFor();
    await until('the inbox to subscribe to new messages', () => ui.server.subscriptionsMade(MessageAddedEvent.eventName, workspaceId) > subscriptionsBefore);
    const conversation = page.getByRole('list', { name: 'Conversations' }).getByRole('button').filter({ hasText: 'cat_lady' });
    await ui.sandbox.inject.comment({ text: 'Do you groom cats too?', author: { handle: 'cat_lady', name: 'Cat Lady' } });
    await conversation.waitFor({ timeout: 20_000 });
    expect(ui.sandbox.state.webhookDeliveries.length).toBeGreaterThan(0);
    await screenshot(page, 'inbox-live');

    await conversation.click();
    const thread = page.getByRole('region', { name: 'Conversation with cat_lady' });
    await thread.getByText('Do you groom cats too?').waitFor();
    // The policies' findings as the reply is typed, before anything is sent: "Reply tone" blocks profanity.
    await thread.getByLabel('Your reply', { exact: true }).fill('Yes, we groom the shit out of cats');
    const findings = thread.getByRole('list', { name: 'Findings in your reply' });
    await findings.getByText('Reply tone', { exact: false }).waitFor();
    await findings.getByText('BLOCK', { exact: true }).waitFor();
    await screenshot(page, 'inbox-reply-findings');
    const replyBox = thread.getByLabel('Your reply', { exact: true });
    await replyBox.fill('Yes, we groom cats every Tuesday! See you, ');
    await findings.waitFor({ state: 'detached' });
    // A variable from the server's list, inserted where the cursor is, filled in when sent.
    await thread.getByRole('button', { name: 'Insert variable' }).click();
    const contactName = page.getByRole('menuitem', { name: /^\{\{contact\.name\}\}/ });
    await contactName.waitFor();
    await screenshot(page, 'inbox-variables');
    await contactName.click();
    expect(await replyBox.inputValue()).toBe('Yes, we groom cats every Tuesday! See you, {{contact.name}}');
    await thread.getByRole('button', { name: 'Send reply' }).click();
    await thread.getByRole('status').filter({ hasText: 'Reply queued for sending.' }).waitFor();
    await thread.getByRole('list', { name: 'Messages' }).getByText(/^Yes, we groom cats every Tuesday! See you, [^{}]+$/).waitFor();
    await waitForSandboxReply('every Tuesday');
    await screenshot(page, 'inbox-replied');
    await page.close();
  });

  it('shows a VIEWER the inbox without reply, hide or assign controls', async () => {
    await createMember(ui.server, adminToken, workspaceId, 'viewer@demo.test', 'VIEWER');
    const page = await openPage(ui, { path: '/admin/#/inbox' });
    await signIn(page, 'viewer@demo.test', 'a-long-enough-password');
    await page.getByText('VIEWER', { exact: true }).waitFor();
    // Answered, the conversation left the default "Open" filter.
    await page.getByText('All', { exact: true }).click();
    await page.getByRole('list', { name: 'Conversations' }).getByRole('button').filter({ hasText: 'cat_lady' }).click();
    const thread = page.getByRole('region', { name: 'Conversation with cat_lady' });
    await thread.getByText('can read the inbox but not answer').waitFor();
    expect(await thread.getByLabel('Your reply').count()).toBe(0);
    expect(await thread.getByRole('button', { name: /Hide|Assign/ }).count()).toBe(0);
    await screenshot(page, 'inbox-viewer');
    await page.close();
  });

  it('holds a reply for approval: an AGENT sees it held and why, an ADMIN approves it and it is sent', async () => {
    const policy = { workspaceId, name: 'Refunds need approval', scope: 'OUTBOUND_REPLY', rules: [{ rule: 'banned-terms', args: { terms: [{ term: 'refund' }] }, action: 'REQUIRE_APPROVAL' }] };
    ok(await ui.server.gql('mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { id } }', { input: policy }, adminToken));
    await createMember(ui.server, adminToken, workspaceId, 'agent@demo.test', 'AGENT');
    const agentPage = await openSignedIn(ui, { email: 'agent@demo.test', password: PASSWORD });
    const agentThread = await openThread(agentPage, 'cat_lady');
    await agentThread.getByLabel('Your reply', { exact: true }).fill('We will refund the grooming.');
    await agentThread.getByRole('button', { name: 'Send reply' }).click();
    await agentThread.getByRole('status').filter({ hasText: 'Your reply waits for approval.' }).waitFor();
    const heldForAgent = agentThread.getByRole('group', { name: 'Held for approval' });
    await heldForAgent.getByText('An admin must approve it before it is sent.').waitFor();
    expect(await heldForAgent.getByRole('button', { name: 'Approve and send' }).count()).toBe(0);
    await agentPage.close();

    // Another conversation without a held reply, which the "Reply held for approval" filter leaves out.
    await ui.sandbox.inject.comment({ text: 'Are you open on Sundays?', author: { handle: 'dog_dad', name: 'Dog Dad' } });
    await until('the second conversation arrived', async () => {
      const data = ok(await ui.server.gql('query($ws: ID!) { conversations(workspaceId: $ws) { totalCount } }', { ws: workspaceId }, adminToken));
      return data.conversations.totalCount === 2;
    });

    // bypassCSP lets axe-core in (see openPage); this page is checked for accessibility instead.
    const page = await openSignedIn(ui, { bypassCSP: true });
    const list = page.getByRole('list', { name: 'Conversations' });
    // Every row says whether a reply of it waits for an admin (cat_lady's is PENDING since the agent answered).
    await page.getByText('All', { exact: true }).click();
    await list.getByRole('button').filter({ hasText: 'cat_lady' }).getByText('Reply held', { exact: true }).waitFor();
    await list.getByRole('button').filter({ hasText: 'dog_dad' }).waitFor();
    expect(await list.getByRole('button').filter({ hasText: 'dog_dad' }).getByText('Reply held', { exact: true }).count()).toBe(0);
    await page.getByText('Reply held for approval', { exact: true }).click();
    await page.getByText('1 conversation', { exact: true }).waitFor();
    await list.getByRole('button').filter({ hasText: 'cat_lady' }).waitFor();
    expect(await list.getByRole('button').filter({ hasText: 'dog_dad' }).count()).toBe(0);
    await screenshot(page, 'inbox-reply-held-filter');
    const thread = await openThread(page, 'cat_lady');
    const held = thread.getByRole('group', { name: 'Held for approval' });
    await held.getByRole('list', { name: 'Why it is held' }).getByText('banned-terms · Refunds need approval').waitFor();
    await screenshot(page, 'inbox-held-reply');
    expect(await axe(page)).toEqual([]);
    expect([...ui.sandbox.state.ownReplies.values()].some((reply) => JSON.stringify(reply).includes('refund the grooming'))).toBe(false);
    await held.getByRole('button', { name: 'Approve and send' }).click();
    await held.waitFor({ state: 'detached' });
    await waitForSandboxReply('refund the grooming');
    // Sent: messageUpdated takes "queued" off the message.
    await thread.getByRole('list', { name: 'Messages' }).getByText(/· queued/).waitFor({ state: 'detached' });
    await screenshot(page, 'inbox-held-reply-sent');
    // Nothing waits for an admin any more.
    await page.getByText('Reply held for approval', { exact: true }).click();
    await page.getByText('No conversation matches these filters').waitFor();
    await page.close();
  });

  it('pages the inbox with "Load more", and filters the conversations nobody is assigned to', async () => {
    // More conversations than a page holds (50), nobody assigned; cat_lady's is assigned to the admin.
    await ui.server.sql(
      `WITH contacts AS (
         INSERT INTO contact (workspace_id, channel_id, external_id, handle)
         SELECT $1, $2, 'bulk-' || n, 'bulk_' || lpad(n::text, 2, '0') FROM generate_series(1, 55) n RETURNING id, handle)
       INSERT INTO conversation (workspace_id, channel_id, thread_external_id, kind, contact_id, last_message_at)
       SELECT $1, $2, 'thread-' || handle, 'COMMENT_THREAD', id, now() - interval '1 day' FROM contacts`,
      [workspaceId, channelId],
    );
    const [{ id: catLady }] = await ui.server.sql("SELECT c.id FROM conversation c JOIN contact p ON p.id = c.contact_id WHERE p.handle = 'cat_lady'");
    const adminId = ok(await ui.server.gql<{ me: { id: string } }>('{ me { id } }', {}, adminToken)).me.id;
    ok(await ui.server.gql('mutation($input: AssignConversationInput!) { assignConversation(input: $input) { id } }', { input: { workspaceId, conversationId: catLady, assigneeId: adminId } }, adminToken));
    const [{ n: total }] = await ui.server.sql('SELECT count(*)::int AS n FROM conversation WHERE workspace_id = $1', [workspaceId]);

    const page = await openSignedIn(ui);
    const list = page.getByRole('list', { name: 'Conversations' });
    const loadMore = page.getByRole('button', { name: 'Load more conversations' });
    await page.getByText('All', { exact: true }).click();
    await page.getByText(`50 of ${total} conversations`).waitFor();
    await loadMore.click();
    await page.getByText(`${total} conversations`, { exact: true }).waitFor();
    expect(await list.getByRole('listitem').count()).toBe(total);
    expect(await loadMore.count()).toBe(0);
    await screenshot(page, 'inbox-load-more');

    const assignedTo = page.getByRole('combobox', { name: 'Assigned to' });
    await assignedTo.click();
    await page.getByRole('option', { name: 'Nobody (unassigned)' }).click();
    // A new filter starts from the first page again.
    await page.getByText(`50 of ${total - 1} conversations`).waitFor();
    await loadMore.click();
    await page.getByText(`${total - 1} conversations`, { exact: true }).waitFor();
    expect(await list.getByRole('button').filter({ hasText: 'cat_lady' }).count()).toBe(0);
    await screenshot(page, 'inbox-unassigned');
    await assignedTo.click();
    await page.getByRole('option', { name: ADMIN.name }).click();
    await page.getByText('1 conversation', { exact: true }).waitFor();
    await list.getByRole('button').filter({ hasText: 'cat_lady' }).waitFor();
    await page.close();
  });

  it("pages a person's other conversations with \"Load more\"", async () => {
    // 22 more conversations with one of the people above: more than the 20 a page of their history holds.
    const [{ id: contactId }] = await ui.server.sql("SELECT id FROM contact WHERE handle = 'bulk_01'");
    await ui.server.sql(
      `INSERT INTO conversation (workspace_id, channel_id, thread_external_id, kind, contact_id, last_message_at)
       SELECT $1, $2, 'thread-bulk_01-' || n, 'COMMENT_THREAD', $3, now() - n * interval '1 hour' FROM generate_series(1, 22) n`,
      [workspaceId, channelId, contactId],
    );
    const page = await openSignedIn(ui);
    await page.getByText('All', { exact: true }).click();
    await page.getByLabel('Search', { exact: true }).fill('bulk_01');
    await page.getByText('23 conversations', { exact: true }).waitFor();
    await page.getByRole('list', { name: 'Conversations' }).getByRole('button').first().click();
    const history = page.getByRole('region', { name: 'Conversation with bulk_01' }).getByRole('group', { name: 'Other conversations with this person' });
    await history.getByText('Other conversations with this person (22)').waitFor();
    const others = history.getByRole('button', { name: /^Comments, / });
    expect(await others.count()).toBeLessThan(22);
    await history.getByRole('button', { name: "Load more of this person's conversations" }).click();
    await others.nth(21).waitFor();
    expect(await others.count()).toBe(22);
    expect(await history.getByRole('button', { name: /Load more/ }).count()).toBe(0);
    await screenshot(page, 'inbox-contact-history');
    await page.close();
  });

  it('counts a long inbox up to 1,000 ("1,000+") and still pages it', async () => {
    await ui.server.sql(
      `INSERT INTO conversation (workspace_id, channel_id, thread_external_id, kind, contact_id, last_message_at)
       SELECT $1, $2, 'thread-many-' || n, 'COMMENT_THREAD', (SELECT id FROM contact WHERE handle = 'bulk_02'), now() - interval '2 days'
         FROM generate_series(1, 1000) n`,
      [workspaceId, channelId],
    );
    const page = await openSignedIn(ui);
    await page.getByText('All', { exact: true }).click();
    await page.getByText('50 of 1,000+ conversations', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Load more conversations' }).click();
    await page.getByText('100 of 1,000+ conversations', { exact: true }).waitFor();
    // A filter that leaves fewer than the limit is counted exactly again.
    await page.getByLabel('Search', { exact: true }).fill('bulk_01');
    await page.getByText('23 conversations', { exact: true }).waitFor();
    await page.close();
  });

  it('ran without page errors or Content-Security-Policy refusals', () => {
    expect(ui.pageErrors).toEqual([]);
  });
});
