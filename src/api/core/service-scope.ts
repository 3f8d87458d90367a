import type { Neo4jGateway } from '../../graph/neo4j-gateway';
import { RequestLoaders } from './request-loaders';

/**
 * What a service needs of its caller: the caller's gateway view (a request's, with its session
 * bound and deadline) and the loaders that batch that caller's reads. No GraphQL here: a
 * test or a command builds one from a gateway alone. Build one per request, never share one
 * between callers (its loaders cache what they read).
 */
export interface ServiceScope {
  readonly gateway: Neo4jGateway;
  readonly loaders: RequestLoaders;
}

export function createServiceScope(gateway: Neo4jGateway): ServiceScope {
  return { gateway, loaders: new RequestLoaders(gateway) };
}
