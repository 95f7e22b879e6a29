import { partRemoval } from '../parts/removePart';
import { removeTouchpointInput } from './touchpointInputs';

/** Removes a touchpoint and its pain points, atomically from a reader's view. */
export const removeTouchpoint = partRemoval('touchpoint', removeTouchpointInput, {
  cascade: (view, touchpoint) =>
    (view.painPointsByTouchpoint.get(touchpoint.id) ?? []).map((p) => ({
      part: 'painPoint' as const,
      id: p.id,
    })),
  summary: (touchpoint, cleanup) =>
    `Touchpoint "${touchpoint.name}" removed with ${cleanup.length} pain point(s)`,
});
