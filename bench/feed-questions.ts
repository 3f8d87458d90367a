/**
 * The graph feed's questions (issue 13, Speed): the depth-2 neighbourhood of the largest hub
 * of each label, and impactGraph for chiropractic by service. Ours only: the reference
 * library has no such fields. Layout included, response cache off.
 */
import { defineQuery } from '../src/graph/named-query';
import type { Neo4jGateway } from '../src/graph/neo4j-gateway';
import { NODE_KEY_PROPERTY, NODE_LABELS, nodeId } from '../src/api/graph-view/node-ref';
import type { GraphqlRequest } from './questions';

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
