import { DriverError, refreshAccessToken, type OAuthFlow } from '@rapport/plugin-sdk';
import { settingsOf, stringOf, TOKEN_PATH } from './api.js';

/**
 * Connecting a business unit by its business user's consent: the authorization code grant
 * (https://developers.trustpilot.com/grant-type-auth-code). The browser goes to authenticate.trustpilot.com with the
 * application's API key as `client_id`; the code is exchanged at the token endpoint with the key and secret as HTTP
 * Basic credentials, and renewed at `…/refresh` with the refresh token (access tokens last 100 hours, refresh tokens
 * 30 days: https://developers.trustpilot.com/authentication). Trustpilot documents neither scopes nor PKCE, so
 * Rapport sends none. The "server" asked for is the business's domain on Trustpilot, looked up with
 * `GET /v1/business-units/find` once connected.
 */
export const trustpilotOAuth: OAuthFlow = {
  instance: { required: true, label: 'Business domain on Trustpilot (as in trustpilot.com/review/<domain>)' },
  scopes: [],
  pkce: false,
  clientAuthentication: 'client_secret_basic',

  endpoints: (ctx) => {
    const settings = settingsOf(ctx.options);
    return { authorizationUrl: settings.authenticateUrl, tokenUrl: `${settings.baseUrl}${TOKEN_PATH}` };
  },

  client: (ctx) => {
    const clientId = stringOf(ctx.options.apiKey);
    const clientSecret = stringOf(ctx.options.apiSecret);
    if (!clientId || !clientSecret) throw new DriverError('connecting Trustpilot by consent needs the plugin options apiKey and apiSecret (your Trustpilot application)', 'invalid');
    return { clientId, clientSecret };
  },

  credentials: (tokens, { instanceUrl }) => {
    // app_enduser is the business user who consented: replies are written as them.
    const businessUserId = typeof tokens.raw.app_enduser === 'string' && tokens.raw.app_enduser ? tokens.raw.app_enduser : undefined;
    return { businessUnit: new URL(instanceUrl!).host, accessToken: tokens.accessToken, ...(businessUserId ? { businessUserId } : {}) };
  },

  // Trustpilot renews at its own endpoint beside the token endpoint, otherwise as RFC 6749 §6.
  refresh: (ctx, request) =>
    refreshAccessToken(ctx.http, {
      tokenUrl: new URL('refresh', request.endpoints.tokenUrl).toString(),
      client: request.client,
      clientAuthentication: 'client_secret_basic',
      refreshToken: request.refreshToken,
    }),
};
