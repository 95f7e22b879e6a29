import { actorOf, nowIso, type UseCaseContext } from '../context/useCaseContext';
import { notFound, staleRevision } from '../shared/errors';
import { partRef, placedRef, type PartRef } from '../parts/partRef';
import { readMapForWrite } from '../maps/readMapForWrite';
import { placeAt } from '../ordering/placement';
import type { MapChange } from '../ports';
import { retryOnContention } from '../shared/retryOnContention';
import { revisionCheck } from '../parts/revisionCheck';
import { moveStageInput } from './stageInputs';
import { parseInput } from '../validation/parseInput';

/** Moves a stage: one read for the neighbours, then one write of the stage's order key. */
export async function moveStage(ctx: UseCaseContext, rawInput: unknown): Promise<PartRef<'stage'>> {
  const { mapId, stageId, position, expectedRevision } = parseInput(moveStageInput, rawInput);
  return retryOnContention(async () => {
    const view = await readMapForWrite(ctx, mapId);
    const stage = view.stageById.get(stageId);
    if (!stage) throw notFound('Stage', stageId);
    if (expectedRevision != null && expectedRevision !== stage.revision) {
      throw staleRevision('Stage', stageId, expectedRevision, stage.revision);
    }
    const now = nowIso(ctx);
    const siblings = view.stages.filter((s) => s.id !== stageId);
    const placedAt = Math.min(position, siblings.length);
    const placement = placeAt(siblings, position);
    const changes: MapChange[] = [
      {
        kind: 'update',
        part: 'stage',
        id: stageId,
        set: { orderKey: placement.orderKey },
        revision: revisionCheck(expectedRevision, stage.revision),
      },
      ...placement.rekeyed.map((r): MapChange => ({
        kind: 'update',
        part: 'stage',
        id: r.id,
        set: { orderKey: r.orderKey },
        revision: null,
      })),
    ];
    await ctx.stores.maps.write(ctx.viewer.workspaceId, mapId, {
      now,
      actor: actorOf(ctx.viewer),
      changes,
      history: {
        operation: 'moveStage',
        entity: 'Stage',
        entityId: stageId,
        summary: `Stage "${stage.name}" moved from position ${view.positionOf.get(stageId)} to ${placedAt}`,
      },
    });
    return placedRef(
      partRef('stage', mapId, stageId, {
        ...stage,
        orderKey: placement.orderKey,
        revision: stage.revision + 1,
        updatedAt: now,
      }),
      placedAt,
    );
  });
}
