import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';

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
        "A decision's request or rationale matched, or the name of a guideline section its " +
        'reviewer cited; decision is set.',
    },
  },
});

@ObjectType({
  description:
    'A full-text match in a case summary or a decision (request or rationale), with a ' +
    'highlighted snippet. Results come best first.',
})
export class SearchHit {
  @Field(() => SearchHitKind, { description: 'Whether a case summary or a decision matched.' })
  kind!: SearchHitKind;
  @Field(() => Float, {
    description:
      'Lucene relevance: higher is better. Compare scores within one result list only; the ' +
      'numbers mean nothing across searches. Hits holding every word come first whatever ' +
      'their score; a guideline section hit (field guideline) scores 0.',
  })
  score!: number;
  @Field({
    description:
      'Where the snippet comes from: summary, request, rationale, or guideline (the document ' +
      'and section the decision cites).',
  })
  field!: string;
  @Field({
    description:
      'HTML fragment: the matched text around the first match, escaped, with the matched words ' +
      'in <mark>…</mark>.',
  })
  highlight!: string;

  caseNumber!: string;
  decisionId!: string | null;
}
