/**
 * What a store says about a write it could not make. Stores speak storage,
 * not API: they say what failed (a missing entity, a revision that moved on,
 * a map that changed since it was read), and the use case turns that into
 * the error a client sees, with the input path it knows
 * (domain/shared/rejections.ts). Nothing was written when a write is rejected.
 */
import type { EntityName } from '../shared/errors';

/**
 * A revision a write depends on: the caller's `expectedRevision` (a mismatch
 * is the caller's CONFLICT), or one the use case read itself (a mismatch
 * means another writer got there first: read again and redo).
 */
export interface RevisionCheck {
  expected: number;
  source: 'caller' | 'read';
}

export type WriteRejection =
  | { reason: 'notFound'; entity: EntityName; id: string }
  | { reason: 'alreadyExists'; entity: EntityName; id: string }
  | {
      reason: 'revisionMismatch';
      entity: EntityName;
      id: string;
      check: RevisionCheck;
      current: number;
    }
  /** The map changed since the use case read it (its changeSeq moved): read again and redo. */
  | { reason: 'mapChanged' }
  /** Concurrent writers kept cancelling this one until the retry budget ran out. */
  | { reason: 'contention' }
  /** The map holds the most parts one map may hold. */
  | { reason: 'mapFull'; partCount: number; limit: number }
  /** A KPI holds the most measurements one KPI may hold. */
  | { reason: 'kpiHistoryFull'; kpiId: string; limit: number }
  /** An item would exceed DynamoDB's 400 KB item limit. */
  | { reason: 'itemTooLarge' }
  /** The change touches more items than one transaction holds. */
  | { reason: 'tooManyItems'; count: number; limit: number }
  /** Another request with the same Idempotency-Key took this one's key over (its lease ran out). */
  | { reason: 'superseded' };

export type WriteOutcome<T = undefined> =
  { ok: true; value: T } | { ok: false; rejection: WriteRejection };

export const written = <T = undefined>(value?: T): WriteOutcome<T> => ({
  ok: true,
  value: value as T,
});

export const rejected = <T = undefined>(rejection: WriteRejection): WriteOutcome<T> => ({
  ok: false,
  rejection,
});
