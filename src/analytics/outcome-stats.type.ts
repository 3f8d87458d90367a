import { Field, Float, Int, InterfaceType } from 'type-graphql';
import { Outcome } from '../shared/enums';

/** The numbers every research answer carries for a group of decisions. */
@InterfaceType({
  description:
    'Outcomes of a group of decisions, with the rate of the requested outcome judged against the filtered set.',
})
export abstract class OutcomeStatistics {
  @Field(() => Int, { description: 'Decisions in the group.' }) decisions!: number;
  @Field(() => Int) upheld!: number;
  @Field(() => Int) overturned!: number;
  @Field(() => Float, { description: 'overturned / decisions.' }) overturnRate!: number;
  @Field(() => Outcome, {
    description: 'The outcome that outcomeCount, rate, the interval and lift are about.',
  })
  outcome!: Outcome;
  @Field(() => Int, { description: 'Decisions of the group with the requested outcome.' })
  outcomeCount!: number;
  @Field(() => Float, { description: 'outcomeCount / decisions.' }) rate!: number;
  @Field(() => Float, { description: 'Lower end of the 95% Wilson score interval of rate.' })
  rateLow!: number;
  @Field(() => Float, { description: 'Upper end of the 95% Wilson score interval of rate.' })
  rateHigh!: number;
  @Field(() => Float, {
    description:
      "The requested outcome's rate over all decisions of the filter: what rate is compared to.",
  })
  baselineRate!: number;
  @Field(() => Float, {
    nullable: true,
    description:
      'rate / baselineRate: above 1, this group has the outcome more often than the filtered set. Null when the baseline is 0.',
  })
  lift!: number | null;
}
