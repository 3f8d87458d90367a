/**
 * How graph() names nodes: `<Label>:<key>` (e.g. `Case:CM16-0213037`, `Service:MRI`,
 * `Guideline:MTUS|Chronic Pain Medical Treatment Guidelines|opioids`). The same string is
 * the node's id in a GraphView and what graph(id:) accepts, so any drawn node can be expanded.
 * A bare key (`CM16-0213037`, `MRI`) is accepted too and looked up under every label.
 */
import { NODES, type Label } from '../../graph/model/graph-model';

/** Every label graph() can start from (each of the model's but Migration, its bookkeeping), in
 * lookup priority order: a bare key that two labels share resolves to the first. */
export const NODE_LABELS = [
  'Case',
  'Decision',
  'Service',
  'Guideline',
  'GuidelineDocument',
  'ServiceCategory',
  'Reviewer',
  'Specialty',
  'State',
  'Diagnosis',
  'BodyRegion',
  'Reason',
] as const satisfies readonly Label[];

export type NodeLabel = (typeof NODE_LABELS)[number];

/** Each label's key property, from the graph model. */
export const NODE_KEY_PROPERTY = Object.fromEntries(
  NODE_LABELS.map((label) => [label, NODES[label].key]),
) as { readonly [L in NodeLabel]: (typeof NODES)[L]['key'] };

export interface NodeRef {
  /** null: a bare key, to be looked up under every label. */
  label: NodeLabel | null;
  key: string;
}

export function isNodeLabel(value: string): value is NodeLabel {
  return Object.prototype.hasOwnProperty.call(NODE_KEY_PROPERTY, value);
}

/** `Service:MRI` → {Service, MRI}; `MRI` or `Unknown:x` → a bare key (the whole string). */
export function parseNodeRef(id: string): NodeRef {
  const colon = id.indexOf(':');
  if (colon > 0) {
    const label = id.slice(0, colon);
    if (isNodeLabel(label)) return { label, key: id.slice(colon + 1) };
  }
  return { label: null, key: id };
}

export function nodeId(label: string, key: string): string {
  return `${label}:${key}`;
}

/** Edge ids cannot collide with node ids: they carry an arrow, and the type is upper case. */
export function edgeId(type: string, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}
