import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { packageRoot } from '../../package-root';
import { INDEX_PAGE, renderExplorerPage } from './explorer-page';
import { acceptsHtml, asset, send, serveAsset, type Asset } from './playground';

/**
 * The explorer at GET /explore: a page and the esbuild bundle of src/api/http/explorer/client
 * (Cytoscape.js inside), built by `npm run build:explorer` into dist/explorer/. Same origin,
 * nothing from a CDN, scripts and styles from 'self' only. GET / for a browser links it.
 */

export const EXPLORER_PATH = '/explore';
const ASSET_PREFIX = '/explore/';

export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const FILES: Record<string, string> = {
  'explorer.js': 'text/javascript; charset=utf-8',
  'explorer.css': 'text/css; charset=utf-8',
  'explorer.js.map': 'application/json; charset=utf-8',
  'explorer.css.map': 'application/json; charset=utf-8',
};

interface Explorer {
  assets: Map<string, Asset>;
  page: Asset;
}

let cached: Explorer | null = null;

/** Where the build puts the bundle. */
export function explorerBundleDir(): string {
  return join(packageRoot(), 'dist', 'explorer');
}

function loadExplorer(): Explorer {
  if (cached) return cached;
  const dir = explorerBundleDir();
  const assets = new Map<string, Asset>();
  for (const [name, type] of Object.entries(FILES)) {
    const path = join(dir, name);
    if (!existsSync(path))
      throw new Error(`the explorer is not built (${path}): run npm run build`);
    assets.set(name, asset(readFileSync(path), type));
  }
  const url = (name: string) => `${ASSET_PREFIX}${name}?v=${assets.get(name)?.version ?? ''}`;
  const html = renderExplorerPage({ js: url('explorer.js'), css: url('explorer.css') });
  cached = { assets, page: asset(Buffer.from(html), 'text/html; charset=utf-8') };
  return cached;
}

const index = asset(Buffer.from(INDEX_PAGE), 'text/html; charset=utf-8');

/** Serves /, /explore and its files; false for anything else. */
export function handleExplorer(req: IncomingMessage, res: ServerResponse): boolean {
  let path: string;
  try {
    path = new URL(req.url ?? '/', 'http://localhost').pathname;
  } catch {
    return false;
  }
  const isIndex = path === '/' && acceptsHtml(req);
  const isPage = path === EXPLORER_PATH;
  const isAsset = path.startsWith(ASSET_PREFIX);
  if (!isIndex && !isPage && !isAsset) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(
      res,
      405,
      'text/plain; charset=utf-8',
      Buffer.from('GET only\n'),
      { Allow: 'GET, HEAD' },
      undefined,
      EXPLORER_CSP,
    );
    return true;
  }
  if (isIndex) {
    serveAsset(req, res, index, 'no-cache', { Vary: 'Accept, Accept-Encoding' }, EXPLORER_CSP);
    return true;
  }
  let explorer: Explorer;
  try {
    explorer = loadExplorer();
  } catch (error) {
    send(
      res,
      500,
      'text/plain; charset=utf-8',
      Buffer.from(`${(error as Error).message}\n`),
      {},
      undefined,
      EXPLORER_CSP,
    );
    return true;
  }
  if (isPage) {
    serveAsset(req, res, explorer.page, 'no-cache', { Vary: 'Accept-Encoding' }, EXPLORER_CSP);
    return true;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const found = explorer.assets.get(path.slice(ASSET_PREFIX.length));
  if (!found) {
    send(
      res,
      404,
      'text/plain; charset=utf-8',
      Buffer.from('not found\n'),
      {},
      undefined,
      EXPLORER_CSP,
    );
    return true;
  }
  const cacheControl =
    url.searchParams.get('v') === found.version
      ? 'public, max-age=31536000, immutable'
      : 'no-cache';
  serveAsset(req, res, found, cacheControl, { Vary: 'Accept-Encoding' }, EXPLORER_CSP);
  return true;
}
