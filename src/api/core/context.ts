import type { AppConfig } from '../../config';
import type { Neo4jGateway } from '../../graph/neo4j-gateway';

/** Per-request context: the one gateway, config, per-request DataLoaders, the caller's rights. */
export interface ApiContext {
  gateway: Neo4jGateway;
  config: AppConfig;
  isAdmin: boolean;
  /** Per-request DataLoader cache, keyed by loader name; see loaderFor in src/api/core/request-loaders.ts. */
  loaders: Map<string, unknown>;
}
