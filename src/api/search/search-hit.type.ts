import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { Reason } from '../reason/reason.type';

export enum SearchHitKind {
  CASE = 'CASE',
  DECISION = 'DECISION',
}

registerEnumType(SearchHitKind, {
  name: 'SearchHitKind',
  description: 'What a search hit matched: a case summary, or one decision.',
  valuesConfig: {
    CASE: { description: "The case's clinical summary matched; decision is null." },
    DECISION: {
      description:
        "A decision's request or rationale matched, the code or label of a reason it is " +
        'grounded on, or the name of a guideline section its reviewer cited; decision is set.',
    },
  },
});

@ObjectType({
  description:
    'A full-text match in a case summary or a decision (request or rationale), or a decision ' +
    'found by a reason it is grounded on or a guideline section its reviewer cited, with a ' +
    'highlighted snippet. Results come best first.',
})
export class SearchHit {
  @Field(() => SearchHitKind, { description: 'Whether a case summary or a decision matched.' })
  kind!: SearchHitKind;
  @Field(() => Float, {
    description:
      'Lucene relevance: higher is better. Compare scores within one result list only; the ' +
      'numbers mean nothing across searches. Hits holding every word come first whatever ' +
      'their score, after decisions grounded on a reason the text names by its code or label; ' +
      'a reason hit (field reason) or a guideline section hit (field guideline) scores 0.',
  })
  score!: number;
  @Field({
    description:
      'Where the snippet comes from: summary, request, rationale, reason (the sentence of the ' +
      'rationale stating the ground whose code or label matched), or guideline (the document ' +
      'and section the decision cites).',
  })
  field!: string;
  @Field({
    description:
      'HTML fragment: the matched text around the first match, escaped, with the matched words ' +
      'in <mark>…</mark>.',
  })
  highlight!: string;
  @Field(() => Reason, {
    nullable: true,
    description:
      'For a reason hit (field reason): the reason whose code or label matched, which the ' +
      'decision is grounded on. Null otherwise.',
  })
  reason?: Reason | null;

  caseNumber!: string;
  decisionId!: string | null;
}
