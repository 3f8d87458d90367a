import { Field, Float, Int, ObjectType } from 'type-graphql';
import { OutcomeBucket } from './outcome-bucket.type';

@ObjectType({
  description:
    'Whether the IMR reviewer based the decision on the same guideline document as the ' +
    'claims administrator (UR). Documents are compared by name, so MTUS and non-MTUS ACOEM ' +
    'are one document.',
})
export class CitationAgreement {
  @Field(() => Int, { description: 'Decisions that pass the filter.' }) decisions!: number;
  @Field(() => Int, { description: 'Decisions where both UR and the reviewer cited a guideline.' })
  bothCited!: number;
  @Field(() => Int, { description: 'Of bothCited: at least one guideline document in common.' })
  sameDocument!: number;
  @Field(() => Float, { description: 'sameDocument / bothCited (0 when none).' })
  sameDocumentShare!: number;
  @Field(() => Int, { description: 'Of bothCited: at least one guideline section in common.' })
  sameGuideline!: number;
  @Field(() => OutcomeBucket, {
    description: 'Outcomes when the documents agree (key SAME_DOCUMENT).',
  })
  agree!: OutcomeBucket;
  @Field(() => OutcomeBucket, {
    description: 'Outcomes when they differ (key DIFFERENT_DOCUMENT).',
  })
  differ!: OutcomeBucket;
  @Field(() => [OutcomeBucket], {
    description:
      'Every decision in exactly one group: SAME_DOCUMENT, DIFFERENT_DOCUMENT, UR_ONLY, REVIEWER_ONLY, NEITHER.',
  })
  groups!: OutcomeBucket[];
  @Field(() => OutcomeBucket, {
    description: 'Decisions where UR said it cited no medical evidence (key UR_CITED_NO_EVIDENCE).',
  })
  urCitedNoEvidence!: OutcomeBucket;
  @Field(() => Int, { description: 'Of urCitedNoEvidence: the reviewer cited a guideline.' })
  urCitedNoEvidenceReviewerCited!: number;
  @Field(() => OutcomeBucket, {
    description:
      'The other decisions: UR did not say it cited no evidence (key UR_CITED_EVIDENCE).',
  })
  urCitedEvidence!: OutcomeBucket;
}
