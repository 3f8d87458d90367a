import { InvalidArgument } from './domain-error';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** `first` checked: 0..100; null (explicit) means the default. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new InvalidArgument(`first must be from 0 to ${MAX_PAGE_SIZE}, not ${first}`, {
      argument: 'first',
      max: MAX_PAGE_SIZE,
    });
  }
  return first;
}

/**
 * Cursors are opaque to clients: base64 of the kind of list and the sort key of the item,
 * so a cursor from one list is refused by another instead of silently misplacing the page.
 */
export function encodeCursor(kind: string, key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify([kind, ...key]), 'utf8').toString('base64');
}

export function decodeCursor(kind: string, cursor: string, arity: number): (string | number)[] {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64').toString('utf8'));
  } catch {
    // Not JSON: parsed stays null and is refused below.
  }
  if (
    !Array.isArray(parsed) ||
    parsed[0] !== kind ||
    parsed.length !== arity + 1 ||
    // Stryker disable next-line MethodExpression: parsed[0] is `kind` by now, a string, so every() over the whole array is the same test
    !parsed.slice(1).every((v) => typeof v === 'string' || typeof v === 'number')
  ) {
    throw new InvalidArgument(`after is not a cursor of this list; pass an edge's cursor from it`, {
      argument: 'after',
    });
  }
  return parsed.slice(1) as (string | number)[];
}

/** What a page query returns: the total, and up to first + 1 items (the extra one tells
 * whether a next page exists). */
export interface PageRows<T> {
  total: number;
  items: T[];
}

export interface ConnectionValue<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

export function toConnection<T>(
  rows: PageRows<T>,
  first: number,
  after: string | null | undefined,
  cursorOf: (item: T) => string,
): ConnectionValue<T> {
  const edges = rows.items.slice(0, first).map((node) => ({ cursor: cursorOf(node), node }));
  return {
    totalCount: rows.total,
    edges,
    pageInfo: {
      hasNextPage: rows.items.length > first,
      hasPreviousPage: after !== null && after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
