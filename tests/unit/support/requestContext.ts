/** A RequestContext for executing the schema in memory, with stores that fail on any unexpected call. */
import type { Role } from '../../../domain/shared/enums';
import type { UseCaseContext } from '../../../domain/context/useCaseContext';
import type { Stores } from '../../../domain/ports/stores';
import type { Viewer } from '../../../domain/context/viewer';
import { createLoaders } from '../../../resolvers/context/loaders';
import type { RequestContext } from '../../../resolvers/context/requestContext';
import { RetryBudget } from '../../../domain/shared/retryBudget';
import { NOW } from './table';

type StoreOverrides = { [K in keyof Stores]?: Partial<Stores[K]> };

/**
 * Stores whose methods reject with "unexpected call" unless given in
 * `overrides`, so that a test states exactly which storage calls it expects.
 */
export function stubStores(overrides: StoreOverrides = {}): Stores {
  const store = (name: string, methods: object): object =>
    new Proxy(methods, {
      get: (target, property) => {
        if (typeof property === 'symbol') return undefined;
        if (property in target) return (target as Record<string, unknown>)[property];
        return () => Promise.reject(new Error(`unexpected call to ${name}.${property}`));
      },
    });
  return new Proxy({} as Stores, {
    get: (_target, property) =>
      typeof property === 'symbol'
        ? undefined
        : store(property, (overrides as Record<string, object | undefined>)[property] ?? {}),
  });
}

export function requestContext(role: Role, stores: Stores = stubStores()): RequestContext {
  const viewer: Viewer = { userId: 'user-42', workspaceId: 'acme', role, kind: 'USER' };
  const useCase: UseCaseContext = {
    viewer,
    stores,
    clock: { now: () => new Date(NOW) },
    retry: new RetryBudget(),
  };
  return {
    requestId: 'test-request',
    viewer,
    useCase,
    loaders: createLoaders(useCase),
    publicBaseUrl: 'https://api.example.com',
  };
}
