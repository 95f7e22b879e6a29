/**
 * Revisions, checked the one way: a caller who pins `expectedRevision` gets
 * CONFLICT (with the current revision) when the entity moved on; a use case
 * that read a revision itself makes its write depend on it, and redoes the
 * write from a fresh read when another writer got there first.
 */
import type { RevisionCheck } from '../ports/writeOutcome';
import { staleRevision, type EntityName } from '../shared/errors';

/** Throws CONFLICT when the caller expected another revision than the current one. */
export function assertRevision(
  entity: EntityName,
  id: string,
  expected: number | null | undefined,
  current: number,
): void {
  if (expected != null && expected !== current) {
    throw staleRevision(entity, id, expected, current);
  }
}

/**
 * The revision check a write carries: the caller's `expectedRevision` when
 * given, else the revision the use case read, else none (a blind write).
 */
export function revisionCheck(
  callerExpected: number | null | undefined,
  readRevision: number,
): RevisionCheck;
export function revisionCheck(callerExpected: number | null | undefined): RevisionCheck | null;
export function revisionCheck(
  callerExpected: number | null | undefined,
  readRevision?: number,
): RevisionCheck | null {
  if (callerExpected != null) return { expected: callerExpected, source: 'caller' };
  if (readRevision !== undefined) return { expected: readRevision, source: 'read' };
  return null;
}
