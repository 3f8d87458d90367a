import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'A reason code: one kind of ground an IMR reviewer states for a decision (e.g. ' +
    'NO_FUNCTIONAL_IMPROVEMENT, EXCEEDS_GUIDELINE_LIMIT), from a controlled vocabulary of 20.',
})
export class Reason {
  @Field({ description: 'The code, e.g. NO_RED_FLAGS; usable as DecisionFilter.reason.' })
  code!: string;
  @Field({ description: 'A short human name, e.g. "No red flags".' })
  label!: string;
  @Field({ description: 'What the code means, as the vocabulary defines it.' })
  definition!: string;
  @Field({
    description:
      'The outcome the reason supports: UPHELD, OVERTURNED, or EITHER for codes that go with both.',
  })
  supports!: string;
}

@ObjectType({
  description:
    'One ground of a decision: its reason code and the clause of the rationale it was read ' +
    'from (rationale.slice(start, end) is text), so every count can be traced to the letter.',
})
export class DecisionReason {
  @Field(() => Reason, { description: 'The reason code with its label and definition.' })
  reason!: Reason;
  @Field({ description: 'The clause or sentence of the rationale that states this ground.' })
  text!: string;
  @Field(() => Int, {
    description: 'Offset of the clause in Decision.rationale (UTF-16 code units, from 0).',
  })
  start!: number;
  @Field(() => Int, { description: 'Offset just past the clause in Decision.rationale.' })
  end!: number;
}
