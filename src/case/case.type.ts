import { DateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Decision } from '../decision/decision.type';
import { CaseOutcome } from '../shared/enums';

/** One IMR final determination letter. Relations (decisions, reviewer, diagnoses) are
 * resolved in case.resolver.ts through the request's loaders. */
@ObjectType({ description: 'An IMR case: one final determination letter.' })
export class Case {
  @Field(() => ID, { description: 'CMyy-nnnnnnn, or doc:<sha256> for a letter without one.' })
  caseNumber!: string;
  @Field(() => CaseOutcome) outcome!: CaseOutcome;
  @Field(() => String, { nullable: true, description: 'Standard or Expedited.' })
  priority!: string | null;
  @Field(() => DateResolver, { nullable: true }) dateAssigned!: string | null;
  @Field(() => DateResolver, { nullable: true }) decisionDate!: string | null;
  @Field(() => DateResolver, { nullable: true }) injuryDate!: string | null;
  @Field(() => DateResolver, { nullable: true }) urDenialDate!: string | null;
  @Field(() => DateResolver, { nullable: true }) applicationReceived!: string | null;
  @Field(() => Int, { nullable: true }) patientAge!: number | null;
  @Field(() => String, { nullable: true, description: 'male or female.' })
  patientSex!: string | null;
  @Field(() => String, { nullable: true, description: 'The clinical case summary.' })
  summary!: string | null;
  @Field(() => [String]) priorTreatments!: string[];
  @Field({ description: 'The file the letter was loaded from.' }) sourceFile!: string;
  @Field({ description: 'SHA-256 of the letter file.' }) sha256!: string;
  @Field(() => Int) decisionCount!: number;
  @Field(() => Int) overturnedCount!: number;

  /** Read with the case by `case.withDecisions`; undefined: the resolver loads them. */
  prefetchedDecisions?: Decision[];
}
