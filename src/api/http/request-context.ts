import type { AppConfig } from '../../config';
import type { Neo4jGateway } from '../../graph/neo4j-gateway';
import { isAdminRequest } from './admin-auth';
import type { ApiContext } from '../core/context';

/** A fresh context per request: new DataLoaders, the caller's rights from its headers. */
export function createApiContext(
  config: AppConfig,
  gateway: Neo4jGateway,
  authorization: string | undefined,
): ApiContext {
  return {
    gateway,
    config,
    isAdmin: isAdminRequest(authorization, config.adminToken),
    loaders: new Map(),
  };
}
