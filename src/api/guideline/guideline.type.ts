import { Field, ID, ObjectType } from 'type-graphql';
import { GuidelineSource } from '../core/enums';

@ObjectType({
  description:
    'A treatment guideline section that letters cite (or a whole document when a citation ' +
    'names no section), e.g. the MTUS Chronic Pain Medical Treatment Guidelines section ' +
    '"Manual therapy & manipulation". One node per section, however the letters spell it.',
})
export class Guideline {
  @Field(() => ID, {
    description:
      'source|document|normalised section, e.g. "MTUS|Chronic Pain Medical Treatment ' +
      'Guidelines|manual therapy & manipulation"; the section part is empty for a whole document.',
  })
  key!: string;
  @Field(() => GuidelineSource, {
    description: "MTUS (California's binding treatment schedule) or NON_MTUS.",
  })
  source!: GuidelineSource;
  @Field({
    description:
      'Canonical document name, e.g. Chronic Pain Medical Treatment Guidelines, Low Back ' +
      'Complaints, Official Disability Guidelines; usable as DecisionFilter.guidelineDocument.',
  })
  document!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'The section as first written in a letter, e.g. "Manual therapy & manipulation" (for ' +
      'ODG it may be the chapter, e.g. Low Back); null for a whole document.',
  })
  section!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Edition, when the graph records one on the guideline (citations carry their own).',
  })
  edition!: string | null;
}
