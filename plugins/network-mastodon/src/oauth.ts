import type { OAuthFlow } from '@rapport/plugin-sdk';
import { settingsOf } from './api.js';
import type { MastodonCredentialApplication } from './entities.js';

/** What Rapport does with the account, in Mastodon's granular scopes (https://docs.joinmastodon.org/api/oauth-scopes/). */
export const MASTODON_SCOPES = ['read:accounts', 'read:statuses', 'read:notifications', 'write:statuses', 'write:media'];

/**
 * Connecting on any server (https://docs.joinmastodon.org/spec/oauth/): Rapport registers itself once per
 * server with `POST /api/v1/apps` (cached, encrypted, by the host), sends the user to `/oauth/authorize`
 * with PKCE (S256, Mastodon 4.3+; older servers ignore it) and exchanges the code at `/oauth/token` with the
 * client secret in the form. Mastodon's tokens do not expire and it issues no refresh tokens: a revoked
 * token shows as HTTP 401, and the channel becomes NEEDS_REAUTH.
 */
export const mastodonOAuth: OAuthFlow = {
  instance: { required: true, label: 'Mastodon server' },
  scopes: MASTODON_SCOPES,
  pkce: true,
  clientAuthentication: 'client_secret_post',
  endpoints: (_ctx, { instanceUrl }) => ({ authorizationUrl: `${instanceUrl}/oauth/authorize`, tokenUrl: `${instanceUrl}/oauth/token` }),

  // https://docs.joinmastodon.org/methods/apps/#create
  async registerClient(ctx, { instanceUrl, redirectUri, scopes }) {
    const settings = settingsOf(ctx.options);
    const response = await ctx.http.post(`${instanceUrl}/api/v1/apps`, {
      json: { client_name: settings.appName, redirect_uris: [redirectUri], scopes: scopes.join(' '), ...(settings.website ? { website: settings.website } : {}) },
    });
    const app = response.json<MastodonCredentialApplication>();
    return { clientId: app.client_id, clientSecret: app.client_secret };
  },

  credentials: (tokens, { instanceUrl }) => ({ instanceUrl: instanceUrl!, accessToken: tokens.accessToken }),
};
