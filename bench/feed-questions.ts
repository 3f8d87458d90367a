/**
 * The graph feed's questions (issue 13, Speed): the depth-2 neighbourhood of the largest hub
 * of each label, and impactGraph for chiropractic by service. Ours only: the reference
 * library has no such fields. Layout included, response cache off.
 */
import { defineQuery } from '../src/graph/named-query';
import type { Neo4jGateway } from '../src/graph/neo4j-gateway';
import { NODE_KEY_PROPERTY, NODE_LABELS, nodeId } from '../src/api/graph-view/node-ref';
import type { GraphqlRequest } from './questions';
import type { Target } from './parse.bench';

/** The letters the Speed targets of issues 13 and 15 are set at. */
export const FEED_TARGET_LETTERS = 100_000;

/** A feed question's Speed target (at 1 connection, FEED_TARGET_LETTERS letters). */
export interface FeedTarget {
  issue: number;
  p50Ms: number;
  p99Ms?: number;
}

/** Issue 13: every graph:* question and impactGraph; issue 15: reasonBreakdown. */
export function feedTarget(id: string): FeedTarget | undefined {
  if (id.startsWith('graph:')) return { issue: 13, p50Ms: 30, p99Ms: 150 };
  if (id === 'impactGraph') return { issue: 13, p50Ms: 30 };
  if (id === 'reasonBreakdown') return { issue: 15, p50Ms: 20 };
  return undefined;
}

export interface FeedQuestion {
  id: string;
  title: string;
  request: GraphqlRequest;
}

const FIELDS = `root truncated
    nodes { id label caption count group size color x y }
    edges { id source target type weight }`;

/** The node of each label with the most relationships (ties: the smallest key). */
function largestHub(label: string) {
  const key = NODE_KEY_PROPERTY[label as keyof typeof NODE_KEY_PROPERTY];
  return defineQuery<Record<string, never>, string>(
    `bench.largestHub.${label}`,
    `MATCH (n:${label}) WHERE n.${key} IS NOT NULL
     WITH n.${key} AS key, COUNT { (n)--() } AS degree
     RETURN key ORDER BY degree DESC, key LIMIT 1`,
    (row) => row.key as string,
  );
}

export async function feedQuestions(
  gateway: Neo4jGateway,
  subcategory: string,
): Promise<FeedQuestion[]> {
  const asked: FeedQuestion[] = [];
  for (const label of NODE_LABELS) {
    const [key] = await gateway.read(largestHub(label), {});
    if (key === undefined) continue;
    asked.push({
      id: `graph:${label}`,
      title: `depth-2 neighbourhood of the largest ${label}, limit 200`,
      request: {
        query: `query Hub($id: ID!) { graph(id: $id, depth: 2, limit: 200) { ${FIELDS} } }`,
        variables: { id: nodeId(label, key) },
      },
    });
  }
  asked.push({
    id: 'impactGraph',
    title: `impactGraph for ${subcategory} by service`,
    request: {
      query: `query Impact($filter: DecisionFilter) {
  impactGraph(filter: $filter, by: SERVICE, minDecisions: 2, limit: 10) {
    ${FIELDS} edges { properties }
  }
}`,
      variables: { filter: { subcategory } },
    },
  });
  // Issue 15, Speed: p50 < 20 ms at 100,000 letters.
  asked.push({
    id: 'reasonBreakdown',
    title: `outcomeBreakdown(by: REASON) for ${subcategory}`,
    request: {
      query: `query Reasons($filter: DecisionFilter) {
  outcomeBreakdown(by: REASON, filter: $filter) { key decisions upheld overturned rate }
}`,
      variables: { filter: { subcategory } },
    },
  });
  return asked;
}

/** What feedTargets reads of the query bench's result (queries.bench.ts). */
export interface FeedFigures {
  letters: number;
  connections: number[];
  feed?: {
    id: string;
    error?: string;
    load: Record<string, { p50: { median: number }; p99: { median: number } }>;
  }[];
}

/**
 * The graph feed's and the reasons' Speed targets (issues 13 and 15): p50 (and p99 for the
 * neighbourhoods) at one connection, every request computed, layout included. Judged at
 * FEED_TARGET_LETTERS letters: a smaller run reports its figure but cannot meet them.
 */
export function feedTargets(queries: FeedFigures): Target[] {
  const targets: Target[] = [];
  const low = Math.min(...queries.connections);
  const big = queries.letters >= FEED_TARGET_LETTERS;
  const at = `at ${queries.letters} letters`;
  for (const q of queries.feed ?? []) {
    const target = feedTarget(q.id);
    if (target === undefined) continue;
    const f = q.load[low];
    const figures: [string, number | undefined, number | undefined][] = [
      ['p50', f?.p50.median, target.p50Ms],
      ['p99', f?.p99.median, target.p99Ms],
    ];
    for (const [which, ms, goal] of figures) {
      if (goal === undefined) continue;
      targets.push({
        name: `${q.id}: ${which} at ${low} connection(s) ${at}, computed, layout included (issue #${target.issue}, at 100,000)`,
        goal: `< ${goal} ms`,
        value: ms === undefined ? (q.error ? `failed: ${q.error}` : 'n/a') : `${ms.toFixed(0)} ms`,
        met: big && ms !== undefined && ms < goal,
      });
    }
  }
  return targets;
}
