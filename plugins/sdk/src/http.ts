import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { DriverError, isDriverError, type ErrorClassification } from './errors.js';
import { createOutboundGuard, isOutboundBlockedError, type OutboundGuard } from './outbound-guard.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD';

export type QueryValue = string | number | boolean | null | undefined;

export interface HttpRequestOptions {
  /** Appended to the URL; `null`/`undefined` values are left out. */
  query?: Record<string, QueryValue>;
  /** Serialised as the JSON body, with `content-type: application/json`. */
  json?: unknown;
  /** A raw body (e.g. an image upload) instead of `json`; give its `content-type` in `headers`. */
  body?: Uint8Array;
  headers?: Record<string, string>;
  /** Overrides the client's timeout for this request. */
  timeoutMs?: number;
  /** `false` answers a redirect as the non-2xx response it is (an HttpError) instead of following it. Default `true`. */
  followRedirects?: boolean;
}

export interface HttpResponse {
  status: number;
  /** Response headers, names in lower case. */
  headers: Record<string, string>;
  /** Raw body text. */
  text: string;
  /** The body's bytes, for binary content such as images. */
  bytes: Buffer;
  /** The body parsed as JSON (throws if it is not JSON). */
  json<T = unknown>(): T;
}

export interface HttpClientOptions {
  /** Prefix of relative request paths. May be left out if every path is an absolute URL. */
  baseUrl?: string;
  timeoutMs?: number;
  /** Sent with every request; per-request headers win. */
  headers?: Record<string, string>;
  /**
   * Decides which destinations may be reached, redirects included. Without
   * one, loopback is allowed (plugin tests against local fake servers) and
   * other non-public addresses are refused; Rapport passes its configured guard.
   */
  guard?: OutboundGuard;
}

export interface HttpClient {
  request(method: HttpMethod, path: string, options?: HttpRequestOptions): Promise<HttpResponse>;
  get(path: string, options?: Omit<HttpRequestOptions, 'json'>): Promise<HttpResponse>;
  post(path: string, options?: HttpRequestOptions): Promise<HttpResponse>;
  put(path: string, options?: HttpRequestOptions): Promise<HttpResponse>;
  delete(path: string, options?: HttpRequestOptions): Promise<HttpResponse>;
  /**
   * A client sharing this one's settings with another base URL and/or extra
   * headers: how a driver points the host's client at one account's API and
   * adds its authorization. The guard is kept: a driver cannot loosen it.
   */
  extend(options: Omit<HttpClientOptions, 'guard'>): HttpClient;
}

// Brands rather than `instanceof`, as for DriverError.
const HTTP_ERROR = Symbol.for('@rapport/plugin-sdk/HttpError');
const NETWORK_ERROR = Symbol.for('@rapport/plugin-sdk/NetworkError');

/** A response with a non-2xx status. */
export class HttpError extends Error {
  override name = 'HttpError';
  readonly [HTTP_ERROR] = true;
  readonly status: number;
  readonly method: string;
  readonly url: string;
  /** Response body: parsed JSON when it is JSON, otherwise the text. */
  readonly body: unknown;
  readonly headers: Record<string, string>;
  /** Seconds to wait before retrying, from the Retry-After header (delta-seconds or HTTP date). */
  readonly retryAfter: number | undefined;

  constructor(init: { status: number; method: string; url: string; body?: unknown; headers?: Record<string, string> }) {
    // The body stays out of the message: messages reach API callers and logs, upstream bodies may hold anything.
    super(`${init.method} ${withoutQuery(init.url)} failed with HTTP ${init.status}`);
    this.status = init.status;
    this.method = init.method;
    this.url = init.url;
    this.body = init.body;
    this.headers = lowerCaseKeys(init.headers ?? {});
    this.retryAfter = parseRetryAfter(this.headers['retry-after']);
  }
}

/** The request got no response: connection failure or timeout. */
export class NetworkError extends Error {
  override name = 'NetworkError';
  readonly [NETWORK_ERROR] = true;
  readonly method: string;
  readonly url: string;
  readonly timedOut: boolean;

  constructor(init: { method: string; url: string; cause: unknown; timedOutAfterMs?: number }) {
    const reason = init.timedOutAfterMs !== undefined ? `timed out after ${init.timedOutAfterMs} ms` : `failed: ${describeCause(init.cause)}`;
    super(`${init.method} ${withoutQuery(init.url)} ${reason}`, { cause: init.cause });
    this.method = init.method;
    this.url = init.url;
    this.timedOut = init.timedOutAfterMs !== undefined;
  }
}

export function isHttpError(error: unknown): error is HttpError {
  return typeof error === 'object' && error !== null && HTTP_ERROR in error;
}

export function isNetworkError(error: unknown): error is NetworkError {
  return typeof error === 'object' && error !== null && NETWORK_ERROR in error;
}

/**
 * Maps an error from the SDK's HTTP client to the driver error taxonomy:
 * 429, 5xx, network failures and timeouts → `retry`; 401/403 → `reauthorize`;
 * 400/404/409/410/413/422 → `invalid`; a `DriverError` keeps its own
 * classification; a destination refused by the outbound guard and anything
 * else → `fatal`.
 */
export function classifyHttpError(error: unknown): ErrorClassification {
  if (isDriverError(error)) return error.classification;
  if (isHttpError(error)) return classifyStatus(error.status);
  if (isNetworkError(error) || isFetchTransportError(error)) return 'retry';
  return 'fatal';
}

const INVALID_STATUSES = new Set([400, 404, 409, 410, 413, 422]);

function classifyStatus(status: number): ErrorClassification {
  if (status === 429 || status === 408 || status >= 500) return 'retry';
  if (status === 401 || status === 403) return 'reauthorize';
  if (INVALID_STATUSES.has(status)) return 'invalid';
  return 'fatal';
}

/** Errors thrown by a bare `fetch` (for drivers that use their own). */
function isFetchTransportError(error: unknown): boolean {
  const name = errorName(error);
  return name === 'TimeoutError' || (name === 'TypeError' && (error as Error).message === 'fetch failed');
}

// By name, not `instanceof`: fetch's DOMException and TypeError may come from
// another realm (e.g. a test runner's VM context) than this module's Error.
function errorName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : undefined;
}

/**
 * Seconds the network asked to wait before the next try: an HttpError's
 * Retry-After, or a DriverError's `retryAfterSeconds`; undefined when it said nothing.
 */
export function retryAfterOf(error: unknown): number | undefined {
  if (isHttpError(error)) return error.retryAfter;
  if (isDriverError(error)) return error.retryAfterSeconds;
  return undefined;
}

export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** The URL without its query string, which may carry tokens. */
function withoutQuery(url: string): string {
  const parsed = URL.canParse(url) ? new URL(url) : null;
  return parsed ? `${parsed.origin}${parsed.pathname}` : url;
}

function describeCause(cause: unknown): string {
  const { message, cause: inner } = (cause ?? {}) as { message?: unknown; cause?: { message?: unknown } };
  if (typeof message !== 'string') return String(cause);
  // undici reports the socket-level reason (ECONNREFUSED, ...) as the cause of "fetch failed".
  return typeof inner?.message === 'string' ? `${message} (${inner.message})` : message;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const MAX_REDIRECTS = 10;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Sent to the first URL only: a redirect to another origin must not carry the account's credentials. */
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

let defaultGuard: OutboundGuard | undefined;

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  bytes: Buffer;
}

/**
 * An HTTP client with timeouts, JSON helpers and typed errors. Every request,
 * and every redirect it follows, passes the outbound guard, which also
 * resolves host names so the connection goes to the address it checked.
 */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const defaultHeaders = lowerCaseKeys(options.headers ?? {});
  const guard = options.guard ?? (defaultGuard ??= createOutboundGuard({ allowLoopback: true }));

  async function request(method: HttpMethod, path: string, init: HttpRequestOptions = {}): Promise<HttpResponse> {
    const url = buildUrl(options.baseUrl, path, init.query);
    const headers: Record<string, string> = { accept: 'application/json', ...defaultHeaders, ...lowerCaseKeys(init.headers ?? {}) };
    let body: string | Buffer | undefined;
    if (init.json !== undefined) {
      body = JSON.stringify(init.json);
      headers['content-type'] ??= 'application/json';
    } else if (init.body !== undefined) {
      body = Buffer.from(init.body.buffer, init.body.byteOffset, init.body.byteLength);
    }

    const requestTimeoutMs = init.timeoutMs ?? timeoutMs;
    const signal = AbortSignal.timeout(requestTimeoutMs);
    let response: RawResponse;
    try {
      const outgoing = { method, url: new URL(url), headers, body };
      response = init.followRedirects === false ? await send(guard, outgoing, signal) : await followRedirects(guard, outgoing, signal);
    } catch (error) {
      if (isOutboundBlockedError(error) || isDriverError(error)) throw error;
      const timedOut = signal.aborted && errorName(signal.reason) === 'TimeoutError';
      throw new NetworkError({ method, url, cause: error, timedOutAfterMs: timedOut ? requestTimeoutMs : undefined });
    }

    const text = response.bytes.toString('utf8');
    if (response.status < 200 || response.status > 299) {
      throw new HttpError({ status: response.status, method, url, body: parseBodyLeniently(text), headers: response.headers });
    }
    return {
      status: response.status,
      headers: response.headers,
      text,
      bytes: response.bytes,
      json<T>() {
        return JSON.parse(text) as T;
      },
    };
  }

  return {
    request,
    get: (path, init) => request('GET', path, init),
    post: (path, init) => request('POST', path, init),
    put: (path, init) => request('PUT', path, init),
    delete: (path, init) => request('DELETE', path, init),
    extend: (extra) =>
      createHttpClient({
        baseUrl: extra.baseUrl ?? options.baseUrl,
        timeoutMs: extra.timeoutMs ?? timeoutMs,
        headers: { ...defaultHeaders, ...lowerCaseKeys(extra.headers ?? {}) },
        guard,
      }),
  };
}

interface OutgoingRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: string | Buffer | undefined;
}

/** Follows redirects as fetch does (303, and 301/302 after a POST, become GET), each hop checked by the guard. */
async function followRedirects(guard: OutboundGuard, first: OutgoingRequest, signal: AbortSignal): Promise<RawResponse> {
  let current = first;
  for (let hop = 0; ; hop++) {
    const response = await send(guard, current, signal);
    const location = response.headers.location;
    if (!REDIRECT_STATUSES.has(response.status) || !location) return response;
    if (hop === MAX_REDIRECTS) throw new DriverError(`${first.method} ${withoutQuery(first.url.toString())} redirected more than ${MAX_REDIRECTS} times`, 'fatal');
    const url = new URL(location, current.url);
    const becomesGet = response.status === 303 ? current.method !== 'HEAD' : response.status <= 302 && current.method === 'POST';
    const headers = { ...current.headers };
    if (url.origin !== current.url.origin) for (const name of CREDENTIAL_HEADERS) delete headers[name];
    if (becomesGet) delete headers['content-type'];
    current = { method: becomesGet ? 'GET' : current.method, url, headers, body: becomesGet ? undefined : current.body };
  }
}

function send(guard: OutboundGuard, outgoing: OutgoingRequest, signal: AbortSignal): Promise<RawResponse> {
  const { method, url, body } = outgoing;
  guard.assertUrl(url);
  const headers = body === undefined ? outgoing.headers : { ...outgoing.headers, 'content-length': String(Buffer.byteLength(body)) };
  const requestFn = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = requestFn(url, { method, headers, signal, agent: guard.agentFor(url), lookup: guard.lookupFor(url) }, (response) => {
      const chunks: Buffer[] = [];
      decoded(response)
        .on('data', (chunk: Buffer) => chunks.push(chunk))
        .on('error', reject)
        .on('end', () => resolve({ status: response.statusCode ?? 0, headers: flattenHeaders(response), bytes: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

/** The body stream, decompressed when the server compressed it. */
function decoded(response: IncomingMessage): NodeJS.ReadableStream {
  switch (response.headers['content-encoding']?.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return response.pipe(createGunzip());
    case 'deflate':
      return response.pipe(createInflate());
    case 'br':
      return response.pipe(createBrotliDecompress());
    default:
      return response;
  }
}

function flattenHeaders(response: IncomingMessage): Record<string, string> {
  return Object.fromEntries(
    Object.entries(response.headers)
      .filter((entry): entry is [string, string | string[]] => entry[1] !== undefined)
      .map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]),
  );
}

function buildUrl(baseUrl: string | undefined, path: string, query: Record<string, QueryValue> | undefined): string {
  let url: URL;
  if (/^https?:\/\//i.test(path)) {
    url = new URL(path);
  } else if (baseUrl) {
    // Joined as text, not with `new URL(path, base)`, so a base path such as /api/v2 is kept.
    url = new URL(`${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`);
  } else {
    throw new DriverError(`Relative path "${path}" needs an HTTP client with a baseUrl`, 'fatal');
  }
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) url.searchParams.append(key, String(value));
  }
  return url.toString();
}

function parseBodyLeniently(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}
