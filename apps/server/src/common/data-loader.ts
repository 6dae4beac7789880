import DataLoader from 'dataloader';

const loadersByOperation = new WeakMap<object, Map<string, DataLoader<unknown, unknown>>>();

/**
 * The DataLoader named `name` of one GraphQL operation (its context object),
 * made by `batch` on first use: every field resolver of the operation that
 * asks for a key in the same tick is answered by one call of `batch`, so a
 * nested field costs one query per level instead of one per parent. Loaders
 * live as long as the context and batch only: nothing is cached across
 * loads, so a subscription, whose context outlives many events, never sees
 * stale rows. `batch` answers in the order of the keys it is given.
 */
export function operationLoader<K, V>(context: object, name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
  let loaders = loadersByOperation.get(context);
  if (!loaders) loadersByOperation.set(context, (loaders = new Map()));
  let loader = loaders.get(name) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(batch, { cache: false });
    loaders.set(name, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Answers `keys` in order from rows found by id (or another key); a key with no row gets `missing(key)`. */
export function inKeyOrder<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K, missing: (key: K) => V | Error): Array<V | Error> {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? missing(key));
}
