import { partUpdate } from '../parts/updatePart';
import { updateStageInput } from './stageInputs';

/** Changes a stage's fields: one blind write. */
export const updateStage = partUpdate('stage', updateStageInput);
