import type { PluginEntry } from '../../apps/server/src/plugins/plugin-config.js';
import type { TestServer } from './test-server.js';

export const ADMIN = { email: 'admin@agency.test', name: 'Instance Admin', password: 'correct horse battery staple' };
export const PASSWORD = 'a-long-enough-password';

/** The built-in rule plugins of these codes (`@rapport/plugin-rule-<code>`), loaded with their default options. */
export function rulePlugins(codes: string[]): PluginEntry[] {
  return codes.map((code) => ({ specifier: `@rapport/plugin-rule-${code}`, baseDir: '/', options: {} }));
}

/** Expects a response without errors and returns its data. */
export function ok<T>(response: { data?: T | null; errors?: unknown[] }): T {
  if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
  return response.data as T;
}

/** The `extensions.code` of the first error, for compact assertions. */
export function errorCode(response: { errors?: Array<{ extensions: { code: string } }> }): string | undefined {
  return response.errors?.[0]?.extensions.code;
}

/** Runs first-run setup and returns the instance admin's session token. */
export async function setupAdmin(server: TestServer): Promise<string> {
  const data = ok(
    await server.gql<{ setup: { token: string } }>('mutation($input: SetupInput!) { setup(input: $input) { token } }', { input: ADMIN }),
  );
  return data.setup.token;
}

export async function createWorkspace(server: TestServer, adminToken: string, name: string): Promise<string> {
  const data = ok(
    await server.gql<{ createWorkspace: { id: string } }>(
      'mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }',
      { input: { name } },
      adminToken,
    ),
  );
  return data.createWorkspace.id;
}

/** Invites a new user into a workspace with a role and returns their session token (through the public API only). */
export async function createMember(server: TestServer, adminToken: string, workspaceId: string, email: string, role: string): Promise<string> {
  const invited = ok(
    await server.gql<{ inviteMember: { token: string } }>(
      'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token } }',
      { input: { workspaceId, email, role } },
      adminToken,
    ),
  );
  const accepted = ok(
    await server.gql<{ acceptInvitation: { token: string } }>(
      'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token } }',
      { input: { token: invited.inviteMember.token, name: email.split('@')[0], password: PASSWORD } },
    ),
  );
  return accepted.acceptInvitation.token;
}

export async function createApiKey(server: TestServer, token: string, workspaceId: string, role: string): Promise<{ id: string; secret: string }> {
  const data = ok(
    await server.gql<{ createApiKey: { apiKey: { id: string }; secret: string } }>(
      'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }',
      { input: { workspaceId, name: `${role} key`, role } },
      token,
    ),
  );
  return { id: data.createApiKey.apiKey.id, secret: data.createApiKey.secret };
}

const PENDING_CONNECTION = `query($workspaceId: ID!, $id: ID!) { pendingChannelConnection(workspaceId: $workspaceId, id: $id) {
  id type reconnectChannelId accounts { id name details connectedChannelId } } }`;
const COMPLETE_CONNECTION = `mutation($input: CompleteChannelConnectionInput!) { completeChannelConnection(input: $input) {
  channels { id status displayName externalAccountId externalAccountName } failures { accountId code message } } }`;

/**
 * What the user who began connecting does when the connect callback sends the browser back with
 * `connect=choose`: reads the pending consent and confirms it, connecting the accounts `choose` picks among those
 * it lists (by default all). Throws when the callback did not hold a consent.
 */
export async function confirmConsent(server: TestServer, token: string, callbackOutcome: URL, choose?: (accounts: Array<{ id: string; name: string; details: string | null }>) => string[]) {
  const params = Object.fromEntries(callbackOutcome.searchParams);
  if (params.connect !== 'choose') throw new Error(`the connect callback held no consent: ${JSON.stringify(params)}`);
  const { workspaceId, pendingId } = params as { workspaceId: string; pendingId: string };
  const pending = ok(await server.gql(PENDING_CONNECTION, { workspaceId, id: pendingId }, token)).pendingChannelConnection;
  const input = { workspaceId, pendingId, accountIds: choose ? choose(pending.accounts) : pending.accounts.map((account: { id: string }) => account.id) };
  const completed = ok(await server.gql(COMPLETE_CONNECTION, { input }, token)).completeChannelConnection;
  return { pending, channel: completed.channels[0], channels: completed.channels, failures: completed.failures };
}
