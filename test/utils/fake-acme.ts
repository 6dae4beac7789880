import { startFakeServer, type FakeServer } from '@rapport/plugin-sdk/testing';
import { resolve } from 'node:path';
import type { PluginEntry } from '../../apps/server/src/plugins/plugin-config.js';

export const ACME_TOKEN = 'acme-token-GOOD-1234567';

export interface FakeAcme {
  server: FakeServer;
  /** Tokens the fake accepts; delete one to simulate revocation. */
  validTokens: Set<string>;
  /** The account id each token belongs to (`acct_42` unless set here). */
  accounts: Map<string, string>;
  /** While true, the API answers 503 (maintenance). */
  down: boolean;
  /** The fixture plugin (test/fixtures/plugins/acme-network) pointed at this fake. */
  plugin: PluginEntry;
}

/** "Acme Social" as its docs describe it: bearer token auth, 401 for a bad token, 503 in maintenance. */
export async function startFakeAcme(): Promise<FakeAcme> {
  const acme = { validTokens: new Set([ACME_TOKEN]), accounts: new Map(), down: false } as FakeAcme;
  acme.server = await startFakeServer({
    'GET /v2/me': (request) => {
      if (acme.down) return { status: 503, json: { error: 'maintenance' } };
      const token = request.headers.authorization?.replace(/^Bearer /, '');
      if (!token || !acme.validTokens.has(token)) return { status: 401, json: { error: 'invalid_token' } };
      return { json: { id: acme.accounts.get(token) ?? 'acct_42', handle: '@petstore_lyon', profile_url: 'https://acme.example/petstore_lyon' } };
    },
  });
  acme.plugin = { specifier: resolve('test/fixtures/plugins/acme-network'), baseDir: '/', options: { baseUrl: acme.server.url } };
  return acme;
}
