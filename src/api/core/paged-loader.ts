import type { Neo4jGateway } from '../../graph/neo4j-gateway';
import { defineLoader, type RequestLoader } from './request-loaders';
import type { PageRows } from './pagination';

/** One parent's page request: which parent, how many rows (first + 1), after which sort key. */
export interface PageKey {
  parent: string;
  limit: number;
  after: readonly (string | number)[] | null;
}

export type KeyedPageRows<T> = PageRows<T> & { key: string };

/** One statement for pages of many parents, all with the same limit and `after`. */
export type PageRead<T> = (
  gateway: Neo4jGateway,
  parents: string[],
  limit: number,
  after: readonly (string | number)[] | null,
) => Promise<KeyedPageRows<T>[]>;

/**
 * A loader of pages of children for many parents (a connection field inside a list): keys
 * with the same page arguments become one statement over all their parents.
 */
export function definePagedLoader<T>(
  name: string,
  run: PageRead<T>,
): RequestLoader<PageKey, PageRows<T>, string> {
  return defineLoader<PageKey, PageRows<T>, string>(
    name,
    async (gateway, keys) => {
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
            gateway,
            group.map((k) => k.parent),
            limit,
            after,
          );
          for (const row of rows) found.set(pageKeyId({ parent: row.key, limit, after }), row);
        }),
      );
      return keys.map((key) => found.get(pageKeyId(key)) ?? { total: 0, items: [] });
    },
    pageKeyId,
  );
}

function pageKeyId(key: PageKey): string {
  return JSON.stringify([key.parent, key.limit, key.after]);
}
