import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** A request as the fake server received it. */
export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  /** Every value of each query parameter, in order: repeated ones such as `uris=a&uris=b` keep all their values. */
  queryAll: Record<string, string[]>;
  /** Header names in lower case; repeated headers joined with ', '. */
  headers: Record<string, string>;
  /** The body parsed as JSON; undefined when empty or not JSON. */
  json: unknown;
  rawBody: Buffer;
  /** Values of `:name` segments of the matched route. */
  params: Record<string, string>;
}

export interface FakeResponse {
  /** Defaults to 200, or 204 when there is no body. */
  status?: number;
  json?: unknown;
  text?: string;
  /** Raw bytes (e.g. an image); give the `content-type` in `headers`. */
  body?: Uint8Array;
  headers?: Record<string, string>;
  /** Wait this long before answering, e.g. to provoke a client timeout. */
  delayMs?: number;
  /** Close the connection without answering (after `delayMs`), as a network whose answer is lost does. */
  dropConnection?: boolean;
}

export type FakeHandler = (request: RecordedRequest) => FakeResponse | void | Promise<FakeResponse | void>;

/** Routes keyed by `'METHOD /path/:param'`, e.g. `'GET /v1/posts/:id'`. */
export type FakeRoutes = Record<string, FakeHandler>;

export interface FakeServerOptions {
  /** Defaults to 0: a free port. */
  port?: number;
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** Defaults to true; turn off for long-running servers, whose log would only grow. */
  recordRequests?: boolean;
}

export interface FakeServer {
  /** Base URL, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  url: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  close(): Promise<void>;
}

interface CompiledRoute {
  method: string;
  pattern: RegExp;
  paramNames: string[];
  handler: FakeHandler;
}

/**
 * Starts a local HTTP server (127.0.0.1, free port) that answers with
 * `handler`, or with the matching route (404 when none matches), and records
 * every request for assertions. A handler that throws answers 500.
 */
export async function startFakeServer(handlerOrRoutes: FakeHandler | FakeRoutes, options: FakeServerOptions = {}): Promise<FakeServer> {
  const handle = typeof handlerOrRoutes === 'function' ? handlerOrRoutes : createRouter(handlerOrRoutes);
  const requests: RecordedRequest[] = [];
  // Aborted on close, so delayed responses don't keep timers alive after the test.
  const closing = new AbortController();

  const server = createServer((incoming, outgoing) => {
    void respond(incoming, outgoing);
  });

  async function respond(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    const request = await readRequest(incoming);
    if (options.recordRequests !== false) requests.push(request);
    let response: FakeResponse;
    try {
      response = (await handle(request)) ?? {};
    } catch (error) {
      response = { status: 500, json: { error: (error as Error).message } };
    }
    if (response.delayMs) {
      try {
        await sleep(response.delayMs, undefined, { signal: closing.signal });
      } catch {
        return;
      }
    }
    if (response.dropConnection) {
      outgoing.socket?.destroy();
      return;
    }
    writeResponse(outgoing, response);
  }

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        closing.abort();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * A handler that dispatches to `routes` by method and path, filling
 * `request.params`; it answers 404 when no route matches.
 */
export function createRouter(routes: FakeRoutes): FakeHandler {
  const compiled = Object.entries(routes).map(([key, handler]) => compileRoute(key, handler));
  return (request) => {
    for (const route of compiled) {
      if (route.method !== request.method) continue;
      const match = route.pattern.exec(request.path);
      if (!match) continue;
      route.paramNames.forEach((name, index) => {
        request.params[name] = decodeURIComponent(match[index + 1]!);
      });
      return route.handler(request);
    }
    return { status: 404, json: { error: `no fake route for ${request.method} ${request.path}` } };
  };
}

function compileRoute(key: string, handler: FakeHandler): CompiledRoute {
  const [method, path] = key.trim().split(/\s+/);
  if (!method || !path) throw new Error(`Fake route "${key}" must look like "GET /path/:param"`);
  const paramNames: string[] = [];
  const source = path
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      paramNames.push(segment.slice(1));
      return '([^/]+)';
    })
    .join('/');
  return { method: method.toUpperCase(), pattern: new RegExp(`^${source}$`), paramNames, handler };
}

async function readRequest(incoming: IncomingMessage): Promise<RecordedRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const rawBody = Buffer.concat(chunks);
  const url = new URL(incoming.url ?? '/', 'http://fake.invalid');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return {
    method: incoming.method ?? 'GET',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    queryAll: [...url.searchParams].reduce<Record<string, string[]>>((all, [name, value]) => ({ ...all, [name]: [...(all[name] ?? []), value] }), {}),
    headers,
    json: parseJson(rawBody),
    rawBody,
    params: {},
  };
}

function parseJson(body: Buffer): unknown {
  if (body.length === 0) return undefined;
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

function writeResponse(outgoing: ServerResponse, response: FakeResponse): void {
  const headers = Object.fromEntries(
    Object.entries(response.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
  );
  let body: string | Uint8Array | undefined;
  if (response.body !== undefined) {
    body = response.body;
    headers['content-type'] ??= 'application/octet-stream';
  } else if (response.json !== undefined) {
    body = JSON.stringify(response.json);
    headers['content-type'] ??= 'application/json';
  } else if (response.text !== undefined) {
    body = response.text;
    headers['content-type'] ??= 'text/plain; charset=utf-8';
  }
  outgoing.writeHead(response.status ?? (body === undefined ? 204 : 200), headers);
  outgoing.end(body);
}
