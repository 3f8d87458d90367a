import { defineQuery } from '../graph/named-query';

/** Whether the database holds any letters yet: `npm start` loads the demo corpus when not. */
export const countCases = defineQuery<Record<string, never>, number>(
  'start.countCases',
  'MATCH (c:Case) RETURN count(c) AS cases',
  (row) => row.cases as number,
);
