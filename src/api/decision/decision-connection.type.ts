import { ObjectType } from 'type-graphql';
import { Connection } from '../core/connection.type';
import { Decision } from './decision.type';

@ObjectType({
  description:
    'A page of decisions, in case-number then letter order, with the total over all pages.',
})
export class DecisionConnection extends Connection(Decision, 'Decision') {}
