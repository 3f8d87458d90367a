/**
 * A disputed item's request text → its canonical service (taxonomy.md).
 *
 *   "Retrospective Cyclobenzaprine 5mg tab #30 DOS: 11/14/16" → Cyclobenzaprine
 *   "Associated surgical service: Cold therapy unit"          → Post-operative cold therapy unit
 *   "Cadual Epidural Steroid Injection"                       → Epidural steroid injection
 *
 * Drugs come first (./vocab/drugs.ts): a drug named anywhere makes the item Pharmaceuticals,
 * unless the matched service says it outranks drugs (an injection *of* lidocaine). Otherwise
 * the first matching row of ./vocab/services.ts wins. Everything is compiled once at module
 * load into token indexes; a call tokenises the request once and does map lookups, with no
 * regex built per call.
 */
import type { CanonicalService } from '../determination';
import { BODY_REGIONS } from '../vocab/body-regions';
import {
  COMBINATIONS,
  COMPOUND_BASES,
  DRUG_STEMS,
  NOT_DRUG_TYPOS,
  TOPICAL_CLASSES,
  listDrugs,
  type CombinationSpec,
  type DrugClass,
} from '../vocab/drugs';
import { SERVICES, type ServiceEntry } from '../vocab/services';

// ---------------------------------------------------------------------------------------------
// Tokens: lowercase words and numbers; every other character separates ("Hydrocodone/APAP"
// → hydrocodone apap, "325mg" → 325 mg, "X-ray" → x ray, "7.5" stays one number): the
// matches of /[a-z]+|\d+(?:\.\d+)?/g in the lowercased text.

export function tokenise(text: string): string[] {
  return tokensOfLowered(text.toLowerCase());
}

/**
 * tokenise for text already lowercased: `lower.match(/[a-z]+|\d+(?:\.\d+)?/g) ?? []` as a
 * loop over character codes (a run of a-z; a run of 0-9 with one `.digits` tail), which
 * spares the regex machinery on these short texts.
 */
function tokensOfLowered(lower: string): string[] {
  const tokens: string[] = [];
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const code = lower.charCodeAt(i);
    if (isLetter(code)) {
      let end = i + 1;
      while (end < n && isLetter(lower.charCodeAt(end))) end++;
      tokens.push(lower.slice(i, end));
      i = end;
    } else if (isDigit(code)) {
      let end = digitsEnd(lower, i + 1);
      if (end + 1 < n && lower.charCodeAt(end) === DOT && isDigit(lower.charCodeAt(end + 1)))
        end = digitsEnd(lower, end + 2);
      tokens.push(lower.slice(i, end));
      i = end;
    } else i++;
  }
  return tokens;
}

const [A_CODE, Z_CODE, ZERO, NINE, DOT] = ['a', 'z', '0', '9', '.'].map((c) => c.charCodeAt(0));

function isLetter(code: number): boolean {
  return code >= A_CODE && code <= Z_CODE;
}

function isDigit(code: number): boolean {
  return code >= ZERO && code <= NINE;
}

/** The end of the run of digits from `from`. */
function digitsEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && isDigit(text.charCodeAt(end))) end++;
  return end;
}

/** Equal, or one insertion, deletion, substitution or swap of neighbours apart. */
export function isOneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  const diff = a.length - b.length;
  if (diff > 1 || diff < -1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (diff === 1) return a.slice(i + 1) === b.slice(i);
  if (diff === -1) return a.slice(i) === b.slice(i + 1);
  if (a.slice(i + 1) === b.slice(i + 1)) return true;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** The string and every string one character shorter: two words one edit apart share one. */
function deletionVariants(word: string): string[] {
  const variants = [word];
  for (let i = 0; i < word.length; i++) variants.push(word.slice(0, i) + word.slice(i + 1));
  return variants;
}

/** Words within one edit, indexed by deletion variants (symmetric delete), verified exactly. */
class TypoIndex<T> {
  private readonly byVariant = new Map<string, { word: string; value: T }[]>();

  add(word: string, value: T): void {
    for (const variant of new Set(deletionVariants(word))) {
      const list = this.byVariant.get(variant) ?? [];
      list.push({ word, value });
      this.byVariant.set(variant, list);
    }
  }

  /** The one value whose word is one edit from `token`, or undefined (none, or ambiguous). */
  lookup(token: string, same: (a: T, b: T) => boolean): T | undefined {
    let found: T | undefined;
    for (const variant of deletionVariants(token)) {
      for (const candidate of this.byVariant.get(variant) ?? []) {
        if (!isOneEditApart(token, candidate.word)) continue;
        if (found !== undefined && !same(found, candidate.value)) return undefined;
        found = candidate.value;
      }
    }
    return found;
  }
}

// ---------------------------------------------------------------------------------------------
// Service patterns (syntax in ../vocab/services.ts) compiled to a word index, phrases by
// first word, and patterns by phrase: a call only evaluates patterns one of whose phrases
// occurs in the request.

interface Clause {
  phrases: number[];
  negative: boolean;
}

interface Pattern {
  entry: number;
  clauses: Clause[];
}

const NONE: readonly number[] = [];

class PhraseMatcher {
  private readonly exact = new Map<string, number>();
  private readonly prefixes = new Map<string, { stem: string; id: number }[]>();
  private readonly suffixes = new Map<string, { stem: string; id: number }[]>();
  private readonly wordIds = new Map<string, number>();
  private readonly phrases: number[][] = [];
  private readonly phraseIds = new Map<string, number>();
  /** Phrases by the id of their first word (ids are dense: an array, not a map). */
  private readonly phrasesOpenedBy: number[][] = [];
  private readonly patterns: Pattern[] = [];
  private readonly patternsByPhrase: number[][] = [];
  private readonly typos = new TypoIndex<string>();
  /** Scratch marks for the phrases of one call, cleared before it returns. */
  private hit = new Uint8Array(0);
  /** Word ids per token, memoised: requests reuse a small vocabulary. */
  private readonly idsCache = new Map<string, readonly number[]>();

  constructor(entries: readonly (readonly string[])[]) {
    entries.forEach((patterns, entry) => {
      for (const source of patterns) this.addPattern(entry, source);
    });
    for (const word of this.exact.keys()) if (/^[a-z]{5,}$/.test(word)) this.typos.add(word, word);
    this.hit = new Uint8Array(this.phrases.length);
    for (let word = 0; word < this.wordIds.size; word++) this.phrasesOpenedBy[word] ??= [];
  }

  /** Index of the first entry with a matching pattern, or -1. */
  firstMatch(tokens: readonly string[]): number {
    const ids = tokens.map((token) => this.idsOf(token));
    const hit = this.hit;
    const found: number[] = [];
    for (let i = 0; i < ids.length; i++) {
      const words = ids[i];
      for (let w = 0; w < words.length; w++) {
        const opened = this.phrasesOpenedBy[words[w]];
        for (let k = 0; k < opened.length; k++) {
          const phrase = opened[k];
          if (hit[phrase] === 0 && this.phraseAt(phrase, ids, i)) {
            hit[phrase] = 1;
            found.push(phrase);
          }
        }
      }
    }
    // Pattern indexes follow table order, so the lowest satisfied index is the first entry.
    // Each phrase lists its patterns in ascending order: the scan stops at the first satisfied
    // one, or at the best so far, since no later one can be lower.
    let best = -1;
    for (const phrase of found) {
      for (const index of this.patternsByPhrase[phrase]) {
        if (best >= 0 && index >= best) break;
        if (satisfies(this.patterns[index], hit)) {
          best = index;
          break;
        }
      }
    }
    for (const phrase of found) hit[phrase] = 0;
    return best < 0 ? -1 : this.patterns[best].entry;
  }

  exactWords(): IterableIterator<string> {
    return this.exact.keys();
  }

  /** The pattern word one edit from a misspelt token ("acupunture"), or null. */
  closestWord(token: string): string | null {
    return this.typos.lookup(token, (a, b) => a === b) ?? null;
  }

  private addPattern(entry: number, source: string): void {
    const index = this.patterns.length;
    const clauses = source.split('&').map((text) => {
      const negative = text.trim().startsWith('!');
      const alternatives = text.replace('!', '').split('|');
      return { negative, phrases: alternatives.map((a) => this.phraseId(a, source)) };
    });
    if (clauses.every((c) => c.negative))
      throw new Error(`service pattern with no positive clause: ${source}`);
    this.patterns.push({ entry, clauses });
    for (const clause of clauses) {
      if (clause.negative) continue;
      for (const phrase of clause.phrases) this.patternsByPhrase[phrase].push(index);
    }
  }

  private phraseId(text: string, source: string): number {
    const words = text
      .trim()
      .split(/\s+/)
      .flatMap((raw) => this.wordIdsOf(raw, source));
    if (words.length === 0) throw new Error(`empty phrase in service pattern: ${source}`);
    const key = words.join(' ');
    const known = this.phraseIds.get(key);
    if (known !== undefined) return known;
    const id = this.phrases.length;
    this.phrases.push(words);
    this.phraseIds.set(key, id);
    this.patternsByPhrase.push([]);
    (this.phrasesOpenedBy[words[0]] ??= []).push(id);
    return id;
  }

  private wordIdsOf(raw: string, source: string): number[] {
    const prefix = raw.endsWith('*');
    const suffix = raw.startsWith('*');
    if (!prefix && !suffix) return tokenise(raw).map((word) => this.wordId('exact', word));
    const stem = raw.replace(/\*/g, '');
    if (!/^[a-z]{4,}$/.test(stem))
      throw new Error(`bad wildcard '${raw}' in service pattern: ${source}`);
    return [this.wordId(prefix ? 'prefix' : 'suffix', stem)];
  }

  private wordId(kind: 'exact' | 'prefix' | 'suffix', word: string): number {
    const key = `${kind}:${word}`;
    const known = this.wordIds.get(key);
    if (known !== undefined) return known;
    const id = this.wordIds.size;
    this.wordIds.set(key, id);
    if (kind === 'exact') this.exact.set(word, id);
    else {
      const table = kind === 'prefix' ? this.prefixes : this.suffixes;
      const bucket = kind === 'prefix' ? word.slice(0, 4) : word.slice(-4);
      table.set(bucket, [...(table.get(bucket) ?? []), { stem: word, id }]);
    }
    return id;
  }

  private idsOf(token: string): readonly number[] {
    const cached = this.idsCache.get(token);
    if (cached !== undefined) return cached;
    const ids = this.computeIds(token);
    if (this.idsCache.size >= 100_000) this.idsCache.clear();
    this.idsCache.set(token, ids.length === 0 ? NONE : ids);
    return ids;
  }

  private computeIds(token: string): number[] {
    const ids: number[] = [];
    const exact = this.exact.get(token);
    if (exact !== undefined) ids.push(exact);
    if (token.length >= 4) {
      for (const p of this.prefixes.get(token.slice(0, 4)) ?? [])
        if (token.startsWith(p.stem)) ids.push(p.id);
      for (const s of this.suffixes.get(token.slice(-4)) ?? [])
        if (token.endsWith(s.stem)) ids.push(s.id);
    }
    return ids;
  }

  private phraseAt(phrase: number, ids: readonly (readonly number[])[], at: number): boolean {
    const words = this.phrases[phrase];
    if (at + words.length > ids.length) return false;
    for (let k = 1; k < words.length; k++) if (!ids[at + k].includes(words[k])) return false;
    return true;
  }
}

/** Every clause holds: one of its phrases was hit, or, for a negative clause, none was. */
function satisfies(pattern: Pattern, hit: Uint8Array): boolean {
  for (const clause of pattern.clauses) {
    if (anyHit(clause.phrases, hit) === clause.negative) return false;
  }
  return true;
}

function anyHit(phrases: readonly number[], hit: Uint8Array): boolean {
  for (let k = 0; k < phrases.length; k++) if (hit[phrases[k]] === 1) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Drugs: every synonym (tokenised) → product, longest match first; single words of six
// letters or more also with one typo.

interface Product {
  generic: string;
  drugClass: DrugClass;
  /** The generics it contains: itself for a single drug. */
  actives: readonly string[];
  topical?: DrugClass | 'systemic';
  injectedOnly: boolean;
  /** A branded product of several actives applied to the skin (Terocin). */
  compoundBrand: boolean;
}

interface DrugHit {
  product: Product;
  /** Named by a brand that is a topical product by itself (Flector). */
  topicalBrand: boolean;
}

interface Synonym extends DrugHit {
  tokens: string[];
}

const activesKey = (actives: readonly string[]) => [...actives].sort().join('|');

class DrugIndex {
  private readonly byFirst = new Map<string, Synonym[]>();
  private readonly singles = new Map<string, Product>();
  private readonly combinations = new Map<string, CombinationSpec>();
  private readonly typos = new TypoIndex<Synonym>();

  constructor() {
    for (const spec of listDrugs()) {
      const compoundBrand = spec.actives !== undefined;
      const product: Product = {
        generic: spec.generic,
        drugClass: spec.drugClass,
        actives: spec.actives ?? [spec.generic],
        topical: spec.topical,
        injectedOnly: spec.injectedOnly === true,
        compoundBrand,
      };
      if (!compoundBrand) this.singles.set(spec.generic, product);
      for (const name of [spec.generic, ...(spec.synonyms ?? [])])
        this.addSynonym(name, product, false);
      for (const name of spec.topicalBrands ?? []) this.addSynonym(name, product, true);
    }
    for (const spec of COMBINATIONS) {
      this.combinations.set(activesKey(spec.of), spec);
      const product: Product = {
        ...spec,
        actives: spec.of,
        injectedOnly: false,
        compoundBrand: false,
      };
      for (const name of [spec.generic, ...(spec.synonyms ?? [])])
        this.addSynonym(name, product, false);
    }
    for (const list of this.byFirst.values())
      list.sort((a, b) => b.tokens.length - a.tokens.length);
  }

  /**
   * Drugs named in the request, in order. With `known`, an unknown word of six letters or more
   * may also be a drug with one typo (`known` words never are); with null, exact names only.
   */
  find(tokens: readonly string[], known: ReadonlySet<string> | null): DrugHit[] {
    const hits: DrugHit[] = [];
    for (let i = 0; i < tokens.length;) {
      const synonym = this.byFirst.get(tokens[i])?.find((s) => startsAt(tokens, i, s.tokens));
      if (synonym !== undefined) {
        hits.push(synonym);
        i += synonym.tokens.length;
        continue;
      }
      const token = tokens[i];
      if (known !== null && isTypoCandidate(token, known)) {
        const typo = this.typos.lookup(token, (a, b) => a.product === b.product);
        if (typo !== undefined) hits.push(typo);
      }
      i++;
    }
    return hits;
  }

  single(generic: string): Product | undefined {
    return this.singles.get(generic);
  }

  combinationOf(actives: readonly string[]): CombinationSpec | undefined {
    return this.combinations.get(activesKey(actives));
  }

  tokens(): string[] {
    return [...this.byFirst.values()].flatMap((list) => list.flatMap((s) => s.tokens));
  }

  private addSynonym(name: string, product: Product, topicalBrand: boolean): void {
    const tokens = tokenise(name);
    if (tokens.length === 0) return;
    const synonym: Synonym = { product, topicalBrand, tokens };
    const list = this.byFirst.get(tokens[0]) ?? [];
    if (list.some((s) => s.tokens.join(' ') === tokens.join(' '))) return;
    list.push(synonym);
    this.byFirst.set(tokens[0], list);
    if (tokens.length === 1 && tokens[0].length >= 6) this.typos.add(tokens[0], synonym);
  }
}

/** A word DrugIndex.find may read as a drug with a typo (the test it makes, before the lookup). */
function hasTypoCandidate(tokens: readonly string[]): boolean {
  return tokens.some((token) => isTypoCandidate(token, KNOWN_WORDS));
}

function isTypoCandidate(token: string, known: ReadonlySet<string>): boolean {
  return token.length >= 6 && !known.has(token) && /^[a-z]+$/.test(token);
}

function startsAt(tokens: readonly string[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > tokens.length) return false;
  for (let k = 1; k < phrase.length; k++) if (tokens[at + k] !== phrase[k]) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Canonicalisation

const matcher = new PhraseMatcher(SERVICES.map((entry) => entry.match));
const drugs = new DrugIndex();

/**
 * Request words around a name: quantities, sides, dates, order words ("Acupuncture x 6
 * sessions, right"). They are never part of a drug name, nor tell services apart.
 */
const REQUEST_WORDS: ReadonlySet<string> = new Set(
  tokenise(
    'the of for to and with a an in on at by or per as x times time session sessions visit visits ' +
      'week weeks weekly month months day days daily year hour hours retrospective retro request ' +
      'requested dos date service purchase rental rent left right bilateral bilat additional ' +
      'initial continued continue continuation one two three four five six seven eight nine ten ' +
      'eleven twelve mg mcg ml gm g tab tabs tablet tablets cap caps capsule capsules qty ' +
      'quantity refill refills supply unspecified unknown possible prn twice once number no ' +
      'follow order ordered dated authorization eligible portion original remaining ' +
      'lower upper extremity extremities side level levels leaving imr claims administrator ' +
      'authorized was is portion',
  ),
);
/** Request words and body regions (for the fuzzy guard and unknown names). */
const FILLER = new Set(REQUEST_WORDS);
for (const entry of BODY_REGIONS) {
  for (const synonym of entry.synonyms) tokenise(synonym).forEach((t) => FILLER.add(t));
}

/**
 * Entries by the words of their own name, request words left out. A request that is an
 * entry's name, give or take quantities, sides and order words, is that entry, whatever
 * broader pattern of an earlier entry also matches it: "Nicotine replacement" is not the
 * joint replacement that `replacement` finds first, nor "Joint fusion" a spinal fusion.
 */
const ENTRY_BY_NAME = new Map<string, ServiceEntry>();
for (const entry of SERVICES) {
  const key = nameKey(tokenise(entry.name));
  const known = ENTRY_BY_NAME.get(key);
  if (known !== undefined && known.name !== entry.name)
    throw new Error(`services '${known.name}' and '${entry.name}' have the same name words`);
  // Stryker disable next-line ConditionalExpression: a later entry of the same name is the same service (one name, one category)
  if (known === undefined) ENTRY_BY_NAME.set(key, entry);
}

/** The words that tell a service's name apart: no numbers, no request words. */
function nameKey(tokens: readonly string[]): string {
  // Stryker disable next-line StringLiteral: any separator gives the names and the requests the same keys
  return tokens.filter((t) => !REQUEST_WORDS.has(t) && !isDigit(t.charCodeAt(0))).join(' ');
}

/** Words with a meaning of their own: a typo correction never turns them into a drug. */
const KNOWN_WORDS = new Set([...FILLER, ...matcher.exactWords(), ...drugs.tokens()]);
for (const word of [...COMPOUND_BASES, ...NOT_DRUG_TYPOS])
  tokenise(word).forEach((t) => KNOWN_WORDS.add(t));

const ASSOCIATED_SURGICAL = /\bassociated\s+surgical\s+services?\b/i;
const ASSOCIATED_SURGICAL_ALL = /\bassociated\s+surgical\s+services?\s*:?/gi;
const SURGICAL_CONTEXT =
  /\b(?:post[\s-]*op(?:erative(?:ly)?)?|post[\s-]*surg(?:ical|ery)|after\s+surgery|following\s+surgery|peri[\s-]*op(?:erative)?|intra[\s-]*op(?:erative)?|pre[\s-]*op(?:erative(?:ly)?)?|prior\s+to\s+surgery|before\s+surgery)\b/i;
const PRE_OPERATIVE =
  /\b(?:pre[\s-]*op(?:erative(?:ly)?)?|prior\s+to\s+surgery|before\s+surgery)\b/i;
/** Tests around a surgery are done before it unless the request says otherwise. */
const POST_OPERATIVE =
  /\b(?:post[\s-]*op(?:erative(?:ly)?)?|post[\s-]*surg(?:ical|ery)|after\s+surgery|following\s+surgery)\b/i;
/** A strength like 10/325: the second number is acetaminophen (Norco, Percocet, Ultracet). */
const ACETAMINOPHEN_STRENGTH = /\d\s*\/\s*(?:300|325|500|650|750)(?!\d)/;
const PERCENT = /%|\bpercent\b/i;
const TOPICAL_WORDS = new Set(
  tokenise(
    'cream creams gel gels ointment ointments lotion lotions topical topically patch patches ' +
      'transdermal compound compounded compounding liniment balm rub roll spray foam',
  ),
);
/**
 * A spray into the nose or mouth (`Sumatriptan nasal spray`, `Sprix nasal spray`) is taken up by
 * the body, not applied to the skin: the route word stays, `spray` no longer reads as topical.
 */
const SYSTEMIC_SPRAY = /\b((?:intra)?nasal|oral|sublingual|buccal)\s+sprays?\b/gi;
/** Dose words that mark an unrecognised name as a drug. */
const DOSE =
  /\d\s*(?:mg|mcg|ml|gm|g|iu|oz)\b|\b(?:tabs?|tablets?|caps|capsules?|oral|suspension|refills?)\b/i;

/** What the letter says around the request. */
export interface ServiceContext {
  /** The item follows from a surgery of the same letter (its rationale says so). */
  surgery?: boolean;
}

export function canonicaliseService(
  request: string,
  context: ServiceContext = {},
): CanonicalService {
  // Both patterns are case-insensitive over ASCII letters: they cannot match a request whose
  // lowercase lacks their words, and then the text is the request itself.
  const lower = request.toLowerCase();
  // Stryker disable next-line LogicalOperator,StringLiteral: includes() is a fast path (see above)
  const named = lower.includes('associated') && ASSOCIATED_SURGICAL.test(request);
  // Stryker disable next-line StringLiteral: '' or ' ': the label follows a non-letter (\b), so the words around it stay apart
  const unassociated = named ? request.replace(ASSOCIATED_SURGICAL_ALL, ' ') : request;
  // Stryker disable next-line StringLiteral: includes() is a fast path; the replace finds nothing without 'spray'
  const text = lower.includes('spray') ? unassociated.replace(SYSTEMIC_SPRAY, '$1') : unassociated;
  // Stryker disable next-line ConditionalExpression: a fast path; tokenise(request) lowers it alike
  const tokens = text === request ? tokensOfLowered(lower) : tokenise(text);
  const parsed: RequestText = { text, tokens, associated: named || context.surgery === true };
  const entry = bestEntry(tokens);

  // Typos are tried only when nothing else explains the request, or it reads as a drug order.
  // With no word that could be a typo, allowing them changes nothing: DOSE is not run.
  const typosAllowed =
    entry === undefined ||
    entry.category === 'Pharmaceuticals' ||
    (hasTypoCandidate(tokens) && DOSE.test(text));
  const hits = drugs.find(tokens, typosAllowed ? KNOWN_WORDS : null);
  if (hits.length > 0 && !outranksDrugs(entry, hits)) return fromDrugs(hits, text, tokens);
  if (entry !== undefined && entry.category !== 'Pharmaceuticals') return fromEntry(entry, parsed);
  const dosed = DOSE.test(text);

  const stem = stemDrug(tokens);
  if (stem !== null) return stem;
  // A named but unlisted drug ("Xyz 10mg #30") beats the bare 'Medication' placeholder.
  if (entry !== undefined && (entry.subcategory !== null || !dosed))
    return fromEntry(entry, parsed);
  if (dosed) return unknownDrug(tokens);

  const corrected = correctTypos(tokens);
  const retry = corrected === null ? undefined : bestEntry(corrected);
  if (retry !== undefined) return fromEntry(retry, parsed);
  const name = coreWords(tokens) || request.trim().toLowerCase();
  return { name, category: null, subcategory: null, drug: null };
}

/** The request as the matchers see it. */
interface RequestText {
  text: string;
  tokens: readonly string[];
  /** Began with `Associated surgical service:`, or follows from a surgery of the letter. */
  associated: boolean;
}

/** The entry the request names outright, else the first entry with a matching pattern. */
function bestEntry(tokens: readonly string[]): ServiceEntry | undefined {
  const named = ENTRY_BY_NAME.get(nameKey(tokens));
  if (named !== undefined) return named;
  const index = matcher.firstMatch(tokens);
  // Stryker disable next-line ConditionalExpression: SERVICES[-1] is undefined as well
  return index < 0 ? undefined : SERVICES[index];
}

/**
 * The service wins over the drugs it names (an injection of lidocaine), except that hyaluronic
 * acid is only ever injected: "Synvisc injection" is the drug.
 */
function outranksDrugs(entry: ServiceEntry | undefined, hits: readonly DrugHit[]): boolean {
  if (entry?.overDrugs !== true) return false;
  return !(entry.category === 'Injection' && hits.some((h) => h.product.injectedOnly));
}

function fromEntry(entry: ServiceEntry, request: RequestText): CanonicalService {
  // The surgical context matters only to a perioperative entry.
  if (entry.perioperative === true && isSurgical(request)) {
    const prefix =
      PRE_OPERATIVE.test(request.text) ||
      (entry.category === 'Diagnostic Testing' && !POST_OPERATIVE.test(request.text))
        ? 'Pre-operative'
        : 'Post-operative';
    return {
      name: `${prefix} ${lowerFirst(entry.name)}`,
      category: 'Surgery',
      subcategory: 'Adjunct Surgical Services',
      drug: null,
    };
  }
  return { name: entry.name, category: entry.category, subcategory: entry.subcategory, drug: null };
}

function isSurgical(request: RequestText): boolean {
  return request.associated || SURGICAL_CONTEXT.test(request.text);
}

/** 'Cold therapy unit' → 'cold therapy unit'; acronyms ('EKG', 'TENS unit', 'X-ray') stay. */
function lowerFirst(name: string): string {
  // Stryker disable next-line Regex: without ^ it reads the same on every perioperative name of the table (checked: none has a capital before a lowercase letter after its start)
  return /^[A-Z][a-z]/.test(name) ? name[0].toLowerCase() + name.slice(1) : name;
}

function fromDrugs(
  hits: readonly DrugHit[],
  text: string,
  tokens: readonly string[],
): CanonicalService {
  const actives = [...new Set(hits.flatMap((h) => h.product.actives))];
  if (actives.length === 1 && ACETAMINOPHEN_STRENGTH.test(text)) {
    const combination = drugs.combinationOf([actives[0], 'Acetaminophen']);
    if (combination !== undefined) return drugService(combination.generic, combination.drugClass);
  }
  const topical =
    hits.some((h) => h.topicalBrand) ||
    PERCENT.test(text) ||
    tokens.some((t) => TOPICAL_WORDS.has(t));
  if (actives.length === 1) return singleDrug(drugs.single(actives[0]) ?? hits[0].product, topical);

  const combination = drugs.combinationOf(actives);
  if (combination !== undefined) return drugService(combination.generic, combination.drugClass);
  const skinOnly = actives.some((active) => {
    const drugClass = drugs.single(active)?.drugClass;
    return drugClass !== undefined && TOPICAL_CLASSES.has(drugClass);
  });
  const branded = hits.some((h) => h.product.compoundBrand);
  if (topical || skinOnly || branded) {
    return drugService(
      [...actives].sort((a, b) => a.localeCompare(b)).join('/'),
      'Topical Compounds',
    );
  }
  // Several drugs with nothing topical about them ("Norco or Percocet"): the first one named.
  return singleDrug(hits[0].product, false);
}

function singleDrug(product: Product, topical: boolean): CanonicalService {
  const formMatters = topical && product.topical !== 'systemic' && !product.injectedOnly;
  if (!formMatters || TOPICAL_CLASSES.has(product.drugClass)) {
    return drugService(product.generic, product.drugClass);
  }
  const drugClass = product.topical === undefined ? 'Topical Compounds' : product.topical;
  return {
    name: `${product.generic} topical`,
    category: 'Pharmaceuticals',
    subcategory: drugClass,
    drug: product.generic,
  };
}

function drugService(generic: string, drugClass: DrugClass): CanonicalService {
  return { name: generic, category: 'Pharmaceuticals', subcategory: drugClass, drug: generic };
}

/** An unlisted generic recognised by its USAN stem ('-prazole'). */
function stemDrug(tokens: readonly string[]): CanonicalService | null {
  for (const token of tokens) {
    if (token.length < 7 || KNOWN_WORDS.has(token)) continue;
    const stem = DRUG_STEMS.find((s) => token.endsWith(s.suffix));
    if (stem !== undefined)
      return drugService(token[0].toUpperCase() + token.slice(1), stem.drugClass);
  }
  return null;
}

/** A name with a dose but in no table: a drug of unknown class, named as written. */
function unknownDrug(tokens: readonly string[]): CanonicalService {
  const firstNumber = tokens.findIndex((t) => /^\d/.test(t));
  const words = coreWords(firstNumber > 0 ? tokens.slice(0, firstNumber) : tokens);
  const name = words === '' ? 'Medication' : words[0].toUpperCase() + words.slice(1);
  return { name, category: 'Pharmaceuticals', subcategory: null, drug: null };
}

/** The request without numbers, filler, sides and body regions: "unknown shockwave treatments". */
function coreWords(tokens: readonly string[]): string {
  return tokens
    .filter((t) => !/^\d/.test(t) && !FILLER.has(t) && t.length > 1)
    .slice(0, 8)
    .join(' ');
}

/** Tokens with single-edit typos of service words corrected, or null when none was found. */
function correctTypos(tokens: readonly string[]): string[] | null {
  let changed = false;
  const corrected = tokens.map((token) => {
    if (token.length < 5 || KNOWN_WORDS.has(token) || /\d/.test(token)) return token;
    const fix = matcher.closestWord(token);
    if (fix === null) return token;
    changed = true;
    return fix;
  });
  return changed ? corrected : null;
}
