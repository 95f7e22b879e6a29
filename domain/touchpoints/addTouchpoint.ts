/**
 * Adds a touchpoint to a stage. Appending is one write (the stage's existence
 * is a condition of the transaction); inserting at a position reads the map
 * once for the neighbours.
 */
import { defaultMode } from './channelModes';
import { actorOf, nowIso, type UseCaseContext } from '../context/useCaseContext';
import { notFound } from '../shared/errors';
import { newId } from '../shared/ids';
import { partRef, placedRef, type PartRef } from '../parts/partRef';
import { readMapForWrite } from '../maps/readMapForWrite';
import { appendKey } from '../ordering/orderKeys';
import { placeAt } from '../ordering/placement';
import type { MapChange } from '../ports';
import type { TouchpointRecord } from '../records';
import { retryOnContention } from '../shared/retryOnContention';
import { parseInput } from '../validation/parseInput';
import { addTouchpointInput } from './touchpointInputs';

export async function addTouchpoint(
  ctx: UseCaseContext,
  rawInput: unknown,
): Promise<PartRef<'touchpoint'>> {
  const { mapId, stageId, id, position, mode, ...fields } = parseInput(
    addTouchpointInput,
    rawInput,
  );
  const touchpointId = id ?? newId();
  return retryOnContention(async () => {
    const now = nowIso(ctx);
    let orderKey = appendKey(ctx.clock.now().getTime());
    const rekeys: MapChange[] = [];
    let placedAt: number | null = null;
    if (position != null) {
      const view = await readMapForWrite(ctx, mapId);
      if (!view.stageById.has(stageId)) throw notFound('Stage', stageId);
      const siblings = view.touchpointsByStage.get(stageId) ?? [];
      placedAt = Math.min(position, siblings.length);
      const placement = placeAt(siblings, position);
      orderKey = placement.orderKey;
      for (const r of placement.rekeyed) {
        rekeys.push({
          kind: 'update',
          part: 'touchpoint',
          id: r.id,
          set: { orderKey: r.orderKey },
          revision: null,
        });
      }
    }
    const touchpoint: TouchpointRecord = {
      ...fields,
      id: touchpointId,
      stageId,
      mode: mode ?? defaultMode(fields.channel),
      orderKey,
      revision: 1,
      createdAt: now,
      updatedAt: now,
    };
    await ctx.stores.maps.write(ctx.viewer.workspaceId, mapId, {
      now,
      actor: actorOf(ctx.viewer),
      changes: [
        { kind: 'require', part: 'stage', id: stageId },
        { kind: 'create', part: 'touchpoint', record: touchpoint },
        ...rekeys,
      ],
      history: {
        operation: 'addTouchpoint',
        entity: 'Touchpoint',
        entityId: touchpointId,
        summary: `Touchpoint "${touchpoint.name}" added`,
      },
    });
    const ref = partRef('touchpoint', mapId, touchpointId, touchpoint);
    return placedAt === null ? ref : placedRef(ref, placedAt);
  });
}
