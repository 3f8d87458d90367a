import { ObjectType } from 'type-graphql';
import { Connection } from '../core/connection.type';
import { Case } from './case.type';

@ObjectType({
  description: 'A page of cases, in case-number order, with the total over all pages.',
})
export class CaseConnection extends Connection(Case, 'Case') {}
