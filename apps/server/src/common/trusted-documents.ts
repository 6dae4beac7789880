import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { Logger } from '../logging/logger.js';

/** Apollo's persisted-query cache interface (KeyValueCache from @apollo/utils.keyvaluecache), as Apollo calls it. */
export interface KeyValueCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, options?: { ttl?: number | null }): Promise<void>;
  delete(key: string): Promise<boolean | void>;
}

/** Apollo prefixes the keys of its automatic persisted queries (APQ) cache. */
const APQ_PREFIX = 'apq:';
/** Documents registered by clients through APQ (query and hash sent together), kept beside the manifest: never trusted. */
const MAX_REGISTERED = 1000;
/** A changed manifest (the admin rebuilt while the server runs) is looked for at most this often, on an unknown hash. */
const RELOAD_EVERY_MS = 5000;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** Hashes are hex SHA-256 of the document's text; GraphQL Code Generator's manifest writes them as `sha256:<hex>`. */
const bareHash = (hash: string) => hash.replace(/^sha256:/, '').toLowerCase();

/**
 * The admin UI's trusted (persisted) documents: the manifest GraphQL Code
 * Generator's client preset writes at build (`persistedDocuments`, hash ->
 * document text), read from the admin build at start. The admin sends only
 * `extensions.persistedQuery.sha256Hash`; a document whose hash is in the
 * manifest is trusted and held to the ordinary limits, every other document
 * to the stricter untrusted ones (see query-limits.ts).
 */
export class TrustedDocuments {
  private documents = new Map<string, string>();
  private loadedMtimeMs = 0;
  private checkedAt = 0;
  private readonly registered = new Map<string, string>();

  constructor(
    private readonly manifestPath: string | undefined,
    private readonly logger?: Logger,
  ) {
    this.load();
  }

  get size(): number {
    return this.documents.size;
  }

  /** The text of the trusted document with this hash (hex, `sha256:` prefix allowed), if any. */
  get(hash: string): string | undefined {
    const key = bareHash(hash);
    const found = this.documents.get(key);
    if (found !== undefined) return found;
    this.reloadIfChanged();
    return this.documents.get(key);
  }

  /** Whether this exact document text is one of the trusted documents. */
  isTrusted(query: string): boolean {
    return this.documents.has(sha256(query));
  }

  /** Whether the document Apollo resolved (its `queryHash` is the SHA-256 of its text) is trusted. */
  isTrustedHash(queryHash: string | undefined): boolean {
    return queryHash !== undefined && this.documents.has(bareHash(queryHash));
  }

  /**
   * Apollo's `persistedQueries.cache`: hash-only requests find the trusted
   * documents first, then those clients registered with automatic persisted
   * queries (bounded, in memory, as Apollo's default cache was); only the
   * manifest's count as trusted.
   */
  apolloCache(): KeyValueCache {
    return {
      get: async (key) => {
        const hash = key.startsWith(APQ_PREFIX) ? key.slice(APQ_PREFIX.length) : key;
        return this.get(hash) ?? this.registered.get(hash);
      },
      set: async (key, value) => {
        const hash = key.startsWith(APQ_PREFIX) ? key.slice(APQ_PREFIX.length) : key;
        if (this.documents.has(hash)) return;
        if (this.registered.size >= MAX_REGISTERED) this.registered.delete(this.registered.keys().next().value as string);
        this.registered.set(hash, value);
      },
      delete: async (key) => this.registered.delete(key.startsWith(APQ_PREFIX) ? key.slice(APQ_PREFIX.length) : key),
    };
  }

  private reloadIfChanged(): void {
    if (!this.manifestPath || Date.now() - this.checkedAt < RELOAD_EVERY_MS) return;
    this.checkedAt = Date.now();
    try {
      if (statSync(this.manifestPath).mtimeMs !== this.loadedMtimeMs) this.load();
    } catch {
      // Still missing: nothing to reload.
    }
  }

  private load(): void {
    if (!this.manifestPath) return;
    let text: string;
    try {
      this.loadedMtimeMs = statSync(this.manifestPath).mtimeMs;
      text = readFileSync(this.manifestPath, 'utf8');
    } catch {
      this.logger?.warn({ manifest: this.manifestPath }, 'no trusted documents manifest (build the admin UI): every operation is held to the untrusted limits when they are on');
      return;
    }
    const documents = new Map<string, string>();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      this.logger?.error({ manifest: this.manifestPath, err: error }, 'the trusted documents manifest is not JSON; no document is trusted');
      this.documents = documents;
      return;
    }
    for (const [hash, document] of Object.entries(parsed && typeof parsed === 'object' ? parsed : {})) {
      // Only a document that hashes to its key is trusted: a hand-edited manifest cannot trust another text.
      if (typeof document === 'string' && sha256(document) === bareHash(hash)) documents.set(bareHash(hash), document);
      else this.logger?.warn({ manifest: this.manifestPath, hash }, 'trusted documents manifest: an entry whose text does not hash to its key is ignored');
    }
    this.documents = documents;
    this.logger?.info({ manifest: this.manifestPath, documents: documents.size }, 'trusted documents loaded');
  }
}
