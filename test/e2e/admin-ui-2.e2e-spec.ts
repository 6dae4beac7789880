import { ok, setupAdmin } from '../utils/fixtures.js';
import { until } from '../utils/wait.js';
import { axe, connectSandbox, describeInChromium, openSignedIn, screenshot, startAdminUi, type AdminUi } from '../utils/admin-browser.js';

/**
 * The admin UI's Policies, Reviews and Channels screens in Debian's Chromium (the harness of
 * test/utils/admin-browser.ts: playwright-core, the built apps/admin/dist, a test server with the sandbox plugin).
 */
describeInChromium('admin-ui-2', 'the admin UI in Chromium: policies, reviews, channels', () => {
  let ui: AdminUi;
  let workspaceId: string;
  let token: string;

  const gql = <T = any>(query: string, variables: Record<string, unknown>) => ui.server.gql<T>(query, variables, token).then(ok);
  const openAs = (screen: string) => openSignedIn(ui, { screen });

  beforeAll(async () => {
    ui = await startAdminUi({ plugins: [{ specifier: '@rapport/plugin-rule-banned-terms', baseDir: '/', options: {} }] });
    token = await setupAdmin(ui.server);
    workspaceId = (await gql('{ workspaces(first: 1) { edges { node { id } } } }', {})).workspaces.edges[0].node.id;
  }, 60_000);
  afterAll(async () => {
    await ui?.close();
  });

  it('edits a rule argument in a form built from its argsSchema, shows the field error the server gives, the draft test checks the policy as edited or the saved ones, and an old version is restored', async () => {
    await gql('mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { id } }', {
      input: { workspaceId, name: 'Sea creatures', scope: 'OUTBOUND_REPLY', rules: [{ rule: 'banned-terms', action: 'WARN', args: { terms: [{ term: 'walrus' }] } }] },
    });
    const page = await openAs('Policies');
    await page.getByRole('list', { name: 'Policies' }).getByRole('button').filter({ hasText: 'Sea creatures' }).click();
    const editor = page.getByRole('region', { name: 'Policy Sea creatures' });
    const term = editor.getByLabel(/^Word, phrase or regular expression/);
    expect(await term.inputValue()).toBe('walrus');

    const draft = page.getByRole('region', { name: 'Test a draft' });
    await draft.getByLabel('Text to check').fill('A walrus waved at the narwhal.');
    await draft.locator('mark', { hasText: 'walrus' }).waitFor();
    expect(await draft.locator('mark', { hasText: 'narwhal' }).count()).toBe(0);

    // An empty term is refused by the rule's schema: the message sits on that field.
    await term.fill('');
    await editor.getByRole('button', { name: 'Save policy' }).click();
    await editor.getByRole('alert').filter({ hasText: 'Policy not saved' }).waitFor();
    expect(await term.getAttribute('aria-invalid')).toBe('true');
    // The draft test names the problem too, rather than checking rules that cannot be saved.
    await draft.getByText('Rule 1: (banned-terms) must NOT have fewer than 1 characters').waitFor();
    await screenshot(page, 'policies-field-error');

    await term.fill('narwhal');
    // Not saved yet: the policy as edited finds the new word, the saved policies still the old one.
    await draft.locator('mark', { hasText: 'narwhal' }).waitFor();
    expect(await draft.locator('mark', { hasText: 'walrus' }).count()).toBe(0);
    await screenshot(page, 'policies-draft-unsaved');
    await draft.getByText('All saved', { exact: true }).click();
    await draft.locator('mark', { hasText: 'walrus' }).waitFor();
    expect(await draft.locator('mark', { hasText: 'narwhal' }).count()).toBe(0);
    await editor.getByRole('button', { name: 'Save policy' }).click();
    await editor.getByRole('status').filter({ hasText: 'Saved as version 2.' }).waitFor();
    // The text was not retyped: saving refetched the saved policies' check.
    await draft.locator('mark', { hasText: 'narwhal' }).waitFor();
    expect(await draft.locator('mark', { hasText: 'walrus' }).count()).toBe(0);
    await screenshot(page, 'policies');
    await draft.getByText('This policy, edited').click();

    // Version 1's rules back, saved as version 3: the editor and the draft test follow.
    const versions = page.getByRole('region', { name: 'Versions' });
    await versions.getByRole('button', { name: 'Restore version 1' }).click();
    await versions.getByRole('group', { name: 'Restore version 1' }).getByRole('button', { name: 'Restore', exact: true }).click();
    await versions.getByRole('status').filter({ hasText: "Version 1's rules restored as version 3." }).waitFor();
    expect(await term.inputValue()).toBe('walrus');
    await draft.locator('mark', { hasText: 'walrus' }).waitFor();
    expect(await draft.locator('mark', { hasText: 'narwhal' }).count()).toBe(0);
    await screenshot(page, 'policies-restored');
    await page.close();
  });

  it('lists a synced review, refuses a template outside its rating band, sends a reply to the review site, one held for approval once approved, and takes it back', async () => {
    const channel = (
      await gql('mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id } }', {
        input: { workspaceId, type: 'sandbox-reviews', displayName: 'Sandbox reviews', credentials: { accessToken: ui.sandbox.accessToken } },
      })
    ).connectChannel;
    await gql('mutation($input: CreateReviewReplyTemplateInput!) { createReviewReplyTemplate(input: $input) { id } }', {
      input: { workspaceId, name: 'Thanks', body: 'Thank you for the stars!', minRating: 4, maxRating: 5 },
    });
    await ui.sandbox.inject.review({ rating: 2, text: 'The groomer was an hour late.', author: { handle: 'late_larry', name: 'Larry' } });
    expect((await gql('mutation($c: ID!, $w: ID!) { syncReviews(channelId: $c, workspaceId: $w) { ok } }', { c: channel.id, w: workspaceId })).syncReviews.ok).toBe(true);
    // Connecting also queued a first sync: while it holds the channel's sync lease, syncReviews finds nothing to do and
    // the review lands with that job. Open the page once it is stored (the page would only see it live otherwise).
    await until('the review stored', async () => (await gql('query($w: ID!) { reviews(workspaceId: $w) { totalCount } }', { w: workspaceId })).reviews.totalCount === 1);

    const page = await openAs('Reviews');
    await page.getByRole('region', { name: 'Reputation, last 90 days' }).getByRole('table').getByText('Rating distribution').waitFor({ state: 'attached' });
    const pick = async (filter: string, option: string) => {
      await page.getByRole('combobox', { name: filter, exact: true }).click();
      await page.getByRole('option', { name: option, exact: true }).click();
    };
    // Every filter narrows the same list: the 2★ review is urgent, from "Sandbox reviews", of the tone the API gave it.
    const { sentiment } = (await gql('query($w: ID!) { reviews(workspaceId: $w) { edges { node { sentiment } } } }', { w: workspaceId })).reviews.edges[0].node;
    const tones = { NEGATIVE: 'Criticism', NEUTRAL: 'Neutral', POSITIVE: 'Positive' } as Record<string, string>;
    await pick('Tone', Object.entries(tones).find(([value]) => value !== sentiment)![1]);
    await page.getByText('No review matches these filters.').waitFor();
    await pick('Tone', tones[sentiment]!);
    await pick('Source', 'Sandbox reviews');
    await page.getByLabel('Urgent only').check();
    await pick('Reply', 'Awaiting reply');
    await page.getByText('1 review', { exact: true }).waitFor();
    await screenshot(page, 'reviews-filters');
    await page.getByRole('list', { name: 'Reviews' }).getByRole('button').filter({ hasText: 'Larry' }).click();
    const review = page.getByRole('region', { name: 'Review by Larry' });
    await review.getByText('The groomer was an hour late.').waitFor();

    // Flagged and unflagged: the flag history says who did what, oldest first.
    await review.getByLabel('Flag with a reason').fill('mentions staff');
    await review.getByRole('button', { name: 'Flag', exact: true }).click();
    await review.getByRole('button', { name: 'Remove flag mentions staff' }).click();
    const flagHistory = review.getByRole('list', { name: 'Flag history' });
    await flagHistory.getByText(/unflagged “mentions staff” by Instance Admin/).waitFor();
    expect((await flagHistory.getByRole('listitem').allTextContents()).map((entry) => entry.replace(/^.* · /, ''))).toEqual([
      'flagged “mentions staff” by Instance Admin',
      'unflagged “mentions staff” by Instance Admin',
    ]);

    await review.getByRole('combobox', { name: 'Reply template' }).click();
    await page.getByRole('option', { name: 'Thanks (4–5★)' }).click();
    await review.getByRole('button', { name: 'Send reply' }).click();
    await review.getByText(/is for 4–5★ reviews and this one is rated 2★/).waitFor();
    await review.getByLabel('Send it outside its rating band anyway').waitFor();
    await screenshot(page, 'reviews-band-refused');

    await review.getByRole('combobox', { name: 'Reply template' }).click();
    await page.getByRole('option', { name: 'Thanks (4–5★)' }).click(); // Chosen again: deselected, back to writing our own.
    // The reply's findings show as it is typed (the first test left the "Sea creatures" policy banning "walrus" in replies, restored from version 1).
    await review.getByLabel('Your reply', { exact: true }).fill('Sorry Larry, the walrus ate our schedule.');
    await review.locator('mark', { hasText: 'walrus' }).waitFor();
    await review.getByRole('list', { name: 'Findings in your reply' }).waitFor();
    await review.getByLabel('Your reply', { exact: true }).fill('Sorry Larry, we will be on time next visit.');
    await review.getByRole('button', { name: 'Send reply' }).click();
    await review.getByRole('status').filter({ hasText: /Reply (queued for sending|sent)\./ }).waitFor();
    const deadline = Date.now() + 20_000;
    while (!JSON.stringify(ui.sandbox.state.reviews).includes('on time next visit')) {
      if (Date.now() > deadline) throw new Error('the reply never reached the sandbox review site');
      await new Promise((r) => setTimeout(r, 200));
    }
    await review.getByText(/Our reply · Replied/).waitFor({ timeout: 20_000 });
    await screenshot(page, 'reviews');

    // A reply a policy holds: shown held with what the reply policies find in it, sent once the admin approves it.
    await gql('mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { id } }', {
      input: { workspaceId, name: 'Refunds need approval', scope: 'OUTBOUND_REPLY', rules: [{ rule: 'banned-terms', action: 'REQUIRE_APPROVAL', args: { terms: [{ term: 'refund' }] } }] },
    });
    await review.getByLabel('Your reply', { exact: true }).fill('Sorry Larry, your next visit is a refund.');
    await review.getByRole('button', { name: 'Replace reply' }).click();
    await review.getByRole('status').filter({ hasText: 'Your reply waits for approval.' }).waitFor();
    const held = review.getByRole('group', { name: 'Held for approval' });
    await held.getByRole('list', { name: 'What the reply policies find in it' }).getByText('banned-terms · Refunds need approval').waitFor();
    await screenshot(page, 'reviews-held-reply');
    // The reply filter finds what waits for an admin.
    await pick('Reply', 'Reply awaits approval');
    const reviewList = page.getByRole('list', { name: 'Reviews' });
    await page.getByText('1 review', { exact: true }).waitFor();
    await reviewList.getByRole('button').filter({ hasText: 'Larry' }).waitFor();
    await screenshot(page, 'reviews-reply-status-filter');
    await held.getByRole('button', { name: 'Approve and send' }).click();
    await held.waitFor({ state: 'detached' });
    // Approved, it no longer waits.
    await page.getByText('No review matches these filters.').waitFor();
    await until('the approved reply on the sandbox review site', async () => JSON.stringify(ui.sandbox.state.reviews).includes('next visit is a refund'), 20_000);
    await review.getByText(/Our reply · Replied/).waitFor({ timeout: 20_000 });
    // Taken back, asked first: from the review site too.
    await review.getByRole('button', { name: 'Delete our reply' }).click();
    await review.getByText('Delete our reply here and on the review site?').waitFor();
    await review.getByRole('button', { name: 'Delete reply' }).click();
    await review.getByText(/Our reply ·/).waitFor({ state: 'detached' });
    await until('the reply gone from the sandbox review site', async () => !JSON.stringify(ui.sandbox.state.reviews).includes('next visit is a refund'), 20_000);
    const [stored] = (await gql('query($w: ID!) { reviews(workspaceId: $w) { edges { node { reply { status } } } } }', { w: workspaceId })).reviews.edges;
    expect(stored.node.reply).toBeNull();
    await page.close();
    // The reply goes out through the job queue: room for it on a busy machine.
  }, 90_000);

  it('edits a reply template in place: its name, rating band and text, with the field error the server gives', async () => {
    const page = await openAs('Reviews');
    const panel = page.getByRole('region', { name: 'Reply templates' });
    await panel.getByRole('button', { name: 'Edit the template Thanks' }).click();
    const form = panel.getByRole('form', { name: 'Edit the template Thanks' });
    expect(await form.getByLabel('Template text').inputValue()).toBe('Thank you for the stars!');
    await form.getByLabel('Template text').fill('Thanks {{reviewer.name}}!');
    await form.getByRole('button', { name: 'Save template' }).click();
    // An unknown variable is refused on the text field; nothing changed.
    await form.locator('textarea[aria-invalid="true"]').waitFor();
    expect(await form.getByText(/reviewer\.name/).count()).toBeGreaterThan(0);
    await form.getByLabel('Template name').fill('Thanks, 3 stars up');
    await form.getByRole('combobox', { name: 'Lowest rating' }).click();
    await page.getByRole('option', { name: '3', exact: true }).click();
    await form.getByLabel('Template text').fill('Thank you for the {{rating}} stars, {{contact.name}}!');
    await screenshot(page, 'reviews-template-edit');
    await form.getByRole('button', { name: 'Save template' }).click();
    const row = panel.getByRole('table', { name: 'Reply templates' }).getByRole('row').filter({ hasText: 'Thanks, 3 stars up' });
    await row.getByText('3–5★').waitFor();
    await panel.getByRole('form', { name: 'New reply template' }).waitFor();
    const templates = (await gql('query($w: ID!) { reviewReplyTemplates(workspaceId: $w) { name minRating maxRating body } }', { w: workspaceId })).reviewReplyTemplates;
    expect(templates).toEqual([{ name: 'Thanks, 3 stars up', minRating: 3, maxRating: 5, body: 'Thank you for the {{rating}} stars, {{contact.name}}!' }]);
    await page.close();
  });

  it("shows each channel's status and cadence, and the result of syncing it now", async () => {
    const network = await connectSandbox(ui, token, workspaceId, 'whsec-admin-ui-2');
    await gql('mutation($input: UpdateChannelInput!) { updateChannel(input: $input) { id } }', { input: { workspaceId, channelId: network, targetPostsPerWeek: 3 } });
    // Outside the CSP, for axe-core (see admin-ui-settings).
    const page = await openSignedIn(ui, { screen: 'Channels', bypassCSP: true });
    const cadence = page.getByRole('article', { name: 'Channel Sandbox', exact: true }).getByRole('group', { name: 'Cadence' });
    await cadence.getByText(/^Cadence: 0 posts in the last 7 days of 3 a week planned · last post never/).waitFor();
    await cadence.getByText('0 of 3 posts this week').waitFor();
    const card = page.getByRole('article', { name: 'Channel Sandbox reviews' });
    await card.getByLabel('Status: Connected').waitFor();
    await card.getByRole('button', { name: 'Sync now' }).click();
    await card.getByRole('status').filter({ hasText: /^Synced: \d+ new items? in \d+ pages?\./ }).waitFor();
    await card.getByText(/Last sync done/).waitFor();
    await screenshot(page, 'channels');

    // "Check connection" asks the network now: accepted, then (the network refusing the token) needing re-authorisation.
    const sandbox = page.getByRole('article', { name: 'Channel Sandbox', exact: true });
    await sandbox.getByRole('button', { name: 'Check connection' }).click();
    await sandbox.getByRole('status').filter({ hasText: 'Checked: the network accepts the credentials of Rapport Demo.' }).waitFor();
    ui.sandbox.setFaults({ status: 401, count: 1 });
    await sandbox.getByRole('button', { name: 'Check connection' }).click();
    await sandbox.getByRole('status').filter({ hasText: 'Checked: needs re-authorisation (the reason is above).' }).waitFor();
    await sandbox.getByText('Sandbox network: HTTP 401 Unauthorized').waitFor();
    await sandbox.getByLabel('Status: Needs re-authorisation').waitFor();
    await screenshot(page, 'channels-checked');
    // A channel needing re-authorisation, its badge, reason and button included, passes the accessibility check.
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it("restricts a policy to one channel and back to every channel, choosing among the channels of the policy's kind", async () => {
    const created = await gql('mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { id } }', {
      input: { workspaceId, name: 'Sandbox voice', scope: 'OUTBOUND_POST', rules: [{ rule: 'banned-terms', action: 'WARN', args: { terms: [{ term: 'cheap' }] } }] },
    });
    const channelOf = async () => (await gql('query($w: ID!, $id: ID!) { policy(workspaceId: $w, id: $id) { channelId } }', { w: workspaceId, id: created.createPolicy.id })).policy.channelId;
    const network = (await gql('query($w: ID!) { channels(workspaceId: $w, first: 10) { edges { node { id displayName } } } }', { w: workspaceId })).channels.edges.find((e: any) => e.node.displayName === 'Sandbox').node.id;
    const page = await openAs('Policies');
    const listed = page.getByRole('list', { name: 'Policies' }).getByRole('button').filter({ hasText: 'Sandbox voice' });
    await listed.click();
    const editor = page.getByRole('region', { name: 'Policy Sandbox voice' });
    await editor.getByRole('combobox', { name: 'Applies to' }).click();
    // A post policy is for network channels: the review source is not offered.
    expect(await page.getByRole('option').allTextContents()).toEqual(['Sandbox']);
    await page.getByRole('option', { name: 'Sandbox' }).click();
    await editor.getByRole('button', { name: 'Save policy' }).click();
    await editor.getByRole('status').filter({ hasText: 'Saved as version 2.' }).waitFor();
    expect(await channelOf()).toBe(network);
    await listed.getByText('Sandbox', { exact: true }).waitFor();
    // The versions' comparison names the change.
    const versions = page.getByRole('region', { name: 'Versions' });
    await versions.getByText(/"appliesTo": "every channel"/).waitFor();
    await versions.getByText(/"appliesTo": "Sandbox"/).waitFor();
    await screenshot(page, 'policies-one-channel');

    // Chosen again, the channel is deselected: every channel.
    await editor.getByRole('combobox', { name: 'Applies to' }).click();
    await page.getByRole('option', { name: 'Sandbox' }).click();
    expect(await editor.getByRole('combobox', { name: 'Applies to' }).inputValue()).toBe('');
    await editor.getByRole('button', { name: 'Save policy' }).click();
    await editor.getByRole('status').filter({ hasText: 'Saved as version 3.' }).waitFor();
    expect(await channelOf()).toBeNull();
    await page.close();
  });

  it("inserts a review variable into a REVIEW policy's automatic reply, and saves it", async () => {
    await gql('mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { id } }', {
      input: { workspaceId, name: 'Thank happy reviewers', scope: 'REVIEW', rules: [{ rule: 'banned-terms', action: 'AUTO_REPLY', template: 'Thank you, ', args: { terms: [{ term: 'wonderful' }] } }] },
    });
    const page = await openAs('Policies');
    await page.getByRole('list', { name: 'Policies' }).getByRole('button').filter({ hasText: 'Thank happy reviewers' }).click();
    const editor = page.getByRole('region', { name: 'Policy Thank happy reviewers' });
    const reply = editor.getByLabel(/^Reply/);
    await reply.press('End');
    await editor.getByRole('button', { name: 'Insert variable' }).click();
    // A review policy offers the review vocabulary, {{rating}} included.
    await page.getByRole('menuitem', { name: /^\{\{rating\}\}/ }).waitFor();
    await page.getByRole('menuitem', { name: /^\{\{author\.name\}\}/ }).click();
    expect(await reply.inputValue()).toBe('Thank you, {{author.name}}');
    await editor.getByRole('button', { name: 'Save policy' }).click();
    await editor.getByRole('status').filter({ hasText: 'Saved as version 2.' }).waitFor();
    const saved = (await gql('query($w: ID!) { policies(workspaceId: $w, first: 100) { edges { node { name rules { template } } } } }', { w: workspaceId })).policies.edges.find((e: any) => e.node.name === 'Thank happy reviewers').node;
    expect(saved.rules[0].template).toBe('Thank you, {{author.name}}');
    await page.close();
  });

  it('ran without page errors', () => {
    expect(ui.pageErrors).toEqual([]);
  });
});
