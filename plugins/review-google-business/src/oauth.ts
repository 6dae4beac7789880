import { DriverError, type ConnectableAccount, type HttpClient, type OAuthFlow } from '@rapport/plugin-sdk';
import { BUSINESS_MANAGE_SCOPE, google, googleApi, urlsOf } from './api.js';

/** Account Management API `Account` (https://developers.google.com/my-business/reference/accountmanagement/rest/v1/accounts#Account). */
interface GoogleAccount {
  name: string;
  accountName?: string;
}

/** Business Information API `Location`, as far as the read mask asks (https://developers.google.com/my-business/reference/businessinformation/rest/v1/accounts.locations#Location). */
export interface GoogleLocation {
  name: string;
  title?: string;
  storefrontAddress?: { addressLines?: string[]; locality?: string; postalCode?: string; regionCode?: string };
  metadata?: { mapsUri?: string };
}

/** The Business Information fields Rapport reads (`readMask` is required by locations.list and locations.get). */
export const LOCATION_READ_MASK = 'name,title,storefrontAddress,metadata';

/** Largest pages the APIs take: accounts.list 20, locations.list 100. */
const ACCOUNTS_PAGE_SIZE = 20;
const LOCATIONS_PAGE_SIZE = 100;
/** Enough for any agency; a consent covering more is refused rather than listed partly. */
const MAX_LOCATIONS = 1000;

/**
 * Connecting by consent (https://developers.google.com/identity/protocols/oauth2/web-server): the app is your
 * Google Cloud project's OAuth client (plugin options `clientId`, `clientSecret`); PKCE S256; `access_type=offline`
 * and `prompt=consent` so Google issues a refresh token every time (Rapport renews the hour-long access tokens
 * with it). One consent covers every location the Google user manages: they are listed (accounts.list, then
 * locations.list per account) and the user chooses which to connect, one channel each.
 */
export const googleBusinessOAuth: OAuthFlow = {
  scopes: [BUSINESS_MANAGE_SCOPE],
  pkce: true,
  clientAuthentication: 'client_secret_post',
  authorizationParams: { access_type: 'offline', prompt: 'consent', include_granted_scopes: 'true' },
  endpoints: (ctx) => {
    const urls = urlsOf(ctx.options);
    return { authorizationUrl: urls.authorizationUrl, tokenUrl: urls.tokenUrl };
  },
  client: (ctx) => {
    const { clientId, clientSecret } = ctx.options;
    if (typeof clientId !== 'string' || typeof clientSecret !== 'string') {
      throw new DriverError('Google Business Profile needs the plugin options clientId and clientSecret (your OAuth client) to connect by consent', 'invalid');
    }
    return { clientId, clientSecret };
  },
  async listConnectableAccounts(ctx, tokens) {
    const urls = urlsOf(ctx.options);
    const accounts = await allPages<GoogleAccount>(googleApi(ctx.http, urls.accountManagementUrl, tokens.accessToken), '/v1/accounts', 'accounts', { pageSize: ACCOUNTS_PAGE_SIZE }, 'Listing accounts');
    const information = googleApi(ctx.http, urls.businessInformationUrl, tokens.accessToken);
    const found: ConnectableAccount[] = [];
    for (const account of accounts) {
      const locations = await allPages<GoogleLocation>(information, `/v1/${account.name}/locations`, 'locations', { pageSize: LOCATIONS_PAGE_SIZE, readMask: LOCATION_READ_MASK }, 'Listing locations');
      for (const location of locations) found.push(connectableLocation(account, location));
      if (found.length > MAX_LOCATIONS) throw new DriverError(`This Google user manages more than ${MAX_LOCATIONS} locations; connect them with a user who manages fewer`, 'invalid');
    }
    // A location managed through several accounts (e.g. a personal one and a location group) is listed once.
    return [...new Map(found.map((account) => [account.id, account])).values()];
  },
  credentials: (tokens, _connection, account) => {
    if (!account) throw new DriverError('Google Business Profile connects one location at a time: choose which', 'invalid');
    return { accessToken: tokens.accessToken, location: account.id };
  },
};

/** A location as the v4 reviews API names it (accounts/{a}/locations/{l}), with its title and address. */
function connectableLocation(account: GoogleAccount, location: GoogleLocation): ConnectableAccount {
  const locationId = location.name.replace(/^locations\//, '');
  const address = location.storefrontAddress;
  const where = address ? [...(address.addressLines ?? []), [address.postalCode, address.locality].filter(Boolean).join(' ')].filter(Boolean).join(', ') : '';
  const details = [where, account.accountName ? `account ${account.accountName}` : ''].filter(Boolean).join(' · ');
  return { id: `${account.name}/locations/${locationId}`, name: location.title || location.name, ...(details ? { details } : {}) };
}

/** Every page of a Google list (`pageToken` / `nextPageToken`). */
async function allPages<T>(api: HttpClient, path: string, field: string, query: Record<string, string | number>, what: string): Promise<T[]> {
  const items: T[] = [];
  let pageToken: string | undefined;
  do {
    const page = await google(what, () => api.get(path, { query: { ...query, pageToken } }));
    const body = page.json<Record<string, unknown>>();
    items.push(...((body[field] as T[] | undefined) ?? []));
    pageToken = typeof body.nextPageToken === 'string' && body.nextPageToken ? body.nextPageToken : undefined;
  } while (pageToken);
  return items;
}
