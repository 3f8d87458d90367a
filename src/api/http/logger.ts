import type { AppConfig } from '../../config';

/** What the request log line says about one request: never its query text or variables. */
export interface RequestLogFields {
  operation: string;
  /** OK, or the first error's code. */
  code: string;
  status: number;
  durationMs: number;
  statements: number;
  /** true when answered from the response cache, false when looked up and missed. */
  cacheHit?: boolean;
}

/** Operational log lines to stderr. Callers pass counts, names and codes, never letter text. */
export interface Logger {
  info(line: string): void;
  error(line: string): void;
  /** One line per GraphQL request (request-metrics.ts); a logger without it logs none. */
  request?(fields: RequestLogFields): void;
}

/**
 * `json`: one JSON object per line (time, level, msg, and a request's fields), for a log
 * collector; `pretty`: plain lines for a terminal. IMR_GRAPH_LOG_FORMAT, see loadConfig.
 */
export function createLogger(
  level: AppConfig['logLevel'],
  format: AppConfig['logFormat'] = 'pretty',
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Logger {
  if (level === 'silent') return silentLogger;
  if (format === 'json') {
    const emit = (fields: object) =>
      write(JSON.stringify({ time: new Date().toISOString(), ...fields }));
    return {
      info: (msg) => emit({ level: 'info', msg }),
      error: (msg) => emit({ level: 'error', msg }),
      request: (fields) => emit({ level: 'info', msg: 'request', ...fields }),
    };
  }
  return {
    info: write,
    error: write,
    request: (f) =>
      write(
        `${f.operation} ${f.code} ${f.status} ${f.durationMs} ms, ${f.statements} statement${f.statements === 1 ? '' : 's'}` +
          (f.cacheHit ? ', from cache' : ''),
      ),
  };
}

export const silentLogger: Logger = { info: () => undefined, error: () => undefined };
