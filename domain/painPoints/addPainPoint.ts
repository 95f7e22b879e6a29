import { actorOf, nowIso, type UseCaseContext } from '../context/useCaseContext';
import { newId } from '../shared/ids';
import { partRef, type PartRef } from '../parts/partRef';
import type { PainPointRecord } from '../records';
import { addPainPointInput } from './painPointInputs';
import { parseInput } from '../validation/parseInput';

/** One write: the touchpoint's existence is a condition of the transaction. */
export async function addPainPoint(
  ctx: UseCaseContext,
  rawInput: unknown,
): Promise<PartRef<'painPoint'>> {
  const { mapId, touchpointId, id, ...fields } = parseInput(addPainPointInput, rawInput);
  const now = nowIso(ctx);
  const painPoint: PainPointRecord = {
    ...fields,
    id: id ?? newId(),
    touchpointId,
    revision: 1,
    createdAt: now,
    updatedAt: now,
  };
  await ctx.stores.maps.write(ctx.viewer.workspaceId, mapId, {
    now,
    actor: actorOf(ctx.viewer),
    changes: [
      { kind: 'require', part: 'touchpoint', id: touchpointId },
      { kind: 'create', part: 'painPoint', record: painPoint },
    ],
    history: {
      operation: 'addPainPoint',
      entity: 'PainPoint',
      entityId: painPoint.id,
      summary: `Pain point added (${painPoint.severity}): ${painPoint.description.slice(0, 80)}`,
    },
  });
  return partRef('painPoint', mapId, painPoint.id, painPoint);
}
