import type { DriverContext, PluginLogger } from '../context.js';
import { silentLogger } from '../context.js';
import { createHttpClient, type HttpClient } from '../http.js';
import { createMemoryStore, type KeyValueStore } from '../store.js';

export interface TestContextOptions {
  credentials: Record<string, unknown>;
  options?: Record<string, unknown>;
  /** Base URL of the host's HTTP client (usually a fake server's `url`). */
  baseUrl?: string;
  http?: HttpClient;
  store?: KeyValueStore;
  logger?: PluginLogger;
  channelId?: string;
}

/** A DriverContext as the host would build it, with an in-memory store and a silent logger. */
export function createTestContext(init: TestContextOptions): DriverContext {
  return {
    credentials: init.credentials,
    options: init.options ?? {},
    http: init.http ?? createHttpClient({ baseUrl: init.baseUrl, timeoutMs: 5_000 }),
    logger: init.logger ?? silentLogger,
    store: init.store ?? createMemoryStore(),
    channelId: init.channelId,
  };
}
