import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSandboxNetwork, type SandboxNetwork } from '@rapport/plugin-network-sandbox/server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../apps/server/src/config/project-root.js';
import type { PluginEntry } from '../../apps/server/src/plugins/plugin-config.js';
import { ADMIN, ok } from './fixtures.js';
import { createTestServer, type TestServer } from './test-server.js';

/**
 * The harness of the admin browser tests (test/e2e/admin-ui*.e2e-spec.ts): Debian's Chromium driven by
 * playwright-core against a test server with the sandbox plugin serving the built admin. .ci/run installs
 * Chromium; a machine without it skips those files and says so.
 */
export const CHROMIUM = '/usr/bin/chromium';
/** The built admin: apps/admin/dist, or another build (RAPPORT_ADMIN_DIR), e.g. while someone rebuilds that one. */
export const ADMIN_DIR = process.env.RAPPORT_ADMIN_DIR || join(PROJECT_ROOT, 'apps/admin/dist');
export const ARTIFACTS = join(PROJECT_ROOT, 'dist/test-artifacts');
const AXE = join(PROJECT_ROOT, 'node_modules/axe-core/axe.min.js');
const haveChromium = existsSync(CHROMIUM);

/** describe() when Chromium is installed, otherwise a skipped describe and a warning naming the file. */
export function describeInChromium(file: string, title: string, body: () => void): void {
  if (!haveChromium) console.warn(`${file} browser test skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);
  (haveChromium ? describe : describe.skip)(title, body);
}

export interface AdminUi {
  sandbox: SandboxNetwork;
  server: TestServer;
  browser: Browser;
  /** http://127.0.0.1:<port>, the server's root. */
  baseUrl: string;
  /** Every uncaught page error (and CSP refusal, see openPage) of the pages opened through this harness. */
  pageErrors: string[];
  close(): Promise<void>;
}

export interface AdminUiOptions {
  /** Environment for the test server, on top of RAPPORT_ADMIN_DIR. */
  env?: Record<string, string>;
  /** Plugins besides the sandbox network. */
  plugins?: PluginEntry[];
  /** The file of the built admin that must exist (a build older than trusted documents lacks persisted-documents.json). */
  needs?: string;
  /**
   * A host name the browser resolves to the test server, port included (e.g. that of RAPPORT_PUBLIC_URL, which a
   * network redirects the browser to); the server's own address is only known once it listens.
   */
  serverHost?: string;
}

/** The sandbox network, a test server serving the built admin with the sandbox plugin, and Chromium. */
export async function startAdminUi({ env = {}, plugins = [], needs = 'index.html', serverHost }: AdminUiOptions = {}): Promise<AdminUi> {
  if (!existsSync(join(ADMIN_DIR, needs))) throw new Error(`${ADMIN_DIR} is missing or old: run \`npm run build -w apps/admin\` first (npm test does)`);
  mkdirSync(ARTIFACTS, { recursive: true });
  const opened: Array<{ close(): Promise<void> }> = [];
  const close = async () => {
    for (const resource of opened.reverse()) await resource.close();
  };
  try {
    const sandbox = await startSandboxNetwork();
    opened.push(sandbox);
    const server = await createTestServer(
      { RAPPORT_ADMIN_DIR: ADMIN_DIR, ...env },
      { plugins: [{ specifier: '@rapport/plugin-network-sandbox', baseDir: '/', options: { baseUrl: sandbox.url } }, ...plugins] },
    );
    opened.push(server);
    const baseUrl = server.wsUrl.replace('ws://', 'http://').replace(/\/graphql$/, '');
    const args = ['--no-sandbox', ...(serverHost ? [`--host-resolver-rules=MAP ${serverHost} ${new URL(baseUrl).host}`] : [])];
    const browser = await chromium.launch({ executablePath: CHROMIUM, args });
    opened.push(browser);
    return { sandbox, server, browser, baseUrl, pageErrors: [], close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Connects the sandbox network as a channel of the workspace and points its webhooks at the server; the channel's id. */
export async function connectSandbox(ui: AdminUi, token: string, workspaceId: string, webhookSecret: string): Promise<string> {
  const input = { workspaceId, type: 'sandbox', displayName: 'Sandbox', credentials: { accessToken: ui.sandbox.accessToken, webhookSecret } };
  const channelId = ok(await ui.server.gql<{ connectChannel: { id: string } }>('mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id } }', { input }, token)).connectChannel.id;
  ui.sandbox.configure({ webhook: { url: `${ui.baseUrl}/webhooks/${channelId}`, secret: webhookSecret } });
  return channelId;
}

/**
 * A new page in a context of its own (signed out: the session is kept in localStorage), closed with the page.
 * Its default timeout is 10 s, under jest's 30 s per test, so a stuck step names itself; its errors go to
 * ui.pageErrors. With bypassCSP (needed to inject axe-core as a script tag) the admin's Content-Security-Policy
 * is off; otherwise a refused script or connection, which the CSP reports on the console, counts as a page error.
 * With path, it opens baseUrl + path.
 */
export async function openPage(ui: AdminUi, { bypassCSP = false, path }: { bypassCSP?: boolean; path?: string } = {}): Promise<Page> {
  // browser.newPage: the page owns its context, closed with it.
  const page = await ui.browser.newPage({ bypassCSP });
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => ui.pageErrors.push(error.message));
  if (!bypassCSP) {
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) ui.pageErrors.push(message.text());
    });
  }
  if (path !== undefined) await page.goto(ui.baseUrl + path);
  return page;
}

/** Fills in the sign-in form shown on the page and submits it. */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs in on the sign-in form shown on the page and waits for the inbox. */
export async function signIn(page: Page, email = ADMIN.email, password = ADMIN.password): Promise<void> {
  await submitSignIn(page, email, password);
  await page.getByRole('heading', { name: 'Inbox', level: 1 }).waitFor();
}

/** Goes to a screen through the main navigation. */
export async function go(page: Page, screen: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: screen }).click();
  await page.getByRole('heading', { name: screen, level: 1 }).waitFor();
}

/** A new page (see openPage) signed in at the inbox, then on the screen if one is named. */
export async function openSignedIn(
  ui: AdminUi,
  { screen, email = ADMIN.email, password = ADMIN.password, bypassCSP = false }: { screen?: string; email?: string; password?: string; bypassCSP?: boolean } = {},
): Promise<Page> {
  const page = await openPage(ui, { bypassCSP, path: '/admin/#/inbox' });
  await signIn(page, email, password);
  if (screen) await go(page, screen);
  return page;
}

/** A full-page screenshot in dist/test-artifacts/admin-<name>.png. */
export function screenshot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: join(ARTIFACTS, `admin-${name}.png`), fullPage: true });
}

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core's serious and critical violations on the page as it is now (the page must bypass the CSP, see openPage). */
export async function axe(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: readFileSync(AXE, 'utf8') });
  const violations = await page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 8).map((n: any) => `${n.target.join(' ')}: ${String(n.failureSummary).split('\n').slice(-1)[0]}`) }));
  });
  return (violations as Violation[]).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
