/**
 * What a mutation returns for a part of a map: its id and the fields known
 * without another read. Resolvers serve known fields directly and read the
 * map (once per request) only for the rest, so a write whose caller asks for
 * `id` and `revision` costs one request.
 */
import type { MapPartKind, MapPartRecords } from '../records';

export interface PartRef<K extends MapPartKind> {
  kind: K;
  mapId: string;
  /** null for the draft. */
  version: number | null;
  id: string;
  known: Partial<MapPartRecords[K]>;
  /** The position the write placed the part at, when it read its siblings to do so. */
  position?: number;
}

export function partRef<K extends MapPartKind>(
  kind: K,
  mapId: string,
  id: string,
  known: Partial<MapPartRecords[K]>,
  version: number | null = null,
): PartRef<K> {
  return { kind, mapId, version, id, known: { ...known, id } };
}

/** A reference that also knows where the write placed the part. */
export const placedRef = <K extends MapPartKind>(
  ref: PartRef<K>,
  position: number,
): PartRef<K> => ({
  ...ref,
  position,
});

/** Fields known after a blind update: what was set, plus the revision when the caller pinned it. */
export function knownAfterUpdate<R extends object>(
  set: Partial<R>,
  now: string,
  expectedRevision: number | null | undefined,
): Partial<R> & { updatedAt: string; revision?: number } {
  return {
    ...set,
    updatedAt: now,
    ...(expectedRevision != null ? { revision: expectedRevision + 1 } : {}),
  };
}
