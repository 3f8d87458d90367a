import './explorer.css';
import {
  ApiError,
  capabilities,
  gql,
  graphViewSelection,
  type Capabilities,
  type GraphView,
  type ViewNode,
} from './api';
import { drawImpactChart, type ImpactRow } from './chart';
import { createDrawing, type Drawing } from './graph';
import { renderPanel } from './panel';
import { decisionFilter, parseState, stateToSearch, type Filters, type ViewState } from './state';
import { narrowChoice, taxonomyOptions, type TaxonomyService } from './taxonomy';

/**
 * The explorer: the mission question as a picture on arrival (the impactGraph of guidelines
 * against services beside the guidelineImpact ranking), then any node's neighbourhood from the
 * search box, expanded in place. The URL holds the view; every API error is shown in the page.
 */

const IMPACT_QUERY = `query ExplorerImpact($filter: DecisionFilter, $outcome: Outcome, $citedBy: CitedBy, $min: Int) {
  guidelineImpact(filter: $filter, outcome: $outcome, citedBy: $citedBy, minDecisions: $min, limit: 12) {
    key decisions outcomeCount rate rateLow rateHigh baselineRate lift
    guideline { source document section }
  }
}`;

/** The API's answers that asking again will not change: the question is out of bounds. */
const REFUSALS = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'QUERY_TOO_COMPLEX',
  'GRAPHQL_VALIDATION_FAILED',
  'UNAUTHENTICATED',
]);

/** Members per page when a group is paged (graph's limit: the node, the members, the next group). */
const GROUP_PAGE = 42;
const isGroup = (id: string) => id.startsWith('Group:');

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

interface Taxonomy {
  services: TaxonomyService[];
}

interface Explorer {
  caps: Capabilities;
  drawing: Drawing;
  taxonomy: Taxonomy;
  state: ViewState;
  /** Nodes as the API described them, by id (the panel reads them). */
  nodes: Map<string, ViewNode>;
  /** Bumped on every render: answers to an older one are dropped. */
  generation: number;
  panelGeneration: number;
  firstPaint: boolean;
}

async function main(): Promise<void> {
  const status = $('status');
  const drawing = createDrawing($('graph'), {
    onSelect: (id) => setSelection(id),
    onExpand: (id) => void expand(id),
  });
  const app: Explorer = {
    caps: await capabilities(),
    drawing,
    taxonomy: { services: [] },
    state: parseState(location.search),
    nodes: new Map(),
    generation: 0,
    panelGeneration: 0,
    firstPaint: true,
  };
  // A handle for the browser's console and the e2e bench (frame time of a big view).
  (window as unknown as { imrExplorer: unknown }).imrExplorer = { cy: drawing.cy, drawing };

  /**
   * An error in the page's error region, with a way on: a refusal (the question itself is out
   * of bounds) offers the opening view, anything else (the database away, a timeout, the
   * network) offers to ask again.
   */
  const showError = (error: unknown) => {
    const message =
      error instanceof ApiError
        ? `${error.message} (${error.code})`
        : `Something went wrong in the page: ${(error as Error).message}`;
    status.className = 'status error';
    status.setAttribute('role', 'alert');
    const refused = error instanceof ApiError && REFUSALS.has(error.code);
    const next = document.createElement('button');
    next.type = 'button';
    next.id = refused ? 'back-to-start' : 'try-again';
    next.textContent = refused ? 'Back to the mission question' : 'Try again';
    next.addEventListener('click', () => (refused ? navigate(parseState('')) : void retry()));
    status.replaceChildren(`${message} `, next);
  };
  const showNote = (text: string) => {
    status.className = 'status';
    status.setAttribute('role', 'status');
    status.textContent = text;
  };

  const navigate = (next: ViewState, replace = false) => {
    const url = `${location.pathname}${stateToSearch(next)}`;
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    void render(next);
  };

  function setSelection(id: string | null): void {
    if (id === app.state.selected) return;
    const next = { ...app.state, selected: id };
    app.state = next;
    history.pushState(null, '', `${location.pathname}${stateToSearch(next)}`);
    void showSelection();
  }

  async function showSelection(): Promise<void> {
    const id = app.state.selected;
    drawing.select(id);
    const panel = $('panel');
    const generation = ++app.panelGeneration;
    if (id === null) {
      panel.replaceChildren(
        hint('Select a node to read about it; double-click or use Expand to add its neighbours.'),
      );
      return;
    }
    const node = app.nodes.get(id);
    if (!node) {
      panel.replaceChildren(hint(`${id} is not in the picture.`));
      return;
    }
    try {
      await renderPanel(
        panel,
        node,
        decisionFilter(app.state.filters),
        {
          expand: (target) => void expand(target),
          explore: (target) =>
            navigate({ ...app.state, root: target, expanded: [], selected: target }),
        },
        () => generation === app.panelGeneration,
      );
    } catch (error) {
      if (generation === app.panelGeneration) showError(error);
    }
  }

  async function fetchView(id: string, depth: number, rootLimit?: number): Promise<GraphView> {
    const query = `query ExplorerGraph($id: ID!, $depth: Int, $limit: Int) {
      graph(id: $id, depth: $depth, limit: $limit) { ${graphViewSelection(app.caps)} }
    }`;
    // A group's page: the node it hangs from, GROUP_PAGE - 2 members, a group for the rest.
    const limit = isGroup(id) ? GROUP_PAGE : (rootLimit ?? null);
    return (await gql<{ graph: GraphView }>(query, { id, depth, limit })).graph;
  }

  /** Adds an expansion to the picture; a group paged is replaced by its members and the group
   * for the members after them. */
  function mergeExpansion(id: string, more: GraphView): number {
    remember(more);
    const added = drawing.merge(more, id);
    if (isGroup(id)) drawing.remove(id);
    return added;
  }

  async function fetchImpact(f: Filters): Promise<GraphView | null> {
    if (!app.caps.impactGraph) return null;
    const query = `query ExplorerImpactGraph($filter: DecisionFilter, $outcome: Outcome, $citedBy: CitedBy, $min: Int) {
      impactGraph(filter: $filter, citedBy: $citedBy, by: SERVICE, outcome: $outcome, minDecisions: $min, limit: 60) {
        ${graphViewSelection(app.caps)}
      }
    }`;
    const variables = {
      filter: decisionFilter(f),
      outcome: f.outcome,
      citedBy: f.citedBy,
      min: f.minDecisions,
    };
    return (await gql<{ impactGraph: GraphView }>(query, variables)).impactGraph;
  }

  const remember = (view: GraphView) => {
    for (const node of view.nodes) if (!app.nodes.has(node.id)) app.nodes.set(node.id, node);
  };

  async function render(state: ViewState): Promise<void> {
    const generation = ++app.generation;
    const current = () => generation === app.generation;
    app.state = state;
    fillTaxonomy(app.taxonomy, state.filters);
    setControls(state.filters);
    showNote('Loading…');
    document.body.dataset.ready = 'false';
    const f = state.filters;
    const outcomeWord = f.outcome === 'OVERTURNED' ? 'overturn' : 'upheld';
    $('chart-title').textContent =
      `Guidelines ${f.citedBy === 'REVIEWER' ? 'the IMR reviewer' : 'the claims administrator'} cited, by ${outcomeWord} rate`;
    try {
      const [impact, picture] = await Promise.all([
        gql<{ guidelineImpact: ImpactRow[] }>(IMPACT_QUERY, {
          filter: decisionFilter(f),
          outcome: f.outcome,
          citedBy: f.citedBy,
          min: f.minDecisions,
        }),
        state.root === null ? fetchImpact(f) : fetchView(state.root, state.depth, state.limit),
      ]);
      if (!current()) return;
      drawImpactChart($('chart'), impact.guidelineImpact, outcomeWord, (key) =>
        navigate({
          ...app.state,
          root: `Guideline:${key}`,
          expanded: [],
          selected: `Guideline:${key}`,
        }),
      );
      app.nodes.clear();
      if (picture) {
        remember(picture);
        drawing.show(picture, state.root === null ? 'impact' : 'neighbourhood');
        for (const id of state.expanded) {
          const more = await fetchView(id, 1);
          if (!current()) return;
          mergeExpansion(id, more);
        }
        $('graph-title').textContent =
          state.root === null
            ? `Guidelines and the services they were cited for (${picture.nodes.length} nodes)`
            : `Around ${app.nodes.get(picture.root)?.caption ?? state.root}, depth ${state.depth}` +
              (picture.truncated ? ' (cut at the limit)' : '');
        showNote(`${drawing.cy.nodes().length} nodes, ${drawing.cy.edges().length} edges drawn.`);
      } else {
        drawing.show({ root: '', truncated: false, nodes: [], edges: [] }, 'impact');
        $('graph-title').textContent = 'The impact graph';
        showNote(
          'This API has no impactGraph query yet (an older imr-graph): the ranking beside answers the question; search a service or guideline to draw its neighbourhood.',
        );
      }
      await showSelection();
      if (app.firstPaint) {
        app.firstPaint = false;
        performance.mark('explorer-first-view');
      }
    } catch (error) {
      if (current()) showError(error);
    } finally {
      if (current()) document.body.dataset.ready = 'true';
    }
  }

  async function expand(id: string): Promise<void> {
    document.body.dataset.ready = 'false';
    try {
      const more = await fetchView(id, 1);
      const added = mergeExpansion(id, more);
      // A paged group leaves the picture, and the panel if it was selected.
      const pagedAway = isGroup(id) && app.state.selected === id;
      const selected = pagedAway ? null : app.state.selected;
      app.state = { ...app.state, expanded: [...app.state.expanded, id], selected };
      history.pushState(null, '', `${location.pathname}${stateToSearch(app.state)}`);
      showNote(`${added} nodes added around ${app.nodes.get(id)?.caption ?? id}.`);
      if (pagedAway) await showSelection();
    } catch (error) {
      showError(error);
    } finally {
      document.body.dataset.ready = 'true';
    }
  }

  // Controls: any change redraws the chart and the impact graph.
  const controls = $('controls') as HTMLFormElement;
  controls.addEventListener('change', (event) => {
    const filters = readControls();
    // The taxonomy narrows from category to subcategory to service: a choice at one level
    // keeps the levels that agree with it and clears those it contradicts.
    const changed = (event.target as HTMLElement).id;
    if (changed === 'category' || changed === 'subcategory' || changed === 'service')
      Object.assign(filters, narrowChoice(app.taxonomy.services, filters, changed));
    navigate({ ...app.state, filters, root: null, expanded: [], selected: null });
  });
  controls.addEventListener('submit', (event) => event.preventDefault());
  $('reset').addEventListener('click', () => navigate(parseState('')));
  window.addEventListener('popstate', () => void render(parseState(location.search)));

  setupSearch((id) => navigate({ ...app.state, root: id, expanded: [], selected: id }), showError);
  setupKeyboard(() => setSelection(null));

  async function loadTaxonomy(): Promise<void> {
    try {
      app.taxonomy = await gql<Taxonomy>('{ services { name category subcategory } }');
    } catch (error) {
      showError(error);
    }
  }

  /** Asks again for what failed: the taxonomy if it never came, and the view in the URL. */
  async function retry(): Promise<void> {
    if (app.taxonomy.services.length === 0) await loadTaxonomy();
    await render(parseState(location.search));
  }

  await loadTaxonomy();
  await render(app.state);
}

function hint(text: string): HTMLElement {
  const p = document.createElement('p');
  p.className = 'muted';
  p.textContent = text;
  return p;
}

function options(select: HTMLSelectElement, values: string[], anyLabel: string): void {
  select.replaceChildren(new Option(anyLabel, ''), ...values.map((v) => new Option(v, v)));
}

/** Each taxonomy control lists what lies inside the levels chosen above it. */
function fillTaxonomy({ services }: Taxonomy, f: Filters): void {
  const offered = taxonomyOptions(services, f);
  options($('category'), offered.categories, 'any category');
  options($('subcategory'), offered.subcategories, 'any subcategory');
  options($('service'), offered.services, 'any service');
}

function ensureOption(select: HTMLSelectElement, value: string): void {
  if (value && ![...select.options].some((o) => o.value === value))
    select.add(new Option(value, value));
  select.value = value;
}

function setControls(f: Filters): void {
  ensureOption($('category'), f.category);
  ensureOption($('subcategory'), f.subcategory);
  ensureOption($('service'), f.service);
  ($('outcome') as HTMLSelectElement).value = f.outcome;
  ($('citedBy') as HTMLSelectElement).value = f.citedBy;
  ($('min') as HTMLInputElement).value = String(f.minDecisions);
  ($('letters') as HTMLSelectElement).value = f.published ? 'published' : 'all';
}

function readControls(): Filters {
  const value = (id: string) => ($(id) as HTMLInputElement).value;
  const min = Number.parseInt(value('min'), 10);
  return {
    category: value('category'),
    subcategory: value('subcategory'),
    service: value('service'),
    outcome: value('outcome') === 'UPHELD' ? 'UPHELD' : 'OVERTURNED',
    citedBy: value('citedBy') === 'CLAIMS_ADMINISTRATOR' ? 'CLAIMS_ADMINISTRATOR' : 'REVIEWER',
    minDecisions: Number.isFinite(min) ? min : 1,
    published: value('letters') !== 'all',
  };
}

interface Suggestion {
  id: string;
  text: string;
  kind: string;
}

const CASE_NUMBER = /^(CM\d{2}-\d{5,}|SYN-\d{7})$/i;
const SEARCH_QUERY = `query ExplorerSearch($text: String!) {
  search(text: $text, first: 6) { kind field case { caseNumber } decision { id request } }
}`;
const NAMES_QUERY = `{ services { name } specialties { name } guidelines { key document section } }`;

interface Names {
  services: { name: string }[];
  specialties: { name: string }[];
  guidelines: { key: string; document: string; section: string | null }[];
}

function setupSearch(pick: (id: string) => void, showError: (error: unknown) => void): void {
  const input = $('search') as HTMLInputElement;
  const list = $('suggestions');
  let names: Promise<Names> | null = null;
  let timer: number | undefined;
  let asked = 0;

  const choose = (s: Suggestion) => {
    list.replaceChildren();
    input.value = '';
    pick(s.id);
  };
  const show = (items: Suggestion[]) => {
    list.replaceChildren(
      ...items.map((s) => {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'suggestion';
        button.dataset.id = s.id;
        const kind = document.createElement('span');
        kind.className = 'kind';
        kind.textContent = s.kind;
        button.append(kind, ` ${s.text}`);
        button.addEventListener('click', () => choose(s));
        item.append(button);
        return item;
      }),
    );
  };
  const suggest = async (text: string): Promise<Suggestion[]> => {
    const out: Suggestion[] = [];
    if (CASE_NUMBER.test(text))
      out.push({ id: `Case:${text.toUpperCase()}`, text: text.toUpperCase(), kind: 'Case' });
    names ??= gql<Names>(NAMES_QUERY);
    const lower = text.toLowerCase();
    const found = await names;
    for (const s of found.services.filter((s) => s.name.toLowerCase().includes(lower)).slice(0, 5))
      out.push({ id: `Service:${s.name}`, text: s.name, kind: 'Service' });
    for (const s of found.specialties
      .filter((s) => s.name.toLowerCase().includes(lower))
      .slice(0, 3))
      out.push({ id: `Specialty:${s.name}`, text: s.name, kind: 'Specialty' });
    for (const g of found.guidelines
      .filter((g) => `${g.document} ${g.section ?? ''}`.toLowerCase().includes(lower))
      .slice(0, 4))
      out.push({
        id: `Guideline:${g.key}`,
        text: g.section ? `${g.document}: ${g.section}` : g.document,
        kind: 'Guideline',
      });
    if (!CASE_NUMBER.test(text) && text.trim().length >= 3) {
      const { search } = await gql<{
        search: {
          kind: string;
          field: string;
          case: { caseNumber: string };
          decision: { id: string; request: string } | null;
        }[];
      }>(SEARCH_QUERY, { text });
      for (const hit of search) {
        if (hit.decision)
          out.push({
            id: `Decision:${hit.decision.id}`,
            text: `${hit.decision.id} ${hit.decision.request}`,
            kind: 'Decision',
          });
        else
          out.push({
            id: `Case:${hit.case.caseNumber}`,
            text: `${hit.case.caseNumber} (${hit.field})`,
            kind: 'Case',
          });
      }
    }
    return out;
  };
  const run = async () => {
    const text = input.value.trim();
    const mine = ++asked;
    if (text.length < 2) return list.replaceChildren();
    try {
      const items = await suggest(text);
      if (mine === asked) show(items);
    } catch (error) {
      if (mine === asked) showError(error);
    }
  };
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 250);
  });
  ($('search-form') as HTMLFormElement).addEventListener('submit', async (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    const text = input.value.trim();
    if (CASE_NUMBER.test(text))
      return choose({ id: `Case:${text.toUpperCase()}`, text, kind: 'Case' });
    await run();
    const first = list.querySelector<HTMLButtonElement>('button.suggestion');
    first?.click();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      list.querySelector<HTMLButtonElement>('button')?.focus();
    }
  });
  list.addEventListener('keydown', (event) => moveFocus(event, list, 'button', input));
}

/** Up and down arrows walk a list of focusable items; above the first goes to `before`. */
function moveFocus(
  event: KeyboardEvent,
  host: HTMLElement,
  selector: string,
  before?: HTMLElement,
): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const items = [...host.querySelectorAll<HTMLElement>(selector)];
  const at = items.indexOf(document.activeElement as HTMLElement);
  if (at < 0) return;
  event.preventDefault();
  const next = at + (event.key === 'ArrowDown' ? 1 : -1);
  if (next < 0) before?.focus();
  else items[Math.min(next, items.length - 1)].focus();
}

function setupKeyboard(clearSelection: () => void): void {
  const input = $('search') as HTMLInputElement;
  document.addEventListener('keydown', (event) => {
    const typing =
      event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement;
    if (event.key === '/' && !typing) {
      event.preventDefault();
      input.focus();
      input.select();
    } else if (event.key === 'Escape') {
      if (input.value !== '' || document.activeElement === input) {
        input.value = '';
        $('suggestions').replaceChildren();
        input.blur();
      } else clearSelection();
    }
  });
  const panel = $('panel');
  panel.addEventListener('keydown', (event) => moveFocus(event, panel, '[data-nav]'));
}

main().catch((error: unknown) => {
  const status = document.getElementById('status');
  if (status) {
    status.className = 'status error';
    status.setAttribute('role', 'alert');
    status.textContent = `The explorer could not start: ${(error as Error).message}`;
  }
});
