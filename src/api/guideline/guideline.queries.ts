import { defineQuery, type Row } from '../../graph/named-query';
import { GuidelineSource } from '../core/enums';
import type { Guideline } from './guideline.type';

export const GUIDELINE_PROJECTION = 'g { .key, .source, .document, .section, .edition }';

export function toGuideline(value: unknown): Guideline {
  const g = value as Row;
  return {
    key: g.key as string,
    source: g.source as GuidelineSource,
    document: g.document as string,
    section: (g.section as string | null) ?? null,
    edition: (g.edition as string | null) ?? null,
  };
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
