import { deleteCases, ingestLetterText } from '../../ingest/ingest.service';
import { loadCase } from '../case/case.service';
import type { Case } from '../case/case.type';
import { echo, NotFound } from '../core/domain-error';
import type { ServiceScope } from '../core/service-scope';

/**
 * Parses and loads one letter's text, then reads its case back. A letter the parser refuses
 * is src/ingest's IngestRefusedError, left for the API layer to answer.
 */
export async function ingestCase(
  scope: ServiceScope,
  text: string,
  fileName: string | null,
): Promise<Case> {
  const caseNumber = await ingestLetterText(scope.gateway, text, fileName);
  const loaded = await loadCase(scope, caseNumber);
  // The ingest committed; a deleteCase sent alongside committed after it (a serial order).
  if (!loaded)
    throw new NotFound(`case ${caseNumber} was ingested, then deleted by another request`);
  return loaded;
}

/** Deletes one case and what only it used; NotFound when there was no such case. */
export async function deleteCase(scope: ServiceScope, caseNumber: string): Promise<true> {
  const deleted = await deleteCases(scope.gateway, [caseNumber]);
  if (deleted === 0) throw new NotFound(`no case ${echo(caseNumber)}`);
  return true;
}
