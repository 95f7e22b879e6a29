/** Adds a stage: appended (one write), or inserted at a position (one read, one write). */
import type { UseCaseContext } from '../context/useCaseContext';
import { addPart } from '../parts/addPart';
import type { PartRef } from '../parts/partRef';
import { newId } from '../shared/ids';
import { parseInput } from '../validation/parseInput';
import { addStageInput } from './stageInputs';

export async function addStage(ctx: UseCaseContext, rawInput: unknown): Promise<PartRef<'stage'>> {
  const { mapId, id, position, ...fields } = parseInput(addStageInput, rawInput);
  return addPart(ctx, {
    operation: 'addStage',
    kind: 'stage',
    mapId,
    fields: { ...fields, id: id ?? newId() },
    position,
    summary: (stage) => `Stage "${stage.name}" added`,
  });
}
