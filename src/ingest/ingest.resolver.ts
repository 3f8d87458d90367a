import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { loadCase } from '../case/case.service';
import { Case } from '../case/case.type';
import { notFound, unauthenticated } from '../server/api-error';
import type { ApiContext } from '../server/context';
import { deleteCases, ingestLetterText } from './ingest.service';

function requireAdmin(context: ApiContext): void {
  if (!context.isAdmin) throw unauthenticated();
}

@Resolver()
export class IngestResolver {
  @Mutation(() => Case, {
    description:
      'Parse one letter (its text) and load it; a changed letter replaces its case. Needs the admin token.',
  })
  async ingestDetermination(
    @Arg('text') text: string,
    @Arg('fileName', () => String, { nullable: true }) fileName: string | null,
    @Ctx() context: ApiContext,
  ): Promise<Case> {
    requireAdmin(context);
    const caseNumber = await ingestLetterText(context.gateway, text, fileName);
    const loaded = await loadCase(context, caseNumber);
    // The ingest committed; a deleteCase sent alongside committed after it (a serial order).
    if (!loaded) throw notFound(`case ${caseNumber} was ingested, then deleted by another request`);
    return loaded;
  }

  @Mutation(() => Boolean, {
    description:
      'Delete a case, its decisions and their edges, and shared nodes no other case uses. Needs the admin token.',
  })
  async deleteCase(
    @Arg('caseNumber', () => ID) caseNumber: string,
    @Ctx() context: ApiContext,
  ): Promise<boolean> {
    requireAdmin(context);
    const deleted = await deleteCases(context.gateway, [caseNumber]);
    if (deleted === 0) throw notFound(`no case ${caseNumber}`);
    return true;
  }
}
