/**
 * The explorer's one way to the API: POST /graphql on the page's own origin. A GraphQL error
 * (limits, validation, an unavailable database) becomes an ApiError carrying the API's message
 * and code, so the page can show it instead of leaving it in the console.
 */

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

interface GraphqlAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export const GRAPHQL_PATH = '/graphql';

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('The API cannot be reached: is imr-graph still running?', 'NETWORK');
  }
  let answer: GraphqlAnswer<T>;
  try {
    answer = (await response.json()) as GraphqlAnswer<T>;
  } catch {
    throw new ApiError(`The API answered ${response.status} without GraphQL`, 'HTTP');
  }
  const [first] = answer.errors ?? [];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? 'ERROR');
  if (!answer.data) throw new ApiError(`The API answered ${response.status} with no data`, 'HTTP');
  return answer.data;
}

/** What this API offers beyond the base graph feed; each part is optional. */
export interface Capabilities {
  impactGraph: boolean;
  nodeFields: Set<string>;
  edgeFields: Set<string>;
}

const CAPABILITIES = `{
  __schema { queryType { fields { name } } }
  node: __type(name: "GraphNode") { fields { name } }
  edge: __type(name: "GraphEdge") { fields { name } }
}`;

interface Introspected {
  __schema: { queryType: { fields: { name: string }[] } };
  node: { fields: { name: string }[] } | null;
  edge: { fields: { name: string }[] } | null;
}

const BASE_NODE_FIELDS = ['id', 'key', 'label', 'caption', 'depth', 'degree', 'size', 'x', 'y'];
const BASE_EDGE_FIELDS = ['id', 'source', 'target', 'type', 'caption'];

/**
 * Asks the schema which feed fields exist (impactGraph, GraphNode.count, GraphEdge.weight …),
 * so the page works before and after they were added. Introspection turned off: the base only.
 */
export async function capabilities(): Promise<Capabilities> {
  try {
    const found = await gql<Introspected>(CAPABILITIES);
    const names = (type: { fields: { name: string }[] } | null) =>
      new Set((type?.fields ?? []).map((field) => field.name));
    return {
      impactGraph: found.__schema.queryType.fields.some((field) => field.name === 'impactGraph'),
      nodeFields: names(found.node),
      edgeFields: names(found.edge),
    };
  } catch {
    return {
      impactGraph: true, // tried, and its error shown, rather than hidden
      nodeFields: new Set([...BASE_NODE_FIELDS, 'properties']),
      edgeFields: new Set(BASE_EDGE_FIELDS),
    };
  }
}

/** The node and edge selections of a GraphView, with the optional fields the schema has. */
export function graphViewSelection(caps: Capabilities): string {
  const nodeOptional = ['properties', 'count', 'group', 'color'].filter((f) =>
    caps.nodeFields.has(f),
  );
  const edgeOptional = ['properties', 'weight'].filter((f) => caps.edgeFields.has(f));
  return `root truncated
    nodes { ${[...BASE_NODE_FIELDS, ...nodeOptional].join(' ')} }
    edges { ${[...BASE_EDGE_FIELDS, ...edgeOptional].join(' ')} }`;
}

export interface ViewNode {
  id: string;
  key: string;
  label: string;
  caption: string;
  depth: number;
  degree: number;
  size: number;
  x: number;
  y: number;
  properties?: Record<string, unknown> | null;
  count?: number;
  group?: string | null;
  color?: string;
}

export interface ViewEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  caption: string;
  properties?: Record<string, unknown> | null;
  weight?: number;
}

export interface GraphView {
  root: string;
  truncated: boolean;
  nodes: ViewNode[];
  edges: ViewEdge[];
}
