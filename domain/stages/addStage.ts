import { partAddition } from '../parts/addPart';
import { addStageInput } from './stageInputs';

/** Adds a stage: appended (one write), or inserted at a position (one read, one write). */
export const addStage = partAddition('stage', addStageInput, {
  fields: (stage) => stage,
  summary: (stage) => `Stage "${stage.name}" added`,
});
