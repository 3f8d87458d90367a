import { defineLoader, oneByKey } from '../core/request-loaders';
import type { ServiceScope } from '../core/service-scope';
import type { GuidelineSource } from '../core/enums';
import * as q from './guideline.queries';
import type { Guideline } from './guideline.type';

const guidelineByKey = defineLoader<string, Guideline | null>(
  'guideline.byKey',
  async (gateway, keys) =>
    oneByKey(
      keys,
      await gateway.read(q.guidelinesByKey, { keys }),
      (g) => g.key,
      (g) => g,
    ),
);

export function listGuidelines(
  scope: ServiceScope,
  source: GuidelineSource | null | undefined,
  document: string | null | undefined,
): Promise<Guideline[]> {
  return scope.gateway.read(q.listGuidelines, {
    source: source ?? null,
    document: document ?? null,
  });
}

export function loadGuideline(scope: ServiceScope, key: string): Promise<Guideline | null> {
  return scope.loaders.get(guidelineByKey).load(key);
}
