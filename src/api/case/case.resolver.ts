import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { Decision } from '../decision/decision.type';
import { loadDecisionsOfCase } from '../decision/decision.service';
import { Reviewer } from '../reviewer/reviewer.type';
import { LIST_SIZE, listCost, pagedCost } from '../core/complexity';
import { PageArgs } from '../core/page.args';
import type { ApiContext } from '../core/context';
import { CaseConnection } from './case-connection.type';
import { CaseFilter } from './case-filter.input';
import {
  findCases,
  loadCase,
  loadCaseWithDecisions,
  loadDiagnoses,
  loadReviewerOfCase,
} from './case.service';
import { Case } from './case.type';

@Resolver(() => Case)
export class CaseResolver {
  @Query(() => Case, {
    nullable: true,
    description: 'One case by its case number; null when there is no such case.',
  })
  case(
    @Arg('caseNumber', () => ID, { description: 'The case number, e.g. CM16-0213037.' })
    caseNumber: string,
    @Ctx() context: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    // Asked with its decisions: one statement reads both (decisions are few per case).
    return selectsField(info, 'decisions')
      ? loadCaseWithDecisions(context.scope, caseNumber)
      : loadCase(context.scope, caseNumber);
  }

  @Query(() => CaseConnection, {
    description:
      'Cases in case-number order, a page at a time (Relay connection: pass pageInfo.endCursor ' +
      'as after for the next page).',
    complexity: pagedCost,
  })
  cases(
    @Arg('filter', () => CaseFilter, {
      nullable: true,
      description: 'Which cases; all when absent.',
    })
    filter: CaseFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() context: ApiContext,
  ) {
    return findCases(context.scope, filter, first, after);
  }

  @FieldResolver(() => [Decision], {
    description: 'The disputed items the letter decides, in letter order.',
    complexity: listCost(LIST_SIZE.decisionsOfCase),
  })
  decisions(@Root() parent: Case, @Ctx() context: ApiContext) {
    return parent.prefetchedDecisions ?? loadDecisionsOfCase(context.scope, parent.caseNumber);
  }

  @FieldResolver(() => Reviewer, {
    nullable: true,
    description:
      "The expert reviewer's anonymous profile (specialties, licensed states); null when the " +
      'letter does not state the credentials.',
  })
  reviewer(@Root() parent: Case, @Ctx() context: ApiContext) {
    return loadReviewerOfCase(context.scope, parent.caseNumber);
  }

  @FieldResolver(() => [String], {
    description:
      'Diagnoses named in the case summary, lower case and in alphabetical order, e.g. ' +
      '"lumbar radiculopathy"; usable as CaseFilter.diagnosis.',
  })
  diagnoses(@Root() parent: Case, @Ctx() context: ApiContext) {
    return loadDiagnoses(context.scope, parent.caseNumber);
  }
}

/** Whether the field's own selection (not fragments) names `name`: a hint, never required. */
function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((node) =>
    (node.selectionSet?.selections ?? []).some(
      (selection) => selection.kind === 'Field' && selection.name.value === name,
    ),
  );
}
