/**
 * A neo4j-driver Driver wrapped so that every Cypher statement it runs is counted, however the
 * caller runs it: `session.run`, `executeRead`/`executeWrite` (and the older
 * `readTransaction`/`writeTransaction`) work functions, or `beginTransaction().run`. The bench
 * hands it to the reference server and diffs the count around one request.
 */
import type { Driver } from 'neo4j-driver';

export interface CountingDriver {
  driver: Driver;
  /** Statements run so far (monotonic). */
  readonly count: number;
}

export function countingDriver(inner: Driver): CountingDriver {
  let count = 0;
  const countRuns = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(obj, prop, receiver) {
        const value = Reflect.get(obj, prop, receiver) as unknown;
        if (typeof value !== 'function') return value;
        if (prop === 'run') {
          return (...args: unknown[]) => {
            count++;
            return (value as (...a: unknown[]) => unknown).apply(obj, args);
          };
        }
        if (prop === 'beginTransaction') {
          return (...args: unknown[]) =>
            countRuns((value as (...a: unknown[]) => object).apply(obj, args));
        }
        if (
          prop === 'executeRead' ||
          prop === 'executeWrite' ||
          prop === 'readTransaction' ||
          prop === 'writeTransaction'
        ) {
          return (work: (tx: object) => unknown, ...rest: unknown[]) =>
            (value as (...a: unknown[]) => unknown).apply(obj, [
              (tx: object) => work(countRuns(tx)),
              ...rest,
            ]);
        }
        return (value as (...a: unknown[]) => unknown).bind(obj);
      },
    });
  const driver = new Proxy(inner, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver) as unknown;
      if (prop === 'session' && typeof value === 'function') {
        return (...args: unknown[]) =>
          countRuns((value as (...a: unknown[]) => object).apply(obj, args));
      }
      if (prop === 'executeQuery' && typeof value === 'function') {
        return (...args: unknown[]) => {
          count++;
          return (value as (...a: unknown[]) => unknown).apply(obj, args);
        };
      }
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(obj)
        : value;
    },
  });
  return {
    driver,
    get count() {
      return count;
    },
  };
}
