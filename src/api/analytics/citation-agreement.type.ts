import { Field, Float, Int, ObjectType } from 'type-graphql';
import { OutcomeBucket } from './outcome-bucket.type';

@ObjectType({
  description:
    'Whether the IMR reviewer based the decision on the same guideline document as the claims ' +
    "administrator's utilization review (UR), and what the outcomes were in each case. " +
    'Documents are compared by name, so MTUS and non-MTUS ACOEM are one document.',
})
export class CitationAgreement {
  @Field(() => Int, {
    description: 'Decisions that pass the filter: the total that groups shares out.',
  })
  decisions!: number;
  @Field(() => Int, {
    description: 'Decisions where both UR and the IMR reviewer cited at least one guideline.',
  })
  bothCited!: number;
  @Field(() => Int, {
    description: 'Of bothCited: decisions where the two cited at least one document in common.',
  })
  sameDocument!: number;
  @Field(() => Float, {
    description: 'sameDocument / bothCited, from 0 to 1 (0 when bothCited is 0).',
  })
  sameDocumentShare!: number;
  @Field(() => Int, {
    description:
      'Of bothCited: decisions where the two cited at least one guideline section in common ' +
      '(a closer match than sameDocument).',
  })
  sameGuideline!: number;
  @Field(() => OutcomeBucket, {
    description:
      'Outcomes where both cited and share a document (key SAME_DOCUMENT): the reviewer read ' +
      'the same guideline as UR.',
  })
  agree!: OutcomeBucket;
  @Field(() => OutcomeBucket, {
    description:
      'Outcomes where both cited but share no document (key DIFFERENT_DOCUMENT): the reviewer ' +
      'looked elsewhere.',
  })
  differ!: OutcomeBucket;
  @Field(() => [OutcomeBucket], {
    description:
      'Every decision in exactly one group, by key: SAME_DOCUMENT and DIFFERENT_DOCUMENT (both ' +
      'cited), UR_ONLY (only UR cited a guideline), REVIEWER_ONLY (only the reviewer did), ' +
      'NEITHER.',
  })
  groups!: OutcomeBucket[];
  @Field(() => OutcomeBucket, {
    description:
      'Outcomes of the decisions where the letter says UR cited no medical evidence for its ' +
      'denial (key UR_CITED_NO_EVIDENCE).',
  })
  urCitedNoEvidence!: OutcomeBucket;
  @Field(() => Int, {
    description: 'Of urCitedNoEvidence: decisions where the IMR reviewer cited a guideline.',
  })
  urCitedNoEvidenceReviewerCited!: number;
  @Field(() => OutcomeBucket, {
    description:
      'Outcomes of the other decisions: the letter does not say UR cited no evidence (key ' +
      'UR_CITED_EVIDENCE).',
  })
  urCitedEvidence!: OutcomeBucket;
}
