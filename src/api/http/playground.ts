import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readExampleTabs } from './playground-examples';
import { PLAYGROUND_CLIENT_JS, PLAYGROUND_CSS, renderPlaygroundPage } from './playground-page';

/**
 * The offline GraphQL playground: GraphiQL 3 on React 18, both read from node_modules (their
 * browser-ready UMD builds) and served from /playground/, so it works with no internet and no
 * bundler. GET /graphql from a browser (Accept: text/html) gets the page; every other request
 * to /graphql is the API's.
 */

export const PLAYGROUND_TITLE = 'imr-graph · GraphQL playground';
export const GRAPHQL_PATH = '/graphql';
export const ASSET_PREFIX = '/playground/';

/** Only this origin; styles inline because GraphiQL sets style attributes, fonts as data: URLs. */
export const PLAYGROUND_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/** The browser builds shipped inside the npm packages: [package, file in it, content type]. */
const VENDOR_FILES: Record<string, [string, string, string]> = {
  'react.production.min.js': ['react', 'umd/react.production.min.js', JS],
  'react-dom.production.min.js': ['react-dom', 'umd/react-dom.production.min.js', JS],
  'graphiql.min.js': ['graphiql', 'graphiql.min.js', JS],
  'graphiql.min.css': ['graphiql', 'graphiql.min.css', CSS],
};

export interface Asset {
  body: Buffer;
  gzipped?: Buffer;
  type: string;
  etag: string;
  /** Short content hash, the `?v=` of the URLs the page uses. */
  version: string;
}

interface Playground {
  assets: Map<string, Asset>;
  page: Asset;
}

let cached: Playground | null = null;

/**
 * Reads the vendor files (through require.resolve of each package, which also finds a hoisted
 * or nested node_modules) and the example queries once, and keeps them in memory.
 */
export function loadPlayground(): Playground {
  if (cached) return cached;
  const assets = new Map<string, Asset>();
  for (const [name, [pkg, file, type]] of Object.entries(VENDOR_FILES)) {
    let path: string;
    try {
      path = join(dirname(require.resolve(`${pkg}/package.json`)), file);
    } catch {
      throw new Error(`the playground needs the npm package '${pkg}': run npm ci`);
    }
    assets.set(name, asset(readFileSync(path), type));
  }
  assets.set('playground.js', asset(Buffer.from(PLAYGROUND_CLIENT_JS), JS));
  assets.set('playground.css', asset(Buffer.from(PLAYGROUND_CSS), CSS));
  const urls: Record<string, string> = {};
  for (const [name, value] of assets) urls[name] = `${ASSET_PREFIX}${name}?v=${value.version}`;
  const html = renderPlaygroundPage({
    title: PLAYGROUND_TITLE,
    logo: 'imr-graph',
    endpoint: GRAPHQL_PATH,
    tabs: readExampleTabs(),
    assets: urls,
  });
  cached = { assets, page: asset(Buffer.from(html), 'text/html; charset=utf-8') };
  return cached;
}

export function asset(body: Buffer, type: string): Asset {
  const hash = createHash('sha256').update(body).digest('base64url');
  return { body, type, etag: `"${hash.slice(0, 27)}"`, version: hash.slice(0, 12) };
}

/**
 * Serves the page and its files; returns false for anything else, which the caller handles.
 * The page itself is revalidated on every load, the files it links are immutable per version.
 */
export function handlePlayground(req: IncomingMessage, res: ServerResponse): boolean {
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://localhost');
  } catch {
    return false;
  }
  const isPage = url.pathname === GRAPHQL_PATH && acceptsHtml(req);
  const isAsset =
    url.pathname === ASSET_PREFIX.slice(0, -1) || url.pathname.startsWith(ASSET_PREFIX);
  if (!isPage && !isAsset) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    if (isPage) return false; // a POST from a browser form is the API's business
    send(res, 405, 'text/plain; charset=utf-8', Buffer.from('GET only\n'), { Allow: 'GET, HEAD' });
    return true;
  }
  let playground: Playground;
  try {
    playground = loadPlayground();
  } catch (error) {
    send(res, 500, 'text/plain; charset=utf-8', Buffer.from(`${(error as Error).message}\n`));
    return true;
  }
  if (isPage) {
    serveAsset(req, res, playground.page, 'no-cache', { Vary: 'Accept, Accept-Encoding' });
    return true;
  }
  const name = url.pathname.slice(ASSET_PREFIX.length);
  if (name === '') {
    res.writeHead(302, { Location: GRAPHQL_PATH, 'Content-Length': '0' });
    res.end();
    return true;
  }
  const found = playground.assets.get(name);
  if (!found) {
    send(res, 404, 'text/plain; charset=utf-8', Buffer.from('not found\n'));
    return true;
  }
  const cacheControl =
    url.searchParams.get('v') === found.version
      ? 'public, max-age=31536000, immutable'
      : 'no-cache';
  serveAsset(req, res, found, cacheControl, { Vary: 'Accept-Encoding' });
  return true;
}

/** A browser navigation asks for HTML; API clients ask for JSON or anything (curl's *\/*). */
export function acceptsHtml(req: IncomingMessage): boolean {
  const accept = req.headers.accept ?? '';
  return accept
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .some((part) => part.startsWith('text/html') && !/;\s*q=0(\.0+)?\s*(;|$)/.test(part));
}

/** Answers with a file: 304 when the client has it, gzipped when it asks and it is big. */
export function serveAsset(
  req: IncomingMessage,
  res: ServerResponse,
  file: Asset,
  cacheControl: string,
  extra: Record<string, string>,
  csp = PLAYGROUND_CSP,
): void {
  const headers: Record<string, string> = {
    ...extra,
    ETag: file.etag,
    'Cache-Control': cacheControl,
  };
  if (req.headers['if-none-match'] === file.etag) {
    res.writeHead(304, { ...headers, 'Content-Security-Policy': csp });
    res.end();
    return;
  }
  let body = file.body;
  if (body.length > 1024 && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    file.gzipped ??= gzipSync(file.body);
    body = file.gzipped;
    headers['Content-Encoding'] = 'gzip';
  }
  send(res, 200, file.type, req.method === 'HEAD' ? null : body, headers, body.length, csp);
}

export function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: Buffer | null,
  headers: Record<string, string> = {},
  length = body?.length ?? 0,
  csp = PLAYGROUND_CSP,
): void {
  res.writeHead(status, {
    ...headers,
    'Content-Type': type,
    'Content-Length': String(length),
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(body ?? undefined);
}
