import { Field, ID, InputType } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import { Outcome } from './enums';

/** Filters shared by `decisions`, `guidelineImpact` and `outcomeBreakdown`; all optional, ANDed. */
@InputType()
export class DecisionFilter {
  @Field(() => Outcome, { nullable: true }) outcome?: Outcome;
  @Field(() => String, { nullable: true, description: 'DWC category, e.g. Rehabilitation' })
  category?: string;
  @Field(() => String, { nullable: true, description: 'DWC subcategory, e.g. Chiropractic' })
  subcategory?: string;
  @Field(() => String, { nullable: true, description: 'Canonical service name, e.g. MRI' })
  service?: string;
  @Field(() => String, {
    nullable: true,
    description: 'Canonical guideline document cited by either party',
  })
  guidelineDocument?: string;
  @Field(() => String, { nullable: true }) specialty?: string;
  @Field(() => String, { nullable: true }) licensedState?: string;
  @Field(() => String, { nullable: true }) bodyRegion?: string;
  @Field(() => DateResolver, { nullable: true }) decidedFrom?: Date;
  @Field(() => DateResolver, { nullable: true }) decidedTo?: Date;
  @Field(() => ID, { nullable: true }) caseNumber?: string;
}
