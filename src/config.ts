/** Configuration is read once from the environment, validated, and passed down as a value. */
export interface Neo4jConfig {
  /** null: start the project's local Neo4j. */
  uri: string | null;
  user: string;
  password: string;
  database: string | undefined;
  dataDir: string;
  port: number;
}

export interface AppConfig {
  neo4j: Neo4jConfig;
  /** host: the interface the API listens on (IMR_GRAPH_HOST, default all of them). */
  http: { port: number; host: string };
  adminToken: string | null;
  /**
   * The letters `npm start` loads into an empty database (IMR_CORPUS_DIR, default data/letters:
   * the published letters that ship with the project).
   */
  corpusDir: string;
  /** Milliseconds a GraphQL query's Cypher may run before it is cancelled. */
  queryTimeoutMs: number;
  /**
   * What one GraphQL request may take. timeoutMs (IMR_GRAPH_REQUEST_TIMEOUT_MS, default 15000):
   * past it the client gets 504 REQUEST_TIMEOUT and the request's database sessions are closed,
   * even when Neo4j does not answer at all. maxSessions (IMR_GRAPH_MAX_SESSIONS_PER_REQUEST,
   * default 4): database sessions one request holds at once, so one request never takes the
   * whole pool. maxRootFields and maxAliases (IMR_GRAPH_MAX_ROOT_FIELDS, default 20;
   * IMR_GRAPH_MAX_ALIASES, default 50): per operation, refused as GRAPHQL_VALIDATION_FAILED.
   */
  requests: { timeoutMs: number; maxSessions: number; maxRootFields: number; maxAliases: number };
  /**
   * Query responses kept in memory per graph revision (IMR_GRAPH_RESPONSE_CACHE_MB, default
   * 64; 0 turns the cache off), and how often the server asks Neo4j whether the graph has
   * changed (IMR_GRAPH_REVISION_POLL_MS, default 500): a write by another process (a load)
   * shows in answers at most that long after it commits; this server's own mutations at once.
   */
  responseCache: { maxMb: number; revisionPollMs: number };
  /**
   * Which other origins' pages may call the API from a browser (IMR_GRAPH_CORS_ORIGINS:
   * comma-separated origins such as https://viz.example.org, or `*` for any). Empty (unset):
   * only pages of the API's own origin.
   */
  cors: { origins: '*' | string[] };
  logLevel: 'silent' | 'info' | 'debug';
  /**
   * IMR_GRAPH_LOG_FORMAT: `json` (a JSON object per line) or `pretty` (plain lines); default
   * pretty when stderr is a terminal, else json.
   */
  logFormat: 'json' | 'pretty';
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const DEFAULT_NEO4J_PASSWORD = 'imr-graph-local';

function integer(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min = 1,
  max = 65535,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not '${raw}'`);
  }
  return value;
}

/** IMR_GRAPH_CORS_ORIGINS as a list of exact origins, `*`, or [] when unset. */
function corsOrigins(env: NodeJS.ProcessEnv): '*' | string[] {
  const raw = env.IMR_GRAPH_CORS_ORIGINS?.trim() ?? '';
  if (raw === '*') return '*';
  if (raw === '') return [];
  return raw
    .split(',')
    .map((entry) => entry.trim())
    .map((entry) => {
      // A browser's Origin header is scheme://host[:port] and nothing else; a path or a typo
      // would silently never match, so it is refused at startup instead.
      let origin: string | undefined;
      try {
        const url = new URL(entry);
        // No wildcards inside an origin: the Origin header is matched exactly.
        if (/^https?:$/.test(url.protocol) && !url.hostname.includes('*')) origin = url.origin;
      } catch {
        origin = undefined;
      }
      if (origin === undefined || (entry !== origin && entry !== `${origin}/`)) {
        throw new ConfigError(
          `IMR_GRAPH_CORS_ORIGINS: '${entry}' is not an origin; list origins as ` +
            `scheme://host[:port] separated by commas (e.g. https://viz.example.org,http://localhost:5173), or give *`,
        );
      }
      return origin;
    });
}

export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  terminal: boolean = process.stderr.isTTY === true,
): AppConfig {
  const uri = env.NEO4J_URI?.trim() || null;
  if (uri !== null && !/^(neo4j|bolt)(\+s|\+ssc)?:\/\//.test(uri)) {
    throw new ConfigError(`NEO4J_URI must start with neo4j:// or bolt://, not '${uri}'`);
  }
  const logLevel = (env.IMR_GRAPH_LOG ?? 'info') as AppConfig['logLevel'];
  if (!['silent', 'info', 'debug'].includes(logLevel)) {
    throw new ConfigError(`IMR_GRAPH_LOG must be silent, info or debug, not '${logLevel}'`);
  }
  const logFormat = (env.IMR_GRAPH_LOG_FORMAT?.trim() ||
    (terminal ? 'pretty' : 'json')) as AppConfig['logFormat'];
  if (!['json', 'pretty'].includes(logFormat)) {
    throw new ConfigError(`IMR_GRAPH_LOG_FORMAT must be json or pretty, not '${logFormat}'`);
  }
  return {
    neo4j: {
      uri,
      user: env.NEO4J_USER?.trim() || 'neo4j',
      password: env.NEO4J_PASSWORD ?? DEFAULT_NEO4J_PASSWORD,
      database: env.NEO4J_DATABASE?.trim() || undefined,
      dataDir: env.IMR_GRAPH_DATA_DIR?.trim() || '.data/neo4j',
      port: integer(env, 'IMR_GRAPH_NEO4J_PORT', 7687),
    },
    http: { port: integer(env, 'PORT', 4000), host: env.IMR_GRAPH_HOST?.trim() || '0.0.0.0' },
    adminToken: env.IMR_GRAPH_ADMIN_TOKEN?.trim() || null,
    corpusDir: env.IMR_CORPUS_DIR?.trim() || 'data/letters',
    queryTimeoutMs: integer(env, 'IMR_GRAPH_QUERY_TIMEOUT_MS', 10000, 100, 600000),
    requests: {
      timeoutMs: integer(env, 'IMR_GRAPH_REQUEST_TIMEOUT_MS', 15000, 100, 600000),
      maxSessions: integer(env, 'IMR_GRAPH_MAX_SESSIONS_PER_REQUEST', 4, 1, 64),
      maxRootFields: integer(env, 'IMR_GRAPH_MAX_ROOT_FIELDS', 20, 1, 10000),
      maxAliases: integer(env, 'IMR_GRAPH_MAX_ALIASES', 50, 0, 10000),
    },
    responseCache: {
      maxMb: integer(env, 'IMR_GRAPH_RESPONSE_CACHE_MB', 64, 0, 65536),
      revisionPollMs: integer(env, 'IMR_GRAPH_REVISION_POLL_MS', 500, 10, 600000),
    },
    cors: { origins: corsOrigins(env) },
    logLevel,
    logFormat,
  };
}
