import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { Neo4jGateway } from '../../graph/neo4j-gateway';
import type { ApiContext } from '../core/context';
import type { Logger } from './logger';

export interface ResponseCacheOptions {
  /** Memory for cached responses, in MiB. */
  maxMb: number;
  /** How often to ask the database for its revision. */
  revisionPollMs: number;
}

export interface ResponseCache {
  plugins: ApolloServerPlugin<ApiContext>[];
  /** Learns the current revision before the first request. */
  start(): Promise<void>;
  stop(): void;
}

/**
 * Entries are keyed by the graph revision, so they are never served across a change; the
 * TTL only bounds how long an unused revision's entries occupy memory before the LRU or
 * expiry drops them.
 */
const ENTRY_TTL_SECONDS = 3600;

/** The LRU's own bookkeeping and the key (`fqc:` and a sha256 in hex) of one entry, in bytes. */
const ENTRY_OVERHEAD_BYTES = 256;

/**
 * What an entry (a response serialised to a string) really occupies: Apollo's default counts
 * a string's length, but V8 stores a string holding any character beyond Latin-1 (a dash or
 * a curly quote of a letter's text) at two bytes per character, so the cache could hold twice
 * the memory it was given. Counting two bytes per character keeps `maxMb` an upper bound.
 */
export function entryBytes(value: string): number {
  return 2 * value.length + ENTRY_OVERHEAD_BYTES;
}

/**
 * Whole query responses, cached per graph revision (Apollo's response-cache plugin over an
 * LRU of bounded size). A repeated question costs no Cypher and no resolver; a write to the
 * graph changes the revision (Neo4jGateway.revision: the database's last commit, polled, and
 * this server's own writes, counted) and with it every key. A load by another process is
 * seen within `revisionPollMs`; this server's own mutations at once. A response is stored
 * only when the revision did not move while it was computed. Mutations, errors and unknown
 * revisions are never cached, and no HTTP cache headers are sent: a browser or proxy cannot
 * know the revision (a hit carries Apollo's `age` header).
 */
export function createResponseCache(
  gateway: Neo4jGateway,
  options: ResponseCacheOptions,
  log: Logger,
): ResponseCache {
  const revisionAtStart = new WeakMap<object, string | null>();
  const startOf = (request: GraphQLRequestContext<ApiContext>) =>
    revisionAtStart.get(request.contextValue) ?? null;
  let timer: NodeJS.Timeout | undefined;
  let pollFailed = false;

  const poll = async () => {
    try {
      await gateway.refreshRevision();
      if (pollFailed) log.info('graph revision poll works again');
      pollFailed = false;
    } catch (error) {
      // The database may be restarting: answers keep the last known revision until a poll or
      // a write of this server learns the next one.
      if (!pollFailed) log.error(`graph revision poll failed: ${(error as Error).message}`);
      pollFailed = true;
    }
  };

  const plugins: ApolloServerPlugin<ApiContext>[] = [
    ApolloServerPluginCacheControl({
      defaultMaxAge: ENTRY_TTL_SECONDS,
      calculateHttpHeaders: false,
    }),
    responseCachePlugin<ApiContext>({
      cache: new InMemoryLRUCache<string>({
        maxSize: options.maxMb * 1024 * 1024,
        sizeCalculation: entryBytes,
      }),
      extraCacheKeyData: async (request) => {
        const revision = gateway.revision;
        revisionAtStart.set(request.contextValue, revision);
        return { revision };
      },
      shouldReadFromCache: async (request) => startOf(request) !== null,
      shouldWriteToCache: async (request) => {
        const revision = startOf(request);
        return revision !== null && revision === gateway.revision;
      },
    }),
  ];

  return {
    plugins,
    async start() {
      await poll();
      timer = setInterval(() => void poll(), options.revisionPollMs);
      timer.unref();
    },
    stop() {
      clearInterval(timer);
    },
  };
}
