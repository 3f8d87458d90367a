import { Field, ObjectType } from 'type-graphql';
import { OutcomeStatistics } from './outcome-stats.type';

@ObjectType({
  implements: OutcomeStatistics,
  description:
    'Outcomes of the filtered decisions that share one value of a dimension. A decision ' +
    'with no value (no guideline cited, no body region …) is counted under the key ' +
    "'(none)'.",
})
export class OutcomeBucket extends OutcomeStatistics {
  @Field({
    description:
      "The dimension's value: usable as the matching DecisionFilter field (a category, a service " +
      'name, a guideline document name, a specialty …), a guideline key for GUIDELINE, yyyy-mm ' +
      'for DECISION_MONTH.',
  })
  key!: string;
}
