import { partMove } from '../parts/movePart';
import { moveStageInput } from './stageInputs';

/** Moves a stage: one read for the neighbours, then one write of the stage's order key. */
export const moveStage = partMove('stage', moveStageInput, ({ record, view, placedAt }) => {
  const from = view.positionOf.get(record.id) ?? 0;
  return `Stage "${record.name}" moved from position ${from} to ${placedAt}`;
});
