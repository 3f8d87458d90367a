/**
 * The view as a URL: everything needed to draw the same picture again, so a view can be shared,
 * reloaded, and walked with back and forward. Only what differs from the defaults is written.
 */

export type Outcome = 'OVERTURNED' | 'UPHELD';
export type CitedBy = 'REVIEWER' | 'CLAIMS_ADMINISTRATOR';

export interface Filters {
  category: string;
  subcategory: string;
  service: string;
  outcome: Outcome;
  citedBy: CitedBy;
  minDecisions: number;
  /** true: published letters only (synthetic: false); false: all letters. */
  published: boolean;
}

export interface ViewState {
  filters: Filters;
  /** A graph() node id to explore from; null: the opening view (the impact graph). */
  root: string | null;
  depth: number;
  /** graph()'s node limit for the root's view (hubs beyond it come as groups). */
  limit: number;
  /** Nodes expanded in place, in order. */
  expanded: string[];
  selected: string | null;
}

export const DEFAULT_FILTERS: Filters = {
  category: '',
  subcategory: 'Chiropractic',
  service: '',
  outcome: 'OVERTURNED',
  citedBy: 'REVIEWER',
  minDecisions: 2,
  published: true,
};

/** graph()'s own default. */
const DEFAULT_STATE_LIMIT = 200;

export const DEFAULT_STATE: ViewState = {
  filters: DEFAULT_FILTERS,
  root: null,
  depth: 1,
  limit: DEFAULT_STATE_LIMIT,
  expanded: [],
  selected: null,
};

export function parseState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const text = (name: string, fallback: string) => p.get(name) ?? fallback;
  const int = (name: string, fallback: number) => {
    const value = p.get(name);
    // Passed on as given: the API says what is out of range, the page shows its answer.
    return value !== null && /^-?\d+$/.test(value) ? Number(value) : fallback;
  };
  const d = DEFAULT_FILTERS;
  return {
    filters: {
      category: text('category', d.category),
      subcategory: text('subcategory', d.subcategory),
      service: text('service', d.service),
      outcome: p.get('outcome') === 'UPHELD' ? 'UPHELD' : 'OVERTURNED',
      citedBy: p.get('citedBy') === 'CLAIMS_ADMINISTRATOR' ? 'CLAIMS_ADMINISTRATOR' : 'REVIEWER',
      minDecisions: int('min', d.minDecisions),
      published: p.get('letters') !== 'all',
    },
    root: p.get('root'),
    depth: int('depth', 1),
    limit: int('limit', DEFAULT_STATE_LIMIT),
    expanded: p.getAll('expand'),
    selected: p.get('select'),
  };
}

export function stateToSearch(state: ViewState): string {
  const p = new URLSearchParams();
  const f = state.filters;
  const d = DEFAULT_FILTERS;
  if (f.category !== d.category) p.set('category', f.category);
  if (f.subcategory !== d.subcategory) p.set('subcategory', f.subcategory);
  if (f.service !== d.service) p.set('service', f.service);
  if (f.outcome !== d.outcome) p.set('outcome', f.outcome);
  if (f.citedBy !== d.citedBy) p.set('citedBy', f.citedBy);
  if (f.minDecisions !== d.minDecisions) p.set('min', String(f.minDecisions));
  if (!f.published) p.set('letters', 'all');
  if (state.root !== null) {
    p.set('root', state.root);
    if (state.depth !== 1) p.set('depth', String(state.depth));
    if (state.limit !== DEFAULT_STATE_LIMIT) p.set('limit', String(state.limit));
  }
  for (const id of state.expanded) p.append('expand', id);
  if (state.selected !== null) p.set('select', state.selected);
  const text = p.toString();
  return text === '' ? '' : `?${text}`;
}

/** The DecisionFilter the controls stand for. */
export function decisionFilter(f: Filters): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  if (f.category) filter.category = f.category;
  if (f.subcategory) filter.subcategory = f.subcategory;
  if (f.service) filter.service = f.service;
  if (f.published) filter.synthetic = false;
  return filter;
}
