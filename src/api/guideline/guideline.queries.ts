import { defineQuery } from '../../graph/named-query';
import { nodeView } from '../../graph/model/read';
import type { GuidelineSource } from '../core/enums';
import type { Guideline } from './guideline.type';

const GUIDELINE = nodeView('Guideline', ['key', 'source', 'document', 'section', 'edition']);

export const GUIDELINE_PROJECTION = GUIDELINE.projection('g');

export function toGuideline(value: unknown): Guideline {
  const g = GUIDELINE.read(value);
  return { ...g, source: g.source as GuidelineSource };
}

export const listGuidelines = defineQuery<
  { source: string | null; document: string | null },
  Guideline
>(
  'guideline.list',
  `MATCH (g:Guideline)
   WHERE ($source IS NULL OR g.source = $source) AND ($document IS NULL OR g.document = $document)
   RETURN ${GUIDELINE_PROJECTION} AS g
   ORDER BY g.source, g.document, g.key`,
  (row) => toGuideline(row.g),
);

export const guidelinesByKey = defineQuery<{ keys: readonly string[] }, Guideline>(
  'guideline.byKey',
  `UNWIND $keys AS key
   MATCH (g:Guideline {key: key})
   RETURN ${GUIDELINE_PROJECTION} AS g`,
  (row) => toGuideline(row.g),
);
