/** A JSON value as a store keeps it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * Small persistent state a driver keeps between calls (e.g. a token refreshed
 * by the network), scoped by the host to one plugin and channel.
 */
export interface KeyValueStore {
  get<T extends JsonValue = JsonValue>(key: string): Promise<T | undefined>;
  set(key: string, value: JsonValue): Promise<void>;
  delete(key: string): Promise<void>;
}

/** An in-memory store for tests. Values are copied in and out, as a real store would serialise them. */
export function createMemoryStore(initial: Record<string, JsonValue> = {}): KeyValueStore {
  const entries = new Map<string, string>(Object.entries(initial).map(([key, value]) => [key, JSON.stringify(value)]));
  return {
    async get<T extends JsonValue>(key: string) {
      const stored = entries.get(key);
      return stored === undefined ? undefined : (JSON.parse(stored) as T);
    },
    async set(key, value) {
      entries.set(key, JSON.stringify(value));
    },
    async delete(key) {
      entries.delete(key);
    },
  };
}
