import { createHash, timingSafeEqual } from 'node:crypto';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * True when the Authorization header carries the configured admin token. The comparison is
 * constant-time over digests, so neither the token's content nor its length leaks through
 * timing; with no token configured every request is refused.
 */
export function isAdminRequest(authorization: string | undefined, token: string | null): boolean {
  if (!token || !authorization) return false;
  const presented = BEARER.exec(authorization)?.[1];
  if (presented === undefined) return false;
  return timingSafeEqual(digest(presented), digest(token));
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/**
 * What to tell the operator at start about the admin token, or null when it can work: unset,
 * every admin operation is refused; with whitespace inside, no Authorization header can carry
 * it (Bearer takes one word), so it can never match.
 */
export function adminTokenWarning(token: string | null): string | null {
  if (!token) {
    return 'warning: IMR_GRAPH_ADMIN_TOKEN is not set: the admin mutations (ingestDetermination, deleteCase) refuse every request';
  }
  if (/\s/.test(token)) {
    return 'warning: IMR_GRAPH_ADMIN_TOKEN contains whitespace, which no Authorization: Bearer header can carry: the admin mutations refuse every request; choose a token without spaces';
  }
  return null;
}
