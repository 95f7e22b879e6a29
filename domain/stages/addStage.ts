/**
 * Adds a stage. Appending needs no read (the order key comes from the clock);
 * inserting at a position reads the map once to find the neighbours.
 */
import { actorOf, nowIso, type UseCaseContext } from '../context/useCaseContext';
import { newId } from '../shared/ids';
import { partRef, placedRef, type PartRef } from '../parts/partRef';
import { readMapForWrite } from '../maps/readMapForWrite';
import { appendKey } from '../ordering/orderKeys';
import { placeAt } from '../ordering/placement';
import type { MapChange } from '../ports';
import type { StageRecord } from '../records';
import { retryOnContention } from '../shared/retryOnContention';
import { parseInput } from '../validation/parseInput';
import { addStageInput } from './stageInputs';

export async function addStage(ctx: UseCaseContext, rawInput: unknown): Promise<PartRef<'stage'>> {
  const { mapId, id, position, ...fields } = parseInput(addStageInput, rawInput);
  const stageId = id ?? newId();
  return retryOnContention(async () => {
    const now = nowIso(ctx);
    let orderKey = appendKey(ctx.clock.now().getTime());
    let placedAt: number | null = null;
    const changes: MapChange[] = [];
    if (position != null) {
      const view = await readMapForWrite(ctx, mapId);
      placedAt = Math.min(position, view.stages.length);
      const placement = placeAt(view.stages, position);
      orderKey = placement.orderKey;
      for (const { id: rekeyedId, orderKey: key } of placement.rekeyed) {
        changes.push({
          kind: 'update',
          part: 'stage',
          id: rekeyedId,
          set: { orderKey: key },
          revision: null,
        });
      }
    }
    const stage: StageRecord = {
      ...fields,
      id: stageId,
      orderKey,
      revision: 1,
      createdAt: now,
      updatedAt: now,
    };
    changes.unshift({ kind: 'create', part: 'stage', record: stage });
    await ctx.stores.maps.write(ctx.viewer.workspaceId, mapId, {
      now,
      actor: actorOf(ctx.viewer),
      changes,
      history: {
        operation: 'addStage',
        entity: 'Stage',
        entityId: stageId,
        summary: `Stage "${stage.name}" added`,
      },
    });
    const ref = partRef('stage', mapId, stageId, stage);
    return placedAt === null ? ref : placedRef(ref, placedAt);
  });
}
