/** Removes a touchpoint and its pain points, atomically from a reader's view. */
import type { UseCaseContext } from '../context/useCaseContext';
import { removePart } from '../parts/removePart';
import { parseInput } from '../validation/parseInput';
import { removeTouchpointInput } from './touchpointInputs';

export async function removeTouchpoint(ctx: UseCaseContext, rawInput: unknown): Promise<string> {
  const { mapId, touchpointId, expectedRevision } = parseInput(removeTouchpointInput, rawInput);
  return removePart(ctx, {
    operation: 'removeTouchpoint',
    kind: 'touchpoint',
    mapId,
    id: touchpointId,
    expectedRevision,
    cascade: (view) =>
      (view.painPointsByTouchpoint.get(touchpointId) ?? []).map((p) => ({
        part: 'painPoint' as const,
        id: p.id,
      })),
    summary: (touchpoint, cleanup) =>
      `Touchpoint "${touchpoint.name}" removed with ${cleanup.length} pain point(s)`,
  });
}
