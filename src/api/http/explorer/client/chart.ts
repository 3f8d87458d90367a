/**
 * The guidelineImpact ranking as a forest plot, plain SVG built here (no chart library: a few
 * dozen elements): one row per guideline, the rate as a dot, its 95% Wilson interval as a
 * line, the filtered decisions' baseline as a dashed rule, and the numbers as text.
 */

export interface ImpactRow {
  key: string;
  decisions: number;
  outcomeCount: number;
  rate: number;
  rateLow: number;
  rateHigh: number;
  baselineRate: number;
  lift: number | null;
  guideline: { source: string; document: string; section: string | null };
}

const SVG = 'http://www.w3.org/2000/svg';

export const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;
export const liftText = (lift: number | null) => (lift === null ? '–' : lift.toFixed(2));

/** The row's numbers as the chart prints them (the e2e test compares them with the API's). */
export function rowNumbers(row: ImpactRow): string {
  return (
    `${percent(row.rate)} [${percent(row.rateLow)}–${percent(row.rateHigh)}] · ` +
    `${row.outcomeCount}/${row.decisions} decisions · lift ${liftText(row.lift)}`
  );
}

/** Long names end in an ellipsis; the row's title holds the whole. */
const cut = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

export function guidelineName(g: ImpactRow['guideline']): string {
  return g.section ? `${g.document}: ${g.section}` : g.document;
}

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

const ROW = 44;
const WIDTH = 420;
const PLOT_LEFT = 20;
const PLOT_WIDTH = WIDTH - 44;

/** Draws the rows into `host`; an empty answer says so. `onPick` gets a guideline key. */
export function drawImpactChart(
  host: HTMLElement,
  rows: ImpactRow[],
  outcomeWord: string,
  onPick: (key: string) => void,
): void {
  host.replaceChildren();
  if (rows.length === 0) {
    const empty = document.createElement('p');
    empty.className = 'muted';
    empty.textContent = 'No guideline meets the filters and the minimum of decisions.';
    host.append(empty);
    return;
  }
  const height = rows.length * ROW + 28;
  const svg = el('svg', {
    viewBox: `0 0 ${WIDTH} ${height}`,
    width: '100%',
    role: 'list',
    'aria-label': `Guidelines ranked by ${outcomeWord} rate with 95% intervals`,
  });
  const x = (rate: number) => PLOT_LEFT + rate * PLOT_WIDTH;
  // The axis: 0, 50 and 100%.
  for (const tick of [0, 0.5, 1]) {
    svg.append(el('line', { x1: x(tick), x2: x(tick), y1: 0, y2: height - 16, class: 'tick' }));
    svg.append(
      el(
        'text',
        { x: x(tick), y: height - 4, class: 'tick-label', 'text-anchor': 'middle' },
        percent(tick),
      ),
    );
  }
  const baseline = rows[0].baselineRate;
  svg.append(
    el('line', { x1: x(baseline), x2: x(baseline), y1: 0, y2: height - 16, class: 'baseline' }),
  );
  rows.forEach((row, i) => {
    const top = i * ROW;
    const g = el('g', {
      class: 'impact-row',
      role: 'listitem',
      tabindex: 0,
      'data-key': row.key,
      'data-rate': row.rate,
      'data-rate-low': row.rateLow,
      'data-rate-high': row.rateHigh,
      'data-decisions': row.decisions,
      'data-lift': row.lift ?? '',
    });
    g.append(el('title', {}, `${guidelineName(row.guideline)} (${row.guideline.source})`));
    g.append(
      el('text', { x: 4, y: top + 13, class: 'row-name' }, cut(guidelineName(row.guideline), 64)),
    );
    const y = top + 24;
    g.append(
      el('line', { x1: x(row.rateLow), x2: x(row.rateHigh), y1: y, y2: y, class: 'interval' }),
    );
    g.append(el('circle', { cx: x(row.rate), cy: y, r: 4.5, class: 'rate' }));
    g.append(el('text', { x: 4, y: top + 38, class: 'row-numbers' }, rowNumbers(row)));
    g.addEventListener('click', () => onPick(row.key));
    g.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onPick(row.key);
      }
    });
    svg.append(g);
  });
  host.append(svg);
}
