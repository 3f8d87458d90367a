import { InvalidArgument } from '../../src/api/core/domain-error';
import { decodeCursor, encodeCursor, pageSize, toConnection } from '../../src/api/core/pagination';
import { publicAnswerOf } from '../../src/api/http/format-error';

/** What a client is told when `fn` refuses: the refusal as the API answers it. */
const answerOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidArgument);
    const answer = publicAnswerOf(error);
    return (
      answer && { message: answer.message, extensions: { ...answer.extensions, code: answer.code } }
    );
  }
  return undefined;
};
const codeOf = (fn: () => unknown): unknown => answerOf(fn)?.extensions.code;

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
    // Same arity, another list: a decision cursor must not page through cases.
    expect(codeOf(() => decodeCursor('decision', caseCursor, 1))).toBe('BAD_USER_INPUT');
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

describe('page boundaries', () => {
  const cursorOf = (n: number) => encodeCursor('n', [n]);

  test('a last page exactly `first` long has no next page', () => {
    const c = toConnection({ total: 4, items: [3, 4] }, 2, cursorOf(2), cursorOf);
    expect(c.edges.map((e) => e.node)).toEqual([3, 4]);
    expect(c.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: cursorOf(3),
      endCursor: cursorOf(4),
    });
  });

  test('first: 0 returns no edges but says whether items exist', () => {
    const c = toConnection({ total: 3, items: [1] }, 0, undefined, cursorOf);
    expect(c.edges).toEqual([]);
    expect(c.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });

  test('a single-item page starts and ends at that item', () => {
    const c = toConnection({ total: 1, items: [7] }, 1, undefined, cursorOf);
    expect(c.pageInfo.startCursor).toBe(cursorOf(7));
    expect(c.pageInfo.endCursor).toBe(cursorOf(7));
    expect(c.pageInfo.hasNextPage).toBe(false);
    expect(c.pageInfo.hasPreviousPage).toBe(false);
  });

  test('an empty-string `after` still means a previous page was asked for', () => {
    expect(toConnection({ total: 0, items: [] }, 2, '', cursorOf).pageInfo.hasPreviousPage).toBe(
      true,
    );
  });

  test('page sizes: fractions and non-numbers are refused with the bounds in the message', () => {
    for (const bad of [1.5, Number.NaN, 100.5]) {
      const error = answerOf(() => pageSize(bad));
      expect(error?.message).toBe(`first must be from 0 to 100, not ${bad}`);
      expect(error?.extensions).toEqual({ argument: 'first', max: 100, code: 'BAD_USER_INPUT' });
    }
    expect(pageSize(1)).toBe(1);
    expect(pageSize(99)).toBe(99);
  });

  test('cursors: the refusal names the argument; numbers and strings in a key survive', () => {
    const error = answerOf(() => decodeCursor('case', encodeCursor('case', []), 1));
    expect(error?.message).toBe(
      "after is not a cursor of this list; pass an edge's cursor from it",
    );
    expect(error?.extensions).toEqual({ argument: 'after', code: 'BAD_USER_INPUT' });
    expect(decodeCursor('d', encodeCursor('d', ['x', 0, '']), 3)).toEqual(['x', 0, '']);
    const notArray = Buffer.from(JSON.stringify({ 0: 'case', length: 2 })).toString('base64');
    expect(codeOf(() => decodeCursor('case', notArray, 1))).toBe('BAD_USER_INPUT');
    const nullKey = Buffer.from(JSON.stringify(['case', null])).toString('base64');
    expect(codeOf(() => decodeCursor('case', nullKey, 1))).toBe('BAD_USER_INPUT');
    const mixed = Buffer.from(JSON.stringify(['case', 'a', true])).toString('base64');
    expect(codeOf(() => decodeCursor('case', mixed, 2))).toBe('BAD_USER_INPUT');
  });
});
