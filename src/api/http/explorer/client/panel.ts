import { gql } from './api';
import { percent } from './chart';
import type { ViewNode } from './api';
import { rationalePieces, type SpanReason } from './reason-spans';

/**
 * The side panel: what the selected node is, read from the API's own queries (a decision's
 * full rationale and both parties' citations, a guideline's or service's overturn rate with its
 * interval), a button to expand it in place, and a link that asks the same in the playground.
 */

export interface PanelActions {
  expand(id: string): void;
  explore(id: string): void;
}

interface Citation {
  text: string;
  guideline: { key: string };
}

interface DecisionAnswer {
  decision: {
    id: string;
    ordinal: number;
    request: string;
    originalRequest: string | null;
    outcome: string;
    authorized: string | null;
    decisionDate: string | null;
    rationale: string;
    reasons: (SpanReason & { text: string })[];
    service: { name: string; category: string | null; subcategory: string | null } | null;
    reviewerCitations: Citation[];
    urCitations: Citation[];
    case: { caseNumber: string; synthetic: boolean; diagnoses: string[] };
  } | null;
}

interface CaseAnswer {
  case: {
    caseNumber: string;
    outcome: string;
    decisionDate: string | null;
    synthetic: boolean;
    diagnoses: string[];
    summary: string | null;
    decisions: { id: string; ordinal: number; request: string; outcome: string }[];
  } | null;
}

interface Bucket {
  key: string;
  decisions: number;
  overturned: number;
  overturnRate: number;
  rate: number;
  rateLow: number;
  rateHigh: number;
}

export const DECISION_QUERY = `query ExplorerDecision($id: ID!) {
  decision(id: $id) {
    id ordinal request originalRequest outcome authorized decisionDate rationale
    reasons { reason { code label } start end text }
    service { name category subcategory }
    reviewerCitations { text guideline { key } }
    urCitations { text guideline { key } }
    case { caseNumber synthetic diagnoses }
  }
}`;

export const CASE_QUERY = `query ExplorerCase($caseNumber: ID!) {
  case(caseNumber: $caseNumber) {
    caseNumber outcome decisionDate synthetic diagnoses summary
    decisions { id ordinal request outcome }
  }
}`;

const BREAKDOWN_QUERY = `query ExplorerRate($by: Dimension!, $filter: DecisionFilter) {
  outcomeBreakdown(by: $by, filter: $filter) {
    key decisions overturned overturnRate rate rateLow rateHigh
  }
}`;

/** The playground at /graphql, opened on a query (playground-page.ts reads ?query=). */
export function playgroundLink(query: string, variables: Record<string, unknown>): string {
  const p = new URLSearchParams({ query, variables: JSON.stringify(variables, null, 2) });
  return `/graphql?${p.toString()}`;
}

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; attrs?: Record<string, string> } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [key, value] of Object.entries(props.attrs ?? {})) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

function field(name: string, value: string | Node): HTMLElement {
  return h(
    'div',
    { className: 'field', attrs: { 'data-nav': '', tabindex: '0' } },
    h('dt', { text: name }),
    h('dd', {}, value),
  );
}

function outcomeBadge(outcome: string): HTMLElement {
  const overturned = outcome === 'OVERTURNED';
  return h('span', {
    className: `badge ${overturned ? 'overturned' : 'upheld'}`,
    text: overturned ? '◆ Overturned (the worker gets it)' : '■ Upheld (the denial stands)',
  });
}

function rateText(bucket: Bucket | undefined): string {
  if (!bucket) return 'no decisions under the filters';
  return (
    `${percent(bucket.overturnRate)} overturned (${bucket.overturned} of ${bucket.decisions} ` +
    `decisions; 95% interval ${percent(bucket.rateLow)}–${percent(bucket.rateHigh)})`
  );
}

function citations(list: Citation[]): HTMLElement {
  if (list.length === 0) return h('span', { className: 'muted', text: 'none cited' });
  return h('ul', { className: 'citations' }, ...list.map((c) => h('li', { text: c.text })));
}

/** The node's own key (a case number, a decision id, a service name …): its id without `Label:`. */
export function entityKey(node: ViewNode): string {
  const prefix = `${node.label}:`;
  return node.id.startsWith(prefix) ? node.id.slice(prefix.length) : node.key;
}

/** Shows `node` in the panel; a second call replaces the first (late answers are dropped). */
export async function renderPanel(
  host: HTMLElement,
  node: ViewNode,
  filter: Record<string, unknown>,
  actions: PanelActions,
  isCurrent: () => boolean,
): Promise<void> {
  const title = h('h2', { text: node.caption, attrs: { id: 'panel-title' } });
  const kind = h('p', {
    className: 'kind',
    text: node.label === 'Group' ? `Group of ${node.count ?? '?'}` : node.label,
  });
  const body = h('dl', { className: 'fields' });
  const actionsRow = h('div', { className: 'actions' });
  const expand = h('button', {
    text: node.label === 'Group' ? 'Show the next page of this group' : 'Expand neighbours',
    attrs: { type: 'button', 'data-nav': '', id: 'expand-node' },
  });
  expand.addEventListener('click', () => actions.expand(node.id));
  const explore = h('button', {
    text: 'Explore from here',
    attrs: { type: 'button', 'data-nav': '', id: 'explore-node' },
  });
  explore.addEventListener('click', () => actions.explore(node.id));
  actionsRow.append(expand, explore);
  host.replaceChildren(
    kind,
    title,
    actionsRow,
    body,
    h('p', { className: 'muted', text: 'Loading…' }),
  );

  let query = `query ExplorerNode($id: ID!) {\n  graph(id: $id, depth: 1) { root nodes { id caption label } edges { source target type } }\n}`;
  let variables: Record<string, unknown> = { id: node.id };
  const add = (...fields: HTMLElement[]) => body.append(...fields);

  if (node.label === 'Decision') {
    query = DECISION_QUERY;
    variables = { id: entityKey(node) };
    const { decision } = await gql<DecisionAnswer>(query, variables);
    if (!isCurrent()) return;
    if (!decision) add(field('Decision', 'not found'));
    else {
      const caseButton = h('button', {
        text: decision.case.caseNumber,
        attrs: { type: 'button', 'data-nav': '', class: 'link' },
      });
      caseButton.addEventListener('click', () =>
        actions.explore(`Case:${decision.case.caseNumber}`),
      );
      add(
        field('Request', decision.request),
        field('Outcome', outcomeBadge(decision.outcome)),
        field(
          'Partial authorisation',
          decision.authorized ?? 'none: the decision covers the whole request',
        ),
        ...(decision.originalRequest && decision.originalRequest !== decision.request
          ? [field('As first requested', decision.originalRequest)]
          : []),
        field(
          'Service',
          decision.service
            ? `${decision.service.name} (${decision.service.subcategory ?? decision.service.category ?? 'no category'})`
            : 'none',
        ),
        field(
          'Grounds',
          decision.reasons.length > 0
            ? decision.reasons.map((r) => r.reason.label).join('; ')
            : 'none read',
        ),
        field('IMR reviewer cited', citations(decision.reviewerCitations)),
        field('Claims administrator (UR) cited', citations(decision.urCitations)),
        field('Case', caseButton),
        field('Decided', decision.decisionDate ?? 'undated'),
        field('Letters', decision.case.synthetic ? 'synthetic demo letter' : 'published letter'),
      );
      const rationale = h(
        'section',
        {
          className: 'rationale',
          attrs: { 'data-nav': '', tabindex: '0', 'aria-label': 'Rationale' },
        },
        h('h3', { text: 'Rationale' }),
        h(
          'p',
          {},
          ...rationalePieces(decision.rationale, decision.reasons).map((piece) =>
            piece.reasons.length === 0
              ? piece.text
              : h('mark', {
                  className: 'reason',
                  text: piece.text,
                  attrs: { title: piece.reasons.map((r) => `${r.code}: ${r.label}`).join('\n') },
                }),
          ),
        ),
      );
      body.after(rationale);
    }
  } else if (node.label === 'Case') {
    query = CASE_QUERY;
    variables = { caseNumber: entityKey(node) };
    const found = (await gql<CaseAnswer>(query, variables)).case;
    if (!isCurrent()) return;
    if (!found) add(field('Case', 'not found'));
    else {
      const list = h('ul', { className: 'decisions' });
      for (const d of found.decisions) {
        const button = h(
          'button',
          { attrs: { type: 'button', 'data-nav': '', class: 'link' } },
          outcomeBadge(d.outcome),
          ` #${d.ordinal} ${d.request}`,
        );
        button.addEventListener('click', () => actions.explore(`Decision:${d.id}`));
        list.append(h('li', {}, button));
      }
      add(
        field('Outcome', found.outcome),
        field('Decided', found.decisionDate ?? 'undated'),
        field('Letters', found.synthetic ? 'synthetic demo letter' : 'published letter'),
        field('Diagnoses', found.diagnoses.join('; ') || 'none listed'),
        field('Decisions', list),
      );
      if (found.summary)
        body.after(
          h(
            'section',
            { className: 'rationale', attrs: { 'data-nav': '', tabindex: '0' } },
            h('h3', { text: 'Case summary' }),
            h('p', { text: found.summary }),
          ),
        );
    }
  } else if (node.label === 'Guideline' || node.label === 'Service' || node.label === 'Specialty') {
    const by = node.label === 'Guideline' ? 'GUIDELINE' : node.label.toUpperCase();
    const scoped = { ...filter };
    delete scoped.category;
    delete scoped.subcategory;
    delete scoped.service;
    if (node.label === 'Guideline') {
      const document = node.properties?.document;
      if (typeof document === 'string') scoped.guidelineDocument = document;
    } else scoped[node.label === 'Service' ? 'service' : 'specialty'] = entityKey(node);
    query = BREAKDOWN_QUERY;
    variables = { by, filter: scoped };
    const buckets = (await gql<{ outcomeBreakdown: Bucket[] }>(query, variables)).outcomeBreakdown;
    if (!isCurrent()) return;
    const bucket = buckets.find((b) => b.key === entityKey(node));
    const scope =
      scoped.synthetic === false ? 'published letters, every subcategory' : 'all letters';
    add(
      field(
        `Overturn rate (${scope})`,
        h('span', { attrs: { id: 'overturn-rate' }, text: rateText(bucket) }),
      ),
    );
    for (const [name, value] of Object.entries(node.properties ?? {})) {
      if (typeof value !== 'object') add(field(name, String(value)));
    }
  } else {
    for (const [name, value] of Object.entries(node.properties ?? {})) {
      add(field(name, Array.isArray(value) ? value.join(', ') : String(value)));
    }
    if (node.count !== undefined && node.count > 1) add(field('Stands for', `${node.count} nodes`));
  }
  host.querySelector('p.muted:last-child')?.remove();
  const link = h('a', {
    text: 'Ask this in the playground',
    attrs: { href: playgroundLink(query, variables), 'data-nav': '', id: 'playground-link' },
  });
  actionsRow.append(link);
}
