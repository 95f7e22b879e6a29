/**
 * The one way a part's fields are changed: a blind write of the fields sent.
 * Nothing is read, so concurrent edits of different fields all land; a
 * caller that pins `expectedRevision` gets CONFLICT instead when someone
 * else changed the part first.
 */
import { actorOf, nowIso, type UseCaseContext } from '../context/useCaseContext';
import type { Editable, MapChange } from '../ports/mapWrite';
import { PART_ENTITY, type MapPartKind, type MapPartRecords } from './mapParts';
import { commitMapWrite } from './commitMapWrite';
import { redoWhenStale } from '../shared/rejections';
import { PART_LABEL } from './partKinds';
import { knownAfterUpdate, partRef, type PartRef } from './partRef';
import { revisionCheck } from './revisions';

export interface PartUpdate<K extends MapPartKind> {
  operation: string;
  kind: K;
  mapId: string;
  id: string;
  /** The fields to change (absent ones stay as they are). */
  set: Partial<Editable<MapPartRecords[K]>>;
  expectedRevision: number | null | undefined;
}

export async function updatePart<K extends MapPartKind>(
  ctx: UseCaseContext,
  update: PartUpdate<K>,
): Promise<PartRef<K>> {
  const { kind, mapId, id, set, expectedRevision } = update;
  return redoWhenStale(ctx, async () => {
    const now = nowIso(ctx);
    const change = {
      kind: 'update',
      part: kind,
      id,
      set,
      revision: revisionCheck(expectedRevision),
    } as MapChange;
    await commitMapWrite(ctx, mapId, {
      now,
      actor: actorOf(ctx.viewer),
      changes: [change],
      history: {
        operation: update.operation,
        entity: PART_ENTITY[kind],
        entityId: id,
        summary: `${PART_LABEL[kind]} fields changed: ${Object.keys(set).join(', ') || 'none'}`,
      },
    });
    const known = knownAfterUpdate(id, set, now, expectedRevision);
    return partRef(kind, mapId, known as Partial<MapPartRecords[K]> & { id: string });
  });
}
