import { defineQuery } from '../../graph/named-query';
import { read } from '../../graph/model/read';

/** Served from the count store: constant time whatever the graph's size. */
export const countCases = defineQuery<Record<string, never>, number>(
  'health.countCases',
  'MATCH (c:Case) RETURN count(c) AS cases',
  (row) => read.integer(row.cases),
);
