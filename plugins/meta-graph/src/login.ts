import { DriverError, type ConnectableAccount, type OAuthContext, type OAuthFlow, type OAuthTokenSet } from '@rapport/plugin-sdk';
import { graphError } from './errors.js';
import { graphClient } from './graph.js';
import { FACEBOOK_DEFAULTS, metaAppSettings, type MetaAppSettings } from './settings.js';

/** A Page the consenting user manages, as `GET /me/accounts` lists it (https://developers.facebook.com/docs/pages-api/getting-started). */
export interface FacebookPage {
  id: string;
  name: string;
  /** The Page access token; from a long-lived user token it does not expire. */
  access_token?: string;
  category?: string;
  tasks?: string[];
  instagram_business_account?: { id: string; username?: string; name?: string };
}

export interface FacebookLoginOptions {
  network: string;
  scopes: string[];
  /** The accounts of the user's Pages to choose from (the Pages, or their Instagram accounts). */
  accounts(pages: FacebookPage[]): ConnectableAccount[];
  /** The channel credentials of the chosen account, made from its Page (and Page token). */
  credentials(pages: FacebookPage[], account: ConnectableAccount): Record<string, unknown>;
}

const PAGE_FIELDS = 'id,name,access_token,category,tasks,instagram_business_account{id,username,name}';

/**
 * Facebook Login for Business (https://developers.facebook.com/docs/facebook-login/guides/advanced/manual-flow),
 * shared by Pages and Instagram: the dialog at `/<version>/dialog/oauth`, the code exchanged with
 * `GET /oauth/access_token`, the short-lived user token exchanged for a long-lived one
 * (`grant_type=fb_exchange_token`, https://developers.facebook.com/docs/facebook-login/guides/access-long-lived),
 * and the user's Pages listed with their Page tokens (`GET /me/accounts`), among which the user chooses. Channels
 * keep the chosen Page's token: one made from a long-lived user token does not expire, so there is nothing to
 * refresh, and a revoked one answers code 190 (the channel becomes NEEDS_REAUTH).
 */
export function facebookLogin(options: FacebookLoginOptions): OAuthFlow {
  return {
    scopes: options.scopes,
    // Facebook documents PKCE only for its OIDC login, "still in testing"
    // (https://developers.facebook.com/documentation/facebook-login/guides/advanced/oidc-token); the manual flow
    // authenticates the exchange with the app secret, and `state` guards the redirect.
    pkce: false,
    endpoints: (ctx) => {
      const settings = settingsOf(ctx);
      return { authorizationUrl: `${settings.dialogUrl}/${settings.version}/dialog/oauth`, tokenUrl: `${settings.graphUrl}/${settings.version}/oauth/access_token` };
    },
    client: (ctx) => {
      const { appId, appSecret } = settingsOf(ctx);
      if (!appId || !appSecret) throw new DriverError(`Connecting ${options.network} needs the Meta app: set appId and appSecret in the plugin's options`, 'invalid');
      return { clientId: appId, clientSecret: appSecret };
    },
    async exchangeCode(ctx, { code, client, endpoints, connection }) {
      const exchange = async (query: Record<string, string>) => {
        try {
          return (await ctx.http.get(endpoints.tokenUrl, { query: { client_id: client.clientId, client_secret: client.clientSecret ?? '', ...query } })).json<{ access_token?: string }>();
        } catch (error) {
          throw graphError(options.network, error);
        }
      };
      const short = await exchange({ redirect_uri: connection.redirectUri, code });
      if (!short.access_token) throw new DriverError(`${options.network} answered the code exchange without an access_token`, 'fatal');
      const long = await exchange({ grant_type: 'fb_exchange_token', fb_exchange_token: short.access_token });
      if (!long.access_token) throw new DriverError(`${options.network} answered the long-lived token exchange without an access_token`, 'fatal');
      const pages = await userPages(ctx, long.access_token);
      // No expiresAt: the channels work with Page tokens, which do not expire (see above).
      return { accessToken: long.access_token, tokenType: 'bearer', raw: { pages: pages as unknown as Record<string, unknown>[] } } satisfies OAuthTokenSet;
    },
    listConnectableAccounts: async (_ctx, tokens) => options.accounts(pagesOf(tokens)),
    credentials: (tokens, _connection, account) => {
      if (!account) throw new DriverError(`${options.network}: choose which account to connect`, 'invalid');
      return options.credentials(pagesOf(tokens), account);
    },
  };
}

/** The Pages the user manages, every page of `/me/accounts`. */
async function userPages(ctx: OAuthContext, userToken: string): Promise<FacebookPage[]> {
  const settings = settingsOf(ctx);
  // No store: a throttled consent fails now rather than blocking every later connection of the plugin.
  const graph = graphClient({ http: ctx.http }, { network: 'Facebook', baseUrl: settings.graphUrl, version: settings.version, accessToken: userToken, appSecret: settings.appSecret });
  return graph.list<FacebookPage>('me/accounts', { fields: PAGE_FIELDS });
}

function pagesOf(tokens: OAuthTokenSet): FacebookPage[] {
  return Array.isArray(tokens.raw.pages) ? (tokens.raw.pages as unknown as FacebookPage[]) : [];
}

function settingsOf(ctx: Pick<OAuthContext, 'options'>): MetaAppSettings {
  return metaAppSettings(ctx.options, FACEBOOK_DEFAULTS);
}
