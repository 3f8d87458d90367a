import { checkedInt, echo, InvalidArgument, NotFound } from '../core/domain-error';
import type { ServiceScope } from '../core/service-scope';
import { findRoot, type RootMatch } from './graph-view.queries';
import {
  shapeView,
  toCytoscape,
  toGraphology,
  toNvl,
  type AssembledView,
} from './graph-view.shape';
import type { GraphView } from './graph-view.type';
import { isGroupId, parseGroupId } from './group-id';
import { expandGroup, expandNeighbourhood } from './neighbourhood';
import { NODE_LABELS, nodeId, parseNodeRef } from './node-ref';

export const MAX_GRAPH_DEPTH = 3;
export const MAX_GRAPH_LIMIT = 500;
/** A group's page holds the node it hangs from, members and a group for the rest. */
export const MIN_GROUP_PAGE_LIMIT = 3;

/**
 * The neighbourhood of a node by its key, or one page of a group by the group's id: find
 * the start, expand it (neighbourhood.ts), shape it for the drawing libraries.
 */
export async function graphView(
  scope: ServiceScope,
  args: { id: string; depth: number; limit: number },
): Promise<GraphView> {
  const depth = checkedInt('depth', args.depth, 1, MAX_GRAPH_DEPTH);
  const limit = checkedInt('limit', args.limit, 1, MAX_GRAPH_LIMIT);
  const id = args.id.trim();
  if (isGroupId(id)) return groupPage(scope, id, limit);
  const ref = parseNodeRef(id);
  if (ref.key === '') {
    throw new InvalidArgument(`id is empty: pass a node key such as CM16-0213037 or Service:MRI`, {
      argument: 'id',
    });
  }
  const matches = await scope.gateway.read(findRoot, { key: ref.key, label: ref.label });
  const root = matches[0];
  if (root === undefined) {
    throw new NotFound(
      `No node with key ${echo(ref.key)}${ref.label ? ` and label ${ref.label}` : ''}; prefix the key with one of ${NODE_LABELS.join(', ')} and a colon (e.g. Service:MRI) if it is ambiguous.`,
    );
  }
  const assembled = await expandNeighbourhood(scope.gateway, root.elementId, depth, limit);
  return present(assembled, root, {
    alternatives: matches.slice(1).map((m) => nodeId(m.label, m.key)),
    depth,
    limit,
  });
}

/** The element id of a labelled node id, or NOT_FOUND naming which part of the group id. */
async function resolve(scope: ServiceScope, id: string, part: string): Promise<RootMatch> {
  const ref = parseNodeRef(id);
  const [match] = await scope.gateway.read(findRoot, { key: ref.key, label: ref.label });
  if (match === undefined) {
    throw new NotFound(
      `The group's ${part} node ${echo(id)} is gone; draw its neighbourhood again.`,
    );
  }
  return match;
}

async function groupPage(scope: ServiceScope, id: string, limit: number): Promise<GraphView> {
  const ref = parseGroupId(id);
  if ('error' in ref) {
    throw new InvalidArgument(
      `id is not a group id (${ref.error}): pass a Group:… id as a view returned it`,
      { argument: 'id' },
    );
  }
  if (limit < MIN_GROUP_PAGE_LIMIT) {
    throw new InvalidArgument(
      `limit must be at least ${MIN_GROUP_PAGE_LIMIT} to page through a group`,
      {
        argument: 'limit',
      },
    );
  }
  const of = await resolve(scope, ref.of, '"of"');
  const except = ref.except === null ? null : await resolve(scope, ref.except, '"except"');
  const assembled = await expandGroup(
    scope.gateway,
    ref,
    { of: of.elementId, except: except?.elementId ?? null },
    limit - 2,
  );
  return present(assembled, of, { alternatives: [], depth: 1, limit });
}

function present(
  assembled: AssembledView | null,
  root: RootMatch,
  meta: { alternatives: string[]; depth: number; limit: number },
): GraphView {
  const view = shapeView(
    assembled ?? {
      rootId: nodeId(root.label, root.key),
      nodes: [],
      groups: [],
      edges: [],
      truncated: false,
    },
  );
  return {
    ...view,
    ...meta,
    cytoscape: toCytoscape(view),
    graphology: toGraphology(view),
    nvl: toNvl(view),
  };
}
