import type { RevisionCheck } from '../ports';

/**
 * The revision check for a write: the caller's `expectedRevision` when given
 * (a mismatch is CONFLICT), else the revision the use case read (a mismatch
 * means another writer got there first: retry), else none (a blind write).
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
  if (callerExpected != null) return { expected: callerExpected, onMismatch: 'CONFLICT' };
  if (readRevision !== undefined) return { expected: readRevision, onMismatch: 'RETRY' };
  return null;
}
