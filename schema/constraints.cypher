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
CREATE INDEX case_outcome IF NOT EXISTS FOR (n:Case) ON (n.outcome);
CREATE INDEX case_decision_date IF NOT EXISTS FOR (n:Case) ON (n.decisionDate);
CREATE INDEX decision_outcome IF NOT EXISTS FOR (n:Decision) ON (n.outcome);
CREATE INDEX decision_date IF NOT EXISTS FOR (n:Decision) ON (n.decisionDate);
CREATE INDEX decision_month IF NOT EXISTS FOR (n:Decision) ON (n.decisionMonth);
CREATE INDEX decision_case IF NOT EXISTS FOR (n:Decision) ON (n.caseNumber);
CREATE INDEX service_category IF NOT EXISTS FOR (n:Service) ON (n.category);
CREATE INDEX service_subcategory IF NOT EXISTS FOR (n:Service) ON (n.subcategory);
CREATE INDEX guideline_document IF NOT EXISTS FOR (n:Guideline) ON (n.document);
CREATE INDEX guideline_source IF NOT EXISTS FOR (n:Guideline) ON (n.source);
CREATE FULLTEXT INDEX decision_text IF NOT EXISTS FOR (n:Decision) ON EACH [n.request, n.rationale];
CREATE FULLTEXT INDEX case_summary IF NOT EXISTS FOR (n:Case) ON EACH [n.summary];
