import { GraphQLError } from 'graphql';
import { decodeCursor, encodeCursor, pageSize, toConnection } from '../../src/schema/pagination';

const codeOf = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (error) {
    return (error as GraphQLError).extensions?.code;
  }
  return undefined;
};

describe('page sizes', () => {
  test('default 20, 0 to 100 allowed, anything else BAD_USER_INPUT', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(null)).toBe(20);
    expect(pageSize(0)).toBe(0);
    expect(pageSize(100)).toBe(100);
    expect(codeOf(() => pageSize(101))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => pageSize(-1))).toBe('BAD_USER_INPUT');
  });
});

describe('cursors', () => {
  test('round-trip the sort key and are base64', () => {
    const cursor = encodeCursor('decision', ['CM15-0000001', 3]);
    expect(cursor).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(decodeCursor('decision', cursor, 2)).toEqual(['CM15-0000001', 3]);
  });

  test('a cursor of another list, of another arity, or garbage is BAD_USER_INPUT', () => {
    const caseCursor = encodeCursor('case', ['CM15-0000001']);
    expect(codeOf(() => decodeCursor('decision', caseCursor, 2))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => decodeCursor('case', caseCursor, 2))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => decodeCursor('case', 'garbage!', 1))).toBe('BAD_USER_INPUT');
    const objectCursor = Buffer.from(JSON.stringify(['case', { $ne: 1 }])).toString('base64');
    expect(codeOf(() => decodeCursor('case', objectCursor, 1))).toBe('BAD_USER_INPUT');
  });
});

describe('connections', () => {
  const cursorOf = (n: number) => encodeCursor('n', [n]);

  test('first + 1 rows mean a next page; the extra row is not an edge', () => {
    const c = toConnection({ total: 10, items: [1, 2, 3] }, 2, null, cursorOf);
    expect(c.totalCount).toBe(10);
    expect(c.edges.map((e) => e.node)).toEqual([1, 2]);
    expect(c.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: cursorOf(1),
      endCursor: cursorOf(2),
    });
  });

  test('the last page, and an empty one', () => {
    const last = toConnection({ total: 3, items: [3] }, 2, cursorOf(2), cursorOf);
    expect(last.pageInfo.hasNextPage).toBe(false);
    expect(last.pageInfo.hasPreviousPage).toBe(true);
    const empty = toConnection({ total: 0, items: [] }, 5, null, cursorOf);
    expect(empty.edges).toEqual([]);
    expect(empty.pageInfo.startCursor).toBeNull();
    expect(empty.pageInfo.endCursor).toBeNull();
  });
});
