import type DataLoader from 'dataloader';
import type { ApiContext } from './context';
import { loaderFor } from './request-loaders';
import type { PageRows } from './pagination';

/** One parent's page request: which parent, how many rows (first + 1), after which sort key. */
export interface PageKey {
  parent: string;
  limit: number;
  after: readonly (string | number)[] | null;
}

export type KeyedPageRows<T> = PageRows<T> & { key: string };

/**
 * A loader of pages of children for many parents (a connection field inside a list): keys
 * with the same page arguments become one statement over all their parents.
 */
export function pagedLoader<T>(
  context: ApiContext,
  name: string,
  run: (
    parents: string[],
    limit: number,
    after: readonly (string | number)[] | null,
  ) => Promise<KeyedPageRows<T>[]>,
): DataLoader<PageKey, PageRows<T>, string> {
  return loaderFor<PageKey, PageRows<T>, string>(
    context,
    name,
    async (keys) => {
      const groups = new Map<string, PageKey[]>();
      for (const key of keys) {
        const args = JSON.stringify([key.limit, key.after]);
        groups.set(args, [...(groups.get(args) ?? []), key]);
      }
      const found = new Map<string, PageRows<T>>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const { limit, after } = group[0];
          const rows = await run(
            group.map((k) => k.parent),
            limit,
            after,
          );
          for (const row of rows) found.set(pageKeyId({ parent: row.key, limit, after }), row);
        }),
      );
      return keys.map((key) => found.get(pageKeyId(key)) ?? { total: 0, items: [] });
    },
    { cacheKeyFn: pageKeyId },
  );
}

function pageKeyId(key: PageKey): string {
  return JSON.stringify([key.parent, key.limit, key.after]);
}
