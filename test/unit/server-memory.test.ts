/**
 * The bounds on the API server's memory that need no server: the response cache counts what
 * an entry really occupies (two bytes a character for any string V8 stores as two-byte), and
 * `npm start` and the Docker image run the server with the heap limit the soak bench measured.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { SERVER_NODE_FLAGS, serverHeapLimitMb } from '../../src/cli/node-flags';
import { entryBytes } from '../../src/api/http/response-cache';

const root = join(__dirname, '..', '..');

test('a cached response counts two bytes a character, so maxSize bounds the real bytes', async () => {
  const cache = new InMemoryLRUCache<string>({ maxSize: 1024 * 1024, sizeCalculation: entryBytes });
  // "—" makes V8 store the whole string at two bytes a character: 20 KB of text is 40 KB.
  const response = JSON.stringify({ data: { rationale: '—'.repeat(10_000) } });
  for (let i = 0; i < 100; i++) await cache.set(`key${i}`, response);
  const kept = cache.keys().length;
  expect(kept * response.length * 2).toBeLessThanOrEqual(1024 * 1024);
  expect(kept).toBeGreaterThan(20);
});

test('npm start and the Docker image run the server with the heap limit of the default cache', () => {
  expect(SERVER_NODE_FLAGS).toEqual([`--max-old-space-size=${serverHeapLimitMb(64)}`]);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  expect(pkg.scripts.start).toContain(SERVER_NODE_FLAGS[0]);
  expect(readFileSync(join(root, 'Dockerfile'), 'utf8')).toContain(
    `ENV NODE_OPTIONS=${SERVER_NODE_FLAGS[0]}`,
  );
});
