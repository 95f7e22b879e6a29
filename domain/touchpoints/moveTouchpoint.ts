import type { UseCaseContext } from '../context/useCaseContext';
import { movePart } from '../parts/movePart';
import type { PartRef } from '../parts/partRef';
import { parseInput } from '../validation/parseInput';
import { moveTouchpointInput } from './touchpointInputs';

/**
 * Moves a touchpoint within its stage or to another stage of the same map:
 * one read for the neighbours, then one write of its stage and order key.
 */
export async function moveTouchpoint(
  ctx: UseCaseContext,
  rawInput: unknown,
): Promise<PartRef<'touchpoint'>> {
  const { mapId, touchpointId, stageId, position, expectedRevision } = parseInput(
    moveTouchpointInput,
    rawInput,
  );
  return movePart(ctx, {
    operation: 'moveTouchpoint',
    kind: 'touchpoint',
    mapId,
    id: touchpointId,
    position,
    parentId: stageId,
    expectedRevision,
    summary: ({ record, view, placedAt }) => {
      const from = view.stageById.get(record.stageId);
      const to = view.stageById.get(stageId);
      return from?.id === stageId
        ? `Touchpoint "${record.name}" moved to position ${placedAt} in "${to?.name}"`
        : `Touchpoint "${record.name}" moved from "${from?.name}" to "${to?.name}", position ${placedAt}`;
    },
  });
}
