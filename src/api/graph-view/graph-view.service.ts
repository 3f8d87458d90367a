import { checkedInt, echo, InvalidArgument, NotFound } from '../core/domain-error';
import type { ServiceScope } from '../core/service-scope';
import { expandNeighbourhood, findRoot } from './graph-view.queries';
import { shapeView, toCytoscape, toGraphology, toNvl } from './graph-view.shape';
import type { GraphView } from './graph-view.type';
import { NODE_LABELS, nodeId, parseNodeRef } from './node-ref';

export const MAX_GRAPH_DEPTH = 3;
export const MAX_GRAPH_LIMIT = 500;

/** The neighbourhood of a node by its key, in two statements: find it, expand it. */
export async function graphView(
  scope: ServiceScope,
  args: { id: string; depth: number; limit: number },
): Promise<GraphView> {
  const depth = checkedInt('depth', args.depth, 1, MAX_GRAPH_DEPTH);
  const limit = checkedInt('limit', args.limit, 1, MAX_GRAPH_LIMIT);
  const ref = parseNodeRef(args.id.trim());
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
  const [hood] = await scope.gateway.read(expandNeighbourhood, {
    root: root.elementId,
    depth,
    limit,
    pull: limit + 1,
  });
  const view = shapeView(root, hood ?? { nodes: [], edges: [], cut: false }, limit);
  return {
    ...view,
    alternatives: matches.slice(1).map((m) => nodeId(m.label, m.key)),
    depth,
    limit,
    cytoscape: toCytoscape(view),
    graphology: toGraphology(view),
    nvl: toNvl(view),
  };
}
