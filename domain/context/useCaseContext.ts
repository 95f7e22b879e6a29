/** What every use case receives: who calls, where data lives, and what time it is. */
import type { Actor, Clock, Stores } from '../ports';
import type { Viewer } from './viewer';

export interface UseCaseContext {
  viewer: Viewer;
  stores: Stores;
  clock: Clock;
}

export const actorOf = (viewer: Viewer): Actor => ({ kind: viewer.kind, id: viewer.userId });

export const nowIso = (ctx: UseCaseContext): string => ctx.clock.now().toISOString();
