import type { UseCaseContext } from '../context/useCaseContext';
import type { PartRef } from '../parts/partRef';
import { updatePart } from '../parts/updatePart';
import { definedOnly } from '../shared/definedOnly';
import { parseInput } from '../validation/parseInput';
import { updateStageInput } from './stageInputs';

/** Changes a stage's fields: one blind write. */
export async function updateStage(
  ctx: UseCaseContext,
  rawInput: unknown,
): Promise<PartRef<'stage'>> {
  const { mapId, stageId, expectedRevision, ...fields } = parseInput(updateStageInput, rawInput);
  return updatePart(ctx, {
    operation: 'updateStage',
    kind: 'stage',
    mapId,
    id: stageId,
    set: definedOnly(fields),
    expectedRevision,
  });
}
