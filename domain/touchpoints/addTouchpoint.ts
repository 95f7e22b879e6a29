/**
 * Adds a touchpoint to a stage: appended (one write; the stage's existence is
 * a condition of the transaction), or inserted at a position (one read for
 * the neighbours). Its mode follows from its channel unless it is given.
 */
import type { UseCaseContext } from '../context/useCaseContext';
import { addPart } from '../parts/addPart';
import type { PartRef } from '../parts/partRef';
import { newId } from '../shared/ids';
import { parseInput } from '../validation/parseInput';
import { defaultMode } from './channelModes';
import { addTouchpointInput } from './touchpointInputs';

export async function addTouchpoint(
  ctx: UseCaseContext,
  rawInput: unknown,
): Promise<PartRef<'touchpoint'>> {
  const { mapId, id, position, mode, ...fields } = parseInput(addTouchpointInput, rawInput);
  return addPart(ctx, {
    operation: 'addTouchpoint',
    kind: 'touchpoint',
    mapId,
    fields: { ...fields, id: id ?? newId(), mode: mode ?? defaultMode(fields.channel) },
    position,
    summary: (touchpoint) => `Touchpoint "${touchpoint.name}" added`,
  });
}
