import { startFakeMastodon, type FakeMastodon } from '../../plugins/network-mastodon/test/fake-mastodon.js';
import { createMember, ok, PASSWORD, setupAdmin } from '../utils/fixtures.js';
import { axe, describeInChromium, go, openPage, screenshot, signIn, startAdminUi, type AdminUi } from '../utils/admin-browser.js';

/**
 * Connecting an account by consent in the admin UI, in Debian's Chromium: the browser goes to the network's
 * consent page (a local fake Mastodon), comes back through Rapport's callback, and nothing is connected until the
 * user who began confirms. Rapport's public URL is a name the browser resolves to the test server
 * (http://rapport.test), so every redirect is exactly what production would send, and the admin is used there.
 */
const PUBLIC_URL = 'http://rapport.test';

describeInChromium('admin-ui-connect', 'the admin UI in Chromium: connecting an account by consent, confirmed by the user who began', () => {
  let ui: AdminUi;
  let fake: FakeMastodon;
  let token: string;
  let workspaceId: string;

  beforeAll(async () => {
    fake = await startFakeMastodon();
    ui = await startAdminUi({
      env: { RAPPORT_PUBLIC_URL: PUBLIC_URL },
      plugins: [{ specifier: '@rapport/plugin-network-mastodon', baseDir: '/', options: {} }],
      serverHost: 'rapport.test',
    });
    token = await setupAdmin(ui.server);
    workspaceId = ok(await ui.server.gql('{ workspaces(first: 1) { edges { node { id } } } }', {}, token)).workspaces.edges[0].node.id;
  }, 60_000);
  afterAll(async () => {
    await ui?.close();
    await fake?.close();
  });

  /** A page signed in on Rapport's public URL (the one the connect callback returns to). */
  async function signedIn(email?: string, password?: string) {
    const page = await openPage(ui, { bypassCSP: true });
    await page.goto(`${PUBLIC_URL}/admin/#/inbox`);
    await signIn(page, email, password);
    return page;
  }

  const channelNames = async () => ok(await ui.server.gql('query($w: ID!) { channels(workspaceId: $w) { edges { node { displayName externalAccountName } } } }', { w: workspaceId }, token)).channels.edges.map((edge: { node: unknown }) => edge.node);

  it('consents on the network, comes back to a confirmation naming the account, and connects only when confirmed', async () => {
    const page = await signedIn();
    await go(page, 'Channels');
    await page.getByRole('region', { name: 'Connect a channel' }).getByRole('combobox', { name: 'Network or review site' }).click();
    await page.getByRole('option', { name: 'Mastodon' }).click();
    const consent = page.getByRole('form', { name: 'Connect Mastodon by consent' });
    await consent.getByLabel('Name in Rapport').fill('Brand on Mastodon');
    await consent.getByLabel('Mastodon server').fill(fake.url);
    await consent.getByRole('button', { name: 'Continue to Mastodon' }).click();

    // Back from the consent page: the account is named, and nothing is connected yet.
    const confirm = page.getByRole('region', { name: 'Confirm the connection' });
    const host = new URL(fake.url).host;
    await confirm.getByText(`Connect @brand@${host}?`).waitFor();
    await confirm.getByText(/nothing is connected until you confirm here/).waitFor();
    expect(new URL(page.url()).search).toBe('');
    expect(await channelNames()).toEqual([]);
    await screenshot(page, 'connect-confirm');
    expect(await axe(page)).toEqual([]);

    await confirm.getByRole('button', { name: 'Connect', exact: true }).click();
    await confirm.getByRole('status').getByText('Connected: Brand on Mastodon.').waitFor();
    expect(await channelNames()).toEqual([{ displayName: 'Brand on Mastodon', externalAccountName: `@brand@${host}` }]);
    await page.getByText('Brand on Mastodon', { exact: true }).waitFor();
    await screenshot(page, 'connect-confirmed');
    await page.close();
  });

  it('a consent link forwarded to another user connects nothing: they land on a confirmation they cannot complete', async () => {
    // An ADMIN begins connecting and forwards the network's consent page to a colleague, who opens it signed in.
    const { authorizeUrl } = ok(
      await ui.server.gql('mutation($input: BeginChannelConnectionInput!) { beginChannelConnection(input: $input) { authorizeUrl } }', { input: { workspaceId, type: 'mastodon', instanceUrl: fake.url } }, token),
    ).beginChannelConnection;
    await createMember(ui.server, token, workspaceId, 'colleague@demo.test', 'ADMIN');
    const page = await signedIn('colleague@demo.test', PASSWORD);
    await page.goto(authorizeUrl);

    const confirm = page.getByRole('region', { name: 'Confirm the connection' });
    await confirm.getByText('Only the user who began this connection can see its accounts and complete it.').waitFor();
    await expect(confirm.getByRole('button', { name: 'Connect', exact: true }).count()).resolves.toBe(0);
    await screenshot(page, 'connect-forwarded');
    expect(await channelNames()).toHaveLength(1);
    await page.close();
  });
});
