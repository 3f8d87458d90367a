import type { AppConfig } from '../../config';
import type { Neo4jGateway } from '../../graph/neo4j-gateway';
import { isAdminRequest } from './admin-auth';
import type { ApiContext } from '../core/context';
import { createServiceScope } from '../core/service-scope';

/** A fresh context per request: a new service scope (its own loaders), the caller's rights
 * from its headers. */
export function createApiContext(
  config: AppConfig,
  gateway: Neo4jGateway,
  authorization: string | undefined,
): ApiContext {
  return {
    scope: createServiceScope(gateway),
    config,
    isAdmin: isAdminRequest(authorization, config.adminToken),
  };
}
