/**
 * Moves a touchpoint within its stage or to another stage of the same map: one
 * read for the neighbours, then one write of the touchpoint's stage and order
 * key (the target stage's existence is a condition of the same transaction).
 */
import { actorOf, nowIso, type UseCaseContext } from '../context/useCaseContext';
import { notFound, staleRevision } from '../shared/errors';
import { partRef, placedRef, type PartRef } from '../parts/partRef';
import { readMapForWrite } from '../maps/readMapForWrite';
import { placeAt } from '../ordering/placement';
import type { MapChange } from '../ports';
import { retryOnContention } from '../shared/retryOnContention';
import { revisionCheck } from '../parts/revisionCheck';
import { parseInput } from '../validation/parseInput';
import { moveTouchpointInput } from './touchpointInputs';

export async function moveTouchpoint(
  ctx: UseCaseContext,
  rawInput: unknown,
): Promise<PartRef<'touchpoint'>> {
  const { mapId, touchpointId, stageId, position, expectedRevision } = parseInput(
    moveTouchpointInput,
    rawInput,
  );
  return retryOnContention(async () => {
    const view = await readMapForWrite(ctx, mapId);
    const touchpoint = view.touchpointById.get(touchpointId);
    if (!touchpoint) throw notFound('Touchpoint', touchpointId);
    const target = view.stageById.get(stageId);
    if (!target) throw notFound('Stage', stageId);
    if (expectedRevision != null && expectedRevision !== touchpoint.revision) {
      throw staleRevision('Touchpoint', touchpointId, expectedRevision, touchpoint.revision);
    }
    const siblings = (view.touchpointsByStage.get(stageId) ?? []).filter(
      (t) => t.id !== touchpointId,
    );
    const placement = placeAt(siblings, position);
    const placedAt = Math.min(position, siblings.length);
    const now = nowIso(ctx);
    const from = view.stageById.get(touchpoint.stageId);
    await ctx.stores.maps.write(ctx.viewer.workspaceId, mapId, {
      now,
      actor: actorOf(ctx.viewer),
      changes: [
        {
          kind: 'update',
          part: 'touchpoint',
          id: touchpointId,
          set: { stageId, orderKey: placement.orderKey },
          revision: revisionCheck(expectedRevision, touchpoint.revision),
        },
        { kind: 'require', part: 'stage', id: stageId },
        ...placement.rekeyed.map((r): MapChange => ({
          kind: 'update',
          part: 'touchpoint',
          id: r.id,
          set: { orderKey: r.orderKey },
          revision: null,
        })),
      ],
      history: {
        operation: 'moveTouchpoint',
        entity: 'Touchpoint',
        entityId: touchpointId,
        summary:
          from?.id === stageId
            ? `Touchpoint "${touchpoint.name}" moved to position ${placedAt} in "${target.name}"`
            : `Touchpoint "${touchpoint.name}" moved from "${from?.name}" to "${target.name}", position ${placedAt}`,
      },
    });
    return placedRef(
      partRef('touchpoint', mapId, touchpointId, {
        ...touchpoint,
        stageId,
        orderKey: placement.orderKey,
        revision: touchpoint.revision + 1,
        updatedAt: now,
      }),
      placedAt,
    );
  });
}
