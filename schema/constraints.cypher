// imr-graph schema: uniqueness on every key of the model, lookup indexes for the API's
// filters, full-text indexes for search. Every statement is idempotent (IF NOT EXISTS);
// `imr-graph db migrate` applies them, and load/serve do so before they start.
CREATE CONSTRAINT case_key IF NOT EXISTS FOR (n:Case) REQUIRE n.caseNumber IS UNIQUE;
CREATE CONSTRAINT decision_key IF NOT EXISTS FOR (n:Decision) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT service_key IF NOT EXISTS FOR (n:Service) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT service_category_key IF NOT EXISTS FOR (n:ServiceCategory) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT guideline_key IF NOT EXISTS FOR (n:Guideline) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT guideline_document_key IF NOT EXISTS FOR (n:GuidelineDocument) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT reviewer_key IF NOT EXISTS FOR (n:Reviewer) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT specialty_key IF NOT EXISTS FOR (n:Specialty) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT state_key IF NOT EXISTS FOR (n:State) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT diagnosis_key IF NOT EXISTS FOR (n:Diagnosis) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT body_region_key IF NOT EXISTS FOR (n:BodyRegion) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT reason_key IF NOT EXISTS FOR (n:Reason) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT migration_key IF NOT EXISTS FOR (n:Migration) REQUIRE n.name IS UNIQUE;
CREATE INDEX case_outcome IF NOT EXISTS FOR (n:Case) ON (n.outcome);
CREATE INDEX case_decision_date IF NOT EXISTS FOR (n:Case) ON (n.decisionDate);
CREATE INDEX decision_outcome IF NOT EXISTS FOR (n:Decision) ON (n.outcome);
CREATE INDEX decision_date IF NOT EXISTS FOR (n:Decision) ON (n.decisionDate);
CREATE INDEX decision_month IF NOT EXISTS FOR (n:Decision) ON (n.decisionMonth);
CREATE INDEX decision_case IF NOT EXISTS FOR (n:Decision) ON (n.caseNumber);
// The commonest scopes (a category or subcategory, often with an outcome) as index seeks that
// also yield the outcome without reading the node, and keep decisions in the API's keyset order
// (caseNumber, ordinal) so that a page stops after `first` entries. Decisions carry their
// service's category and subcategory; citation edges carry those and the decision's outcome.
CREATE INDEX decision_category_scope IF NOT EXISTS FOR (n:Decision) ON (n.category, n.outcome, n.caseNumber, n.ordinal);
CREATE INDEX decision_subcategory_scope IF NOT EXISTS FOR (n:Decision) ON (n.subcategory, n.outcome, n.caseNumber, n.ordinal);
CREATE INDEX reviewer_cited_category IF NOT EXISTS FOR ()-[r:REVIEWER_CITED]-() ON (r.category, r.outcome);
CREATE INDEX reviewer_cited_subcategory IF NOT EXISTS FOR ()-[r:REVIEWER_CITED]-() ON (r.subcategory, r.outcome);
CREATE INDEX ur_cited_category IF NOT EXISTS FOR ()-[r:UR_CITED]-() ON (r.category, r.outcome);
CREATE INDEX ur_cited_subcategory IF NOT EXISTS FOR ()-[r:UR_CITED]-() ON (r.subcategory, r.outcome);
CREATE INDEX grounded_on_category IF NOT EXISTS FOR ()-[r:GROUNDED_ON]-() ON (r.category, r.outcome);
CREATE INDEX grounded_on_subcategory IF NOT EXISTS FOR ()-[r:GROUNDED_ON]-() ON (r.subcategory, r.outcome);
CREATE INDEX service_category IF NOT EXISTS FOR (n:Service) ON (n.category);
CREATE INDEX service_subcategory IF NOT EXISTS FOR (n:Service) ON (n.subcategory);
CREATE INDEX guideline_document IF NOT EXISTS FOR (n:Guideline) ON (n.document);
CREATE INDEX guideline_source IF NOT EXISTS FOR (n:Guideline) ON (n.source);
CREATE FULLTEXT INDEX decision_text IF NOT EXISTS FOR (n:Decision) ON EACH [n.request, n.rationale];
CREATE FULLTEXT INDEX case_summary IF NOT EXISTS FOR (n:Case) ON EACH [n.summary];
