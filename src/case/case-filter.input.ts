import { DateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CaseOutcome } from '../shared/enums';

/** Filters of `cases`; all optional, ANDed. */
@InputType()
export class CaseFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these cases (at most 1,000).' })
  caseNumbers?: string[];
  @Field(() => CaseOutcome, { nullable: true }) outcome?: CaseOutcome;
  @Field(() => String, { nullable: true, description: 'Standard or Expedited.' })
  priority?: string;
  @Field(() => DateResolver, { nullable: true, description: 'Decision date on or after.' })
  decidedFrom?: Date;
  @Field(() => DateResolver, { nullable: true, description: 'Decision date on or before.' })
  decidedTo?: Date;
  @Field(() => String, { nullable: true, description: "The reviewer's specialty." })
  specialty?: string;
  @Field(() => String, { nullable: true, description: 'A state the reviewer is licensed in.' })
  licensedState?: string;
  @Field(() => String, { nullable: true }) diagnosis?: string;
  @Field(() => String, { nullable: true, description: 'male or female.' }) patientSex?: string;
  @Field(() => Int, { nullable: true }) minAge?: number;
  @Field(() => Int, { nullable: true }) maxAge?: number;
}
