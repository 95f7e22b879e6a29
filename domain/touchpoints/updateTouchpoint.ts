import type { UseCaseContext } from '../context/useCaseContext';
import type { PartRef } from '../parts/partRef';
import { updatePart } from '../parts/updatePart';
import { definedOnly } from '../shared/definedOnly';
import { parseInput } from '../validation/parseInput';
import { defaultMode } from './channelModes';
import { updateTouchpointInput } from './touchpointInputs';

/**
 * Changes a touchpoint's fields: one blind write. A new channel brings its
 * default mode unless the caller sets the mode too.
 */
export async function updateTouchpoint(
  ctx: UseCaseContext,
  rawInput: unknown,
): Promise<PartRef<'touchpoint'>> {
  const { mapId, touchpointId, expectedRevision, ...fields } = parseInput(
    updateTouchpointInput,
    rawInput,
  );
  const set = definedOnly(fields);
  if (set.channel !== undefined && set.mode === undefined) set.mode = defaultMode(set.channel);
  return updatePart(ctx, {
    operation: 'updateTouchpoint',
    kind: 'touchpoint',
    mapId,
    id: touchpointId,
    set,
    expectedRevision,
  });
}
