/**
 * The disputed items of a synthetic letter: which services (by the DWC category mix), their
 * outcomes (by category overturn rate), request texts with partial authorisations and
 * retrospective dates of service, both parties' citations and the rationale.
 */
import type { Outcome, RequestDetails } from '../../loaders/determination';
import {
  CATEGORIES,
  ITEMS_PER_LETTER,
  PARTIAL_SHARE,
  SERVICES,
  type CategorySpec,
} from './catalogue';
import { type Category, type ServiceSpec } from './service-spec';
import { type RegionName } from './regions';
import { buildPartyCitations, citedNothing } from './citations';
import { isoDate, serviceDate } from './dates';
import type { IntendedDecision } from './intended';
import { buildRationale, DEPENDENT_RATIONALE } from './prose';
import { buildRequest, type FocusRegion, type RequestModel } from './request';
import { WeightedTable, type Rng } from './rng';

/** The text blocks of one item, before line wrapping. */
export interface DecisionText {
  /** Item header without the outcome: "MRI of the left knee", or a partial authorisation story. */
  header: string;
  claimsAdministrator: string;
  reviewer: string;
  rationale: string;
}

export interface GeneratedDecision {
  text: DecisionText;
  intended: IntendedDecision;
}

export interface DecisionContext {
  focus: readonly FocusRegion[];
  injuryDay: number;
  urDenialDay: number;
  diagnoses: readonly string[];
}

const ITEM_COUNT = new WeightedTable(ITEMS_PER_LETTER);
const CATEGORY = new WeightedTable(CATEGORIES.map((c) => [c, c.share] as const));
const SERVICE_BY_CATEGORY = new Map<Category, WeightedTable<ServiceSpec>>(
  CATEGORIES.map((c) => [
    c.category,
    new WeightedTable(
      SERVICES.filter((s) => s.category === c.category).map((s) => [s, s.weight] as const),
    ),
  ]),
);

function serviceTable(category: Category): WeightedTable<ServiceSpec> {
  const table = SERVICE_BY_CATEGORY.get(category);
  if (!table) throw new Error(`no services in category ${category}`);
  return table;
}

/** Probability that an item whose request states a count becomes a partial authorisation. */
export const PARTIAL_PROBABILITY = Math.min(1, PARTIAL_SHARE / countableShare());

function countableShare(): number {
  const totalShare = CATEGORIES.reduce((sum, c) => sum + c.share, 0);
  let share = 0;
  for (const c of CATEGORIES) {
    const specs = SERVICES.filter((s) => s.category === c.category);
    const weight = specs.reduce((sum, s) => sum + s.weight, 0);
    for (const s of specs) {
      const countable = s.templates.filter(
        (t) => /\{sessions\}/i.test(t) || (/\{qty\}/.test(t) && (s.quantities?.length ?? 0) > 0),
      ).length;
      share += (c.share / totalShare) * (s.weight / weight) * (countable / s.templates.length);
    }
  }
  return share;
}

export function generateDecisions(rng: Rng, ctx: DecisionContext): GeneratedDecision[] {
  const n = ITEM_COUNT.pick(rng);
  const picked: Array<{ spec: ServiceSpec; outcome: Outcome }> = [];
  for (let i = 0; i < n; i++) {
    const category: CategorySpec = CATEGORY.pick(rng);
    const spec = serviceTable(category.category).pick(rng);
    picked.push({ spec, outcome: rng.chance(category.overturnRate) ? 'OVERTURNED' : 'UPHELD' });
  }
  const ordered = adjunctsAfterSurgery(picked);
  let surgery: SurgeryBefore | null = null;
  return ordered.map(({ spec, outcome }, i) => {
    const item = generateDecision(rng, i + 1, spec, outcome, ctx, surgery);
    if (isPrimarySurgery(spec)) {
      surgery = {
        ordinal: i + 1,
        denied: outcome === 'UPHELD',
        regions: item.intended.details.bodyRegions as RegionName[],
      };
    }
    return item;
  });
}

/** The last surgery before an item: associated services cite its region and may follow from it. */
interface SurgeryBefore {
  ordinal: number;
  denied: boolean;
  regions: RegionName[];
}

function isPrimarySurgery(spec: ServiceSpec): boolean {
  return spec.category === 'Surgery' && !spec.adjunct && spec.subcategory !== 'Surgical Consult';
}

/** Associated surgical services follow the surgery they belong to, as in real letters. */
function adjunctsAfterSurgery<T extends { spec: ServiceSpec }>(items: T[]): T[] {
  let last = -1;
  items.forEach((item, i) => {
    if (isPrimarySurgery(item.spec)) last = i;
  });
  if (last < 0) return items;
  const adjuncts = items.filter((item, i) => item.spec.adjunct && i < last);
  if (adjuncts.length === 0) return items;
  const rest = items.filter((item, i) => !(item.spec.adjunct && i < last));
  const at = rest.indexOf(items[last] as T) + 1;
  return [...rest.slice(0, at), ...adjuncts, ...rest.slice(at)];
}

function generateDecision(
  rng: Rng,
  ordinal: number,
  spec: ServiceSpec,
  outcome: Outcome,
  ctx: DecisionContext,
  surgery: SurgeryBefore | null,
): GeneratedDecision {
  const item = tellRequest(rng, spec, ctx);
  const stated = item.details.bodyRegions as RegionName[];
  const regions = stated.length === 0 && spec.adjunct && surgery ? surgery.regions : stated;
  const ca = buildPartyCitations(rng, 'claimsAdministrator', spec.claimsAdministrator, regions);
  const dependent =
    spec.adjunct === true && surgery?.denied === true && outcome === 'UPHELD' && rng.chance(0.7);
  const reviewer = dependent
    ? citedNothing('reviewer')
    : buildPartyCitations(rng, 'reviewer', spec.reviewer, regions);
  const rationale = dependent
    ? DEPENDENT_RATIONALE
    : buildRationale(rng, spec.guidance, item.request, outcome, rng.pick(ctx.diagnoses));
  return {
    text: {
      header: item.header,
      claimsAdministrator: ca.text,
      reviewer: reviewer.text,
      rationale: rationale.text,
    },
    intended: {
      ordinal,
      request: item.request,
      originalRequest: item.originalRequest,
      authorized: item.authorized,
      outcome,
      service: {
        name: spec.name,
        category: spec.category,
        subcategory: spec.subcategory,
        drug: spec.drug,
      },
      details: item.details,
      claimsAdministrator: ca.intended,
      reviewer: reviewer.intended,
      dependsOn: dependent && surgery ? surgery.ordinal : null,
      reasons: rationale.reasons,
    },
  };
}

interface ToldRequest {
  /** The item header without its outcome. */
  header: string;
  request: string;
  originalRequest: string | null;
  authorized: string | null;
  details: RequestDetails;
}

/** The request as the item header tells it: plain, partly authorised, or retrospective. */
function tellRequest(rng: Rng, spec: ServiceSpec, ctx: DecisionContext): ToldRequest {
  const model = buildRequest(rng, spec, ctx.focus);
  const plain = {
    header: model.text,
    request: model.text,
    originalRequest: null,
    authorized: null,
    details: model.details,
  };
  if (model.count && model.count.value >= 4 && rng.chance(PARTIAL_PROBABILITY)) {
    return tellPartial(rng, model, model.count);
  }
  if (spec.retrospective && rng.chance(spec.retrospective)) {
    const dos = rng.int(ctx.injuryDay + 1, ctx.urDenialDay - 1);
    const written = serviceDate(rng, dos);
    const request = rng.chance(0.7)
      ? `Retrospective ${model.text} DOS: ${written}`
      : `Retrospective ${model.text} (DOS: ${written})`;
    const details = { ...model.details, retrospective: true, dateOfService: isoDate(dos) };
    return { ...plain, header: request, request, details };
  }
  return plain;
}

/**
 * `X was the original request. Y was authorized by the Claims Administrator. The remaining IMR
 * eligible portion of the original request, Z is`, or the rarer story that leaves the whole
 * original request eligible.
 */
function tellPartial(
  rng: Rng,
  model: RequestModel,
  count: NonNullable<RequestModel['count']>,
): ToldRequest {
  const total = count.value;
  const granted = rng.int(
    Math.max(1, Math.round(total * 0.25)),
    Math.min(total - 1, Math.round(total * 0.75)),
  );
  const originalRequest = model.text;
  const authorized = model.withCount(granted);
  if (rng.chance(0.15)) {
    const header =
      `${originalRequest} was the original request. The Claims Administrator authorized ` +
      `${authorized}, leaving the original request IMR eligible. The original request, ` +
      `${originalRequest} is`;
    return {
      header,
      request: originalRequest,
      originalRequest,
      authorized,
      details: model.details,
    };
  }
  const request = model.withCount(total - granted);
  const header =
    `${originalRequest} was the original request. ${authorized} was authorized by the Claims ` +
    `Administrator. The remaining IMR eligible portion of the original request, ${request} is`;
  const details =
    count.field === 'qty'
      ? { ...model.details, quantity: total - granted }
      : { ...model.details, sessions: total - granted };
  return { header, request, originalRequest, authorized, details };
}
