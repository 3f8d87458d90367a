import { Field, ID, ObjectType } from 'type-graphql';
import { Guideline } from '../guideline/guideline.type';
import { OutcomeStatistics } from './outcome-stats.type';

@ObjectType({
  implements: OutcomeStatistics,
  description:
    'One guideline cited by the chosen party, with the outcomes of the filtered decisions that ' +
    'cited it.',
})
export class GuidelineImpact extends OutcomeStatistics {
  @Field(() => ID, { description: 'The guideline key (source|document|section).' }) key!: string;
  @Field(() => Guideline, {
    description: 'The guideline section cited: its source, document and section.',
  })
  guideline!: Guideline;
}
