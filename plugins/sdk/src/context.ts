import type { HttpClient } from './http.js';
import type { KeyValueStore } from './store.js';

export interface PluginLogger {
  debug(message: string, meta?: Record<string, unknown>): void;
  info(message: string, meta?: Record<string, unknown>): void;
  warn(message: string, meta?: Record<string, unknown>): void;
  error(message: string, meta?: Record<string, unknown>): void;
}

/** What the host passes to every driver method. Drivers never touch the database. */
export interface DriverContext {
  /** The channel's credentials, decrypted and validated against the driver's `credentialsSchema`. */
  credentials: Record<string, unknown>;
  /** The plugin's options from the Rapport config, validated against its `configSchema`. */
  options: Record<string, unknown>;
  /** HTTP client; use `http.extend({ baseUrl, headers })` for per-account URLs and auth. */
  http: HttpClient;
  logger: PluginLogger;
  store: KeyValueStore;
  /** The connected channel (or review source) this call is for, when there is one. */
  channelId?: string;
}

/** A logger that drops everything, for tests. */
export const silentLogger: PluginLogger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
};
