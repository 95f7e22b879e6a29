/** A UseCaseContext over stub stores, with a fixed clock and a retry budget that never waits. */
import type { UseCaseContext } from '../../../../domain/context/useCaseContext';
import type { Viewer } from '../../../../domain/context/viewer';
import type { PersonaRecord } from '../../../../domain/personas/persona';
import { RetryBudget } from '../../../../domain/shared/retryBudget';
import { stubStores } from '../../support/requestContext';
import { NOW } from '../../support/table';

export { NOW };
export const WORKSPACE = 'acme';

export const viewer: Viewer = {
  userId: 'user-42',
  workspaceId: WORKSPACE,
  role: 'EDITOR',
  kind: 'USER',
};

/** At most two retries, none waiting: a contended use case gives up after three attempts. */
export const fastRetries = (): RetryBudget =>
  new RetryBudget({ maxRetries: 2, baseDelayMs: 0, maxDelayMs: 0, budgetMs: 1000 });

export function useCaseContext(stores: Parameters<typeof stubStores>[0] = {}): UseCaseContext {
  return {
    viewer,
    stores: stubStores(stores),
    clock: { now: () => new Date(NOW) },
    retry: fastRetries(),
  };
}

/** A `personas.getMany` that finds the given personas, in the order of the Map it returns. */
export const personasFound =
  (...personas: PersonaRecord[]) =>
  async (_workspaceId: string, ids: readonly string[]) =>
    new Map(personas.filter((p) => ids.includes(p.id)).map((p) => [p.id, p]));
