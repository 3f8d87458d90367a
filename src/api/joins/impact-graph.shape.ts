/**
 * impactGraph as a picture, pure: guidelines on one side, the values of a dimension on the
 * other, one edge per (guideline, value) pair carrying its statistics. Node size grows with
 * the log of the decisions (capped, like graph()'s), colour goes from grey (rate 0) to the
 * requested outcome's colour (rate 1), edge weight is the pair's decisions.
 */
import type { Row } from '../../graph/named-query';
import type { ImpactPairs } from '../analytics/impact-pairs.service';
import type { OutcomeStats } from '../analytics/statistics';
import { Dimension, Outcome } from '../core/enums';
import {
  OUTCOME_COLORS,
  placeView,
  sizeOf,
  toViewEdge,
  type DrawnNode,
  type ViewShape,
} from '../graph-view/graph-view.shape';
import { nodeId } from '../graph-view/node-ref';

/** The relationship type of an impactGraph edge: guideline to dimension value. */
export const IMPACT_EDGE = 'IMPACT';

/** How a dimension's values are labelled, and which graph() label a value is a key of. */
const DIMENSION_LABELS: Record<Dimension, { label: string; graphLabel: string | null }> = {
  [Dimension.CATEGORY]: { label: 'Category', graphLabel: null },
  [Dimension.SUBCATEGORY]: { label: 'Subcategory', graphLabel: null },
  [Dimension.SERVICE]: { label: 'Service', graphLabel: 'Service' },
  [Dimension.GUIDELINE_DOCUMENT]: { label: 'GuidelineDocument', graphLabel: null },
  [Dimension.GUIDELINE]: { label: 'Guideline', graphLabel: 'Guideline' },
  [Dimension.SPECIALTY]: { label: 'Specialty', graphLabel: 'Specialty' },
  [Dimension.LICENSED_STATE]: { label: 'State', graphLabel: 'State' },
  [Dimension.BODY_REGION]: { label: 'BodyRegion', graphLabel: 'BodyRegion' },
  [Dimension.DECISION_MONTH]: { label: 'Month', graphLabel: null },
  [Dimension.REASON]: { label: 'Reason', graphLabel: 'Reason' },
};

const RATE_FLOOR = [0xc8, 0xcc, 0xd2];

/** #RRGGBB from grey at rate 0 to the outcome's colour at rate 1. */
export function rateColor(rate: number, outcome: Outcome): string {
  const target = OUTCOME_COLORS[outcome];
  const to = [1, 3, 5].map((i) => parseInt(target.slice(i, i + 2), 16));
  const t = Math.min(1, Math.max(0, rate));
  return `#${RATE_FLOOR.map((from, i) =>
    Math.round(from + (to[i] - from) * t)
      .toString(16)
      .padStart(2, '0'),
  )
    .join('')
    .toUpperCase()}`;
}

/** The statistics as plain properties, the same names as guidelineImpact's fields. */
export const statsProperties = (s: OutcomeStats): Row => ({
  decisions: s.decisions,
  upheld: s.upheld,
  overturned: s.overturned,
  outcome: s.outcome,
  outcomeCount: s.outcomeCount,
  rate: s.rate,
  rateLow: s.rateLow,
  rateHigh: s.rateHigh,
  overturnRate: s.overturnRate,
  baselineRate: s.baselineRate,
  lift: s.lift,
});

const cut = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

export const valueId = (by: Dimension, value: string) => `${by}:${value}`;

export function shapeImpactGraph(data: ImpactPairs, by: Dimension, outcome: Outcome): ViewShape {
  const degree = new Map<string, number>();
  for (const p of data.pairs) {
    degree.set(p.guideline, (degree.get(p.guideline) ?? 0) + 1);
    degree.set(`\u0000${p.value}`, (degree.get(`\u0000${p.value}`) ?? 0) + 1);
  }
  const node = (
    id: string,
    label: string,
    caption: string,
    stats: OutcomeStats,
    depth: number,
    extra: Row,
    edges: number,
  ): DrawnNode => ({
    id,
    label,
    labels: [label],
    key: id,
    caption: cut(caption, 48),
    group: label,
    count: 1,
    depth,
    degree: edges,
    size: sizeOf(stats.decisions),
    color: rateColor(stats.rate, outcome),
    properties: { ...extra, ...statsProperties(stats) },
  });
  const { label, graphLabel } = DIMENSION_LABELS[by];
  const guidelines = data.guidelines.map((g) =>
    node(
      nodeId('Guideline', g.key),
      'Guideline',
      g.guideline.section
        ? `${g.guideline.document}: ${g.guideline.section}`
        : g.guideline.document,
      g,
      0,
      {
        key: g.key,
        source: g.guideline.source,
        document: g.guideline.document,
        section: g.guideline.section ?? null,
      },
      degree.get(g.key) ?? 0,
    ),
  );
  const values = data.values.map((v) =>
    node(
      valueId(by, v.key),
      label,
      v.key,
      v,
      1,
      { value: v.key, graphId: graphLabel === null ? null : nodeId(graphLabel, v.key) },
      degree.get(`\u0000${v.key}`) ?? 0,
    ),
  );
  const edges = data.pairs.map((p) => {
    const edge = toViewEdge(
      IMPACT_EDGE,
      nodeId('Guideline', p.guideline),
      valueId(by, p.value),
      p.stats.decisions,
      statsProperties(p.stats),
    );
    edge.caption = `${p.stats.outcomeCount}/${p.stats.decisions}`;
    edge.attributes.color = rateColor(p.stats.rate, outcome);
    return edge;
  });
  // Two columns to start from: guidelines left, values right, in rank order.
  const column = (x: number, n: number) =>
    Array.from({ length: n }, (_, i) => ({ x, y: (i - (n - 1) / 2) * 40 }));
  return placeView(
    [...guidelines, ...values],
    edges,
    [...column(-400, guidelines.length), ...column(400, values.length)],
    { root: guidelines[0]?.id ?? '', truncated: false },
  );
}
