import { defineQuery } from '../named-query';
import { read } from '../model/read';
import { SHARED_LABELS } from '../model/graph-model';
import type {
  CategoryRow,
  DocumentRow,
  GuidelineRow,
  ReasonRow,
  ReviewerRow,
  ServiceRow,
} from './graph-batch';
import type { CreateCasesInput } from './write-params';

/**
 * The loader's Cypher. A batch is one transaction (a letter is wholly in the graph or not at
 * all): read the stored hashes, lock and clear the cases being replaced, merge the shared
 * nodes the batch needs, create every case with its decisions and edges in one UNWIND, then
 * lock and delete the shared nodes the replaced versions alone used. Labels and relationship
 * types are constants here; letter text only ever arrives as parameters. README, "Concurrent
 * writes", gives the locking rules that keep concurrent writers correct.
 */

/**
 * A load grows the graph from nothing, and Neo4j replans a statement whose statistics have
 * changed enough, which for these large statements costs seconds of CPU each time. Their plans
 * are index seeks on unique keys whatever the graph's size, so the cached plan is kept.
 */
export const CACHED_PLAN = 'CYPHER replan=skip';

export const findCaseHashes = defineQuery<
  { keys: string[] },
  { caseNumber: string; sha256: string }
>(
  'load.findCaseHashes',
  `${CACHED_PLAN}
   UNWIND $keys AS key
   MATCH (c:Case {caseNumber: key})
   RETURN c.caseNumber AS caseNumber, c.sha256 AS sha256`,
  (row) => ({ caseNumber: read.string(row.caseNumber), sha256: read.string(row.sha256) }),
);

/**
 * The label and key of each clean-up candidate that still exists (a plain read: no locks), so
 * that the writer can leave out those its new rows link again (see write-batch.ts).
 */
export const describeNodes = defineQuery<
  { ids: string[] },
  { id: string; labels: string[]; key: string }
>(
  'load.describeNodes',
  `UNWIND $ids AS id
   MATCH (n) WHERE elementId(n) = id
   RETURN id, labels(n) AS labels, toString(coalesce(n.key, n.name, n.code)) AS key`,
  (row) => ({
    id: read.string(row.id),
    labels: read.strings(row.labels),
    key: read.string(row.key),
  }),
);

/**
 * Shared nodes (services, guidelines, reviewers, diagnoses, regions and the vocabulary above
 * them) are used by many cases; each is kept while any relationship points at it. Before one
 * is judged unused it is locked (a property written and removed: Neo4j takes a write lock
 * and keeps it to the end of the transaction), in a fixed order. A writer that links a case
 * to the node also locks it (creating a relationship locks both its nodes; a dense node with a
 * shared lock, which still excludes this write lock), so either that
 * writer committed first and the count below sees its edge, or it waits for this transaction
 * and then finds the node gone, and retries (see src/graph/conflict-retry.ts).
 */
export const lockNodes = defineQuery<{ ids: string[] }, never>(
  'load.lockNodes',
  `UNWIND $ids AS id
   MATCH (n) WHERE elementId(n) = id
   WITH n ORDER BY id
   SET n._lock = true
   REMOVE n._lock`,
  () => undefined as never,
);

/** `n` is a shared node (a Cypher condition): each is deleted when nothing points at it. */
export const IS_SHARED = SHARED_LABELS.map((label) => `n:${label}`).join(' OR ');

/**
 * Of the locked candidates, deletes those that nothing points at (every relationship into a
 * shared node is a use of it), and returns the nodes they pointed at (a guideline's document,
 * a service's categories, a reviewer's specialties and states): the next candidates.
 */
export const deleteUnusedNodes = defineQuery<
  { ids: string[] },
  { deleted: number; parents: string[] }
>(
  'load.deleteUnusedNodes',
  `UNWIND $ids AS id
   MATCH (n) WHERE elementId(n) = id AND (${IS_SHARED}) AND NOT EXISTS { (n)<--() }
   CALL (n) {
     OPTIONAL MATCH (n)-->(parent)
     RETURN collect(DISTINCT elementId(parent)) AS parents
   }
   DETACH DELETE n
   RETURN count(*) AS deleted, reduce(all = [], p IN collect(parents) | all + p) AS parents`,
  (row) => ({ deleted: read.integer(row.deleted), parents: read.strings(row.parents) }),
);

export interface SharedNodeParams {
  categories: CategoryRow[];
  services: ServiceRow[];
  documents: DocumentRow[];
  guidelines: GuidelineRow[];
  reviewers: ReviewerRow[];
  diagnoses: string[];
  bodyRegions: string[];
  reasons: ReasonRow[];
}

/**
 * Every shared node of the batch, in one statement. A node that exists is only looked up:
 * after the first batches nearly all do, and skipping their MERGEs (and their edges' MERGEs
 * against nodes with thousands of relationships) is most of this statement's saving. MERGE
 * still guards the node that a concurrent loader creates between the look-up and the write.
 * A parent (category, guideline document) that a concurrent clean-up deleted after the
 * look-up is counted as missing, never silently left unlinked: the writer retries.
 */
export const mergeSharedNodes = defineQuery<SharedNodeParams, { missing: number }>(
  'load.mergeSharedNodes',
  `${CACHED_PLAN}
   CALL () {
     UNWIND $categories AS row
     OPTIONAL MATCH (known:ServiceCategory {key: row.key})
     WITH row WHERE known IS NULL
     MERGE (c:ServiceCategory {key: row.key})
     ON CREATE SET c.name = row.name, c.level = row.level
     WITH c, row WHERE row.parentKey IS NOT NULL
     OPTIONAL MATCH (p:ServiceCategory {key: row.parentKey})
     FOREACH (x IN CASE WHEN p IS NULL THEN [] ELSE [p] END | MERGE (c)-[:SUBCATEGORY_OF]->(x))
     RETURN count(*) - count(p) AS missingParents
   }
   CALL () {
     UNWIND $services AS row
     OPTIONAL MATCH (known:Service {name: row.name})
     WITH row WHERE known IS NULL
     MERGE (s:Service {name: row.name})
     ON CREATE SET s.category = row.category, s.subcategory = row.subcategory, s.drug = row.drug
     WITH s, row
     UNWIND [k IN [row.categoryKey, row.subcategoryKey] WHERE k IS NOT NULL] AS key
     OPTIONAL MATCH (c:ServiceCategory {key: key})
     FOREACH (x IN CASE WHEN c IS NULL THEN [] ELSE [c] END | MERGE (s)-[:IN_CATEGORY]->(x))
     RETURN count(*) - count(c) AS missingCategories
   }
   CALL () {
     UNWIND $documents AS row
     OPTIONAL MATCH (known:GuidelineDocument {key: row.key})
     WITH row WHERE known IS NULL
     MERGE (d:GuidelineDocument {key: row.key})
     ON CREATE SET d.source = row.source, d.name = row.name
   }
   CALL () {
     UNWIND $guidelines AS row
     OPTIONAL MATCH (known:Guideline {key: row.key})
     WITH row WHERE known IS NULL
     MERGE (g:Guideline {key: row.key})
     ON CREATE SET g.source = row.source, g.document = row.document, g.section = row.section
     WITH g, row
     OPTIONAL MATCH (d:GuidelineDocument {key: row.documentKey})
     FOREACH (x IN CASE WHEN d IS NULL THEN [] ELSE [d] END | MERGE (g)-[:SECTION_OF]->(x))
     RETURN count(*) - count(d) AS missingDocuments
   }
   CALL () {
     UNWIND $reviewers AS row
     OPTIONAL MATCH (known:Reviewer {key: row.key})
     WITH row WHERE known IS NULL
     MERGE (r:Reviewer {key: row.key})
     ON CREATE SET r.specialties = row.specialties, r.licensedStates = row.licensedStates
     WITH r, row
     CALL (r, row) {
       UNWIND row.specialties AS name
       MERGE (s:Specialty {name: name})
       MERGE (r)-[:CERTIFIED_IN]->(s)
     }
     CALL (r, row) {
       UNWIND row.licensedStates AS name
       MERGE (s:State {name: name})
       MERGE (r)-[:LICENSED_IN]->(s)
     }
   }
   CALL () {
     UNWIND $diagnoses AS name
     OPTIONAL MATCH (known:Diagnosis {name: name})
     WITH name WHERE known IS NULL
     MERGE (:Diagnosis {name: name})
   }
   CALL () {
     UNWIND $bodyRegions AS name
     OPTIONAL MATCH (known:BodyRegion {name: name})
     WITH name WHERE known IS NULL
     MERGE (:BodyRegion {name: name})
   }
   CALL () {
     UNWIND $reasons AS row
     OPTIONAL MATCH (known:Reason {code: row.code})
     WITH row WHERE known IS NULL
     MERGE (r:Reason {code: row.code})
     ON CREATE SET r.label = row.label, r.definition = row.definition, r.supports = row.supports
   }
   RETURN missingParents + missingCategories + missingDocuments AS missing`,
  (row) => ({ missing: read.integer(row.missing) }),
);

/**
 * Every case of the batch with its decisions, citations and edges, in one statement. The
 * shared nodes are looked up once per batch (not once per edge) and edges point at them by
 * position. Cases known to be new, and all decisions (a replaced case's were cleared), are
 * CREATEd: MERGE would search relationships of nodes that cannot have any. A shared node
 * missing here (deleted as an orphan by a concurrent replacement after it was merged) writes
 * nothing and is reported, so the writer retries the batch.
 */
export const createCases = defineQuery<CreateCasesInput, { missing: number }>(
  'load.createCases',
  `${CACHED_PLAN}
   CALL () {
     UNWIND $services AS key OPTIONAL MATCH (n:Service {name: key}) RETURN collect([n]) AS services
   }
   CALL () {
     UNWIND $guidelines AS key OPTIONAL MATCH (n:Guideline {key: key})
     RETURN collect([n]) AS guidelines
   }
   CALL () {
     UNWIND $reviewers AS key OPTIONAL MATCH (n:Reviewer {key: key}) RETURN collect([n]) AS reviewers
   }
   CALL () {
     UNWIND $diagnoses AS key OPTIONAL MATCH (n:Diagnosis {name: key})
     RETURN collect([n]) AS diagnoses
   }
   CALL () {
     UNWIND $bodyRegions AS key OPTIONAL MATCH (n:BodyRegion {name: key})
     RETURN collect([n]) AS regions
   }
   CALL () {
     UNWIND $reasons AS key OPTIONAL MATCH (n:Reason {code: key}) RETURN collect([n]) AS reasons
   }
   WITH services, guidelines, reviewers, diagnoses, regions, reasons,
        size([x IN services + guidelines + reviewers + diagnoses + regions + reasons
              WHERE x[0] IS NULL]) AS missing
   CALL (services, guidelines, reviewers, diagnoses, regions, reasons, missing) {
     WITH * WHERE missing = 0
     UNWIND $cases AS row
     CALL (row) {
       WITH row WHERE row.isNew
       CREATE (c:Case)
       SET c = row.properties
       RETURN c
     UNION
       WITH row WHERE NOT row.isNew
       MERGE (c:Case {caseNumber: row.properties.caseNumber})
       SET c += row.properties
       RETURN c
     }
     WITH c, row, services, guidelines, regions, reasons, reviewers[row.reviewer][0] AS reviewer,
          [i IN row.diagnoses | diagnoses[i][0]] AS caseDiagnoses
     CREATE (c)-[:REVIEWED_BY]->(reviewer)
     FOREACH (x IN caseDiagnoses | CREATE (c)-[:HAS_DIAGNOSIS]->(x))
     WITH c, row, services, guidelines, regions, reasons
     CALL (c, row, services, guidelines, regions, reasons) {
       UNWIND row.decisions AS item
       WITH c, item, services[item.service][0] AS service,
            [x IN item.grounds | {r: reasons[x.reason][0], p: x.properties}] AS grounds,
            [i IN item.bodyRegions | regions[i][0]] AS itemRegions,
            [x IN item.urCitations | {g: guidelines[x.guideline][0], p: x.properties}] AS ur,
            [x IN item.reviewerCitations | {g: guidelines[x.guideline][0], p: x.properties}]
              AS reviewer
       CREATE (c)-[:HAS_DECISION]->(d:Decision)-[:FOR_SERVICE]->(service)
       SET d = item.properties
       FOREACH (b IN itemRegions | CREATE (d)-[:CONCERNS]->(b))
       FOREACH (x IN ur | FOREACH (g IN [x.g] |
         CREATE (d)-[r:UR_CITED]->(g)
         SET r = x.p, r += item.scope))
       FOREACH (x IN reviewer | FOREACH (g IN [x.g] |
         CREATE (d)-[r:REVIEWER_CITED]->(g)
         SET r = x.p, r += item.scope))
       FOREACH (x IN grounds | FOREACH (reason IN [x.r] |
         CREATE (d)-[r:GROUNDED_ON]->(reason)
         SET r = x.p, r += item.scope))
     }
     CALL (row) {
       UNWIND row.dependencies AS dependency
       MATCH (a:Decision {id: dependency.from})
       MATCH (b:Decision {id: dependency.to})
       CREATE (a)-[:DEPENDS_ON]->(b)
     }
   }
   RETURN missing`,
  (row) => ({ missing: read.integer(row.missing) }),
);
