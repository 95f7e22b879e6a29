import type { UseCaseContext } from '../context/useCaseContext';
import { movePart } from '../parts/movePart';
import type { PartRef } from '../parts/partRef';
import { parseInput } from '../validation/parseInput';
import { moveStageInput } from './stageInputs';

/** Moves a stage: one read for the neighbours, then one write of the stage's order key. */
export async function moveStage(ctx: UseCaseContext, rawInput: unknown): Promise<PartRef<'stage'>> {
  const { mapId, stageId, position, expectedRevision } = parseInput(moveStageInput, rawInput);
  return movePart(ctx, {
    operation: 'moveStage',
    kind: 'stage',
    mapId,
    id: stageId,
    position,
    expectedRevision,
    summary: ({ record, view, placedAt }) =>
      `Stage "${record.name}" moved from position ${view.positionOf.get(stageId)} to ${placedAt}`,
  });
}
