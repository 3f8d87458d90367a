import { GraphQLObjectType, GraphQLSchema } from 'graphql';

/** Paragraphs are single lines: GraphiQL renders each line break of a description as one. */
const paragraph = (...lines: string[]) => lines.join(' ');

/**
 * The first thing GraphiQL's documentation pane shows (Markdown). type-graphql's buildSchema
 * takes no schema description and builds the root types without one, so withDescriptions
 * adds them to the built schema.
 */
export const SCHEMA_DESCRIPTION = [
  "California workers' compensation **Independent Medical Review** (IMR) decisions as a graph.",
  paragraph(
    "When a claims administrator (the employer's insurer, the self-insured employer, or the",
    'company administering its claims) denies or modifies a treatment through its utilization',
    "review (**UR**), the injured worker can ask the Division of Workers' Compensation (DWC) for",
    'an IMR. An expert reviewer at MAXIMUS Federal Services decides each disputed item:',
    '**upheld** (the denial stands: the worker does not get the treatment) or **overturned**',
    '(the claims administrator must authorise it). The DWC publishes every MAXIMUS Final',
    'Determination Letter, redacted; imr-graph reads those letters.',
  ),
  paragraph(
    'A `Case` is one letter; a `Decision` is one disputed item, with the `Service` requested (in',
    "the DWC's own taxonomy), the `Guideline` sections UR and the IMR reviewer cited, and the",
    "reviewer's anonymous profile (`Reviewer`: specialties and licensed states).",
  ),
  'Questions to start with:',
  [
    '- Which guidelines most often lead to overturns for chiropractic? ' +
      '`guidelineImpact(filter: {subcategory: "Chiropractic"}, minDecisions: 10)`',
    "- Does the overturn rate depend on the reviewer's specialty? `specialtyOverturnRates`",
    '- When UR and the reviewer rely on the same guideline, does the denial stand more often? ' +
      '`citationAgreement`',
    '- How does the rate move month by month? `outcomeTrend`; any other grouping: ' +
      '`outcomeBreakdown(by: SPECIALTY)`',
    '- One letter and its neighbours: `case`, `similarCases`, `search`, and `graph` to draw them',
  ].join('\n'),
  paragraph(
    'Rates come with a 95% Wilson interval (`rateLow` to `rateHigh`): the fewer the decisions',
    'behind a rate, the wider it is, and a rate whose interval is wide says little. `lift`',
    "compares a group's rate with all the filtered decisions.",
  ),
  paragraph(
    "The playground's example tabs (top of the editor) hold a ready query for each question:",
    'open one and press Run. Queries are open to everyone; the two mutations need the admin token.',
  ),
].join('\n\n');

const ROOT_DESCRIPTIONS: Record<'Query' | 'Mutation', string> = {
  Query:
    'Everything you can ask: single cases, decisions, services, guidelines and reviewers; ' +
    'pages of them by filter; the research analytics (guidelineImpact, outcomeBreakdown, ' +
    'specialtyOverturnRates, citationAgreement, outcomeTrend, similarCases); full-text search; ' +
    'and graph neighbourhoods to draw.',
  Mutation:
    'Changes to the graph: load one letter, delete one case. Both need ' +
    '`Authorization: Bearer <IMR_GRAPH_ADMIN_TOKEN>` (the Headers tab in the playground).',
};

/** The schema with its own description and descriptions on the root types. */
export function withDescriptions(schema: GraphQLSchema): GraphQLSchema {
  const config = schema.toConfig();
  const replaced = new Map<GraphQLObjectType, GraphQLObjectType>();
  const describe = (type: GraphQLObjectType | null | undefined, description: string) => {
    if (!type) return undefined;
    const described = new GraphQLObjectType({ ...type.toConfig(), description });
    replaced.set(type, described);
    return described;
  };
  const query = describe(config.query, ROOT_DESCRIPTIONS.Query);
  const mutation = describe(config.mutation, ROOT_DESCRIPTIONS.Mutation);
  return new GraphQLSchema({
    ...config,
    description: SCHEMA_DESCRIPTION,
    query,
    mutation,
    types: config.types.map((type) =>
      type instanceof GraphQLObjectType ? (replaced.get(type) ?? type) : type,
    ),
  });
}
