import DataLoader from 'dataloader';

/** Large enough that one request's field level is one statement; bounded for parameter size. */
const MAX_BATCH = 2000;

interface HasLoaders {
  loaders: Map<string, unknown>;
}

/**
 * The request's DataLoader called `name`, created on first use. Loaders live in the request
 * context, so their caches never outlive a request and never mix two callers' data.
 */
export function loaderFor<K, V, C = K>(
  context: HasLoaders,
  name: string,
  batch: DataLoader.BatchLoadFn<K, V>,
  options: DataLoader.Options<K, V, C> = {},
): DataLoader<K, V, C> {
  let loader = context.loaders.get(name) as DataLoader<K, V, C> | undefined;
  if (loader === undefined) {
    loader = new DataLoader<K, V, C>(batch, { maxBatchSize: MAX_BATCH, ...options });
    context.loaders.set(name, loader);
  }
  return loader;
}

/** Rows keyed by `key` back in the order of `keys` (DataLoader's contract); absent → `empty`. */
export function groupByKey<K, R, V>(
  keys: readonly K[],
  rows: readonly R[],
  keyOf: (row: R) => K,
  valueOf: (row: R) => V,
): V[][] {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(valueOf(row));
    else groups.set(key, [valueOf(row)]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/** One row (or null) per key, in the order of `keys`. */
export function oneByKey<K, R, V>(
  keys: readonly K[],
  rows: readonly R[],
  keyOf: (row: R) => K,
  valueOf: (row: R) => V,
): (V | null)[] {
  const found = new Map<K, V>();
  for (const row of rows) found.set(keyOf(row), valueOf(row));
  return keys.map((key) => found.get(key) ?? null);
}
