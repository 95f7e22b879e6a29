/**
 * What a mutation returns for a part of a map: its id and the fields known
 * without another read. The payload serves known fields as they are and
 * reads the map (once per request) only when the client asks for more, so a
 * write whose caller asks for `id` and `revision` costs one request.
 */
import type { MapPartKind, MapPartRecords } from './mapParts';

export interface PartRef<K extends MapPartKind = MapPartKind> {
  kind: K;
  mapId: string;
  id: string;
  known: Partial<MapPartRecords[K]>;
  /** The position the write placed the part at, when it read its siblings to do so. */
  position?: number;
}

export function partRef<K extends MapPartKind>(
  kind: K,
  mapId: string,
  known: Partial<MapPartRecords[K]> & { id: string },
  position?: number | null,
): PartRef<K> {
  return {
    kind,
    mapId,
    id: known.id,
    known,
    ...(position !== null && position !== undefined ? { position } : {}),
  };
}

/** Fields known after a blind update: what was set, plus the revision when the caller pinned it. */
export function knownAfterUpdate<R extends object>(
  id: string,
  set: Partial<R>,
  now: string,
  expectedRevision: number | null | undefined,
): Partial<R> & { id: string; updatedAt: string; revision?: number } {
  return {
    ...set,
    id,
    updatedAt: now,
    ...(expectedRevision != null ? { revision: expectedRevision + 1 } : {}),
  };
}
