/**
 * Request texts of the synthetic letters, built from a service's templates, and the details
 * (body region, side, levels, sessions, frequency, strength, quantity, date of service) that the
 * text states. Random choices are made once, then rendered, so that a partial authorisation can
 * render the same request with another quantity.
 */
import type { RequestDetails } from '../../loaders/determination';
import { REGIONS, type RegionName } from './regions';
import { type ServiceSpec } from './service-spec';
import type { Rng } from './rng';

export type Laterality = 'left' | 'right' | 'bilateral';

/** A body region of the letter's injury, with the side it is on. */
export interface FocusRegion {
  region: RegionName;
  laterality: Laterality | null;
}

interface Choices {
  label: string;
  strength: string | null;
  qty: number | null;
  region: RegionName | null;
  laterality: Laterality | null;
  regionText: string;
  levels: string[];
  sessions: number | null;
  sessionsStyle: number;
  perWeek: number | null;
  weeks: number | null;
  freqStyle: number;
}

type Token = { literal: string } | { name: string; capital: boolean };

/** A request whose text can be rendered with another quantity or number of sessions. */
export interface RequestModel {
  text: string;
  details: RequestDetails;
  /** The count a partial authorisation can split, if the text states one. */
  count: { field: 'qty' | 'sessions'; value: number } | null;
  /** The text with that count replaced. */
  withCount(value: number): string;
}

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
  'twenty-one',
  'twenty-two',
  'twenty-three',
  'twenty-four',
];
const SESSION_COUNTS = [4, 6, 6, 8, 8, 10, 12, 12, 16, 18, 24];
const PER_WEEK = [1, 2, 2, 2, 2, 3, 3];
const WEEKS = [2, 3, 4, 4, 4, 6, 6, 8];

/** A template split into literals and placeholders, with the placeholder names it uses. */
interface ParsedTemplate {
  tokens: Token[];
  names: ReadonlySet<string>;
}

const templateCache = new Map<string, ParsedTemplate>();

export function buildRequest(
  rng: Rng,
  spec: ServiceSpec,
  focus: readonly FocusRegion[],
): RequestModel {
  const template = rng.pick(spec.templates);
  const { tokens, names } = parseTemplate(template);
  const choices = choose(rng, spec, names, focus);
  const text = render(tokens, choices);
  const count =
    choices.qty !== null && names.has('qty')
      ? { field: 'qty' as const, value: choices.qty }
      : choices.sessions !== null
        ? { field: 'sessions' as const, value: choices.sessions }
        : null;
  return {
    text,
    details: toDetails(spec, choices),
    count,
    withCount: (value) =>
      render(
        tokens,
        count?.field === 'qty' ? { ...choices, qty: value } : { ...choices, sessions: value },
      ),
  };
}

function choose(
  rng: Rng,
  spec: ServiceSpec,
  names: ReadonlySet<string>,
  focus: readonly FocusRegion[],
): Choices {
  const wantsRegion = names.has('region') || names.has('spine') || names.has('levels');
  const place = wantsRegion && spec.regions ? chooseRegion(rng, spec.regions, focus) : null;
  const region = place?.region ?? null;
  const regionSpec = region ? REGIONS[region] : null;
  let laterality = place?.laterality ?? null;
  if (names.has('side'))
    laterality = rng.pick(['right', 'left', 'left', 'right', 'bilateral'] as const);
  const levels: string[] = [];
  if (names.has('levels') && regionSpec?.levels) {
    const all = regionSpec.levels;
    const start = rng.int(0, all.length - 1);
    levels.push(all[start] as string);
    if (start + 1 < all.length && rng.chance(0.35)) levels.push(all[start + 1] as string);
  }
  const usesSessions = names.has('sessions');
  const usesFreq = names.has('freq');
  return {
    label: spec.labels?.length ? rng.pick(spec.labels) : '',
    strength:
      names.has('strength') && spec.strengths?.length
        ? rng.pick(spec.strengths)
        : (spec.statedStrength ?? null),
    qty: names.has('qty') && spec.quantities?.length ? rng.pick(spec.quantities) : null,
    region,
    laterality,
    regionText: regionSpec ? rng.pick(regionSpec.texts) : '',
    levels,
    sessions: usesSessions ? rng.pick(SESSION_COUNTS) : null,
    sessionsStyle: rng.int(0, 9),
    perWeek: usesFreq ? rng.pick(PER_WEEK) : null,
    weeks: usesFreq ? rng.pick(WEEKS) : null,
    freqStyle: rng.int(0, 9),
  };
}

/** Mostly a region of the letter's injury, so the summary and the requests agree. */
function chooseRegion(
  rng: Rng,
  allowed: readonly RegionName[],
  focus: readonly FocusRegion[],
): FocusRegion {
  const candidates = focus.flatMap((f) => {
    if (allowed.includes(f.region)) return [f];
    const limb = limbOf(f.region);
    return limb && allowed.includes(limb) ? [{ region: limb, laterality: f.laterality }] : [];
  });
  if (candidates.length && rng.chance(0.8)) return rng.pick(candidates);
  const region = rng.pick(allowed);
  return { region, laterality: REGIONS[region].plural ? randomSide(rng, region) : null };
}

function limbOf(region: RegionName): RegionName | null {
  if (region === 'cervical spine') return 'upper extremity';
  if (region === 'lumbar spine') return 'lower extremity';
  return null;
}

export function randomSide(rng: Rng, region: RegionName): Laterality | null {
  const x = rng.next();
  const bilateral = region === 'upper extremity' || region === 'lower extremity' ? 0.6 : 0.12;
  if (x < bilateral) return 'bilateral';
  if (x < bilateral + (1 - bilateral) * 0.52) return 'right';
  if (x < 0.97) return 'left';
  return null;
}

function toDetails(spec: ServiceSpec, c: Choices): RequestDetails {
  const regions: RegionName[] = c.region ? [c.region] : [...(spec.fixedRegions ?? [])];
  return {
    bodyRegions: regions,
    laterality: c.laterality,
    spinalLevels: c.levels,
    // A course written as a frequency asks for that many sessions (the parse contract's rule).
    sessions: c.sessions ?? (c.perWeek !== null && c.weeks !== null ? c.perWeek * c.weeks : null),
    perWeek: c.perWeek,
    weeks: c.weeks,
    quantity: c.qty,
    strength: c.strength,
    retrospective: false,
    dateOfService: null,
  };
}

function parseTemplate(template: string): ParsedTemplate {
  const cached = templateCache.get(template);
  if (cached) return cached;
  const tokens: Token[] = [];
  const names = new Set<string>();
  const re = /\{(\w+)\}/g;
  let last = 0;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    if (m.index > last) tokens.push({ literal: template.slice(last, m.index) });
    const raw = m[1] as string;
    const name = raw.toLowerCase();
    tokens.push({ name, capital: raw !== name });
    names.add(name);
    last = re.lastIndex;
  }
  if (last < template.length) tokens.push({ literal: template.slice(last) });
  const parsed = { tokens, names };
  templateCache.set(template, parsed);
  return parsed;
}

function render(tokens: readonly Token[], c: Choices): string {
  let out = '';
  for (const t of tokens) {
    if ('literal' in t) out += t.literal;
    else {
      const value = renderPlaceholder(t.name, t.capital, c);
      out += t.capital ? capitalize(value) : value;
    }
  }
  return out;
}

function renderPlaceholder(name: string, capital: boolean, c: Choices): string {
  switch (name) {
    case 'label':
      return c.label;
    case 'strength':
      return c.strength ?? '';
    case 'qty':
      return String(c.qty ?? '');
    case 'region':
      return regionPhrase(c, capital);
    case 'spine':
      return c.region ? (REGIONS[c.region].adjective ?? c.regionText) : '';
    case 'levels':
      return c.levels.join(' and ');
    case 'side':
      return c.laterality ?? '';
    case 'sessions':
      return sessionsPhrase(c.sessions ?? 0, c.sessionsStyle);
    case 'freq':
      return frequencyPhrase(c.perWeek ?? 1, c.weeks ?? 1, c.freqStyle);
    default:
      throw new Error(`unknown request placeholder {${name}}`);
  }
}

/** "right shoulder", "bilateral knees" (or "Bilateral knee" leading a request), "low back". */
function regionPhrase(c: Choices, leading: boolean): string {
  if (!c.region) return '';
  const spec = REGIONS[c.region];
  if (c.laterality === 'bilateral')
    return `bilateral ${leading ? c.regionText : (spec.plural ?? c.regionText)}`;
  return c.laterality ? `${c.laterality} ${c.regionText}` : c.regionText;
}

function sessionsPhrase(n: number, style: number): string {
  const word = NUMBER_WORDS[n] ?? String(n);
  if (style < 5) return `${n} sessions`;
  if (style < 7) return `${n} visits`;
  if (style < 9) return `${word} (${n}) sessions`;
  return `${word} sessions`;
}

function frequencyPhrase(perWeek: number, weeks: number, style: number): string {
  const pw = NUMBER_WORDS[perWeek] ?? String(perWeek);
  const wk = NUMBER_WORDS[weeks] ?? String(weeks);
  if (perWeek === 1 && style < 8) return `once a week for ${weeks} weeks`;
  if (style < 4) return `${perWeek} times a week for ${weeks} weeks`;
  if (style < 5) return `${perWeek} times per week for ${weeks} weeks`;
  if (style < 7) return `${pw} times a week for ${wk} weeks`;
  if (style < 8)
    return perWeek === 2
      ? `twice a week for ${weeks} weeks`
      : `${pw} times a week times ${wk} weeks`;
  return `${perWeek}x${weeks}`;
}

function capitalize(s: string): string {
  return s ? (s[0] as string).toUpperCase() + s.slice(1) : s;
}
