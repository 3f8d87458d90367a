/**
 * The graph model table (src/graph/model) and what derives from it: the schema's constraints
 * hold every key of the table, the scope rules reach migrate and the db check unchanged, the
 * graph view's keys are the model's, and the readers convert driver values in one way.
 */
import { readFileSync } from 'node:fs';
import { subtractOverturnedCounts } from '../../src/graph/write/outcome-counts';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import {
  dateProperties,
  edgesToShared,
  LABELS,
  NODES,
  REL,
  RELATIONSHIP_TYPES,
  RELATIONSHIPS,
  SCOPE_RULES,
  SHARED_LABELS,
} from '../../src/graph/model/graph-model';
import {
  nodeView,
  plainScalar,
  read,
  readNode,
  readProperty,
  readRelationship,
} from '../../src/graph/model/read';
import { maybe, p } from '../../src/graph/model/graph-model';
import { RELATIONSHIP_TYPES as VIEW_RELATIONSHIP_TYPES } from '../../src/api/graph-view/relationships';
import { DATA_MIGRATIONS } from '../../src/graph/migrate';
import { INVARIANTS, deleteStrayDecisions } from '../../src/graph/check/graph-check.queries';
import { clearCases, deleteCases } from '../../src/graph/write/delete.queries';
import { IS_SHARED } from '../../src/graph/write/load.queries';
import { NODE_KEY_PROPERTY, NODE_LABELS } from '../../src/api/graph-view/node-ref';
import { toCreateCasesParams } from '../../src/graph/write/write-params';
import type { GraphBatch } from '../../src/graph/write/graph-batch';

const squash = (cypher: string) => cypher.replace(/\s+/g, ' ').trim();

const constraints = readFileSync(join(__dirname, '../../schema/constraints.cypher'), 'utf8');
const uniqueKeys = [...constraints.matchAll(/FOR \(n:(\w+)\) REQUIRE n\.(\w+) IS UNIQUE/g)].map(
  ([, label, key]) => ({ label, key }),
);

describe('the model table', () => {
  it('has a uniqueness constraint on every key, and a label for every constraint, in order', () => {
    expect(uniqueKeys.length).toBeGreaterThan(10);
    expect(uniqueKeys).toEqual(LABELS.map((label) => ({ label, key: NODES[label].key })));
  });

  it('lists each key among its label’s properties, as a string that is always set', () => {
    for (const label of LABELS) {
      const properties: Record<string, { kind: string; nullable: boolean }> =
        NODES[label].properties;
      expect(properties[NODES[label].key]).toEqual({ kind: 'string', nullable: false });
    }
  });

  it('indexes only properties the table knows', () => {
    const indexed = [...constraints.matchAll(/FOR \(n:(\w+)\) ON (?:EACH )?[([]([^)\]]+)[)\]]/g)];
    expect(indexed.length).toBeGreaterThan(10);
    for (const [, label, list] of indexed) {
      expect(LABELS).toContain(label);
      const known = Object.keys(NODES[label as keyof typeof NODES].properties);
      for (const property of list.split(',').map((x) => x.trim().replace(/^n\./, ''))) {
        expect(known).toContain(property);
      }
    }
    const relIndexed = [...constraints.matchAll(/\[r:(\w+)\]-\(\) ON \(([^)]+)\)/g)];
    expect(relIndexed.length).toBe(6);
    for (const [, type, list] of relIndexed) {
      const known = Object.keys(RELATIONSHIPS[type as keyof typeof RELATIONSHIPS].properties);
      for (const property of list.split(',').map((x) => x.trim().replace(/^r\./, ''))) {
        expect(known).toContain(property);
      }
    }
  });

  it('names relationship types by themselves, and their ends by labels of the table', () => {
    for (const type of RELATIONSHIP_TYPES) {
      expect(REL[type]).toBe(type);
      expect(type).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
      expect(LABELS).toContain(RELATIONSHIPS[type].from);
      expect(LABELS).toContain(RELATIONSHIPS[type].to);
    }
  });

  it('marks the vocabulary nodes shared, and cases, decisions and migrations not', () => {
    expect(SHARED_LABELS).toEqual([
      'Service',
      'ServiceCategory',
      'Guideline',
      'GuidelineDocument',
      'Reviewer',
      'Specialty',
      'State',
      'Diagnosis',
      'BodyRegion',
      'Reason',
    ]);
    expect(IS_SHARED).toBe(SHARED_LABELS.map((label) => `n:${label}`).join(' OR '));
  });

  it('derives the edges a deletion releases from the relationship ends', () => {
    expect(edgesToShared('Case')).toBe('REVIEWED_BY|HAS_DIAGNOSIS');
    expect(edgesToShared('Decision')).toBe(
      'FOR_SERVICE|CONCERNS|UR_CITED|REVIEWER_CITED|GROUNDED_ON',
    );
    expect(edgesToShared('Migration')).toBe('');
  });

  it('knows which properties are dates', () => {
    expect(dateProperties('Case')).toEqual([
      'dateAssigned',
      'decisionDate',
      'injuryDate',
      'urDenialDate',
      'applicationReceived',
    ]);
    expect(dateProperties('Decision')).toEqual(['decisionDate', 'dateOfService']);
  });

  it('scopes only properties both ends have', () => {
    const { decision, citation } = SCOPE_RULES;
    for (const name of decision.properties) {
      expect(Object.keys(NODES[decision.from].properties)).toContain(name);
      expect(Object.keys(NODES[decision.onto].properties)).toContain(name);
    }
    expect(RELATIONSHIPS[decision.via]).toMatchObject({ from: decision.onto, to: decision.from });
    for (const type of citation.onto) {
      expect(RELATIONSHIPS[type].from).toBe(citation.from);
      for (const name of citation.properties) {
        expect(Object.keys(RELATIONSHIPS[type].properties)).toContain(name);
      }
    }
  });
});

/**
 * The statements as they were written by hand before the table (commit af70090): the derived
 * text must say the same, whitespace aside.
 */
describe('statements derived from the scope rules', () => {
  const invariant = (name: string) => {
    const found = INVARIANTS.find((x) => x.name === name);
    if (found === undefined) throw new Error(`no invariant ${name}`);
    return found;
  };

  it('migrate backfills exactly the scope properties, as before', () => {
    expect(DATA_MIGRATIONS.map((m) => m.name)).toEqual([
      'decision-scope-properties',
      'decision-reasons',
      'overturned-counts',
    ]);
    expect(DATA_MIGRATIONS[0].statements.map(squash)).toEqual(
      [
        `MATCH (d:Decision)-[:FOR_SERVICE]->(s:Service)
       WHERE d.category IS NULL AND d.subcategory IS NULL
         AND (s.category IS NOT NULL OR s.subcategory IS NOT NULL)
       CALL (d, s) {
         SET d.category = s.category, d.subcategory = s.subcategory
       } IN TRANSACTIONS OF 10000 ROWS`,
        `MATCH (d:Decision)-[r:UR_CITED|REVIEWER_CITED]->()
       WHERE r.outcome IS NULL
       CALL (d, r) {
         SET r.outcome = d.outcome, r.category = d.category, r.subcategory = d.subcategory
       } IN TRANSACTIONS OF 10000 ROWS`,
      ].map(squash),
    );
  });

  it('the db check verifies and repairs the same properties', () => {
    const citationCondition = `WHERE r.outcome IS NULL OR r.outcome <> d.outcome
      OR coalesce(r.category, '') <> coalesce(d.category, '')
      OR coalesce(r.subcategory, '') <> coalesce(d.subcategory, '')`;
    const decisionCondition = `WHERE coalesce(d.category, '') <> coalesce(s.category, '')
      OR coalesce(d.subcategory, '') <> coalesce(s.subcategory, '')`;
    const citation = invariant('citation-scope');
    expect(squash(citation.find.cypher)).toContain(
      squash(`MATCH (d:Decision)-[r:UR_CITED|REVIEWER_CITED]->(:Guideline) ${citationCondition}
        RETURN DISTINCT d.id AS key`),
    );
    expect(citation.repair?.kind === 'statement' && squash(citation.repair.statement.cypher)).toBe(
      squash(`MATCH (d:Decision)-[r:UR_CITED|REVIEWER_CITED]->(:Guideline) ${citationCondition}
        SET r.outcome = d.outcome, r.category = d.category, r.subcategory = d.subcategory
        RETURN count(r) AS repaired`),
    );
    const decision = invariant('decision-scope');
    expect(squash(decision.find.cypher)).toContain(
      squash(`MATCH (d:Decision)-[:FOR_SERVICE]->(s:Service) ${decisionCondition}
        RETURN d.id AS key`),
    );
    expect(decision.repair?.kind === 'statement' && squash(decision.repair.statement.cypher)).toBe(
      squash(`MATCH (d:Decision)-[:FOR_SERVICE]->(s:Service) ${decisionCondition}
        SET d.category = s.category, d.subcategory = s.subcategory
        RETURN count(d) AS repaired`),
    );
  });

  it('the db check has one uniqueness and one orphan invariant per label of the table', () => {
    const names = INVARIANTS.map((x) => x.name);
    for (const label of LABELS) {
      expect(names).toContain(`unique-${label}`);
      expect(squash(invariant(`unique-${label}`).find.cypher)).toContain(
        `WITH n.${NODES[label].key} AS value`,
      );
    }
    expect(names.filter((name) => name.startsWith('orphan-'))).toEqual(
      SHARED_LABELS.map((label) => `orphan-${label}`),
    );
    expect(squash(deleteStrayDecisions.cypher)).toContain(
      'OPTIONAL MATCH (d)-[:FOR_SERVICE|CONCERNS|UR_CITED|REVIEWER_CITED|GROUNDED_ON]->(n)',
    );
  });

  it("a replacement and a deletion clear a case with the same body, as before, taking its overturned edges off the hubs' counts first", () => {
    const body = squash(`CALL (c) {
     OPTIONAL MATCH (c)-[:HAS_DECISION]->(:Decision)-[:FOR_SERVICE|CONCERNS|UR_CITED|REVIEWER_CITED|GROUNDED_ON]->(n)
     RETURN collect(DISTINCT elementId(n)) AS used
   }
   CALL (c) {
     OPTIONAL MATCH (c)-[:REVIEWED_BY|HAS_DIAGNOSIS]->(n)
     RETURN collect(DISTINCT elementId(n)) AS own
   }
   ${subtractOverturnedCounts('c', 'MATCH (c)-[:HAS_DECISION]->(d:Decision)')}
   CALL (c) {
     MATCH (c)-[:HAS_DECISION]->(d:Decision)
     DETACH DELETE d
   }
   CALL (c) {
     MATCH (c)-[r:REVIEWED_BY|HAS_DIAGNOSIS]->()
     DELETE r
   }
   WITH c, used + own AS ids
   UNWIND CASE WHEN ids = [] THEN [null] ELSE ids END AS id`);
    expect(squash(clearCases.cypher)).toContain(`SET c.sha256 = row.sha256 WITH c ${body}`);
    expect(squash(deleteCases.cypher)).toContain(`SET c._lock = true WITH c ${body}`);
  });
});

describe('the graph view', () => {
  it('starts from every label but the bookkeeping one, keyed as the model says', () => {
    expect([...NODE_LABELS].sort()).toEqual(LABELS.filter((l) => l !== 'Migration').sort());
    for (const label of NODE_LABELS) expect(NODE_KEY_PROPERTY[label]).toBe(NODES[label].key);
  });
});

describe('the write side', () => {
  it('copies the scope properties onto citations in the table’s order', () => {
    const batch: GraphBatch = {
      cases: [
        {
          properties: {} as never,
          reviewer: 'r',
          diagnoses: [],
          decisions: [
            {
              properties: {
                id: 'C#1',
                outcome: 'UPHELD',
                category: 'Imaging',
                subcategory: null,
              } as never,
              service: 'MRI',
              bodyRegions: [],
              citations: [],
              reasons: [],
              dependsOn: null,
            },
          ],
        },
      ],
      categories: [],
      services: [
        {
          name: 'MRI',
          category: null,
          subcategory: null,
          drug: null,
          categoryKey: null,
          subcategoryKey: null,
        },
      ],
      documents: [],
      guidelines: [],
      reviewers: [{ key: 'r', specialties: [], licensedStates: [] }],
      diagnoses: [],
      bodyRegions: [],
      reasons: [],
    };
    const params = toCreateCasesParams(batch, () => true);
    expect(params.cases[0].decisions[0].scope).toEqual({
      outcome: 'UPHELD',
      category: 'Imaging',
      subcategory: null,
    });
    expect(Object.keys(params.cases[0].decisions[0].scope)).toEqual([
      ...SCOPE_RULES.citation.properties,
    ]);
  });
});

describe('readers', () => {
  it('convert driver integers, dates and date-times once', () => {
    expect(plainScalar(neo4j.int(42))).toBe(42);
    expect(plainScalar(new neo4j.types.Date(2016, 12, 9))).toBe('2016-12-09');
    expect(plainScalar(undefined)).toBeNull();
    expect(plainScalar('x')).toBe('x');
    expect(readProperty(p.integer, neo4j.int(7))).toBe(7);
    expect(readProperty(maybe.integer, neo4j.int(7))).toBe(7);
    expect(readProperty(maybe.date, new neo4j.types.Date(2020, 1, 31))).toBe('2020-01-31');
    expect(readProperty(p.string, new neo4j.types.Date(2020, 1, 31))).toBe('2020-01-31');
    expect(readProperty(p.strings, ['a', neo4j.int(2)])).toEqual(['a', '2']);
  });

  it('read a missing value as null when nullable, as the kind’s zero when not', () => {
    expect(readProperty(maybe.string, null)).toBeNull();
    expect(readProperty(maybe.string, undefined)).toBeNull();
    expect(readProperty(maybe.number, null)).toBeNull();
    expect(readProperty(maybe.boolean, null)).toBeNull();
    expect(readProperty(maybe.strings, null)).toBeNull();
    expect(readProperty(p.string, null)).toBe('');
    expect(readProperty(p.integer, undefined)).toBe(0);
    expect(readProperty(p.boolean, null)).toBe(false);
    expect(readProperty(p.boolean, true)).toBe(true);
    expect(readProperty(maybe.boolean, false)).toBe(false);
    expect(readProperty(p.strings, null)).toEqual([]);
    expect(read.list(null, String)).toEqual([]);
    expect(read.list([1, 2], String)).toEqual(['1', '2']);
    expect(read.map(null)).toEqual({});
    expect(read.map(['x'])).toEqual({});
  });

  it('read a node’s listed properties from a projection or a driver node', () => {
    const names = ['id', 'ordinal', 'decisionDate', 'originalRequest', 'retrospective'] as const;
    const projection = {
      id: 'CM1#1',
      ordinal: neo4j.int(1),
      decisionDate: new neo4j.types.Date(2016, 12, 9),
      originalRequest: null,
      retrospective: null,
      rationale: 'not asked for',
    };
    const expected = {
      id: 'CM1#1',
      ordinal: 1,
      decisionDate: '2016-12-09',
      originalRequest: null,
      retrospective: false,
    };
    expect(readNode('Decision', projection, names)).toEqual(expected);
    const node = new neo4j.types.Node(neo4j.int(1), ['Decision'], projection, 'element:1');
    expect(readNode('Decision', node, names)).toEqual(expected);
  });

  it('read a relationship’s properties', () => {
    expect(
      readRelationship('UR_CITED', { pages: null, text: null, edition: '2nd' }, [
        'pages',
        'edition',
        'text',
      ]),
    ).toEqual({ pages: null, edition: '2nd', text: '' });
  });

  it('pair a projection with its reader', () => {
    const view = nodeView('Service', ['name', 'drug']);
    expect(view.projection('s')).toBe('s { .name, .drug }');
    expect(view.fields).toBe('.name, .drug');
    expect(view.read({ name: 'MRI' })).toEqual({ name: 'MRI', drug: null });
  });
});

describe("the graph view's relationship order", () => {
  test('names every relationship type of the model once', () => {
    expect([...VIEW_RELATIONSHIP_TYPES].sort()).toEqual([...RELATIONSHIP_TYPES].sort());
  });
});
