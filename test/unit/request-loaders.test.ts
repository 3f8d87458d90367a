/**
 * The typed per-request loader registry: a loader declared once batches a field level's keys
 * into one call, caches within one registry only, and keys pages by their arguments. The batch
 * functions here compute their answers; the gateway is never read (the database tiers prove
 * the real loaders' statement counts).
 */
import type { Neo4jGateway } from '../../src/graph/neo4j-gateway';
import { definePagedLoader } from '../../src/api/core/paged-loader';
import { defineLoader, RequestLoaders } from '../../src/api/core/request-loaders';
import { createServiceScope } from '../../src/api/core/service-scope';

const untouchable = new Proxy({} as Neo4jGateway, {
  get: () => {
    throw new Error('the database was reached');
  },
});

describe('defineLoader', () => {
  const batches: (readonly number[])[] = [];
  const square = defineLoader<number, number>('test.square', async (_gateway, keys) => {
    batches.push(keys);
    return keys.map((k) => k * k);
  });
  beforeEach(() => {
    batches.length = 0;
  });

  test('keys asked for together are one batch, in order, and cached in that registry', async () => {
    const loaders = new RequestLoaders(untouchable);
    expect(await Promise.all([1, 2, 3, 2].map((k) => loaders.get(square).load(k)))).toEqual([
      1, 4, 9, 4,
    ]);
    expect(batches).toEqual([[1, 2, 3]]);
    expect(await loaders.get(square).load(3)).toBe(9);
    expect(batches).toHaveLength(1);
    expect(loaders.get(square)).toBe(loaders.get(square));
  });

  test('two registries (two requests) never share a loader or its cache', async () => {
    const one = createServiceScope(untouchable);
    const two = createServiceScope(untouchable);
    expect(one.loaders.get(square)).not.toBe(two.loaders.get(square));
    await one.loaders.get(square).load(5);
    await two.loaders.get(square).load(5);
    expect(batches).toEqual([[5], [5]]);
  });

  test('the batch is given the gateway of the registry it runs for', async () => {
    const gateway = { name: 'a request view' } as unknown as Neo4jGateway;
    const seen: unknown[] = [];
    const which = defineLoader<string, string>('test.gateway', async (g, keys) => {
      seen.push(g);
      return keys;
    });
    await new RequestLoaders(gateway).get(which).load('x');
    expect(seen).toEqual([gateway]);
  });

  test('a batch error rejects each key of that batch, and the next batch tries again', async () => {
    let fail = true;
    const flaky = defineLoader<string, string>('test.flaky', async (_g, keys) => {
      if (fail) throw new Error('down');
      return keys;
    });
    const loaders = new RequestLoaders(untouchable);
    await expect(loaders.get(flaky).load('a')).rejects.toThrow('down');
    fail = false;
    loaders.get(flaky).clear('a');
    expect(await loaders.get(flaky).load('a')).toBe('a');
  });
});

describe('definePagedLoader', () => {
  test('parents asking for the same page shape are one call; other shapes another', async () => {
    const calls: [string[], number, unknown][] = [];
    const pages = definePagedLoader<string>('test.pages', async (_g, parents, limit, after) => {
      calls.push([parents, limit, after]);
      return parents
        .filter((p) => p !== 'none')
        .map((p) => ({ key: p, total: 10, items: [`${p}:${limit}:${String(after)}`] }));
    });
    const loaders = new RequestLoaders(untouchable);
    const load = (parent: string, limit: number, after: string[] | null) =>
      loaders.get(pages).load({ parent, limit, after });
    const [a, b, c, none] = await Promise.all([
      load('a', 3, null),
      load('b', 3, null),
      load('a', 3, ['k']),
      load('none', 3, null),
    ]);
    expect(calls).toEqual([
      [['a', 'b', 'none'], 3, null],
      [['a'], 3, ['k']],
    ]);
    expect([a.items, b.items, c.items]).toEqual([['a:3:null'], ['b:3:null'], ['a:3:k']]);
    expect(none).toEqual({ total: 0, items: [] });
    // The same page again is cached by value, not by object identity.
    await load('a', 3, ['k']);
    expect(calls).toHaveLength(2);
  });
});
