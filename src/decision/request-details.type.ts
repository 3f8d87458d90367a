import { DateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What the request asked for, as far as its text says.' })
export class RequestDetails {
  @Field(() => [String]) bodyRegions!: string[];
  @Field(() => String, { nullable: true, description: 'left, right or bilateral.' })
  laterality!: string | null;
  @Field(() => [String], { description: 'e.g. L4-5.' }) spinalLevels!: string[];
  @Field(() => Int, { nullable: true }) sessions!: number | null;
  @Field(() => Int, { nullable: true }) perWeek!: number | null;
  @Field(() => Int, { nullable: true }) weeks!: number | null;
  @Field(() => Int, { nullable: true }) quantity!: number | null;
  @Field(() => String, { nullable: true, description: 'Drug strength, e.g. 10mg.' })
  strength!: string | null;
  @Field() retrospective!: boolean;
  @Field(() => DateResolver, { nullable: true, description: 'For retrospective requests.' })
  dateOfService!: string | null;
}
