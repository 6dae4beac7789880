import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Locator, Page } from 'playwright-core';
import { Webhook } from 'standardwebhooks';
import { createApiKey, createMember, ok, PASSWORD, setupAdmin } from '../utils/fixtures.js';
import { axe, connectSandbox, describeInChromium, openSignedIn, screenshot, startAdminUi, type AdminUi } from '../utils/admin-browser.js';
import { until } from '../utils/wait.js';

/**
 * The admin UI's webhooks and audit log (Settings, ADMIN) in Debian's Chromium (the harness of
 * test/utils/admin-browser.ts): endpoints added with their secret shown once, real deliveries to a receiver started
 * here that checks each signature with the `standardwebhooks` package (as docs/webhooks.md tells customers to),
 * a failing receiver's failures, edit, disable, rotate and delete, then those changes in the audit log.
 */
interface Received {
  name: string;
  id: string;
  /** Whether the signature matched the secret the receiver holds for that path. */
  verified: boolean;
  body: string;
}

/** A customer's system: /hooks/<name> answers 204 when the signature checks out with that name's secret, 500 for "broken". */
async function startReceiver() {
  const received: Received[] = [];
  const secrets = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const name = request.url!.replace(/^\/hooks\//, '');
      let verified = false;
      const body = Buffer.concat(chunks).toString('utf8');
      try {
        const secret = secrets.get(name);
        if (secret) new Webhook(secret).verify(body, request.headers as Record<string, string>);
        verified = Boolean(secret);
      } catch {
        verified = false;
      }
      received.push({ name, id: String(request.headers['webhook-id']), verified, body });
      if (name === 'broken') response.writeHead(500, { 'content-type': 'text/plain' }).end('receiver exploded');
      else response.writeHead(verified ? 204 : 400).end(verified ? undefined : 'bad signature');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return {
    url: (name: string) => `${base}/${name}`,
    trust: (name: string, secret: string) => secrets.set(name, secret),
    at: (name: string) => received.filter((r) => r.name === name),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describeInChromium('admin-ui-webhooks', 'the admin UI in Chromium: webhooks and the audit log', () => {
  let ui: AdminUi;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let workspaceId: string;
  let channelId: string;
  let token: string;
  let posts = 0;

  const gql = <T = any>(query: string, variables: Record<string, unknown>, as = token) => ui.server.gql<T>(query, variables, as).then(ok);
  // A post created through the API: a post.updated event for the endpoints that take post.*.
  const createPost = () => gql('mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', { input: { workspaceId, body: `Grooming news #${++posts}`, channelIds: [channelId] } });
  const endpoints = async () => (await gql('query($w: ID!) { webhookEndpoints(workspaceId: $w) { edges { node { id url enabled description } } } }', { w: workspaceId })).webhookEndpoints.edges.map((e: any) => e.node);
  // Pages that bypass the CSP so axe-core can be injected (see admin-ui-settings).
  const openSettings = (email?: string, password?: string) => openSignedIn(ui, { screen: 'Settings', email, password, bypassCSP: true });
  const card = (page: Page, name: string) => page.getByRole('list', { name: 'Webhook endpoints' }).getByRole('article', { name: `Endpoint ${receiver.url(name)}` });
  const deliveriesOf = (page: Page, name: string) => page.getByRole('region', { name: `Deliveries to ${receiver.url(name)}` });
  const pickEventType = async (page: Page, form: Locator, type: RegExp) => {
    await form.getByLabel(/^Event types/).click();
    await page.getByRole('option', { name: type }).click();
    await page.keyboard.press('Escape');
  };
  /** Submits the new endpoint's form; the secret it shows once. */
  const submitEndpoint = async (page: Page, name: string) => {
    await page.getByRole('form', { name: 'Add a webhook endpoint' }).getByRole('button', { name: 'Add endpoint' }).click();
    const secret = ((await page.getByRole('region', { name: 'Webhooks' }).getByTestId('shown-once').textContent()) ?? '').trim();
    expect(secret).toMatch(/^whsec_/);
    await card(page, name).waitFor();
    return secret;
  };
  /** Clicks the log's "Refresh" until the row shows (deliveries are made in the background). */
  const refreshUntil = async (page: Page, name: string, row: RegExp) => {
    const log = deliveriesOf(page, name);
    await until(`a delivery to ${name} matching ${row}`, async () => {
      if (await log.getByRole('row').filter({ hasText: row }).count()) return true;
      await log.getByRole('button', { name: 'Refresh' }).click();
      await page.waitForTimeout(300);
      return false;
    });
  };

  beforeAll(async () => {
    receiver = await startReceiver();
    // Quick retries and two attempts, so a failing receiver's delivery is given up within seconds.
    ui = await startAdminUi({ env: { RAPPORT_WEBHOOK_RETRY_DELAY_SECONDS: '1', RAPPORT_WEBHOOK_MAX_ATTEMPTS: '2' } });
    token = await setupAdmin(ui.server);
    workspaceId = (await gql('{ workspaces(first: 1) { edges { node { id } } } }', {})).workspaces.edges[0].node.id;
    channelId = await connectSandbox(ui, token, workspaceId, 'whsec-admin-ui-webhooks');
  }, 60_000);
  afterAll(async () => {
    await ui?.close();
    await receiver?.close();
  });

  it('adds an endpoint with its secret shown once; a post is delivered signed, listed as delivered, sent again and paged', async () => {
    const page = await openSettings();
    const webhooks = page.getByRole('region', { name: 'Webhooks' });
    await webhooks.getByText('No webhook endpoint yet.', { exact: false }).waitFor();

    // A URL with credentials in it is refused on its field, and nothing is added.
    const form = page.getByRole('form', { name: 'Add a webhook endpoint' });
    await form.getByLabel('Endpoint URL').fill('https://user:secret@crm.example.com/hooks');
    await form.getByLabel('What it is for').fill('CRM sync');
    // Each choice says when it is sent, in the server's words.
    await form.getByLabel(/^Event types/).click();
    await page.getByRole('option', { name: /^post\.updated.*A post was created/ }).waitFor();
    await screenshot(page, 'webhooks-event-types');
    await page.keyboard.press('Escape');
    await pickEventType(page, form, /^post\.\*/);
    await form.getByRole('button', { name: 'Add endpoint' }).click();
    await until('the URL refused on its field', async () => (await form.getByLabel('Endpoint URL').getAttribute('aria-invalid')) === 'true');
    await screenshot(page, 'webhooks-refused');
    expect(await endpoints()).toEqual([]);

    await form.getByLabel('Endpoint URL').fill(receiver.url('ok'));
    const secret = await submitEndpoint(page, 'ok');
    receiver.trust('ok', secret);
    await card(page, 'ok').getByText('CRM sync').waitFor();
    expect(await card(page, 'ok').getByLabel('Status: Enabled').count()).toBe(1);
    await screenshot(page, 'webhooks');
    expect(await axe(page)).toEqual([]);
    await webhooks.getByRole('button', { name: 'Done, hide it' }).click();
    await page.getByText(secret).waitFor({ state: 'detached' });

    await createPost();
    const [delivery] = await until('the signed delivery', async () => receiver.at('ok').length > 0 && receiver.at('ok'));
    expect(delivery.verified).toBe(true);

    await card(page, 'ok').getByRole('button', { name: 'Deliveries' }).click();
    const log = deliveriesOf(page, 'ok');
    await refreshUntil(page, 'ok', /post\.updated.*Delivered.*HTTP 204/);
    // The payload shown is the body the receiver got.
    await log.getByRole('button', { name: /^Payload of the post\.updated delivery of/ }).click();
    const payload = log.getByLabel('Payload of the post.updated delivery', { exact: true });
    expect(JSON.parse((await payload.textContent())!)).toEqual(JSON.parse(delivery.body));
    await screenshot(page, 'webhooks-payload');
    await log.getByRole('button', { name: /^Payload of the post\.updated delivery of/ }).click();
    await payload.waitFor({ state: 'detached' });
    await log.locator('label', { hasText: /^Failed$/ }).click();
    await log.getByText('No failed delivery.').waitFor();
    await log.locator('label', { hasText: /^All$/ }).click();

    // Sent again: the same webhook-id reaches the receiver a second time, listed as a new row.
    await log.getByRole('button', { name: /^Send again: the post\.updated delivery of/ }).click();
    await until('the redelivery', async () => receiver.at('ok').length === 2);
    expect(receiver.at('ok').map((r) => [r.id, r.verified])).toEqual([
      [delivery.id, true],
      [delivery.id, true],
    ]);
    await refreshUntil(page, 'ok', /sent again.*Delivered/);

    // 21 more: the log shows 20 of 23, then the rest with "Load more deliveries".
    for (let i = 0; i < 21; i++) await createPost();
    await until('23 deliveries made', async () => receiver.at('ok').length === 23);
    await until('23 deliveries finished', async () => (await gql('query($w: ID!, $e: ID!) { webhookDeliveries(workspaceId: $w, endpointId: $e, status: SUCCEEDED) { totalCount } }', { w: workspaceId, e: (await endpoints())[0].id })).webhookDeliveries.totalCount === 23);
    await log.getByRole('button', { name: 'Refresh' }).click();
    await log.getByText('20 of 23 deliveries').waitFor();
    await log.getByRole('button', { name: 'Load more deliveries' }).click();
    await log.getByText('23 deliveries', { exact: true }).waitFor();
    expect(await log.getByRole('row').count()).toBe(24);
    expect(await log.getByRole('button', { name: 'Load more deliveries' }).count()).toBe(0);
    expect(receiver.at('ok').every((r) => r.verified)).toBe(true);
    await screenshot(page, 'webhooks-deliveries');
    expect(await axe(page)).toEqual([]);
    await page.close();
  }, 90_000);

  it("shows a failing endpoint's failures; edits, disables, enables, rotates a secret that signs from then on, and deletes", async () => {
    const page = await openSettings();
    const form = page.getByRole('form', { name: 'Add a webhook endpoint' });
    await form.getByLabel('Endpoint URL').fill(receiver.url('broken'));
    await form.getByLabel('What it is for').fill('Data warehouse');
    await pickEventType(page, form, /^post\.updated/);
    await submitEndpoint(page, 'broken');
    await page.getByRole('region', { name: 'Webhooks' }).getByRole('button', { name: 'Done, hide it' }).click();
    const broken = card(page, 'broken');
    await broken.getByRole('group', { name: 'Event types' }).getByText('post.updated').waitFor();

    const before = receiver.at('broken').length;
    await createPost();
    await until('both attempts at the broken receiver', async () => receiver.at('broken').length === before + 2);
    await broken.getByRole('button', { name: 'Deliveries' }).click();
    const log = deliveriesOf(page, 'broken');
    await log.locator('label', { hasText: /^Failed$/ }).click();
    await refreshUntil(page, 'broken', /post\.updated.*Failed.*2.*HTTP 500/);
    await log.getByText('receiver exploded').waitFor();
    await log.getByRole('button', { name: 'Refresh' }).click();
    await broken.getByLabel('Status: Failing').waitFor();
    await broken.getByText(/^2 failed attempts in a row since/).waitFor();
    await screenshot(page, 'webhooks-failing');
    expect(await axe(page)).toEqual([]);

    // Edit: a new description and another event type.
    await broken.getByRole('button', { name: 'Edit' }).click();
    const edit = broken.getByRole('form', { name: `Edit the endpoint ${receiver.url('broken')}` });
    expect(await edit.getByLabel('What it is for').inputValue()).toBe('Data warehouse');
    await edit.getByLabel('What it is for').fill('Data warehouse (old)');
    await pickEventType(page, edit, /^policy\.\*/);
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await broken.getByRole('status').filter({ hasText: 'Endpoint saved.' }).waitFor();
    await broken.getByRole('group', { name: 'Event types' }).getByText('policy.*').waitFor();
    expect((await endpoints()).find((e: any) => e.url === receiver.url('broken')).description).toBe('Data warehouse (old)');

    // Disabled by hand, and enabled again.
    await broken.getByRole('button', { name: 'Disable' }).click();
    await broken.getByLabel('Status: Disabled').waitFor();
    await broken.getByText(/disabled by hand/).waitFor();
    expect((await endpoints()).find((e: any) => e.url === receiver.url('broken')).enabled).toBe(false);
    await broken.getByRole('button', { name: 'Enable' }).click();
    await broken.getByLabel('Status: Enabled').waitFor();

    // A new secret for the good endpoint, shown once; the next delivery verifies with it alone.
    const ok = card(page, 'ok');
    await ok.getByRole('button', { name: 'Rotate secret' }).click();
    await ok.getByLabel('Old secret keeps signing for (hours)').fill('1');
    await ok.getByRole('button', { name: 'Rotate now' }).click();
    const rotated = ((await ok.getByTestId('shown-once').textContent()) ?? '').trim();
    expect(rotated).toMatch(/^whsec_/);
    await ok.getByText(/^The previous secret also signs deliveries until/).waitFor();
    receiver.trust('ok', rotated);
    const delivered = receiver.at('ok').length;
    await createPost();
    await until('a delivery signed with the new secret', async () => receiver.at('ok').length > delivered);
    expect(receiver.at('ok').slice(delivered).every((r) => r.verified)).toBe(true);
    await ok.getByRole('button', { name: 'Done, hide it' }).click();

    // Deleted once confirmed.
    await broken.getByRole('button', { name: 'Delete', exact: true }).click();
    await broken.getByRole('group', { name: `Delete the endpoint ${receiver.url('broken')}` }).getByRole('button', { name: 'Delete for good' }).click();
    await page.getByRole('region', { name: 'Webhooks' }).getByRole('status').filter({ hasText: `Endpoint ${receiver.url('broken')} deleted with its delivery log.` }).waitFor();
    await broken.waitFor({ state: 'detached' });
    expect((await endpoints()).map((e: any) => e.url)).toEqual([receiver.url('ok')]);
    await page.close();
  }, 90_000);

  it('lists those changes in the audit log, filtered by kind, action, who and day, with before and after', async () => {
    // Enough other changes that the unfiltered log has a second page.
    for (let i = 0; i < 16; i++) await createApiKey(ui.server, token, workspaceId, 'AGENT');
    const page = await openSettings();
    const audit = page.getByRole('region', { name: 'Audit log' });
    const table = audit.getByRole('table', { name: 'Audit log' });
    await audit.getByText(/^20 of \d+ changes, newest first$/).waitFor();
    await audit.getByRole('button', { name: 'Load more changes' }).click();
    await audit.getByText(/^\d+ changes, newest first$/).waitFor();

    await audit.getByRole('combobox', { name: 'Kind of thing' }).click();
    await page.getByRole('option', { name: 'Webhook endpoint' }).click();
    await audit.getByText('7 changes, newest first').waitFor();
    expect(await table.locator('tbody code').allTextContents()).toEqual([
      'webhook_endpoint.deleted',
      'webhook_endpoint.secret_rotated',
      'webhook_endpoint.enabled',
      'webhook_endpoint.disabled',
      'webhook_endpoint.updated',
      'webhook_endpoint.created',
      'webhook_endpoint.created',
    ]);
    expect(await table.getByRole('row').filter({ hasText: 'Instance Admin' }).count()).toBe(7);
    await table.getByRole('row').filter({ hasText: 'webhook_endpoint.deleted' }).getByText(receiver.url('broken')).waitFor();

    // The edit's before and after, field by field.
    await table.getByRole('button', { name: /^Details: Webhook endpoint updated/ }).click();
    const diff = table.getByLabel(/^Changes: Webhook endpoint updated/);
    await diff.locator('del', { hasText: 'description: "Data warehouse"' }).waitFor();
    await diff.locator('ins', { hasText: 'description: "Data warehouse (old)"' }).waitFor();
    await diff.locator('ins', { hasText: '"policy.*"' }).waitFor();
    await screenshot(page, 'audit-log');
    expect(await axe(page)).toEqual([]);

    // Only that endpoint's history; then an exact action; then a malformed one, refused on its field.
    await table.getByRole('button', { name: 'Every change to this webhook endpoint' }).click();
    await audit.getByText(`Only Webhook endpoint ${receiver.url('broken')}.`).waitFor();
    await audit.getByText('5 changes, newest first').waitFor();
    await audit.getByRole('button', { name: 'Show every webhook endpoint' }).click();
    await audit.getByLabel('Action', { exact: true }).fill('webhook_endpoint.secret_rotated');
    await audit.getByText('1 change, newest first').waitFor();
    await audit.getByLabel('Action', { exact: true }).fill('Rotated!');
    await until('the action refused on its field', async () => (await audit.getByLabel('Action', { exact: true }).getAttribute('aria-invalid')) === 'true');
    await audit.getByText('Correct the filter to see entries.').waitFor();
    await audit.getByLabel('Action', { exact: true }).fill('');

    // Days: from tomorrow nothing; to today everything.
    const day = (offset: number) => {
      const at = new Date(Date.now() + offset * 86_400_000);
      return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
    };
    await audit.getByLabel('From', { exact: true }).fill(day(1));
    await audit.getByText('No change matches these filters.').waitFor();
    await audit.getByLabel('From', { exact: true }).fill(day(0));
    await audit.getByLabel('To (included)', { exact: true }).fill(day(0));
    await audit.getByText('7 changes, newest first').waitFor();

    // Who: the API key's own changes (none), then the admin's.
    await audit.getByRole('combobox', { name: 'Who' }).click();
    await page.getByRole('option', { name: 'AGENT key' }).first().click();
    await audit.getByText('No change matches these filters.').waitFor();
    await audit.getByRole('combobox', { name: 'Who' }).click();
    await page.getByRole('option', { name: 'Instance Admin' }).click();
    await audit.getByText('7 changes, newest first').waitFor();
    expect(await axe(page)).toEqual([]);
    await page.close();
  }, 90_000);

  it('shows neither webhooks nor the audit log to an EDITOR or a VIEWER, and says they are for admins', async () => {
    for (const [email, role] of [
      ['editor@demo.test', 'EDITOR'],
      ['viewer@demo.test', 'VIEWER'],
    ]) {
      await createMember(ui.server, token, workspaceId, email, role);
      const page = await openSettings(email, PASSWORD);
      await page.getByRole('table', { name: 'Members' }).getByText(email).waitFor();
      await page.getByRole('status').filter({ hasText: `Your role (${role})` }).getByText(/only admins manage webhooks and read the audit log/).waitFor();
      expect(await page.getByRole('region', { name: 'Webhooks' }).count()).toBe(0);
      expect(await page.getByRole('region', { name: 'Audit log' }).count()).toBe(0);
      if (role === 'EDITOR') {
        expect(await axe(page)).toEqual([]);
        await screenshot(page, 'settings-editor');
      }
      await page.close();
    }
  }, 60_000);

  it('ran without page errors', () => {
    expect(ui.pageErrors).toEqual([]);
  });
});
