/**
 * What a store rejected, as the error the client sees, with the input path
 * the use case knows. Writes whose read went stale are redone from a fresh
 * read while the unit of work's retry budget allows (retryBudget.ts); past
 * it, the client gets CONFLICT and may simply retry.
 */
import type { UseCaseContext } from '../context/useCaseContext';
import type { WriteRejection } from '../ports/writeOutcome';
import {
  DomainError,
  alreadyExists,
  badInput,
  notFound,
  staleRevision,
  type InputPath,
} from './errors';

/** Another writer got there first since the use case read the map: read again and redo. */
export class StaleRead extends Error {
  constructor() {
    super('The map changed since it was read.');
    this.name = 'StaleRead';
  }
}

/** CONFLICT for contention that outlasted the retry budget: nothing was written. */
export const busy = (): DomainError =>
  new DomainError('CONFLICT', 'The map is being changed by others; retry shortly.');

/** Where in the input a rejection points, when the client's input caused it. */
export interface RejectionPaths {
  /** The map that is full (default `input.mapId`). */
  mapId?: InputPath;
  /** The KPI whose history is full (default `input.kpiId`). */
  kpiId?: InputPath;
  /** The input that would make an item too large (default `input`). */
  tooLarge?: InputPath;
}

export function rejectionError(rejection: WriteRejection, paths: RejectionPaths = {}): Error {
  switch (rejection.reason) {
    case 'notFound':
      return notFound(rejection.entity, rejection.id);
    case 'alreadyExists':
      return alreadyExists(rejection.entity, rejection.id);
    case 'revisionMismatch':
      return rejection.check.source === 'caller'
        ? staleRevision(rejection.entity, rejection.id, rejection.check.expected, rejection.current)
        : new StaleRead();
    case 'mapChanged':
      return new StaleRead();
    case 'contention':
      return busy();
    case 'mapFull':
      return new DomainError(
        'BAD_USER_INPUT',
        `This map already holds ${rejection.partCount} parts, the most one map may hold is ${rejection.limit}.`,
        {
          issues: [
            {
              path: paths.mapId ?? ['input', 'mapId'],
              message: `the map is full (${rejection.limit} parts)`,
            },
          ],
        },
      );
    case 'kpiHistoryFull':
      return badInput([
        {
          path: paths.kpiId ?? ['input', 'kpiId'],
          message: `this KPI already has ${rejection.limit} measurements`,
        },
      ]);
    case 'tooManyItems':
      return badInput([
        {
          path: paths.tooLarge ?? ['input'],
          message: `this change touches too many items at once (${rejection.count}, at most ${rejection.limit})`,
        },
      ]);
    case 'itemTooLarge':
      return badInput([
        {
          path: paths.tooLarge ?? ['input'],
          message: "the change would make an item larger than DynamoDB's 400 KB limit",
        },
      ]);
    case 'superseded':
      return new DomainError(
        'CONFLICT',
        'Another request with the same Idempotency-Key took over from this one, which wrote nothing; send the request again with that key to get its answer.',
      );
  }
}

/**
 * Runs a use case's read-then-write (or a blind write), again from the start
 * whenever it throws StaleRead, while the retry budget allows.
 */
export async function redoWhenStale<T>(ctx: UseCaseContext, attempt: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof StaleRead)) throw error;
      if (!(await ctx.retry.retry())) throw busy();
    }
  }
}
