import { partAddition } from '../parts/addPart';
import { defaultMode } from './channelModes';
import { addTouchpointInput } from './touchpointInputs';

/**
 * Adds a touchpoint to a stage: appended (one write; the stage's existence is
 * a condition of the transaction), or inserted at a position (one read for
 * the neighbours). Its mode follows from its channel unless it is given.
 */
export const addTouchpoint = partAddition('touchpoint', addTouchpointInput, {
  fields: ({ mode, ...touchpoint }) => ({
    ...touchpoint,
    mode: mode ?? defaultMode(touchpoint.channel),
  }),
  summary: (touchpoint) => `Touchpoint "${touchpoint.name}" added`,
});
