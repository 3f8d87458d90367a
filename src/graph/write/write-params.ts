import neo4j, { type Integer } from 'neo4j-driver';
import {
  dateProperties,
  SCOPE_RULES,
  type CitationScopeProperty,
  type RelationshipProperties,
} from '../model/graph-model';
import type { CaseRow, DecisionProperties, DecisionRow, GraphBatch } from './graph-batch';

/**
 * The parameters of `load.createCases`: the batch's cases with their edges to shared nodes
 * given as positions in the shared key lists (so the statement looks each shared node up once
 * per batch), and values typed as stored: whole numbers as Neo4j integers (a JavaScript number
 * would arrive as a float), dates as Neo4j dates, so properties are set as whole maps.
 */
export interface CaseParams {
  isNew: boolean;
  properties: Record<string, unknown>;
  reviewer: Integer;
  diagnoses: Integer[];
  decisions: DecisionParams[];
  dependencies: { from: string; to: string }[];
}

export interface DecisionParams {
  properties: Record<string, unknown>;
  service: Integer;
  bodyRegions: Integer[];
  urCitations: CitationParams[];
  reviewerCitations: CitationParams[];
  grounds: GroundParams[];
  /** Set on each of the decision's citation and GROUNDED_ON edges as well (see CitationScope). */
  scope: CitationScope;
}

/**
 * The decision's outcome and its service's category and subcategory, copied onto its
 * UR_CITED / REVIEWER_CITED edges (SCOPE_RULES.citation): the relationship indexes on them let
 * "which guidelines lead to overturns in Chiropractic" read only index entries, not every
 * decision's edges.
 */
export type CitationScope = Pick<DecisionProperties, CitationScopeProperty>;

export interface CitationParams {
  guideline: Integer;
  properties: Pick<RelationshipProperties<'UR_CITED'>, 'pages' | 'edition' | 'text'> & {
    start: Integer | null;
    end: Integer | null;
  };
}

export interface GroundParams {
  reason: Integer;
  properties: { text: string; start: Integer; end: Integer };
}

export interface CreateCasesInput {
  services: string[];
  guidelines: string[];
  reviewers: string[];
  diagnoses: string[];
  bodyRegions: string[];
  reasons: string[];
  cases: CaseParams[];
}

const CASE_DATES = dateProperties('Case');
const DECISION_DATES = dateProperties('Decision');

/** `isNew(caseNumber)`: the case is not in the graph, so the statement creates it. */
export function toCreateCasesParams(
  batch: GraphBatch,
  isNew: (caseNumber: string) => boolean,
): CreateCasesInput {
  const services = positions(batch.services.map((s) => s.name));
  const guidelines = positions(batch.guidelines.map((g) => g.key));
  const reviewers = positions(batch.reviewers.map((r) => r.key));
  const diagnoses = positions(batch.diagnoses);
  const bodyRegions = positions(batch.bodyRegions);
  const reasons = positions(batch.reasons.map((r) => r.code));
  const toDecision = (row: DecisionRow): DecisionParams => {
    const cited = (party: 'UR' | 'REVIEWER') =>
      row.citations
        .filter((c) => c.party === party)
        .map((c) => ({
          guideline: at(guidelines, c.guideline),
          properties: {
            pages: c.pages,
            edition: c.edition,
            text: c.text,
            start: c.start === null ? null : neo4j.int(c.start),
            end: c.end === null ? null : neo4j.int(c.end),
          },
        }));
    return {
      properties: toStored(row.properties, DECISION_DATES),
      service: at(services, row.service),
      bodyRegions: row.bodyRegions.map((name) => at(bodyRegions, name)),
      urCitations: cited('UR'),
      reviewerCitations: cited('REVIEWER'),
      grounds: row.reasons.map((g) => ({
        reason: at(reasons, g.reason),
        properties: { text: g.text, start: neo4j.int(g.start), end: neo4j.int(g.end) },
      })),
      scope: citationScope(row.properties),
    };
  };
  const toCase = (row: CaseRow): CaseParams => ({
    isNew: isNew(row.properties.caseNumber),
    properties: toStored(row.properties, CASE_DATES),
    reviewer: at(reviewers, row.reviewer),
    diagnoses: row.diagnoses.map((name) => at(diagnoses, name)),
    decisions: row.decisions.map(toDecision),
    dependencies: row.decisions
      .filter((d) => d.dependsOn !== null)
      .map((d) => ({
        from: d.properties.id,
        to: `${row.properties.caseNumber}#${d.dependsOn}`,
      })),
  });
  return {
    services: [...services.keys()],
    guidelines: [...guidelines.keys()],
    reviewers: [...reviewers.keys()],
    diagnoses: [...diagnoses.keys()],
    bodyRegions: [...bodyRegions.keys()],
    reasons: [...reasons.keys()],
    cases: batch.cases.map(toCase),
  };
}

function citationScope(properties: DecisionProperties): CitationScope {
  const scope: Partial<Record<CitationScopeProperty, unknown>> = {};
  for (const name of SCOPE_RULES.citation.properties) scope[name] = properties[name];
  return scope as CitationScope;
}

function positions(keys: readonly string[]): Map<string, Integer> {
  return new Map(keys.map((key, i) => [key, neo4j.int(i)]));
}

function at(index: Map<string, Integer>, key: string): Integer {
  const position = index.get(key);
  // toGraphBatch lists every shared node a row refers to; a miss is a bug, not bad input.
  if (position === undefined) throw new Error(`graph batch refers to an unlisted node '${key}'`);
  return position;
}

/** Whole numbers as integers; ISO dates (YYYY-MM-DD) as dates, others refused as date() would. */
function toStored<T extends object>(
  properties: T,
  dateKeys: readonly (keyof T)[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) {
    // Stryker disable next-line ConditionalExpression: Number.isSafeInteger is false for anything but a number; the typeof narrows the type
    out[key] = typeof value === 'number' && Number.isSafeInteger(value) ? neo4j.int(value) : value;
  }
  for (const key of dateKeys) {
    const value = properties[key];
    if (typeof value === 'string') out[key as string] = toNeo4jDate(value);
  }
  return out;
}

export function toNeo4jDate(iso: string): InstanceType<typeof neo4j.types.Date> {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) throw new Error(`not an ISO date: '${iso}'`);
  return new neo4j.types.Date(Number(match[1]), Number(match[2]), Number(match[3]));
}
