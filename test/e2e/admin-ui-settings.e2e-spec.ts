import { createMember, ok, PASSWORD, setupAdmin } from '../utils/fixtures.js';
import { axe, connectSandbox, describeInChromium, go, openPage, openSignedIn, screenshot, startAdminUi, type AdminUi } from '../utils/admin-browser.js';
import { until } from '../utils/wait.js';

/**
 * The admin UI's Settings, and the inbox, policy, review and channel tools added to it, in Debian's Chromium
 * (the harness of test/utils/admin-browser.ts: playwright-core, the built apps/admin/dist, a test server with the
 * sandbox plugin). Each screen is also checked with axe-core: serious and critical violations fail the test.
 */
const SECRET = 'whsec-admin-ui-settings';

describeInChromium('admin-ui-settings', 'the admin UI in Chromium: settings, inbox triage, policy backtest, accessibility', () => {
  let ui: AdminUi;
  let workspaceId: string;
  let token: string;

  const gql = <T = any>(query: string, variables: Record<string, unknown>, as = token) => ui.server.gql<T>(query, variables, as).then(ok);
  // axe-core is injected as a script tag: the admin's Content-Security-Policy (script-src 'self') would refuse it,
  // so these pages run in a context that bypasses the CSP (the other browser tests keep checking it). A context
  // per page: each signs in afresh (the session is kept in localStorage).
  const openAs = (screen?: string, email?: string, password?: string) => openSignedIn(ui, { screen, email, password, bypassCSP: true });

  beforeAll(async () => {
    ui = await startAdminUi({ plugins: [{ specifier: '@rapport/plugin-rule-banned-terms', baseDir: '/', options: {} }] });
    token = await setupAdmin(ui.server);
    workspaceId = (await gql('{ workspaces(first: 1) { edges { node { id } } } }', {})).workspaces.edges[0].node.id;
    await connectSandbox(ui, token, workspaceId, SECRET);
    await ui.sandbox.inject.comment({ text: 'Can the walrus come to the grooming salon?', author: { handle: 'walrus_fan', name: 'Walrus Fan' } });
    await until('the comment in the inbox', async () => (await gql('query($w: ID!) { conversations(workspaceId: $w) { totalCount } }', { w: workspaceId })).conversations.totalCount > 0);
  }, 60_000);
  afterAll(async () => {
    await ui?.close();
  });

  it('invites someone with a link shown once, who joins through it; a revoked invitation leaves the list', async () => {
    const page = await openAs('Settings');
    const invitations = page.getByRole('region', { name: 'Invitations' });
    await invitations.getByLabel('E-mail').fill('groomer@demo.test');
    await invitations.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: /^Agent/ }).click();
    await invitations.getByRole('button', { name: 'Invite' }).click();
    const link = (await invitations.getByTestId('shown-once').textContent()) ?? '';
    expect(link).toMatch(new RegExp(`^${ui.baseUrl}/admin/#/join\\?token=inv_`));
    await invitations.getByRole('table', { name: 'Pending invitations' }).getByText('groomer@demo.test').waitFor();
    await screenshot(page, 'settings-invitation');
    expect(await axe(page)).toEqual([]);

    // The invitee opens the link (signed out), gives a name and a password, and lands in the workspace as AGENT.
    const joinPage = await openPage(ui);
    await joinPage.goto(link);
    await joinPage.getByRole('heading', { name: 'Join the workspace' }).waitFor();
    await joinPage.getByLabel('Your name').fill('Gina Groomer');
    await joinPage.getByLabel(/^Password/).fill(PASSWORD);
    await joinPage.getByRole('button', { name: 'Join' }).click();
    await joinPage.getByRole('heading', { name: 'Inbox', level: 1 }).waitFor();
    await joinPage.getByLabel('Your role: AGENT').waitFor();
    await joinPage.close();

    // Accepted, it is no longer pending (the list refetches on revisiting); a second one is revoked.
    await page.reload();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await page.getByRole('table', { name: 'Members' }).getByText('groomer@demo.test').waitFor();
    await invitations.getByLabel('E-mail').fill('typo@demo.test');
    await invitations.getByRole('button', { name: 'Invite' }).click();
    await invitations.getByRole('table', { name: 'Pending invitations' }).getByText('typo@demo.test').waitFor();
    expect(await invitations.getByText('groomer@demo.test').count()).toBe(0);
    await invitations.getByRole('button', { name: 'Revoke the invitation of typo@demo.test' }).click();
    await invitations.getByRole('status').filter({ hasText: 'Invitation of typo@demo.test revoked.' }).waitFor();
    await invitations.getByText('No invitation is waiting to be accepted.').waitFor();
    expect((await gql('query($w: ID!) { invitations(workspaceId: $w) { totalCount } }', { w: workspaceId })).invitations.totalCount).toBe(0);
    await page.close();
  }, 60_000);

  it('changes the workspace time zone and approval settings; a bad report address is refused on its field', async () => {
    const settings = '{ workspaces(first: 1) { edges { node { timezone approvalMode clientApprovalRule postApprovalRequired reportRecipients } } } }';
    const before = (await gql(settings, {})).workspaces.edges[0].node;
    const page = await openAs('Settings');
    const section = page.getByRole('region', { name: 'Workspace' });
    await section.getByRole('combobox', { name: 'Time zone' }).fill('Europe/Lis');
    await page.getByRole('option', { name: 'Europe/Lisbon' }).click();
    await section.getByRole('switch', { name: /Every post needs an admin’s approval/ }).check();
    await section.getByRole('combobox', { name: 'Who approves posts' }).click();
    await page.getByRole('option', { name: 'The team, then the client' }).click();
    await section.getByRole('combobox', { name: 'Client decision' }).click();
    await page.getByRole('option', { name: 'The first answer settles it' }).click();
    const recipients = section.getByLabel('Monthly report recipients');
    await recipients.fill('not-an-address');
    await recipients.press('Enter');
    await section.getByRole('button', { name: 'Save workspace settings' }).click();
    await until('the address refused', async () => (await recipients.getAttribute('aria-invalid')) === 'true');
    expect((await gql(settings, {})).workspaces.edges[0].node).toEqual(before);

    await recipients.press('Backspace');
    await recipients.fill('client@demo.test');
    await recipients.press('Enter');
    await section.getByRole('button', { name: 'Save workspace settings' }).click();
    await section.getByRole('status').filter({ hasText: 'Workspace settings saved.' }).waitFor();
    expect((await gql(settings, {})).workspaces.edges[0].node).toEqual({
      timezone: 'Europe/Lisbon',
      approvalMode: 'INTERNAL_THEN_CLIENT',
      clientApprovalRule: 'ANY',
      postApprovalRequired: true,
      reportRecipients: ['client@demo.test'],
    });
    await screenshot(page, 'settings-workspace');
    expect(await axe(page)).toEqual([]);
    // Back to what the other tests expect.
    await gql('mutation($input: UpdateWorkspaceInput!) { updateWorkspace(input: $input) { id } }', {
      input: { workspaceId, ...before },
    });
    await page.close();
  }, 60_000);

  it('adds, edits and deletes a saved answer; an unknown template variable is refused on its field', async () => {
    const page = await openAs('Settings');
    const answers = page.getByRole('region', { name: 'Saved answers' });
    await answers.getByText('No saved answer yet.').waitFor();
    await answers.getByLabel('Answer name').fill('Opening hours');
    await answers.getByLabel('Answer text').fill('Hi {{contact.email}}, we open at 9.');
    await answers.getByRole('button', { name: 'Add answer' }).click();
    await until('the variable refused on its field', async () => (await answers.getByLabel('Answer text').getAttribute('aria-invalid')) === 'true');
    expect(await answers.getByText(/contact\.email/).count()).toBeGreaterThan(0);
    expect((await gql('query($w: ID!) { cannedReplies(workspaceId: $w) { id } }', { w: workspaceId })).cannedReplies).toEqual([]);

    await answers.getByLabel('Answer text').fill('Hi {{contact.name}}, we open at 9.');
    await answers.getByRole('button', { name: 'Add answer' }).click();
    await answers.getByRole('status').filter({ hasText: 'Saved answer “Opening hours” saved.' }).waitFor();
    await answers.getByRole('table', { name: 'Saved answers' }).getByText('Hi {{contact.name}}, we open at 9.').waitFor();

    await answers.getByRole('button', { name: 'Edit the saved answer Opening hours' }).click();
    const edit = answers.getByRole('form', { name: 'Edit the saved answer Opening hours' });
    expect(await edit.getByLabel('Answer text').inputValue()).toBe('Hi {{contact.name}}, we open at 9.');
    await edit.getByLabel('Answer text').fill('Hi {{contact.name}}, we open at 8 from Monday.');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await answers.getByRole('table', { name: 'Saved answers' }).getByText('Hi {{contact.name}}, we open at 8 from Monday.').waitFor();
    expect((await gql('query($w: ID!) { cannedReplies(workspaceId: $w) { name body } }', { w: workspaceId })).cannedReplies).toEqual([
      { name: 'Opening hours', body: 'Hi {{contact.name}}, we open at 8 from Monday.' },
    ]);
    await screenshot(page, 'settings-saved-answers');
    expect(await axe(page)).toEqual([]);

    await answers.getByRole('button', { name: 'Delete the saved answer Opening hours' }).click();
    await answers.getByRole('status').filter({ hasText: 'Saved answer “Opening hours” deleted.' }).waitFor();
    await answers.getByText('No saved answer yet.').waitFor();
    expect((await gql('query($w: ID!) { cannedReplies(workspaceId: $w) { id } }', { w: workspaceId })).cannedReplies).toEqual([]);
    await page.close();
  }, 60_000);

  it('creates an API key whose secret is shown once, works, and is gone once dismissed', async () => {
    const page = await openAs('Settings');
    const keys = page.getByRole('region', { name: 'API keys' });
    await keys.getByLabel('What it is for').fill('Website widget');
    await keys.getByRole('button', { name: 'Create key' }).click();
    const secret = ((await keys.getByTestId('shown-once').textContent()) ?? '').trim();
    expect(secret).toMatch(/^rk_/);
    await keys.getByRole('button', { name: 'Copy' }).waitFor();
    await keys.getByRole('table', { name: 'API keys' }).getByText('Website widget').waitFor();
    await screenshot(page, 'settings-api-key');
    // The secret authenticates as the workspace's AGENT key.
    const seen = ok(await ui.server.gql<{ workspaces: { edges: Array<{ node: { id: string } }> } }>('{ workspaces(first: 1) { edges { node { id } } } }', {}, secret));
    expect(seen.workspaces.edges[0].node.id).toBe(workspaceId);

    await keys.getByRole('button', { name: 'Done, hide it' }).click();
    await page.getByText(secret).waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('table', { name: 'API keys' }).getByText('Website widget').waitFor();
    expect(await page.content()).not.toContain(secret);

    await page.getByRole('button', { name: 'Revoke the key Website widget' }).click();
    await page.getByRole('table', { name: 'API keys' }).getByText(/^Revoked/).waitFor();
    expect((await ui.server.gql('{ workspaces(first: 1) { edges { node { id } } } }', {}, secret)).errors?.length).toBeGreaterThan(0);
    await page.close();
  }, 60_000);

  it('lists API keys 50 at a time, the rest with "Load more API keys"', async () => {
    // More keys than a page holds (50), created one after the other so the last one is on the second page.
    for (let n = 1; n <= 55; n++) {
      await gql('mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }', { input: { workspaceId, name: `Bulk key ${String(n).padStart(2, '0')}`, role: 'VIEWER' } });
    }
    const total = (await gql('query($w: ID!) { apiKeys(workspaceId: $w) { totalCount } }', { w: workspaceId })).apiKeys.totalCount;
    expect(total).toBeGreaterThan(50);

    const page = await openAs('Settings');
    const keys = page.getByRole('region', { name: 'API keys' });
    const table = keys.getByRole('table', { name: 'API keys' });
    const loadMore = keys.getByRole('button', { name: 'Load more API keys' });
    await keys.getByText(`50 of ${total} API keys`).waitFor();
    // Each count includes the header row.
    expect(await table.getByRole('row').count()).toBe(51);
    expect(await table.getByText('Bulk key 55').count()).toBe(0);
    await loadMore.click();
    await keys.getByText(`${total} API keys`, { exact: true }).waitFor();
    expect(await table.getByRole('row').count()).toBe(total + 1);
    await table.getByText('Bulk key 55').waitFor();
    expect(await loadMore.count()).toBe(0);
    await screenshot(page, 'settings-api-keys-load-more');
    expect(await axe(page)).toEqual([]);
    await page.close();
  }, 60_000);

  it('assigns a conversation to a teammate, and filters the inbox by assignee and by channel', async () => {
    await createMember(ui.server, token, workspaceId, 'otto@demo.test', 'AGENT');
    const otto = (await gql('query($w: ID!) { workspace(id: $w) { members(first: 100) { edges { node { userId user { name } } } } } }', { w: workspaceId })).workspace.members.edges
      .map((e: any) => e.node)
      .find((m: any) => m.user.name === 'otto').userId;
    const page = await openAs();
    const list = page.getByRole('list', { name: 'Conversations' });
    await list.getByRole('button').filter({ hasText: 'walrus_fan' }).click();
    const thread = page.getByRole('region', { name: 'Conversation with walrus_fan' });
    await thread.getByRole('combobox', { name: 'Assignee' }).click();
    await page.getByRole('option', { name: 'otto' }).click();
    await until('assigned to otto', async () => (await gql('query($w: ID!) { conversations(workspaceId: $w) { edges { node { assigneeId } } } }', { w: workspaceId })).conversations.edges[0].node.assigneeId === otto);

    const assigned = page.getByRole('combobox', { name: 'Assigned to' });
    await assigned.click();
    await page.getByRole('option', { name: 'otto' }).click();
    await list.getByRole('button').filter({ hasText: 'walrus_fan' }).waitFor();
    await assigned.click();
    await page.getByRole('option', { name: 'Instance Admin' }).click();
    await page.getByText('No conversation matches these filters.', { exact: false }).waitFor();
    await assigned.click();
    await page.getByRole('option', { name: 'otto' }).click();
    const channel = page.getByRole('combobox', { name: 'Channel' });
    await channel.click();
    await page.getByRole('option', { name: 'Sandbox', exact: true }).click();
    await list.getByRole('button').filter({ hasText: 'walrus_fan' }).waitFor();
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'inbox-filters');
    await page.close();
  }, 60_000);

  it('labels, notes and snoozes a conversation in the inbox', async () => {
    const page = await openAs();
    await page.getByRole('list', { name: 'Conversations' }).getByRole('button').filter({ hasText: 'walrus_fan' }).click();
    const thread = page.getByRole('region', { name: 'Conversation with walrus_fan' });
    await thread.getByText('Can the walrus come to the grooming salon?').waitFor();

    await thread.getByLabel('New label').fill('Booking');
    await thread.getByRole('button', { name: 'Add label' }).click();
    await thread.getByRole('button', { name: 'Remove label booking' }).waitFor();

    await thread.getByRole('tab', { name: 'Internal note' }).click();
    await thread.getByLabel('Note for the team').fill('Ask the salon whether walruses fit the tub.');
    await thread.getByRole('button', { name: 'Add note' }).click();
    await thread.getByRole('status').filter({ hasText: 'Note added.' }).waitFor();
    await thread.getByRole('list', { name: 'Messages' }).getByText('Ask the salon whether walruses fit the tub.').waitFor();
    await thread.getByRole('list', { name: 'Messages' }).getByText(/^Internal note/).waitFor();
    expect(await axe(page)).toEqual([]);

    const snoozeAt = new Date(Date.now() + 2 * 86_400_000);
    snoozeAt.setSeconds(0, 0);
    const local = new Date(snoozeAt.getTime() - snoozeAt.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    await thread.getByLabel('Snooze until').fill(local);
    await thread.getByRole('button', { name: 'Snooze', exact: true }).click();
    await thread.getByText(/^Snoozed until/).waitFor();
    await screenshot(page, 'inbox-triage');

    const conversation = (await gql('query($w: ID!) { conversations(workspaceId: $w) { edges { node { status snoozedUntil labels } } } }', { w: workspaceId })).conversations.edges[0].node;
    expect(conversation).toEqual({ status: 'SNOOZED', snoozedUntil: snoozeAt.toISOString(), labels: ['booking'] });
    // Snoozed, it left the default "Open" list.
    await page.getByRole('list', { name: 'Conversations' }).getByRole('button').filter({ hasText: 'walrus_fan' }).waitFor({ state: 'detached' });
    await page.close();
  }, 60_000);

  it('backtests a policy against the stored messages and shows the outcome with an example', async () => {
    await gql('mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { id } }', {
      input: { workspaceId, name: 'Sea creatures', scope: 'INBOUND_MESSAGE', rules: [{ rule: 'banned-terms', action: 'LABEL', labels: ['sea'], args: { terms: [{ term: 'walrus' }] } }] },
    });
    const page = await openAs('Policies');
    await page.getByRole('list', { name: 'Policies' }).getByRole('button').filter({ hasText: 'Sea creatures' }).click();
    const backtest = page.getByRole('region', { name: 'Backtest' });
    await backtest.getByText('Uses the saved version 1.').waitFor();
    await backtest.getByRole('button', { name: 'Run backtest' }).click();
    await backtest.getByRole('status').filter({ hasText: /^\d+ items? replayed/ }).waitFor({ timeout: 20_000 });
    const outcomes = backtest.getByRole('list', { name: 'Backtest outcomes' });
    await outcomes.getByText('Label', { exact: true }).waitFor();
    await outcomes.locator('mark', { hasText: 'walrus' }).first().waitFor();
    // A banned term without a severity shows the default the server applies, not an empty select.
    const editor = page.getByRole('region', { name: 'Policy Sea creatures' });
    expect(await editor.getByRole('combobox', { name: 'Severity', exact: true }).inputValue()).toBe('medium');
    await page.getByRole('region', { name: 'Versions' }).getByText('Only one version so far').waitFor();
    await screenshot(page, 'policies-backtest');
    expect(await axe(page)).toEqual([]);
    await page.close();
  }, 60_000);

  it('passes the axe check on Reviews, Channels and Settings as a VIEWER without edit controls', async () => {
    const page = await openAs('Reviews');
    await page.getByRole('region', { name: 'Reputation, last 90 days' }).getByText(/No review written|Reviews/).first().waitFor();
    await page.getByRole('region', { name: 'Reply templates' }).getByRole('button', { name: 'Add template' }).waitFor();
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'reviews-templates');
    await go(page, 'Channels');
    await page.getByRole('article', { name: 'Channel Sandbox' }).getByRole('button', { name: 'Edit' }).click();
    await page.getByRole('form', { name: 'Edit Sandbox' }).getByLabel('Purpose').waitFor();
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'channels-edit');
    await page.close();

    await createMember(ui.server, token, workspaceId, 'viewer@demo.test', 'VIEWER');
    const viewer = await openAs('Settings', 'viewer@demo.test', PASSWORD);
    await viewer.getByRole('table', { name: 'Members' }).getByText('viewer@demo.test').waitFor();
    await viewer.getByRole('region', { name: 'Review settings' }).getByText(/are urgent/).waitFor();
    expect(await viewer.getByRole('button', { name: /Invite|Create key|Revoke|Remove|Save/ }).count()).toBe(0);
    expect(await viewer.getByRole('region', { name: 'API keys' }).count()).toBe(0);
    expect(await axe(viewer)).toEqual([]);
    await screenshot(viewer, 'settings-viewer');
    await viewer.close();
  }, 60_000);

  it("finds a conversation by its text, and opens the person's other conversations from the thread", async () => {
    await ui.sandbox.inject.dm({ text: 'Also, do you groom seals?', author: { handle: 'walrus_fan', name: 'Walrus Fan' } });
    await until('the DM in the inbox', async () => (await gql('query($w: ID!) { conversations(workspaceId: $w) { totalCount } }', { w: workspaceId })).conversations.totalCount === 2);
    const page = await openAs();
    const list = page.getByRole('list', { name: 'Conversations' });
    // The default view leaves the snoozed conversation out, so it too shows one conversation: wait for "All" to show
    // both before searching, or the search's result cannot be told from the default view.
    await page.locator('label', { hasText: /^All$/ }).click();
    await until('both conversations listed', async () => (await list.getByRole('button').count()) === 2);
    await page.getByLabel('Search').fill('seals');
    await until('one conversation found', async () => (await list.getByRole('button').count()) === 1);
    await list.getByRole('button').filter({ hasText: 'Direct message' }).click();
    const thread = page.getByRole('region', { name: 'Conversation with walrus_fan' });
    await thread.getByText('Also, do you groom seals?').waitFor();
    const history = thread.getByRole('group', { name: 'Other conversations with this person' });
    await history.getByText('Other conversations with this person (1)').waitFor();
    await history.getByRole('button', { name: /^Comments/ }).click();
    await page.getByRole('region', { name: 'Conversation with walrus_fan' }).getByText('Can the walrus come to the grooming salon?').waitFor();
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'inbox-contact-history');
    await page.close();
  }, 60_000);

  it('ran without page errors', () => {
    expect(ui.pageErrors).toEqual([]);
  });
});
