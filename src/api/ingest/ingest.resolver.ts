import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Case } from '../case/case.type';
import { unauthenticated } from '../core/api-error';
import type { ApiContext } from '../core/context';
import { MAX_INGEST_CHARS } from '../../ingest/ingest.service';
import { deleteCase, ingestCase } from './case-ingest.service';

function requireAdmin(context: ApiContext): void {
  if (!context.isAdmin) throw unauthenticated();
}

@Resolver()
export class IngestResolver {
  @Mutation(() => Case, {
    description:
      'Parse one determination letter from its text and load it into the graph; returns its ' +
      'case. The same text again changes nothing; a changed letter with the same case number ' +
      'replaces that case. Needs the admin token (Authorization: Bearer ' +
      '<IMR_GRAPH_ADMIN_TOKEN>); ' +
      'a text that is not a readable letter is refused with BAD_USER_INPUT.',
  })
  ingestDetermination(
    @Arg('text', {
      description:
        'The letter as plain text (from its PDF), at most ' +
        `${MAX_INGEST_CHARS.toLocaleString('en')} characters.`,
    })
    text: string,
    @Arg('fileName', () => String, {
      nullable: true,
      description:
        'A name to record as Case.sourceFile, e.g. CM16-0213037.txt (at most 255 characters; ' +
        'graphql-ingest.txt when absent).',
    })
    fileName: string | null,
    @Ctx() context: ApiContext,
  ): Promise<Case> {
    requireAdmin(context);
    return ingestCase(context.scope, text, fileName);
  }

  @Mutation(() => Boolean, {
    description:
      'Delete a case, its decisions and their edges, and the shared nodes (services, ' +
      'guidelines, reviewers …) no other case uses; true when done, NOT_FOUND when there was ' +
      'no such case. Needs the admin token.',
  })
  deleteCase(
    @Arg('caseNumber', () => ID, { description: 'The case to delete, e.g. CM16-0213037.' })
    caseNumber: string,
    @Ctx() context: ApiContext,
  ): Promise<boolean> {
    requireAdmin(context);
    return deleteCase(context.scope, caseNumber);
  }
}
