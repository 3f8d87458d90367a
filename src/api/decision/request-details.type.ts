import { DateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'What the request asked for, as far as its text says ("Chiropractic 2x4 lumbar spine": ' +
    'perWeek 2, weeks 4, bodyRegions ["lumbar spine"]). A value the text does not give is null ' +
    '(or an empty list), never guessed.',
})
export class RequestDetails {
  @Field(() => [String], {
    description: 'Body regions named, lower case, e.g. ["cervical spine", "shoulder"].',
  })
  bodyRegions!: string[];
  @Field(() => String, { nullable: true, description: 'left, right or bilateral.' })
  laterality!: string | null;
  @Field(() => [String], { description: 'Spinal levels named, e.g. ["L4-5", "L5-S1"].' })
  spinalLevels!: string[];
  @Field(() => Int, {
    nullable: true,
    description: 'Sessions or visits requested in all, e.g. 12 for "physical therapy x12".',
  })
  sessions!: number | null;
  @Field(() => Int, { nullable: true, description: 'Sessions a week, e.g. 2 for "2x4".' })
  perWeek!: number | null;
  @Field(() => Int, { nullable: true, description: 'Weeks of treatment, e.g. 4 for "2x4".' })
  weeks!: number | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'How many units (tablets, patches …) a drug or supply request asks for: 60 for "#60".',
  })
  quantity!: number | null;
  @Field(() => String, { nullable: true, description: 'Drug strength, e.g. 10mg or 10/325mg.' })
  strength!: string | null;
  @Field({
    description:
      'True for a retrospective request: a service already given, reviewed after the fact.',
  })
  retrospective!: boolean;
  @Field(() => DateResolver, {
    nullable: true,
    description: 'The date of service of a retrospective request (yyyy-mm-dd).',
  })
  dateOfService!: string | null;
}
