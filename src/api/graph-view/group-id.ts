import { isRelationshipType, type Bucket } from './relationships';
import { isNodeLabel, parseNodeRef } from './node-ref';

/**
 * A group node's id: `Group:` followed by the base64url encoding of the JSON
 * `{"of": <node id>, "type": <relationship type>, "out": <boolean>, "offset": <n>,
 * "except": <node id> | null}`: the neighbours of node `of` along `type` (outgoing when
 * `out`), without `except` (the node `of` was reached from, drawn already), ordered by
 * degree (highest first) then key, from position `offset` on. base64url keeps the id free of
 * `: # | / .` and spaces, so it is safe in Cytoscape selectors and URLs whatever the keys
 * hold. graph(id:) parses and validates every field; the values reach Cypher as parameters.
 */

export const GROUP_PREFIX = 'Group:';
/** Far more than any degree; bounds what a hand-written id may ask for. */
export const MAX_GROUP_OFFSET = 100_000_000;

export interface GroupRef extends Bucket {
  of: string;
  offset: number;
  except: string | null;
}

export function groupId(ref: GroupRef): string {
  const json = JSON.stringify({
    of: ref.of,
    type: ref.type,
    out: ref.out,
    offset: ref.offset,
    except: ref.except,
  });
  return GROUP_PREFIX + Buffer.from(json, 'utf8').toString('base64url');
}

export const isGroupId = (id: string): boolean => id.startsWith(GROUP_PREFIX);

/** A labelled node id (`Service:MRI`), or null. */
function labelledNodeId(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const ref = parseNodeRef(value);
  return ref.label !== null && isNodeLabel(ref.label) && ref.key !== '' ? value : null;
}

/** The group an id names, or a message saying what is wrong with it. */
export function parseGroupId(id: string): GroupRef | { error: string } {
  const body = id.slice(GROUP_PREFIX.length);
  if (!/^[A-Za-z0-9_-]+$/.test(body)) return { error: 'its body is not base64url' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return { error: 'its body is not base64url JSON' };
  }
  if (typeof parsed !== 'object' || parsed === null) return { error: 'it holds no object' };
  const p = parsed as Record<string, unknown>;
  const of = labelledNodeId(p.of);
  if (of === null) return { error: '"of" is not a <Label>:<key> node id' };
  if (typeof p.type !== 'string' || !isRelationshipType(p.type)) {
    return { error: '"type" is not a relationship type of the graph' };
  }
  if (typeof p.out !== 'boolean') return { error: '"out" is not a boolean' };
  if (
    typeof p.offset !== 'number' ||
    !Number.isInteger(p.offset) ||
    p.offset < 0 ||
    p.offset > MAX_GROUP_OFFSET
  ) {
    return { error: `"offset" is not an integer from 0 to ${MAX_GROUP_OFFSET}` };
  }
  const except = p.except === null || p.except === undefined ? null : labelledNodeId(p.except);
  if (p.except !== null && p.except !== undefined && except === null) {
    return { error: '"except" is neither null nor a <Label>:<key> node id' };
  }
  return { of, type: p.type, out: p.out, offset: p.offset, except };
}
