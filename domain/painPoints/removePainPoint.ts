import { partRemoval } from '../parts/removePart';
import { removePainPointInput } from './painPointInputs';

/** Removes a pain point; improvements that addressed it lose the link. */
export const removePainPoint = partRemoval('painPoint', removePainPointInput, {
  summary: (painPoint) => `Pain point removed: ${painPoint.description.slice(0, 80)}`,
});
