import { Field, ID, ObjectType } from 'type-graphql';

/** Reviewers are anonymous: a profile of specialties and licensed states. */
@ObjectType({ description: 'An anonymous expert reviewer profile: specialties and licences.' })
export class Reviewer {
  @Field(() => ID, { description: 'Sorted specialties | sorted states.' }) key!: string;

  specialtyNames!: string[];
  stateNames!: string[];
}

@ObjectType({ description: 'A board certification of reviewers.' })
export class Specialty {
  @Field(() => ID) name!: string;
}

@ObjectType({ description: 'A state a reviewer is licensed in.' })
export class State {
  @Field(() => ID) name!: string;
}
