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
