import DataLoader from 'dataloader';
import type { Neo4jGateway } from '../../graph/neo4j-gateway';

/** Large enough that one request's field level is one statement; bounded for parameter size. */
const MAX_BATCH = 2000;

/** One batch: the values for `keys`, in their order, read through one caller's gateway. */
export type BatchRead<K, V> = (gateway: Neo4jGateway, keys: readonly K[]) => Promise<ArrayLike<V>>;

/**
 * A loader declared once, at module level: its name, key and value types, and its batch.
 * Each registry (one request's) gets its own DataLoader of it, created on first use and kept
 * in a WeakMap keyed by that registry: two requests never share a cache, and the loaders go
 * when the request does.
 */
export interface RequestLoader<K, V, C = K> {
  readonly name: string;
  /** This loader's DataLoader in `registry`. */
  in(registry: RequestLoaders): DataLoader<K, V, C>;
}

export function defineLoader<K, V, C = K>(
  name: string,
  batch: BatchRead<K, V>,
  cacheKey?: (key: K) => C,
): RequestLoader<K, V, C> {
  const perRequest = new WeakMap<RequestLoaders, DataLoader<K, V, C>>();
  return {
    name,
    in(registry) {
      let loader = perRequest.get(registry);
      if (loader === undefined) {
        loader = new DataLoader<K, V, C>((keys) => batch(registry.gateway, keys), {
          name,
          maxBatchSize: MAX_BATCH,
          ...(cacheKey ? { cacheKeyFn: cacheKey } : {}),
        });
        perRequest.set(registry, loader);
      }
      return loader;
    },
  };
}

/** One caller's loaders, over that caller's gateway view; see ServiceScope. */
export class RequestLoaders {
  constructor(readonly gateway: Neo4jGateway) {}

  get<K, V, C>(loader: RequestLoader<K, V, C>): DataLoader<K, V, C> {
    return loader.in(this);
  }
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
