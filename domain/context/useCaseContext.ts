/** What every use case receives: who calls, where data lives, what time it is, how often to retry. */
import type { Stores } from '../ports/stores';
import type { RetryBudget } from '../shared/retryBudget';
import type { Actor } from './actor';
import type { Clock } from './clock';
import type { Viewer } from './viewer';

export interface UseCaseContext {
  viewer: Viewer;
  stores: Stores;
  clock: Clock;
  /** The unit of work's one retry budget, shared with the stores it uses. */
  retry: RetryBudget;
}

export const actorOf = (viewer: Viewer): Actor => ({ kind: viewer.kind, id: viewer.userId });

export const nowIso = (ctx: UseCaseContext): string => ctx.clock.now().toISOString();
