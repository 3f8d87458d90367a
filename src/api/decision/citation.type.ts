import { Field, ObjectType } from 'type-graphql';
import { Guideline } from '../guideline/guideline.type';
import { Span } from './span.type';

@ObjectType({
  description:
    'A guideline one party (UR or the IMR reviewer) cited for a decision: the canonical ' +
    'guideline section, and the citation as the letter wrote it.',
})
export class Citation {
  @Field(() => Guideline, {
    description: 'The guideline section cited, in canonical form (shared by every citation of it).',
  })
  guideline!: Guideline;
  @Field(() => String, {
    nullable: true,
    description: 'Pages as the letter gives them, e.g. "46" or "58-60"; null when none.',
  })
  pages!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The edition (usually a year) this citation names, e.g. 2016; null when none.',
  })
  edition!: string | null;
  @Field({
    description:
      'The citation as written in the letter, e.g. "MTUS Chronic Pain Medical Treatment 2016, ' +
      'Section(s): Manual therapy & manipulation."',
  })
  text!: string;
  @Field(() => Span, {
    nullable: true,
    description:
      'Where the citation stands in the letter text; null on graphs loaded before spans were ' +
      'recorded (reload the letter to add them).',
  })
  span!: Span | null;
}
