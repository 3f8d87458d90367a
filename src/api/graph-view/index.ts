import { GraphViewResolver } from './graph-view.resolver';

/** The visualisation feed's resolver classes, for the API schema (src/api/schema/resolvers.ts). */
export const graphViewResolvers = [GraphViewResolver] as const;
