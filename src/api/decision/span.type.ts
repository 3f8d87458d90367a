import { Field, Int, ObjectType } from 'type-graphql';

/** Where a fact was read in its letter (loaders/parse/spans.ts). */
@ObjectType({
  description:
    'Where in the letter a fact was read: character offsets into the letter text as the parser ' +
    'cleaned it (`imr-graph parse --with-text` prints that text). text.slice(start, end) is ' +
    'what was read, its line breaks where the letter wrapped.',
})
export class Span {
  @Field(() => Int, { description: 'Offset of the first character read (0-based).' })
  start!: number;
  @Field(() => Int, { description: 'Offset just past the last character read.' })
  end!: number;
}
