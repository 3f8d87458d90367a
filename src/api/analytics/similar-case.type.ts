import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Case } from '../case/case.type';

@ObjectType({
  description:
    'A case like the given one. score = 3 per shared service + 2 per shared guideline ' +
    'section the IMR reviewer cited + 2 per shared diagnosis + 1 per shared body region.',
})
export class SimilarCase {
  @Field(() => ID, { description: "The similar case's number." }) caseNumber!: string;
  @Field(() => Case, { description: 'The similar case itself.' }) case!: Case;
  @Field(() => Float, {
    description:
      'The weighted overlap with the given case (weights on SimilarCase); higher is more ' +
      'alike. A 3 is one shared service, or a shared guideline section and body region.',
  })
  score!: number;
  @Field(() => [String], { description: 'Canonical service names both cases dispute.' })
  sharedServices!: string[];
  @Field(() => [String], {
    description: "Keys of the guideline sections both cases' IMR reviewers cited.",
  })
  sharedGuidelines!: string[];
  @Field(() => [String], {
    description: 'Diagnoses both case summaries name, lower case.',
  })
  sharedDiagnoses!: string[];
  @Field(() => [String], {
    description: "Body regions both cases' requests name, e.g. lumbar spine.",
  })
  sharedBodyRegions!: string[];
}
