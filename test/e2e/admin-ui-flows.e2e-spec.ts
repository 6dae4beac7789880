import { wallString, wallTime } from '../../apps/admin/src/time.js';
import { createMember, ok, PASSWORD, rulePlugins, setupAdmin } from '../utils/fixtures.js';
import { describeInChromium, openSignedIn, screenshot, startAdminUi, type AdminUi } from '../utils/admin-browser.js';
import { until } from '../utils/wait.js';

/**
 * Whole flows through the admin UI in Debian's Chromium (the harness of test/utils/admin-browser.ts: playwright-core,
 * the built admin, a test server with the sandbox plugin): connect a channel from its credentials form, compose,
 * approve and schedule a post and see it publish live, and edit a policy and see its finding in the reply box.
 * The API only creates the second member, turns on post approval (the admin has no control for it) and checks results.
 */
const SECRET = 'whsec-admin-ui-flows';
const CHANNEL = 'Salon sandbox';
const EDITOR = 'editor@flows.test';

describeInChromium('admin-ui-flows', 'the admin UI in Chromium: connect a channel, publish a post, a policy finding in the reply box', () => {
  let ui: AdminUi;
  let workspaceId: string;
  let timezone: string;
  let token: string;
  let channelId: string;

  const gql = <T = any>(query: string, variables: Record<string, unknown>) => ui.server.gql<T>(query, variables, token).then(ok);

  beforeAll(async () => {
    // banned-terms for the rule added on the Policies screen; profanity keeps the starter "Reply tone" policy (it has a rule loaded).
    ui = await startAdminUi({ plugins: rulePlugins(['banned-terms', 'profanity']) });
    token = await setupAdmin(ui.server);
    const workspace = (await gql('{ workspaces(first: 1) { edges { node { id timezone } } } }', {})).workspaces.edges[0].node;
    workspaceId = workspace.id;
    timezone = workspace.timezone;
    // Every post needs an ADMIN's approval: set through the API, the admin has no control for it yet.
    await gql('mutation($input: UpdateWorkspaceInput!) { updateWorkspace(input: $input) { id } }', { input: { workspaceId, postApprovalRequired: true } });
    await createMember(ui.server, token, workspaceId, EDITOR, 'EDITOR');
  }, 60_000);
  afterAll(async () => {
    await ui?.close();
  });

  it("connects the sandbox network with the form built from its credentials schema and lists it as connected", async () => {
    const page = await openSignedIn(ui, { screen: 'Channels' });
    await page.getByRole('status').filter({ hasText: 'No channel connected yet.' }).waitFor();
    const connect = page.getByRole('region', { name: 'Connect a channel' });
    await connect.getByLabel('Network or review site').click();
    await page.getByRole('option', { name: 'Sandbox network' }).click();
    const form = connect.getByRole('form', { name: 'Connect Sandbox network with credentials' });
    // The fields of the sandbox's credentialsSchema: its titles as labels.
    await form.getByLabel('Name in Rapport').fill(CHANNEL);
    await form.getByLabel('Access token').fill(ui.sandbox.accessToken);
    await form.getByLabel('Webhook secret').fill(SECRET);
    await form.getByLabel('API base URL').waitFor();
    await screenshot(page, 'flows-channel-form');
    await form.getByRole('button', { name: 'Connect' }).click();
    await form.getByRole('status').filter({ hasText: `Connected ${CHANNEL}.` }).waitFor();
    const card = page.getByRole('list', { name: 'Channels' }).getByRole('article', { name: `Channel ${CHANNEL}` });
    await card.getByLabel('Status: Connected').waitFor();
    await screenshot(page, 'flows-channel-connected');
    await page.close();

    const channels = (await gql('query($ws: ID!) { channels(workspaceId: $ws, first: 10) { edges { node { id type displayName status } } } }', { ws: workspaceId })).channels.edges.map((e: any) => e.node);
    expect(channels).toEqual([{ id: expect.any(String), type: 'sandbox', displayName: CHANNEL, status: 'CONNECTED' }]);
    channelId = channels[0].id;
    // The network's side: its webhooks go to the channel, signed with the secret typed in the form.
    ui.sandbox.configure({ webhook: { url: `${ui.baseUrl}/webhooks/${channelId}`, secret: SECRET } });
  });

  it('composes a post as an EDITOR, has an ADMIN approve and schedule it, and shows it published live and on the network', async () => {
    expect(channelId).toBeDefined();
    const body = `Cat grooming days are back: Tuesdays and Thursdays! (${Date.now()})`;
    const editor = await openSignedIn(ui, { screen: 'Posts', email: EDITOR, password: PASSWORD });
    const compose = editor.getByRole('form', { name: 'Compose' });
    await compose.getByRole('textbox', { name: /^Text/ }).fill(body);
    await compose.getByLabel(/^Channels/).focus();
    await editor.keyboard.press('ArrowDown');
    await editor.getByRole('option', { name: CHANNEL }).click();
    await editor.keyboard.press('Escape');
    await screenshot(editor, 'flows-post-composed');
    await compose.getByRole('button', { name: 'Save draft' }).click();
    await compose.getByRole('status').filter({ hasText: 'Draft saved.' }).waitFor();

    await editor.getByRole('tab', { name: /All posts/ }).click();
    const editorRow = editor.getByRole('row').filter({ hasText: body });
    await editorRow.getByText('draft', { exact: true }).waitFor();
    // Approval required: no scheduling or publishing before it is approved.
    expect(await editorRow.getByRole('button', { name: /^(Schedule|Publish now)$/ }).count()).toBe(0);
    await editorRow.getByRole('button', { name: 'Submit for approval' }).click();
    await editorRow.getByText('in review', { exact: true }).waitFor();
    // An EDITOR cannot approve.
    expect(await editorRow.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    await screenshot(editor, 'flows-post-in-review');
    await editor.close();

    const admin = await openSignedIn(ui, { screen: 'Posts' });
    await admin.getByRole('tab', { name: /All posts/ }).click();
    const row = admin.getByRole('row').filter({ hasText: body });
    await row.getByText('in review', { exact: true }).waitFor();
    await row.getByRole('button', { name: 'Approve' }).click();
    await row.getByText('approved', { exact: true }).waitFor();

    // The time field takes minutes: the next whole minute at least 20 s away, on the workspace's clocks.
    const at = new Date(Math.ceil((Date.now() + 20_000) / 60_000) * 60_000);
    const wall = wallTime(at, timezone);
    await row.getByLabel(`Publish at (${timezone})`).fill(wallString(wall.date, wall.hour, wall.minute));
    await row.getByRole('button', { name: 'Schedule', exact: true }).click();
    await row.getByText('scheduled', { exact: true }).waitFor();
    await row.getByRole('list', { name: 'Publishing status per channel' }).getByText(`${CHANNEL}: pending`).waitFor();
    const scheduled = (await gql('query($ws: ID!) { posts(workspaceId: $ws, first: 5) { edges { node { body status scheduledAt } } } }', { ws: workspaceId })).posts.edges.map((e: any) => e.node);
    expect(scheduled).toEqual([{ body, status: 'SCHEDULED', scheduledAt: at.toISOString() }]);
    await screenshot(admin, 'flows-post-scheduled');

    // No reload: the row turns published on postUpdated once the time comes.
    const targets = row.getByRole('list', { name: 'Publishing status per channel' });
    await targets.getByText(`${CHANNEL}: published`).waitFor({ timeout: 100_000 });
    await row.getByText('published', { exact: true }).waitFor();
    await targets.getByRole('link', { name: 'view' }).waitFor();
    await screenshot(admin, 'flows-post-published');
    expect([...ui.sandbox.state.posts.values()].map((p) => p.text)).toEqual([body]);
    await admin.close();
  }, 150_000);

  it("adds a banned term to the reply policy on the Policies screen and shows its finding in the reply box before sending", async () => {
    expect(channelId).toBeDefined();
    const page = await openSignedIn(ui, { screen: 'Policies' });
    await page.getByRole('list', { name: 'Policies' }).getByRole('button').filter({ hasText: 'Reply tone' }).click();
    const editor = page.getByRole('region', { name: 'Policy Reply tone' });
    await editor.getByText(/Checks .* · version 1 ·/).waitFor();
    expect(await editor.getByRole('group', { name: /^Rule \d+:/ }).count()).toBe(1);
    await editor.getByRole('button', { name: 'Add rule' }).click();
    const rule = editor.getByRole('group', { name: /^Rule 2:/ });
    await rule.getByRole('combobox', { name: 'Rule', exact: true }).click();
    await page.getByRole('option', { name: 'banned-terms', exact: true }).click();
    await editor.getByRole('group', { name: 'Rule 2: banned-terms' }).waitFor();
    await rule.getByRole('combobox', { name: 'Action', exact: true }).click();
    await page.getByRole('option', { name: 'Warn', exact: true }).click();
    await rule.getByRole('button', { name: 'Add to banned terms' }).click();
    await rule.getByLabel(/^Word, phrase or regular expression/).fill('refund-free');
    await rule.getByLabel('Why it is banned').fill('we never promise refunds in replies');
    await editor.getByRole('button', { name: 'Save policy' }).click();
    await editor.getByRole('status').filter({ hasText: 'Saved as version 2.' }).waitFor();
    await screenshot(page, 'flows-policy-saved');
    await page.close();
    const saved = (await gql('query($ws: ID!) { policies(workspaceId: $ws, first: 20) { edges { node { name version rules { rule action args } } } } }', { ws: workspaceId })).policies.edges
      .map((e: any) => e.node)
      .find((p: any) => p.name === 'Reply tone');
    expect(saved.version).toBe(2);
    expect(saved.rules[1]).toMatchObject({ rule: 'banned-terms', action: 'WARN', args: { terms: [expect.objectContaining({ term: 'refund-free' })] } });

    // A comment arrives through the sandbox's webhook to the channel connected above.
    await ui.sandbox.inject.comment({ text: 'Can I get my money back if my cat hates the haircut?', author: { handle: 'grumpy_cat', name: 'Grumpy Cat' } });
    await until('the comment in the inbox', async () => (await gql('query($w: ID!) { conversations(workspaceId: $w) { totalCount } }', { w: workspaceId })).conversations.totalCount > 0);
    const inbox = await openSignedIn(ui);
    await inbox.getByRole('list', { name: 'Conversations' }).getByRole('button').filter({ hasText: 'grumpy_cat' }).click();
    const thread = inbox.getByRole('region', { name: 'Conversation with grumpy_cat' });
    await thread.getByText('Can I get my money back if my cat hates the haircut?').waitFor();
    const reply = thread.getByLabel('Your reply', { exact: true });
    await reply.fill('Of course, every haircut is refund-free!');
    const findings = thread.getByRole('list', { name: 'Findings in your reply' });
    await findings.getByText('"refund-free" is on the banned list: we never promise refunds in replies').waitFor();
    await findings.getByText('banned-terms · Reply tone', { exact: false }).waitFor();
    await findings.getByText('WARN', { exact: true }).waitFor();
    await screenshot(inbox, 'flows-reply-finding');
    // Nothing was sent: the finding came before sending.
    expect(ui.sandbox.state.ownReplies.size).toBe(0);
    await reply.fill('We would be glad to have another go at the haircut.');
    await findings.waitFor({ state: 'detached' });
    await inbox.close();
  }, 60_000);

  it('ran without page errors or Content-Security-Policy refusals', () => {
    expect(ui.pageErrors).toEqual([]);
  });
});
