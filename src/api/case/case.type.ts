import { DateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Decision } from '../decision/decision.type';
import { CaseOutcome } from '../core/enums';

/** One IMR final determination letter. Relations (decisions, reviewer, diagnoses) are
 * resolved in case.resolver.ts through the request's loaders. */
@ObjectType({
  description:
    'An IMR case: one MAXIMUS Final Determination Letter, as the DWC published it (redacted: ' +
    'no names of the worker, the employer or the reviewer). It decides one or more disputed ' +
    'items, each a Decision.',
})
export class Case {
  @Field(() => ID, {
    description:
      'The case number of the letter, CMyy-nnnnnnn (e.g. CM16-0213037); doc:<sha256 of the ' +
      'file> for a letter without one; SYN-nnnnnnn for synthetic demo letters.',
  })
  caseNumber!: string;
  @Field(() => CaseOutcome, {
    description:
      'UPHELD when every item was upheld, OVERTURNED when every item was overturned, else ' +
      'PARTIALLY_OVERTURNED.',
  })
  outcome!: CaseOutcome;
  @Field(() => String, {
    nullable: true,
    description:
      'Standard or Expedited. An expedited review (an imminent, serious threat to the ' +
      "worker's health) is decided within 3 days of receiving the records, a standard one " +
      'within 30. Null when the letter does not say.',
  })
  priority!: string | null;
  @Field(() => DateResolver, {
    nullable: true,
    description: 'When MAXIMUS assigned the case to a reviewer (yyyy-mm-dd).',
  })
  dateAssigned!: string | null;
  @Field(() => DateResolver, {
    nullable: true,
    description: 'The date of the final determination (yyyy-mm-dd), e.g. 2016-12-09.',
  })
  decisionDate!: string | null;
  @Field(() => DateResolver, {
    nullable: true,
    description: "The date of the worker's industrial injury (yyyy-mm-dd).",
  })
  injuryDate!: string | null;
  @Field(() => DateResolver, {
    nullable: true,
    description:
      "The date of the claims administrator's utilization review (UR) denial that the worker " +
      'asked IMR to review (yyyy-mm-dd).',
  })
  urDenialDate!: string | null;
  @Field(() => DateResolver, {
    nullable: true,
    description: 'When the application for IMR was received (yyyy-mm-dd).',
  })
  applicationReceived!: string | null;
  @Field(() => Int, {
    nullable: true,
    description: "The worker's age in years as the case summary states it, e.g. 48.",
  })
  patientAge!: number | null;
  @Field(() => String, {
    nullable: true,
    description:
      "The worker's sex as the case summary states it: male or female; null when not stated.",
  })
  patientSex!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "The letter's clinical case summary: the reviewer's account of the injury, diagnoses and " +
      'treatment so far (a paragraph or more of free text).',
  })
  summary!: string | null;
  @Field(() => [String], {
    description:
      'Treatments tried before, as the summary lists them, e.g. "physical therapy", "home ' +
      'exercise program". Empty when none are named.',
  })
  priorTreatments!: string[];
  @Field({
    description:
      'The file the letter was loaded from, as the loader was given it (e.g. ' +
      'CM16-0213037.pdf), or the fileName passed to ingestDetermination.',
  })
  sourceFile!: string;
  @Field({
    description:
      'SHA-256 of the letter file (of the text, for ingestDetermination), 64 hex digits: ' +
      'loading the same letter again changes nothing.',
  })
  sha256!: string;
  @Field(() => Int, { description: 'How many disputed items the letter decides (1 or more).' })
  decisionCount!: number;
  @Field(() => Int, {
    description: 'How many of those items were overturned (0 to decisionCount).',
  })
  overturnedCount!: number;
  @Field(() => Boolean, {
    description:
      "true for a synthetic demo letter made by the project's generator (case number SYN-…), " +
      'false for a published letter. Filters take `synthetic: false` to leave the demo ' +
      'letters out of research answers.',
  })
  synthetic!: boolean;

  /** Read with the case by `case.withDecisions`; undefined: the resolver loads them. */
  prefetchedDecisions?: Decision[];
}
