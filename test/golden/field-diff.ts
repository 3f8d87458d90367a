/**
 * Field-by-field comparison of a parse result with a hand-written expectation, reported as one
 * line per difference (`decisions[1].service.name: expected "MRI", got "X-ray"`), so a failing
 * golden test says exactly which fields moved.
 *
 * The expectation is a subset of the result's shape:
 * - only the keys it names are compared (`notes` is commentary and skipped);
 * - a key `fooStart` holds the beginning of the long free-text field `foo` (summary, rationale,
 *   citation text): the result's `foo` must start with it;
 * - arrays must have the same length and equal elements, in order.
 */

const SKIPPED_KEYS = new Set(['notes']);
const START_SUFFIX = 'Start';

export function fieldDiffs(expected: unknown, actual: unknown, path = ''): string[] {
  if (Array.isArray(expected)) return arrayDiffs(expected, actual, path);
  if (isObject(expected)) return objectDiffs(expected, actual, path);
  return Object.is(expected, actual)
    ? []
    : [`${path || '(root)'}: expected ${show(expected)}, got ${show(actual)}`];
}

function arrayDiffs(expected: unknown[], actual: unknown, path: string): string[] {
  if (!Array.isArray(actual)) return [`${path}: expected an array, got ${show(actual)}`];
  const out: string[] = [];
  if (expected.length !== actual.length) {
    out.push(
      `${path}: expected ${expected.length} element(s), got ${actual.length}` +
        (isShort(expected) && isShort(actual)
          ? ` (expected ${show(expected)}, got ${show(actual)})`
          : ''),
    );
  }
  const n = Math.min(expected.length, actual.length);
  for (let i = 0; i < n; i++) out.push(...fieldDiffs(expected[i], actual[i], `${path}[${i}]`));
  return out;
}

function objectDiffs(expected: Record<string, unknown>, actual: unknown, path: string): string[] {
  if (!isObject(actual)) return [`${path}: expected an object, got ${show(actual)}`];
  const out: string[] = [];
  for (const [key, value] of Object.entries(expected)) {
    if (SKIPPED_KEYS.has(key)) continue;
    const at = path ? `${path}.${key}` : key;
    if (key.endsWith(START_SUFFIX) && typeof value === 'string') {
      const field = key.slice(0, -START_SUFFIX.length);
      const text = actual[field];
      if (typeof text !== 'string' || !text.startsWith(value)) {
        const got = typeof text === 'string' ? text.slice(0, value.length + 20) : text;
        out.push(
          `${path ? `${path}.` : ''}${field}: expected to start with ${show(value)}, got ${show(got)}`,
        );
      }
      continue;
    }
    if (!(key in actual)) {
      out.push(`${at}: missing (expected ${show(value)})`);
      continue;
    }
    out.push(...fieldDiffs(value, actual[key], at));
  }
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isShort(value: unknown[]): boolean {
  return JSON.stringify(value).length <= 300;
}

function show(value: unknown): string {
  return value === undefined ? 'undefined' : JSON.stringify(value);
}
