import type { AppConfig } from '../../config';
import type { ServiceScope } from './service-scope';

/**
 * Per-request GraphQL context: the scope services run in (the request's gateway view and its
 * loaders), the config, the caller's rights. Resolvers hand services `scope`, never this.
 */
export interface ApiContext {
  scope: ServiceScope;
  config: AppConfig;
  isAdmin: boolean;
}
