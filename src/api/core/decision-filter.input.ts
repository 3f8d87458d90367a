import { Field, ID, InputType } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import { Outcome } from './enums';

/** The `synthetic` field of the decision and case filters. */
export const SYNTHETIC_FILTER_DESCRIPTION =
  "true: only synthetic demo letters (case numbers SYN-…, made by the project's generator); " +
  "false: only published letters (the DWC's, and any you loaded yourself). Leave it out for " +
  'both. Research answers meant as findings should say false.';

/** Filters shared by `decisions`, `guidelineImpact` and `outcomeBreakdown`; all optional, ANDed. */
@InputType({
  description:
    'Which decisions (disputed items) to list or count, e.g. {subcategory: "Chiropractic", ' +
    'decidedFrom: "2016-01-01"}. Every field is optional; a decision must match all the ' +
    'fields given. Names match exactly (case-sensitive) as the graph spells them: list them ' +
    'with services, guidelines, specialties or outcomeBreakdown.',
})
export class DecisionFilter {
  @Field(() => Outcome, {
    nullable: true,
    description: 'Only upheld or only overturned decisions.',
  })
  outcome?: Outcome;
  @Field(() => String, {
    nullable: true,
    description: "The service's DWC category, e.g. Rehabilitation, Pharmaceuticals.",
  })
  category?: string;
  @Field(() => String, {
    nullable: true,
    description:
      "The service's DWC subcategory, e.g. Chiropractic, or a drug class such as Opioids.",
  })
  subcategory?: string;
  @Field(() => String, {
    nullable: true,
    description: 'The canonical service name, e.g. MRI (Service.name).',
  })
  service?: string;
  @Field(() => String, {
    nullable: true,
    description:
      'A canonical guideline document cited by either party (UR or the IMR reviewer), e.g. ' +
      'Official Disability Guidelines (Guideline.document).',
  })
  guidelineDocument?: string;
  @Field(() => String, {
    nullable: true,
    description: "A board specialty of the case's reviewer, e.g. Orthopedic Surgery.",
  })
  specialty?: string;
  @Field(() => String, {
    nullable: true,
    description: "A state the case's reviewer is licensed in, by full name, e.g. California.",
  })
  licensedState?: string;
  @Field(() => String, {
    nullable: true,
    description: 'A body region the request names, e.g. lumbar spine, knee (any case).',
  })
  bodyRegion?: string;
  @Field(() => DateResolver, {
    nullable: true,
    description: 'Decision date on or after this day, e.g. 2016-11-01.',
  })
  decidedFrom?: Date;
  @Field(() => DateResolver, {
    nullable: true,
    description: 'Decision date on or before this day, e.g. 2016-12-31.',
  })
  decidedTo?: Date;
  @Field(() => ID, {
    nullable: true,
    description: 'Only the decisions of this case, e.g. CM16-0213037.',
  })
  caseNumber?: string;
  @Field(() => Boolean, { nullable: true, description: SYNTHETIC_FILTER_DESCRIPTION })
  synthetic?: boolean;
  @Field(() => String, {
    nullable: true,
    description:
      'Only decisions grounded on this reason code (Reason.code), e.g. NO_FUNCTIONAL_IMPROVEMENT.',
  })
  reason?: string;
}
