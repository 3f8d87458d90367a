import { Field, ObjectType } from 'type-graphql';
import { Guideline } from '../guideline/guideline.type';

@ObjectType({ description: 'A guideline cited for a decision, by one party.' })
export class Citation {
  @Field(() => Guideline) guideline!: Guideline;
  @Field(() => String, { nullable: true }) pages!: string | null;
  @Field(() => String, { nullable: true }) edition!: string | null;
  @Field({ description: 'The citation as written in the letter.' }) text!: string;
}
