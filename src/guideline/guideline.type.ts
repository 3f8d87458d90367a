import { Field, ID, ObjectType } from 'type-graphql';
import { GuidelineSource } from '../shared/enums';

@ObjectType({ description: 'A guideline section (or a whole document when no section is cited).' })
export class Guideline {
  @Field(() => ID, { description: 'source|document|normalised section' }) key!: string;
  @Field(() => GuidelineSource) source!: GuidelineSource;
  @Field({ description: 'Canonical document name, e.g. ODG or ACOEM.' }) document!: string;
  @Field(() => String, { nullable: true }) section!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Edition, when the graph records one on the guideline (citations carry their own).',
  })
  edition!: string | null;
}
