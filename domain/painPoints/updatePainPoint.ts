import { partUpdate } from '../parts/updatePart';
import { updatePainPointInput } from './painPointInputs';

/** Changes a pain point's fields: one blind write. */
export const updatePainPoint = partUpdate('painPoint', updatePainPointInput);
