import { partUpdate } from '../parts/updatePart';
import { defaultMode } from './channelModes';
import { updateTouchpointInput } from './touchpointInputs';

/**
 * Changes a touchpoint's fields: one blind write. A new channel brings its
 * default mode unless the caller sets the mode too.
 */
export const updateTouchpoint = partUpdate('touchpoint', updateTouchpointInput, (set) => {
  if (set.channel !== undefined && set.mode === undefined) set.mode = defaultMode(set.channel);
});
