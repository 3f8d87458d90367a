import type * as http from 'node:http';
import compression from 'compression';
import cors from 'cors';
import type { AppConfig } from '../../config';

/**
 * The two connect-style middlewares the server runs before routing: CORS for pages of other
 * origins (the `cors` package) and compression of answers (the `compression` package), applied
 * to node:http's request and response as they are.
 */
type Middleware = (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  next: (error?: unknown) => void,
) => void;

/** Headers a browser may send on a cross-origin call: JSON bodies, the admin token, Apollo's. */
export const CORS_ALLOWED_HEADERS = [
  'content-type',
  'authorization',
  // Apollo's CSRF prevention asks GET requests (and non-JSON POSTs) to carry one of these.
  'apollo-require-preflight',
  'x-apollo-operation-name',
];
export const CORS_METHODS = ['GET', 'HEAD', 'POST'];
/** Seconds a browser may reuse a preflight answer (Chromium caps it at 7200). */
export const CORS_MAX_AGE = 600;
/** Answers shorter than this go uncompressed: the gzip header and a round of CPU cost more. */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

/**
 * The CORS middleware, or undefined when only the API's own origin may call it (then
 * nothing is added and a cross-origin preflight gets Apollo's CSRF refusal, as before).
 * An origin not on the list gets no CORS header at all, so the browser blocks the call.
 */
function corsMiddleware(origins: AppConfig['cors']['origins']): Middleware | undefined {
  if (origins !== '*' && origins.length === 0) return undefined;
  const allowed = origins === '*' ? undefined : new Set(origins);
  const handle = cors({
    origin: (origin, callback) => {
      if (allowed === undefined) return callback(null, '*');
      callback(null, origin !== undefined && allowed.has(origin) ? origin : false);
    },
    methods: CORS_METHODS,
    allowedHeaders: CORS_ALLOWED_HEADERS,
    maxAge: CORS_MAX_AGE,
  }) as unknown as Middleware;
  if (allowed === undefined) return handle;
  return (req, res, next) => {
    // The answer depends on the Origin header whether or not it is allowed, so a shared cache
    // must not hand one origin's answer to another.
    res.setHeader('vary', 'Origin');
    handle(req, res, next);
  };
}

const compress = compression({ threshold: COMPRESSION_THRESHOLD_BYTES }) as unknown as Middleware;

/** Runs one middleware; resolves once it passes the request on or has answered it itself. */
function run(
  middleware: Middleware,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<void> {
  return new Promise((resolve, reject) => {
    middleware(req, res, (error) => (error ? reject(error as Error) : resolve()));
    if (res.writableEnded) resolve();
  });
}

/**
 * The middlewares for one server. `apply` returns false when a middleware has answered the
 * request already (a CORS preflight), true when routing should go on.
 */
export function createHttpMiddleware(config: AppConfig) {
  const middlewares = [corsMiddleware(config.cors.origins), compress].filter(
    (m): m is Middleware => m !== undefined,
  );
  return {
    async apply(req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> {
      for (const middleware of middlewares) {
        await run(middleware, req, res);
        if (res.writableEnded) return false;
      }
      return true;
    },
  };
}
