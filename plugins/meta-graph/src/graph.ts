import { createHmac } from 'node:crypto';
import { DriverError, formBody, retryAfterOf, type FormValue, type HttpClient, type HttpResponse, type KeyValueStore, type QueryValue } from '@rapport/plugin-sdk';
import { graphError, graphErrorOf, retryAfterFromUsage } from './errors.js';

/** Where and as whom Graph API calls go. */
export interface GraphTarget {
  /** Named in error messages: "Facebook", "Instagram", "Threads". */
  network: string;
  /** The API's origin, e.g. `https://graph.facebook.com` (a fake's URL in tests). */
  baseUrl: string;
  /** Every path is prefixed with it (`v23.0`, Threads' `v1.0`): the version is chosen, never left to the app's default. */
  version: string;
  accessToken: string;
  /** When set, every call carries `appsecret_proof` (the app's "Require App Secret" setting demands it). */
  appSecret?: string;
}

export type GraphParams = Record<string, FormValue>;

/** One page of a Graph API list (https://developers.facebook.com/docs/graph-api/results). */
export interface GraphPage<T> {
  data: T[];
  paging?: { cursors?: { before?: string; after?: string }; next?: string; previous?: string };
}

export interface GraphClient {
  get<T>(path: string, query?: Record<string, QueryValue>): Promise<T>;
  /** Parameters as an `application/x-www-form-urlencoded` body, as the Graph API takes them. */
  post<T>(path: string, params?: GraphParams): Promise<T>;
  /** A JSON body, for endpoints documented with one (the Send API). */
  postJson<T>(path: string, body: unknown): Promise<T>;
  delete<T>(path: string): Promise<T>;
  /** Every item of a list, following `paging.cursors.after` while `paging.next` says there is more, up to `max`. */
  list<T>(path: string, query?: Record<string, QueryValue>, max?: number): Promise<T[]>;
}

/** What the client needs of a driver or OAuth context; with a store it also keeps the app's throttling window. */
export interface GraphCaller {
  http: HttpClient;
  store?: KeyValueStore;
}

/** Kept per channel while Meta throttles the app or account: when calls may resume. */
const BLOCKED_KEY = 'graph:blocked-until';
const DEFAULT_PAGE_SIZE = 100;

/** `appsecret_proof`: the hex HMAC-SHA256 of the access token keyed with the app secret (https://developers.facebook.com/docs/graph-api/security#appsecret_proof). */
export function appSecretProof(accessToken: string, appSecret: string): string {
  return createHmac('sha256', appSecret).update(accessToken).digest('hex');
}

/**
 * A Graph API client over the host's guarded HTTP client: `/<version>/<path>` on the target's origin, the access
 * token (and its `appsecret_proof`) in the query, parameters as a form, refusals in the error taxonomy
 * (`graphError`). It watches the usage headers: while a response or an error says the app or account is throttled
 * (`X-Business-Use-Case-Usage` with `estimated_time_to_regain_access`, `X-App-Usage` at 100%), no call is made and
 * each fails as `retry` with the time left, so a throttled channel waits rather than digging deeper.
 */
export function graphClient(caller: GraphCaller, target: GraphTarget): GraphClient {
  const http = caller.http.extend({ baseUrl: `${target.baseUrl.replace(/\/+$/, '')}/${target.version}` });
  const auth: Record<string, string> = { access_token: target.accessToken };
  if (target.appSecret) auth.appsecret_proof = appSecretProof(target.accessToken, target.appSecret);

  async function call(method: 'GET' | 'POST' | 'DELETE', path: string, query: Record<string, QueryValue>, body?: { body: Uint8Array; contentType: string }): Promise<HttpResponse> {
    const blockedUntil = await caller.store?.get<string>(BLOCKED_KEY);
    if (blockedUntil && Date.parse(blockedUntil) > Date.now()) {
      throw new DriverError(`${target.network} throttles this app until ${blockedUntil}`, 'retry', { retryAfterSeconds: secondsUntil(blockedUntil) });
    }
    let response: HttpResponse;
    try {
      response = await http.request(method, path, {
        query: { ...query, ...auth },
        ...(body ? { body: body.body, headers: { 'content-type': body.contentType } } : {}),
      });
    } catch (error) {
      const mapped = graphError(target.network, error);
      const wait = retryAfterOf(mapped);
      if (caller.store && wait) await caller.store.set(BLOCKED_KEY, new Date(Date.now() + wait * 1000).toISOString());
      throw mapped;
    }
    const throttled = retryAfterFromUsage(response.headers);
    if (caller.store && throttled) await caller.store.set(BLOCKED_KEY, new Date(Date.now() + throttled * 1000).toISOString());
    else if (caller.store && blockedUntil) await caller.store.delete(BLOCKED_KEY);
    return response;
  }

  const json = async <T>(response: Promise<HttpResponse>): Promise<T> => {
    const answered = await response;
    return (answered.text ? answered.json<T>() : {}) as T;
  };

  return {
    get: (path, query = {}) => json(call('GET', path, query)),
    post: (path, params = {}) => json(call('POST', path, {}, formBody(params))),
    postJson: (path, body) => json(call('POST', path, {}, { body: Buffer.from(JSON.stringify(body), 'utf8'), contentType: 'application/json' })),
    delete: (path) => json(call('DELETE', path, {})),
    async list<T>(path: string, query: Record<string, QueryValue> = {}, max = 1000): Promise<T[]> {
      const items: T[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await json<GraphPage<T>>(call('GET', path, { limit: DEFAULT_PAGE_SIZE, ...query, after }));
        items.push(...(page.data ?? []));
        after = page.paging?.cursors?.after;
        if (!page.paging?.next || !after || items.length >= max) return items.slice(0, max);
      }
    },
  };
}

/** A Graph path segment from an id: ids are digits and underscores, but a stored one is never trusted into a path. */
export function node(id: string): string {
  return encodeURIComponent(id);
}

/** Deletes an object; one already gone (code 100, subcode 33 "does not exist") counts as deleted: what was asked is true. */
export async function deleteGraphObject(graph: GraphClient, id: string): Promise<void> {
  try {
    await graph.delete(node(id));
  } catch (error) {
    const refusal = graphErrorOf(error);
    if (refusal?.code === 100 && refusal.error_subcode === 33) return;
    throw error;
  }
}

function secondsUntil(iso: string): number {
  return Math.max(1, Math.ceil((Date.parse(iso) - Date.now()) / 1000));
}
