import { AnalyticsResolver } from './analytics.resolver';

/** The research traversals' resolver classes, for the API schema (src/api/schema/resolvers.ts). */
export const analyticsResolvers = [AnalyticsResolver] as const;
