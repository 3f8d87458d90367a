import { Field, ID, ObjectType } from 'type-graphql';

/** Reviewers are anonymous: a profile of specialties and licensed states. */
@ObjectType({
  description:
    'An IMR expert reviewer, as the letters describe one: a physician or other licensed ' +
    'clinician chosen by MAXIMUS, never named. A reviewer is known only by this profile ' +
    '(board specialties and licensed states), so one profile may stand for several people.',
})
export class Reviewer {
  @Field(() => ID, {
    description:
      'Sorted specialties, then sorted states, each joined with ";": e.g. ' +
      '"Family Practice|California;North Carolina".',
  })
  key!: string;

  specialtyNames!: string[];
  stateNames!: string[];
}

@ObjectType({
  description:
    'A board certification (or, for non-physicians, a licence such as Chiropractor) that ' +
    'reviewer profiles hold.',
})
export class Specialty {
  @Field(() => ID, {
    description:
      'As the American Board of Medical Specialties names it, e.g. Physical Medicine & ' +
      'Rehabilitation, Orthopedic Surgery; or Chiropractor, Acupuncturist, Psychologist.',
  })
  name!: string;
}

@ObjectType({ description: 'A US state (or the District of Columbia) a reviewer is licensed in.' })
export class State {
  @Field(() => ID, { description: 'The full name, e.g. California.' }) name!: string;
}
