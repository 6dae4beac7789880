import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFakeMastodon, type FakeMastodon } from '../../plugins/network-mastodon/test/fake-mastodon.js';
import { addDays, startOfWeek, today, zonedInstant } from '../../apps/admin/src/time.js';
import { ADMIN, createMember, ok, PASSWORD, rulePlugins, setupAdmin } from '../utils/fixtures.js';
import { ADMIN_DIR, axe, connectSandbox, describeInChromium, openPage, screenshot, startAdminUi, submitSignIn, type AdminUi } from '../utils/admin-browser.js';
import { until } from '../utils/wait.js';

/**
 * The admin UI's Dashboard and Posts calendar in Debian's Chromium (the harness of test/utils/admin-browser.ts:
 * playwright-core, the built admin, a test server with the sandbox plugin), and the admin's operations sent as
 * trusted (persisted) documents: by hash alone, over HTTP and graphql-ws.
 */
const SECRET = 'whsec-admin-ui-posts';
/** Not the machine's zone, so the calendar must place posts by the workspace's clocks. */
const TIMEZONE = 'America/New_York';

describeInChromium('admin-ui-posts', 'the admin UI in Chromium: dashboard, posts calendar, trusted documents', () => {
  let ui: AdminUi;
  /** A Mastodon server allowing 1,000 characters, where a link counts as 23: a count that differs from code points. */
  let mastodon: FakeMastodon;
  let workspaceId: string;
  let channelId: string;
  let token: string;
  let postId: string;
  /** What the admin sent: each GraphQL request body over HTTP, each subscribe payload over graphql-ws. */
  const sentOverHttp: Array<Record<string, any>> = [];
  const sentOverWs: Array<Record<string, any>> = [];

  const gql = <T = any>(query: string, variables: Record<string, unknown>) => ui.server.gql<T>(query, variables, token).then(ok);
  const scheduledAt = async () => (await gql('query($ws: ID!, $id: ID!) { post(workspaceId: $ws, id: $id) { scheduledAt status } }', { ws: workspaceId, id: postId })).post;
  // axe-core is injected as a script tag, which the admin's Content-Security-Policy refuses: a context that bypasses it.
  const signIn = async (email: string, password: string, hash = '') => {
    const page = await openPage(ui, { bypassCSP: true });
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.method() === 'POST') sentOverHttp.push(JSON.parse(request.postData() ?? '{}'));
    });
    page.on('websocket', (socket) =>
      socket.on('framesent', ({ payload }) => {
        const message = JSON.parse(String(payload));
        if (message.type === 'subscribe') sentOverWs.push(message.payload);
      }),
    );
    await page.goto(`${ui.baseUrl}/admin/${hash}`);
    await submitSignIn(page, email, password);
    return page;
  };

  beforeAll(async () => {
    mastodon = await startFakeMastodon({ maxCharacters: 1000 });
    // Strict limits for untrusted documents, as in production: the admin's trusted ones must still run.
    ui = await startAdminUi({
      needs: 'persisted-documents.json',
      env: { RAPPORT_GRAPHQL_STRICT_UNTRUSTED: 'true', RAPPORT_GRAPHQL_UNTRUSTED_MAX_COST: '200' },
      // The question detector labels the comment a question, so the Demo workspace's starter triage policy makes it awaiting an answer;
      // with the profanity rule loaded, the starter "Brand voice" policy (OUTBOUND_POST) blocks profanity in posts.
      plugins: [{ specifier: '@rapport/plugin-network-mastodon', baseDir: '/', options: {} }, ...rulePlugins(['question-detector', 'profanity'])],
    });
    token = await setupAdmin(ui.server);
    workspaceId = (await gql('{ workspaces(first: 1) { edges { node { id } } } }', {})).workspaces.edges[0].node.id;
    await gql('mutation($input: UpdateWorkspaceInput!) { updateWorkspace(input: $input) { id } }', { input: { workspaceId, timezone: TIMEZONE, postApprovalRequired: false } });
    channelId = await connectSandbox(ui, token, workspaceId, SECRET);
    await gql('mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id } }', {
      input: { workspaceId, type: 'mastodon', displayName: 'Fediverse', credentials: { instanceUrl: mastodon.url, accessToken: mastodon.issueToken() } },
    });
    // A review source too: posts cannot go there, so the composer must not offer it.
    await gql('mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id } }', {
      input: { workspaceId, type: 'sandbox-reviews', displayName: 'Sandbox reviews', credentials: { accessToken: ui.sandbox.accessToken } },
    });
  }, 60_000);
  afterAll(async () => {
    await ui?.close();
    await mastodon?.close();
  });

  it('lands on the dashboard after sign-in and shows the conversation awaiting an answer, all over trusted documents', async () => {
    await ui.sandbox.inject.comment({ text: 'Do you groom cats too?', author: { handle: 'cat_lady', name: 'Cat Lady' } });
    await until('the comment is awaiting an answer', async () => {
      const data = await gql('query($ws: ID!) { conversations(workspaceId: $ws, awaitingAnswer: true) { totalCount } }', { ws: workspaceId });
      return data.conversations.totalCount === 1;
    });
    const page = await signIn(ADMIN.email, ADMIN.password);
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    const awaiting = page.getByRole('region', { name: 'Awaiting an answer' });
    await awaiting.getByRole('list', { name: 'Longest waiting conversations' }).getByText('Cat Lady (cat_lady)').waitFor();
    expect(await awaiting.getByRole('link', { name: 'Open the inbox' }).getAttribute('href')).toBe('#/inbox');
    // The sandbox channel is connected: nothing to re-authorise (a new channel may still be flagged for its cadence).
    await page.getByRole('region', { name: 'Channel health' }).waitFor();
    expect(await page.getByRole('region', { name: 'Channel health' }).getByText(/Needs re-authorisation|Error/).count()).toBe(0);
    await screenshot(page, 'dashboard');
    expect(await axe(page)).toEqual([]);

    // Every operation went by hash alone; the server ran them although untrusted documents are capped at cost 200.
    expect(sentOverHttp.length).toBeGreaterThan(0);
    for (const body of sentOverHttp) {
      expect(body.query).toBeUndefined();
      expect(body.extensions?.persistedQuery?.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(sentOverHttp.map((b) => b.operationName)).toEqual(expect.arrayContaining(['Shell', 'Dashboard']));
    await until('the dashboard subscribed', () => sentOverWs.length > 0);
    for (const payload of sentOverWs) {
      expect(payload.query).toBe('');
      expect(payload.extensions?.persistedQuery?.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
    }
    // The Dashboard operation written another way (one more space) is not the trusted document: over the strict limit.
    const manifest = JSON.parse(readFileSync(join(ADMIN_DIR, 'persisted-documents.json'), 'utf8')) as Record<string, string>;
    const dashboard = Object.values(manifest).find((text) => text.startsWith('query Dashboard('))!;
    const vars = sentOverHttp.find((b) => b.operationName === 'Dashboard')!.variables;
    const refused = await ui.server.gql(`${dashboard} `, vars, token);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', trustedDocument: false });
    expect(ok(await ui.server.gql(dashboard, vars, token)).awaiting.totalCount).toBe(1);
    await page.close();
  });

  it('shows a scheduled post in the week calendar in the workspace time zone, and reschedules it by drag and by keyboard', async () => {
    // Wednesday next week, 10:00 in New York: always in the future and in the week after this one.
    const nextMonday = addDays(startOfWeek(today(TIMEZONE)), 7);
    const wednesday = addDays(nextMonday, 2);
    postId = (await gql('mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', { input: { workspaceId, body: 'Grooming days for cats: Tuesdays and Thursdays!', channelIds: [channelId] } })).createPost.id;
    await gql('mutation($input: SchedulePostInput!) { schedulePost(input: $input) { id } }', { input: { workspaceId, postId, at: `${wednesday}T10:00`, timezone: TIMEZONE } });

    const page = await signIn(ADMIN.email, ADMIN.password, '#/posts');
    await page.getByRole('heading', { name: 'Posts', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Next week' }).click();
    const chip = page.locator(`[data-post-id="${postId}"]`);
    await chip.waitFor();
    // In the 10:00 row of Wednesday's column.
    expect(await page.locator(`[data-slot="${wednesday}T10:00"] [data-post-id="${postId}"]`).count()).toBe(1);
    await screenshot(page, 'posts-calendar-week');
    expect(await axe(page)).toEqual([]);

    // Drag to Thursday 14:00.
    const thursday = addDays(nextMonday, 3);
    // HTML5 drag and drop as the browser fires it: dragstart on the post, dragover and drop on the slot, one DataTransfer.
    const target = page.locator(`[data-slot="${thursday}T14:00"]`);
    await target.scrollIntoViewIfNeeded();
    const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
    await chip.dispatchEvent('dragstart', { dataTransfer });
    await target.dispatchEvent('dragenter', { dataTransfer });
    await target.dispatchEvent('dragover', { dataTransfer });
    await target.dispatchEvent('drop', { dataTransfer });
    await chip.dispatchEvent('dragend', { dataTransfer });
    await page.getByRole('status').filter({ hasText: 'Moved to' }).waitFor();
    await until('the post is rescheduled to Thursday 14:00 New York time', async () => (await scheduledAt()).scheduledAt === zonedInstant(thursday, 14, 0, TIMEZONE).toISOString() || undefined);
    await page.locator(`[data-slot="${thursday}T14:00"] [data-post-id="${postId}"]`).waitFor();

    // Keyboard: Alt+→ moves it a day, Alt+↓ an hour.
    await page.locator(`[data-post-id="${postId}"]`).focus();
    await page.keyboard.press('Alt+ArrowRight');
    const friday = addDays(nextMonday, 4);
    await page.locator(`[data-slot="${friday}T14:00"] [data-post-id="${postId}"]`).waitFor();
    await page.locator(`[data-post-id="${postId}"]`).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await page.locator(`[data-slot="${friday}T15:00"] [data-post-id="${postId}"]`).waitFor();
    expect((await scheduledAt()).scheduledAt).toBe(zonedInstant(friday, 15, 0, TIMEZONE).toISOString());

    // Month view holds it on Friday; selecting it shows its status per channel and its actions.
    // The month of next week's day shown: its grid holds that whole week.
    await page.getByRole('group', { name: 'Week' }).waitFor();
    await page.getByText('Month', { exact: true }).click();
    await page.getByRole('group', { name: 'Month' }).waitFor();
    await page.locator(`[data-day="${friday}"] [data-post-id="${postId}"]`).click();
    const details = page.getByRole('region', { name: /^Post at/ });
    await details.getByRole('list', { name: 'Publishing status per channel' }).getByText('Sandbox: pending').waitFor();
    await details.getByRole('button', { name: 'Unschedule' }).waitFor();
    await screenshot(page, 'posts-calendar-month');
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('composes a post with media (URL, alt text, size) and a variant, then edits the variant and sees the limits the media breaks', async () => {
    const page = await signIn(ADMIN.email, ADMIN.password, '#/posts');
    await page.getByRole('heading', { name: 'Posts', level: 1 }).waitFor();
    const compose = page.getByRole('form', { name: 'Compose' });
    await compose.getByRole('textbox', { name: /^Text/ }).fill('New grooming tables have arrived!');
    await compose.getByLabel(/^Channels/).focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('option', { name: 'Fediverse' }).waitFor();
    expect(await page.getByRole('option', { name: 'Sandbox reviews' }).count()).toBe(0);
    await page.getByRole('option', { name: 'Sandbox' }).click();
    await page.keyboard.press('Escape');
    await compose.getByLabel('Variant for Sandbox').fill('Sandbox friends: new grooming tables!');
    // Two files by URL; the second is removed again.
    await compose.getByLabel('Media URL').fill('https://cdn.example.test/tables.png');
    await compose.getByLabel(/^Alt text/).fill('Two steel grooming tables in the salon');
    await compose.getByLabel('Width (px)').fill('1200');
    await compose.getByLabel('Height (px)').fill('800');
    await compose.getByRole('button', { name: 'Add media' }).click();
    await compose.getByLabel('Media URL').fill('https://cdn.example.test/extra.jpg');
    await compose.getByRole('button', { name: 'Add media' }).click();
    const media = compose.getByRole('list', { name: 'Media' });
    await media.getByText(/extra\.jpg \(image\/jpeg\)/).waitFor();
    await compose.getByRole('button', { name: 'Remove media https://cdn.example.test/extra.jpg' }).click();
    // The remaining item was there before the removal too: wait for the list itself to shrink.
    await until('one media item left', async () => (await media.getByRole('listitem').count()) === 1);
    await media.getByText('https://cdn.example.test/tables.png (image/png, 1200×800) — alt: Two steel grooming tables in the salon').waitFor();
    await screenshot(page, 'posts-compose-media');
    expect(await axe(page)).toEqual([]);
    await compose.getByRole('button', { name: 'Save draft' }).click();
    await compose.getByRole('status').filter({ hasText: 'Draft saved.' }).waitFor();

    const POST = 'query($ws: ID!) { posts(workspaceId: $ws, first: 5) { edges { node { body media targets { channelId variantText } } } } }';
    const saved = async () => (await gql(POST, { ws: workspaceId })).posts.edges.map((e: any) => e.node).find((p: any) => p.body === 'New grooming tables have arrived!');
    const created = await saved();
    expect(created.media).toEqual([{ url: 'https://cdn.example.test/tables.png', mimeType: 'image/png', altText: 'Two steel grooming tables in the salon', width: 1200, height: 800 }]);
    expect(created.targets).toEqual([{ channelId, variantText: 'Sandbox friends: new grooming tables!' }]);

    // The list shows the newest post first; "Oldest first" turns it round.
    await page.getByRole('tab', { name: /All posts/ }).click();
    const firstRow = page.getByRole('table', { name: 'Posts' }).getByRole('row').nth(1);
    await firstRow.getByText('New grooming tables have arrived!').waitFor();
    await screenshot(page, 'posts-list-newest-first');
    const sort = page.getByRole('combobox', { name: 'Sort' });
    await sort.click();
    await page.getByRole('option', { name: 'Oldest first' }).click();
    await firstRow.getByText('Grooming days for cats: Tuesdays and Thursdays!').waitFor();
    await sort.click();
    await page.getByRole('option', { name: 'Newest first' }).click();
    await firstRow.getByText('New grooming tables have arrived!').waitFor();

    // Edit in the list: the composer's fields, loaded from the post.
    const row = page.getByRole('row').filter({ hasText: 'New grooming tables have arrived!' });
    await row.getByRole('button', { name: 'Edit', exact: true }).click();
    const edit = row.getByRole('form', { name: 'Edit post' });
    const variant = edit.getByLabel('Variant for Sandbox');
    expect(await variant.inputValue()).toBe('Sandbox friends: new grooming tables!');
    await edit.getByRole('list', { name: 'Media' }).getByText(/tables\.png/).waitFor();
    await variant.fill('Sandbox friends: come and see the new tables!');
    // A video the sandbox does not take: saved, and the server's limit messages are shown.
    await edit.getByLabel('Media URL').fill('https://cdn.example.test/clip.mov');
    await edit.getByRole('button', { name: 'Add media' }).click();
    // Measured as it is added, in the words limitErrors uses after saving.
    await edit.getByRole('list', { name: 'Does not fit Sandbox' }).getByText('Sandbox does not accept video/quicktime').waitFor();
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await edit.getByRole('list', { name: 'Limits not met' }).getByText(/does not accept video\/quicktime/).waitFor();
    await screenshot(page, 'posts-edit-limits');
    expect(await axe(page)).toEqual([]);
    await edit.getByRole('button', { name: 'Remove media https://cdn.example.test/clip.mov' }).click();
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await edit.waitFor({ state: 'detached' });

    const edited = await saved();
    expect(edited.targets).toEqual([{ channelId, variantText: 'Sandbox friends: come and see the new tables!' }]);
    expect(edited.media).toEqual(created.media);
    await page.close();
  });

  it('shows what the post policies find and how the text fits each channel while composing, before anything is saved', async () => {
    const page = await signIn(ADMIN.email, ADMIN.password, '#/posts');
    await page.getByRole('heading', { name: 'Posts', level: 1 }).waitFor();
    const compose = page.getByRole('form', { name: 'Compose' });
    const body = 'Our new grooming tables are the shit, come and see!';
    await compose.getByRole('textbox', { name: /^Text/ }).fill(body);
    // Brand voice's profanity rule, found as typed: listed, and the word highlighted in the text.
    const findings = compose.getByRole('list', { name: 'Findings in the text' });
    await findings.getByText('Profanity: "shit".').waitFor();
    await findings.getByText('Brand voice', { exact: false }).waitFor();
    await findings.getByText('BLOCK', { exact: true }).waitFor();
    expect(await compose.getByTestId('highlighted-text').first().locator('mark').allInnerTexts()).toEqual(['shit']);
    await compose.getByRole('status').filter({ hasText: '1 finding' }).waitFor();

    // Per chosen channel, the text as the server measures it (postFit) against the sandbox's limits (500 characters, 4 media).
    for (const name of ['Sandbox', 'Fediverse']) {
      await compose.getByLabel(/^Channels/).focus();
      await page.keyboard.press('ArrowDown');
      await page.getByRole('option', { name }).click();
      await page.keyboard.press('Escape');
    }
    const fit = compose.getByRole('group', { name: 'Limits of Sandbox' });
    const sandboxProblems = fit.getByRole('list', { name: 'Does not fit Sandbox' });
    await fit.getByText(`Text: ${body.length} / 500 characters`).waitFor();
    await fit.getByText('Media: 0 / 4').waitFor();
    expect(await sandboxProblems.count()).toBe(0);

    // A variant over the limit, with a profanity of its own: its findings and the server's words for what does not fit.
    const variant = `Sandbox friends, no more shit tables! ${'New tables. '.repeat(40)}`.trim();
    await compose.getByLabel('Variant for Sandbox').fill(variant);
    await fit.getByText(`Variant: ${variant.length} / 500 characters`).waitFor();
    await sandboxProblems.getByText(`text is ${variant.length} characters; Sandbox allows 500`).waitFor();
    await compose.getByRole('list', { name: 'Findings in the Sandbox variant' }).getByText('Profanity: "shit".').waitFor();
    await screenshot(page, 'posts-compose-live-findings');
    expect(await axe(page)).toEqual([]);

    // Back under the limit: the message goes.
    await compose.getByLabel('Variant for Sandbox').fill('Sandbox friends: new tables!');
    await fit.getByText('Variant: 28 / 500 characters').waitFor();
    await sandboxProblems.waitFor({ state: 'detached' });

    // Mastodon counts as its server does: a link as 23 characters, against this server's 1,000 (not the type's 500).
    const link = `https://grooming.example.test/${'tables-'.repeat(20)}`;
    const fediverse = compose.getByRole('group', { name: 'Limits of Fediverse' });
    const toot = `${'a'.repeat(600)} ${link}`;
    await compose.getByLabel('Variant for Fediverse').fill(toot);
    await fediverse.getByText('Variant: 624 / 1000 characters').waitFor();
    expect(await fediverse.getByRole('list').count()).toBe(0);
    await compose.getByLabel('Variant for Fediverse').fill(`${'a'.repeat(990)} ${link}`);
    await fediverse.getByRole('list', { name: 'Does not fit Fediverse' }).getByText('text is 1014 characters; Fediverse allows 1000').waitFor();
    await fediverse.getByText('Variant: 1014 / 1000 characters').waitFor();
    await screenshot(page, 'posts-compose-mastodon-fit');

    // Nothing was saved: the findings came from evaluatePolicy alone.
    const bodies = (await gql('query($ws: ID!) { posts(workspaceId: $ws, first: 20) { edges { node { body } } } }', { ws: workspaceId })).posts.edges.map((e: any) => e.node.body);
    expect(bodies).not.toContain(body);
    expect(sentOverHttp.filter((b) => b.operationName === 'EvaluateDraft').map((b) => b.variables.scope)).toEqual(expect.arrayContaining(['OUTBOUND_POST']));
    // The counter's figures came from the server's postFit.
    expect(sentOverHttp.filter((b) => b.operationName === 'PostFit').length).toBeGreaterThan(0);
    await page.close();
  });

  it("asks the client to approve a post from the list where the client approves, and shows where it stands", async () => {
    const updateWorkspace = 'mutation($input: UpdateWorkspaceInput!) { updateWorkspace(input: $input) { id } }';
    await gql(updateWorkspace, { input: { workspaceId, approvalMode: 'CLIENT_ONLY' } });
    try {
      const id = (await gql('mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', { input: { workspaceId, body: 'Walrus grooming week starts Monday.', channelIds: [channelId] } })).createPost.id;
      const page = await signIn(ADMIN.email, ADMIN.password);
      await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Posts' }).click();
      await page.getByRole('tab', { name: /^All posts/ }).click();
      const row = page.getByRole('row').filter({ hasText: 'Walrus grooming week starts Monday.' });
      await row.getByText('Client not asked yet').waitFor();
      await row.getByRole('button', { name: 'Ask the client' }).click();
      const form = row.getByRole('form', { name: 'Ask the client' });
      const emails = form.getByLabel("Reviewers' e-mail addresses");
      await emails.fill('not-an-address');
      await emails.press('Enter');
      await form.getByRole('button', { name: 'Send for approval' }).click();
      await until('the address refused', async () => (await emails.getAttribute('aria-invalid')) === 'true');
      await emails.press('Backspace');
      await emails.fill('client@walrus.test');
      await emails.press('Enter');
      await form.getByLabel('Note to the client (optional)').fill('For next week, thanks!');
      await form.getByRole('button', { name: 'Send for approval' }).click();
      await row.getByRole('status').filter({ hasText: 'Sent to one reviewer' }).waitFor();
      await row.getByText('Waiting for the client').waitFor();
      expect((await gql('query($ws: ID!, $id: ID!) { post(workspaceId: $ws, id: $id) { clientApprovalStatus } }', { ws: workspaceId, id })).post.clientApprovalStatus).toBe('PENDING');
      const mails = (await gql('query($ws: ID!) { outboxMails(workspaceId: $ws, first: 20) { edges { node { to purpose } } } }', { ws: workspaceId })).outboxMails.edges.map((e: any) => e.node);
      expect(mails).toContainEqual(expect.objectContaining({ to: ['client@walrus.test'] }));
      // The post's history says who did what, in order.
      await row.getByRole('button', { name: 'History' }).click();
      const history = row.getByRole('list', { name: 'Post history' });
      await history.getByText(/Client asked to approve · Instance Admin/).waitFor();
      expect((await history.getByRole('listitem').allTextContents()).map((entry) => entry.replace(/^.*?(Created|Client asked)/, '$1'))).toEqual([
        'Created · Instance Admin',
        expect.stringMatching(/^Client asked to approve · Instance Admin/),
      ]);
      await screenshot(page, 'posts-ask-client');
      expect(await axe(page)).toEqual([]);
      await page.close();
    } finally {
      await gql(updateWorkspace, { input: { workspaceId, approvalMode: 'INTERNAL_ONLY' } });
    }
  });

  it('shows a VIEWER the dashboard and the calendar without any control that changes a post', async () => {
    await createMember(ui.server, token, workspaceId, 'viewer@posts.test', 'VIEWER');
    const page = await signIn('viewer@posts.test', PASSWORD);
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Awaiting an answer' }).getByText('Cat Lady (cat_lady)').waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Posts' }).click();
    await page.getByRole('button', { name: 'Next week' }).click();
    const chip = page.locator(`[data-post-id="${postId}"]`);
    await chip.waitFor();
    expect(await chip.getAttribute('draggable')).toBe('false');
    await chip.click();
    const details = page.getByRole('region', { name: /^Post at/ });
    await details.getByText('Sandbox: pending').waitFor();
    expect(await details.getByRole('button', { name: /Unschedule|Reschedule|Publish now|Delete|^Edit$/ }).count()).toBe(0);
    expect(await page.getByRole('form', { name: 'Compose' }).count()).toBe(0);
    await screenshot(page, 'posts-calendar-viewer');
    // A VIEWER reads a post's history too.
    await page.getByRole('tab', { name: /^All posts/ }).click();
    const row = page.getByRole('row').filter({ hasText: 'Walrus grooming week starts Monday.' });
    await row.getByRole('button', { name: 'History' }).click();
    await row.getByRole('list', { name: 'Post history' }).getByText(/Client asked to approve/).waitFor();
    await page.close();
  });

  it('ran without page errors', () => {
    expect(ui.pageErrors).toEqual([]);
  });
});
