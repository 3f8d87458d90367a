import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Case } from '../case/case.type';

@ObjectType({
  description: `A case like the given one. score = 3 per shared service + 2 per shared guideline section
the IMR reviewer cited + 2 per shared diagnosis + 1 per shared body region.`,
})
export class SimilarCase {
  @Field(() => ID) caseNumber!: string;
  @Field(() => Case) case!: Case;
  @Field(() => Float) score!: number;
  @Field(() => [String], { description: 'Canonical service names both cases dispute.' })
  sharedServices!: string[];
  @Field(() => [String], { description: 'Guideline keys both reviewers cited.' })
  sharedGuidelines!: string[];
  @Field(() => [String]) sharedDiagnoses!: string[];
  @Field(() => [String]) sharedBodyRegions!: string[];
}
