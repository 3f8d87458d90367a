import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';

export enum SearchHitKind {
  CASE = 'CASE',
  DECISION = 'DECISION',
}

registerEnumType(SearchHitKind, {
  name: 'SearchHitKind',
  description: 'CASE: the case summary matched. DECISION: a request or rationale matched.',
});

@ObjectType({ description: 'A full-text match, best first.' })
export class SearchHit {
  @Field(() => SearchHitKind) kind!: SearchHitKind;
  @Field(() => Float, { description: 'Lucene relevance; compare within one result list.' })
  score!: number;
  @Field({ description: 'summary, request or rationale: where the snippet comes from.' })
  field!: string;
  @Field({
    description:
      'HTML fragment: the matched text around the first match, escaped, with the matched words in <mark>…</mark>.',
  })
  highlight!: string;

  caseNumber!: string;
  decisionId!: string | null;
}
