import { DateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Service } from '../service/service.type';
import { Outcome } from '../shared/enums';
import type { CitationRow } from './decision.queries';
import { RequestDetails } from './request-details.type';

/** One disputed item of a case and its outcome. Relations are resolved in
 * decision.resolver.ts; `caseNumber` and `serviceName` are the keys they load by. */
@ObjectType({ description: 'One disputed item of a case: the request, the outcome, the reasons.' })
export class Decision {
  @Field(() => ID, { description: '<caseNumber>#<ordinal>' }) id!: string;
  @Field(() => Int, { description: 'Position of the item in the letter, from 1.' })
  ordinal!: number;
  @Field({ description: 'The disputed item as the letter states it.' }) request!: string;
  @Field(() => String, { nullable: true, description: 'The request before a modification.' })
  originalRequest!: string | null;
  @Field(() => String, { nullable: true, description: 'What was authorised, when partially.' })
  authorized!: string | null;
  @Field(() => Outcome) outcome!: Outcome;
  @Field(() => RequestDetails) details!: RequestDetails;
  @Field() rationale!: string;
  @Field(() => DateResolver, { nullable: true }) decisionDate!: string | null;
  @Field(() => [String]) bodyRegions!: string[];
  @Field({ description: 'The claims administrator said it cited no medical evidence.' })
  urCitedNoEvidence!: boolean;
  @Field({ description: 'The reviewer said it cited no medical evidence.' })
  reviewerCitedNoEvidence!: boolean;

  caseNumber!: string;
  serviceName!: string | null;
  /** Read with the decision when its query projects them (decision.queries.ts): no extra
   * statement for `service` / the citations. Undefined: not read, the resolvers load them. */
  prefetchedService?: Service | null;
  prefetchedCitations?: CitationRow[];
}
