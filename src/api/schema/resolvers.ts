import { analyticsResolvers } from '../analytics';
import { CaseResolver } from '../case/case.resolver';
import { DecisionResolver } from '../decision/decision.resolver';
import { graphViewResolvers } from '../graph-view';
import { GuidelineResolver } from '../guideline/guideline.resolver';
import { IngestResolver } from '../ingest/ingest.resolver';
import { ImpactGraphResolver } from '../joins/impact-graph.resolver';
import { JOIN_RESOLVERS } from '../joins/joins.resolver';
import { ReasonResolver } from '../reason/reason.resolver';
import { ReviewerResolver } from '../reviewer/reviewer.resolver';
import { SpecialtyResolver } from '../reviewer/specialty.resolver';
import { SearchResolver } from '../search/search.resolver';
import { ServiceResolver } from '../service/service.resolver';

/** Every resolver class of the API: the entities' own, the analytics, the graph view, the joins. */
export const API_RESOLVERS = [
  CaseResolver,
  DecisionResolver,
  ServiceResolver,
  GuidelineResolver,
  ReviewerResolver,
  SpecialtyResolver,
  ReasonResolver,
  SearchResolver,
  IngestResolver,
  ...analyticsResolvers,
  ...graphViewResolvers,
  ...JOIN_RESOLVERS,
  ImpactGraphResolver,
] as const;
