import { DateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { SYNTHETIC_FILTER_DESCRIPTION } from '../core/decision-filter.input';
import { CaseOutcome } from '../core/enums';

/** Filters of `cases`; all optional, ANDed. */
@InputType({
  description:
    'Which cases to list. Every field is optional; the cases returned match all the fields ' +
    'given. Text values match exactly (case-sensitive) unless a field says otherwise.',
})
export class CaseFilter {
  @Field(() => [ID], {
    nullable: true,
    description: 'Only these case numbers, e.g. ["CM16-0213037"] (at most 1,000).',
  })
  caseNumbers?: string[];
  @Field(() => CaseOutcome, {
    nullable: true,
    description: 'Only cases with this letter-level outcome.',
  })
  outcome?: CaseOutcome;
  @Field(() => String, { nullable: true, description: 'Standard or Expedited.' })
  priority?: string;
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
    description:
      'A diagnosis named in the case summary, as Case.diagnoses lists it (lower case), e.g. ' +
      '"lumbar radiculopathy".',
  })
  diagnosis?: string;
  @Field(() => String, {
    nullable: true,
    description: "The worker's sex: male or female (any case).",
  })
  patientSex?: string;
  @Field(() => Int, {
    nullable: true,
    description: "The worker's age in years at least this; cases without an age are left out.",
  })
  minAge?: number;
  @Field(() => Int, {
    nullable: true,
    description: "The worker's age in years at most this; cases without an age are left out.",
  })
  maxAge?: number;
  @Field(() => Boolean, { nullable: true, description: SYNTHETIC_FILTER_DESCRIPTION })
  synthetic?: boolean;
}
