import { DateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Service } from '../service/service.type';
import { Outcome } from '../core/enums';
import type { Guideline } from '../guideline/guideline.type';
import { RequestDetails } from './request-details.type';
import { Span } from './span.type';

/** One disputed item of a case and its outcome. Relations are resolved in
 * decision.resolver.ts; `caseNumber` and `serviceName` are the keys they load by. */
@ObjectType({
  description:
    'One disputed item of a case: a treatment, test, drug or device that UR denied or modified, ' +
    'what the IMR reviewer decided about it (UPHELD or OVERTURNED), and why.',
})
export class Decision {
  @Field(() => ID, { description: '<caseNumber>#<ordinal>, e.g. CM16-0213037#1.' })
  id!: string;
  @Field(() => Int, { description: 'Position of the item in the letter: 1 for the first.' })
  ordinal!: number;
  @Field({
    description:
      'The disputed item as the letter states it, e.g. "MRI of the right shoulder without ' +
      'contrast"; for a partial authorisation, the part still disputed ("Norco 10/325mg #35").',
  })
  request!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'When UR authorised part of a request: the whole original request ("Norco 10/325mg #60"). ' +
      'Null otherwise.',
  })
  originalRequest!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'When UR authorised part of a request: the part it authorised ("Norco 10/325mg #25"). ' +
      'Null otherwise.',
  })
  authorized!: string | null;
  @Field(() => Span, {
    nullable: true,
    description:
      "Where the item's header (its request line, through the outcome) stands in the letter " +
      'text; null on graphs loaded before spans were recorded (reload the letter to add them).',
  })
  requestSpan!: Span | null;
  @Field(() => Outcome, {
    description:
      'UPHELD: the denial stands, the worker does not get the item. OVERTURNED: the claims ' +
      'administrator must authorise it.',
  })
  outcome!: Outcome;
  @Field(() => RequestDetails, {
    description:
      'What the request text says about body region, side, spinal levels, sessions, quantity, ' +
      'strength and date of service.',
  })
  details!: RequestDetails;
  @Field({
    description:
      "The reviewer's decision rationale as written in the letter: the clinical reasoning and " +
      'the guideline passages relied on (free text, often a few paragraphs).',
  })
  rationale!: string;
  @Field(() => DateResolver, {
    nullable: true,
    description: "The letter's decision date (yyyy-mm-dd): every item of a case shares it.",
  })
  decisionDate!: string | null;
  @Field(() => [String], {
    description:
      'Body regions the request names, lower case (e.g. "lumbar spine", "knee"): the same as ' +
      'details.bodyRegions, usable as DecisionFilter.bodyRegion.',
  })
  bodyRegions!: string[];
  @Field({
    description:
      'True when the letter says the claims administrator did not cite any medical evidence ' +
      'for its UR decision.',
  })
  urCitedNoEvidence!: boolean;
  @Field({
    description:
      'True when the letter says the IMR reviewer did not cite any medical evidence for the ' +
      'decision.',
  })
  reviewerCitedNoEvidence!: boolean;

  caseNumber!: string;
  serviceName!: string | null;
  /** Read with the decision when its query projects them (decision.queries.ts): no extra
   * statement for `service` / the citations. Undefined: not read, the resolvers load them. */
  prefetchedService?: Service | null;
  prefetchedCitations?: CitationRow[];
}

/** One party's citation of a guideline, as read with the decision (split by party later). */
export interface CitationRow {
  decisionId: string;
  party: 'UR' | 'REVIEWER';
  pages: string | null;
  edition: string | null;
  text: string;
  start: number | null;
  end: number | null;
  guideline: Guideline;
}
