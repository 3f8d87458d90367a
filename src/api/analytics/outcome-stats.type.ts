import { Field, Float, Int, InterfaceType } from 'type-graphql';
import { Outcome } from '../core/enums';

/** The numbers every research answer carries for a group of decisions. */
@InterfaceType({
  description:
    'The numbers every research answer gives for a group of decisions: how many were upheld ' +
    'and overturned, and the rate of the requested outcome (OVERTURNED unless asked otherwise) ' +
    'with its 95% Wilson interval and its lift over all the filtered decisions. Read rate ' +
    'through its interval: with few decisions the interval is wide and the rate says little.',
})
export abstract class OutcomeStatistics {
  @Field(() => Int, {
    description:
      'Decisions in the group: the sample size behind every rate here. Under about 30, read ' +
      'rateLow and rateHigh rather than rate (minDecisions hides small groups).',
  })
  decisions!: number;
  @Field(() => Int, {
    description:
      'Decisions of the group upheld: the denial stands, the worker does not get the item.',
  })
  upheld!: number;
  @Field(() => Int, {
    description:
      'Decisions of the group overturned: the claims administrator must authorise the item.',
  })
  overturned!: number;
  @Field(() => Float, {
    description:
      'overturned / decisions, from 0 to 1 (0.17 is 17%), whatever outcome was requested; 0 ' +
      'for an empty group.',
  })
  overturnRate!: number;
  @Field(() => Outcome, {
    description:
      "The outcome that outcomeCount, rate, the interval and lift are about: the query's " +
      'outcome argument (OVERTURNED by default).',
  })
  outcome!: Outcome;
  @Field(() => Int, {
    description: 'Decisions of the group with the requested outcome (overturned or upheld).',
  })
  outcomeCount!: number;
  @Field(() => Float, {
    description:
      'outcomeCount / decisions, from 0 to 1: 0.17 means 17% of the group had the requested ' +
      'outcome. 0 for an empty group.',
  })
  rate!: number;
  @Field(() => Float, {
    description:
      'Lower end of the 95% Wilson score interval of rate: the range of true rates these ' +
      'counts are consistent with. It is narrow with many decisions and wide with few: 3 of 10 ' +
      'gives 0.11 to 0.60, 30 of 100 gives 0.22 to 0.40. Exactly 0 when outcomeCount is 0.',
  })
  rateLow!: number;
  @Field(() => Float, {
    description:
      'Upper end of the 95% Wilson score interval of rate (see rateLow); exactly 1 when every ' +
      'decision had the outcome. When baselineRate lies between rateLow and rateHigh, the ' +
      'counts do not show this group differs from the filtered decisions as a whole.',
  })
  rateHigh!: number;
  @Field(() => Float, {
    description:
      "The requested outcome's rate over all decisions that pass the filter (e.g. 0.16 when 16% " +
      'of all chiropractic decisions were overturned): what rate and lift are compared to.',
  })
  baselineRate!: number;
  @Field(() => Float, {
    nullable: true,
    description:
      'rate / baselineRate: 1.5 means this group has the requested outcome 50% more often than ' +
      'the filtered decisions as a whole, 0.5 half as often, 1 the same. Null when the baseline ' +
      'is 0. A large lift from a few decisions is often chance: check rateLow and rateHigh.',
  })
  lift!: number | null;
}
