import { getHeapStatistics } from 'node:v8';

/**
 * The V8 heap the API server needs: its own objects (schema, Apollo, the driver: about 60 MiB
 * live) and requests in flight fit in 128 MiB, plus the response cache, whose `maxMb` bounds
 * its real bytes (see response-cache.ts), twice over so that collecting it stays cheap.
 *
 * Without a limit V8 sizes the heap from the machine's memory (4 GiB on 16 GiB and more) and,
 * under a high allocation rate, lets garbage pile up towards a multiple of the live objects
 * before it collects: the resident memory then levels at many times what is alive. A limit
 * makes it collect sooner; the live objects stay the same.
 */
export function serverHeapLimitMb(responseCacheMb: number): number {
  return 128 + 2 * responseCacheMb;
}

/** The flags `npm start`, the Docker image and the soak bench run the server with (default cache). */
export const SERVER_NODE_FLAGS: string[] = [`--max-old-space-size=${serverHeapLimitMb(64)}`];

/**
 * A line of advice when this process's heap limit is far above what the server needs (node
 * started without --max-old-space-size, e.g. through npx), else null.
 */
export function heapLimitAdvice(responseCacheMb: number): string | null {
  const needed = serverHeapLimitMb(responseCacheMb);
  const limit = Math.round(getHeapStatistics().heap_size_limit / 1048576);
  if (limit <= 2 * needed) return null;
  return (
    `note: the V8 heap may grow to ${limit} MiB; NODE_OPTIONS=--max-old-space-size=${needed} ` +
    `bounds the server's memory (README, Memory)`
  );
}
