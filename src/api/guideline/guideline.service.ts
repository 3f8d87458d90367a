import type { ApiContext } from '../core/context';
import { loaderFor, oneByKey } from '../core/request-loaders';
import type { GuidelineSource } from '../core/enums';
import * as q from './guideline.queries';
import type { Guideline } from './guideline.type';

export function listGuidelines(
  context: ApiContext,
  source: GuidelineSource | null | undefined,
  document: string | null | undefined,
): Promise<Guideline[]> {
  return context.gateway.read(q.listGuidelines, {
    source: source ?? null,
    document: document ?? null,
  });
}

export function loadGuideline(context: ApiContext, key: string): Promise<Guideline | null> {
  return loaderFor<string, Guideline | null>(context, 'guideline.byKey', async (keys) =>
    oneByKey(
      keys,
      await context.gateway.read(q.guidelinesByKey, { keys }),
      (g) => g.key,
      (g) => g,
    ),
  ).load(key);
}
