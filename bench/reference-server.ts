/**
 * The peer the API is measured against: the same graph served by the Neo4j GraphQL Library
 * (@neo4j/graphql 7) on Apollo Server, written as a skilled user of that library would: one
 * `@node` type per label with `@relationship` fields in the graph's directions, relationship
 * properties for citations, read-only (no generated mutations), and the analytic question as a
 * `@cypher` query field because the library's aggregations cannot group by a related node.
 *
 *   node dist/bench/reference-server.js --uri bolt://127.0.0.1:7687 --password P [--port 4100]
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import { parseArgs } from 'node:util';

export const REFERENCE_TYPE_DEFS = /* GraphQL */ `
  enum Outcome {
    UPHELD
    OVERTURNED
  }

  type Case @node @mutation(operations: []) {
    caseNumber: ID!
    outcome: String!
    priority: String
    dateAssigned: Date
    decisionDate: Date
    injuryDate: Date
    patientAge: Int
    patientSex: String
    summary: String
    priorTreatments: [String!]
    decisionCount: Int
    overturnedCount: Int
    sourceFile: String
    decisions: [Decision!]! @relationship(type: "HAS_DECISION", direction: OUT)
    reviewer: [Reviewer!]! @relationship(type: "REVIEWED_BY", direction: OUT)
    diagnoses: [Diagnosis!]! @relationship(type: "HAS_DIAGNOSIS", direction: OUT)
  }

  type Decision @node @mutation(operations: []) {
    id: ID!
    caseNumber: String!
    ordinal: Int!
    outcome: Outcome!
    request: String!
    originalRequest: String
    authorized: String
    rationale: String
    decisionDate: Date
    decisionMonth: String
    serviceName: String
    bodyRegions: [String!]
    laterality: String
    sessions: Int
    perWeek: Int
    weeks: Int
    quantity: Int
    strength: String
    retrospective: Boolean
    case: [Case!]! @relationship(type: "HAS_DECISION", direction: IN)
    service: [Service!]! @relationship(type: "FOR_SERVICE", direction: OUT)
    reviewerCited: [Guideline!]!
      @relationship(type: "REVIEWER_CITED", direction: OUT, properties: "Citation")
    urCited: [Guideline!]! @relationship(type: "UR_CITED", direction: OUT, properties: "Citation")
    dependsOn: [Decision!]! @relationship(type: "DEPENDS_ON", direction: OUT)
    regions: [BodyRegion!]! @relationship(type: "CONCERNS", direction: OUT)
  }

  type Citation @relationshipProperties {
    pages: String
    edition: String
    text: String
  }

  type Service @node @mutation(operations: []) {
    name: ID!
    category: String
    subcategory: String
    drug: String
    decisions: [Decision!]! @relationship(type: "FOR_SERVICE", direction: IN)
    categories: [ServiceCategory!]! @relationship(type: "IN_CATEGORY", direction: OUT)
  }

  type ServiceCategory @node @mutation(operations: []) {
    key: ID!
    name: String!
    level: String!
    services: [Service!]! @relationship(type: "IN_CATEGORY", direction: IN)
    parent: [ServiceCategory!]! @relationship(type: "SUBCATEGORY_OF", direction: OUT)
    children: [ServiceCategory!]! @relationship(type: "SUBCATEGORY_OF", direction: IN)
  }

  type Guideline @node @mutation(operations: []) {
    key: ID!
    source: String!
    document: String!
    section: String
    documentNode: [GuidelineDocument!]! @relationship(type: "SECTION_OF", direction: OUT)
    citedByReviewer: [Decision!]!
      @relationship(type: "REVIEWER_CITED", direction: IN, properties: "Citation")
    citedByClaimsAdministrator: [Decision!]!
      @relationship(type: "UR_CITED", direction: IN, properties: "Citation")
  }

  type GuidelineDocument @node @mutation(operations: []) {
    key: ID!
    source: String!
    name: String!
    sections: [Guideline!]! @relationship(type: "SECTION_OF", direction: IN)
  }

  type Reviewer @node @mutation(operations: []) {
    key: ID!
    specialties: [String!]
    licensedStates: [String!]
    certifiedIn: [Specialty!]! @relationship(type: "CERTIFIED_IN", direction: OUT)
    licensedIn: [State!]! @relationship(type: "LICENSED_IN", direction: OUT)
    cases: [Case!]! @relationship(type: "REVIEWED_BY", direction: IN)
  }

  type Specialty @node @mutation(operations: []) {
    name: ID!
  }

  type State @node @mutation(operations: []) {
    name: ID!
  }

  type Diagnosis @node @mutation(operations: []) {
    name: ID!
  }

  type BodyRegion @node @mutation(operations: []) {
    name: ID!
  }

  "One row of the analytic question; not a node, so the library returns it as the Cypher gives it."
  type GuidelineImpact {
    key: ID!
    source: String!
    document: String!
    section: String
    decisions: Int!
    upheld: Int!
    overturned: Int!
    overturnRate: Float!
  }

  type Query {
    """
    Which guidelines the reviewer cited most often in decisions of a service subcategory that
    ended with the given outcome: the library's aggregations count per parent node but cannot
    group by a related node and sort by that count, so this is a @cypher field.
    """
    guidelineImpact(
      subcategory: String!
      outcome: Outcome! = OVERTURNED
      limit: Int! = 10
    ): [GuidelineImpact!]!
      @cypher(
        statement: """
        MATCH (s:Service {subcategory: $subcategory})<-[:FOR_SERVICE]-(d:Decision)-[:REVIEWER_CITED]->(g:Guideline)
        WITH g, count(DISTINCT d) AS decisions,
             count(DISTINCT CASE WHEN d.outcome = 'UPHELD' THEN d END) AS upheld,
             count(DISTINCT CASE WHEN d.outcome = 'OVERTURNED' THEN d END) AS overturned
        WITH g, decisions, upheld, overturned,
             toFloat(CASE WHEN $outcome = 'OVERTURNED' THEN overturned ELSE upheld END) / decisions AS rate,
             CASE WHEN $outcome = 'OVERTURNED' THEN overturned ELSE upheld END AS wanted
        ORDER BY wanted DESC, rate DESC, g.key
        LIMIT $limit
        RETURN g { .key, .source, .document, .section, decisions: decisions, upheld: upheld,
                   overturned: overturned, overturnRate: toFloat(overturned) / decisions } AS impact
        """
        columnName: "impact"
      )
  }
`;

export interface ReferenceServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts the peer on 127.0.0.1:port over the given driver (which the caller owns and closes). */
export async function startReferenceServer(options: {
  driver: Driver;
  port: number;
}): Promise<ReferenceServer> {
  const neoSchema = new Neo4jGraphQL({ typeDefs: REFERENCE_TYPE_DEFS, driver: options.driver });
  const schema = await neoSchema.getSchema();
  const server = new ApolloServer({ schema, introspection: true });
  const { url } = await startStandaloneServer(server, {
    listen: { port: options.port, host: '127.0.0.1' },
  });
  return { url, stop: () => server.stop() };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      uri: { type: 'string', default: 'bolt://127.0.0.1:7687' },
      user: { type: 'string', default: 'neo4j' },
      password: { type: 'string', default: process.env.NEO4J_PASSWORD ?? '' },
      port: { type: 'string', default: '4100' },
    },
  });
  const driver = neo4j.driver(values.uri, neo4j.auth.basic(values.user, values.password));
  const server = await startReferenceServer({ driver, port: Number(values.port) });
  console.log(`reference server (Neo4j GraphQL Library) at ${server.url}`);
  const stop = async () => {
    await server.stop();
    await driver.close();
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
