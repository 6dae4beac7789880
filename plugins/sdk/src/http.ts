import { DriverError, isDriverError, type ErrorClassification } from './errors.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD';

export type QueryValue = string | number | boolean | null | undefined;

export interface HttpRequestOptions {
  /** Appended to the URL; `null`/`undefined` values are left out. */
  query?: Record<string, QueryValue>;
  /** Serialised as the JSON body, with `content-type: application/json`. */
  json?: unknown;
  headers?: Record<string, string>;
  /** Overrides the client's timeout for this request. */
  timeoutMs?: number;
}

export interface HttpResponse {
  status: number;
  /** Response headers, names in lower case. */
  headers: Record<string, string>;
  /** Raw body text. */
  text: string;
  /** The body parsed as JSON (throws if it is not JSON). */
  json<T = unknown>(): T;
}

export interface HttpClientOptions {
  /** Prefix of relative request paths. May be left out if every path is an absolute URL. */
  baseUrl?: string;
  timeoutMs?: number;
  /** Sent with every request; per-request headers win. */
  headers?: Record<string, string>;
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
   * adds its authorization.
   */
  extend(options: HttpClientOptions): HttpClient;
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
    super(`${init.method} ${init.url} failed with HTTP ${init.status}${describeBody(init.body)}`);
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
    super(`${init.method} ${init.url} ${reason}`, { cause: init.cause });
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
 * classification; anything else → `fatal`.
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

export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

function describeBody(body: unknown): string {
  if (body === undefined || body === '') return '';
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return `: ${text.length > 300 ? `${text.slice(0, 300)}…` : text}`;
}

function describeCause(cause: unknown): string {
  const { message, cause: inner } = (cause ?? {}) as { message?: unknown; cause?: { message?: unknown } };
  if (typeof message !== 'string') return String(cause);
  // undici reports the socket-level reason (ECONNREFUSED, ...) as the cause of "fetch failed".
  return typeof inner?.message === 'string' ? `${message} (${inner.message})` : message;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/** An HTTP client on global `fetch` with timeouts, JSON helpers and typed errors. */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const defaultHeaders = lowerCaseKeys(options.headers ?? {});

  async function request(method: HttpMethod, path: string, init: HttpRequestOptions = {}): Promise<HttpResponse> {
    const url = buildUrl(options.baseUrl, path, init.query);
    const headers: Record<string, string> = { accept: 'application/json', ...defaultHeaders, ...lowerCaseKeys(init.headers ?? {}) };
    let body: string | undefined;
    if (init.json !== undefined) {
      body = JSON.stringify(init.json);
      headers['content-type'] ??= 'application/json';
    }

    const requestTimeoutMs = init.timeoutMs ?? timeoutMs;
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, { method, headers, body, signal: AbortSignal.timeout(requestTimeoutMs) });
      text = await response.text();
    } catch (error) {
      const timedOut = errorName(error) === 'TimeoutError';
      throw new NetworkError({ method, url, cause: error, timedOutAfterMs: timedOut ? requestTimeoutMs : undefined });
    }

    const responseHeaders = Object.fromEntries(response.headers.entries());
    if (!response.ok) {
      throw new HttpError({ status: response.status, method, url, body: parseBodyLeniently(text), headers: responseHeaders });
    }
    return {
      status: response.status,
      headers: responseHeaders,
      text,
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
      }),
  };
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
