/**
 * The one way a part of a map is removed: read the map, check the part and
 * its expected revision, and delete it with everything that goes with it in
 * one transaction conditioned on the map not changing since the read (so
 * nothing can be added to it meanwhile). Improvements that linked any removed
 * part lose those links; when there are too many of them for the removal's
 * own transaction, they are unlinked first, in transactions chained on the
 * map's change counter.
 */
import { unlinkImprovements, type RemovedParts } from '../backlog/unlinkImprovements';
import type * as z from 'zod';
import { actorOf, nowIso, type UseCaseContext } from '../context/useCaseContext';
import { partIn, type MapView } from '../maps/mapView';
import { readMapForWrite } from '../maps/readMapForWrite';
import type { MapWrite } from '../ports/mapWrite';
import { notFound } from '../shared/errors';
import { parseInput } from '../validation/parseInput';
import { operationName, splitTarget, type PartTargetInput } from './partInputs';
import { PART_ENTITY, type MapPartKind, type MapPartRecords } from './mapParts';
import { commitMapWrite } from './commitMapWrite';
import { redoWhenStale } from '../shared/rejections';
import { assertRevision, revisionCheck } from './revisions';

/** Improvements unlinked per transaction: leaves room for the header, the history entry and the delete. */
const UNLINKS_PER_WRITE = 80;

type Cleanup = NonNullable<MapWrite['cleanup']>;

export interface PartRemoval<K extends MapPartKind> {
  operation: string;
  kind: K;
  mapId: string;
  id: string;
  expectedRevision: number | null | undefined;
  /** The parts removed with it (children, unreachable once it is gone). */
  cascade?: (view: MapView, record: MapPartRecords[K]) => Cleanup;
  summary: (record: MapPartRecords[K], cleanup: Cleanup) => string;
}

const removedParts = (kind: MapPartKind, id: string, cleanup: Cleanup): RemovedParts => {
  const all = [{ part: kind, id }, ...cleanup];
  const of = (part: MapPartKind) => all.filter((c) => c.part === part).map((c) => c.id);
  return {
    stageIds: of('stage'),
    touchpointIds: of('touchpoint'),
    painPointIds: of('painPoint'),
    kpiIds: of('kpi'),
  };
};

export async function removePart<K extends MapPartKind>(
  ctx: UseCaseContext,
  removal: PartRemoval<K>,
): Promise<string> {
  const { kind, mapId, id, expectedRevision } = removal;
  const entity = PART_ENTITY[kind];
  await redoWhenStale(ctx, async () => {
    const view = await readMapForWrite(ctx, mapId);
    const record = partIn(view, kind, id);
    if (!record) throw notFound(entity, id);
    assertRevision(entity, id, expectedRevision, record.revision);
    const cleanup = removal.cascade?.(view, record) ?? [];
    const now = nowIso(ctx);
    const actor = actorOf(ctx.viewer);
    const unlinks = unlinkImprovements(view, removedParts(kind, id, cleanup), now);
    let changeSeq = view.header.changeSeq;
    while (unlinks.length > UNLINKS_PER_WRITE) {
      const batch = unlinks.splice(0, UNLINKS_PER_WRITE);
      await commitMapWrite(ctx, mapId, {
        now,
        actor,
        changes: batch,
        expectedChangeSeq: changeSeq,
        history: {
          operation: removal.operation,
          entity,
          entityId: id,
          summary: `${batch.length} improvement(s) unlinked before the removal of ${entity} ${id}`,
        },
      });
      changeSeq += 1;
    }
    await commitMapWrite(ctx, mapId, {
      now,
      actor,
      changes: [
        {
          kind: 'delete',
          part: kind,
          id,
          revision: revisionCheck(expectedRevision, record.revision),
        },
        ...unlinks,
      ],
      cleanup,
      expectedChangeSeq: changeSeq,
      history: {
        operation: removal.operation,
        entity,
        entityId: id,
        summary: removal.summary(record, cleanup),
      },
    });
  });
  return id;
}

/** The use case that removes one kind of part, saying what goes with it and how history tells it. */
export function partRemoval<K extends MapPartKind>(
  kind: K,
  input: z.ZodType<PartTargetInput<K>>,
  describe: Pick<PartRemoval<K>, 'cascade' | 'summary'>,
): (ctx: UseCaseContext, rawInput: unknown) => Promise<string> {
  return (ctx, rawInput) => {
    const { mapId, id, expectedRevision } = splitTarget(kind, parseInput(input, rawInput));
    const operation = operationName('remove', kind);
    return removePart(ctx, { operation, kind, mapId, id, expectedRevision, ...describe });
  };
}
