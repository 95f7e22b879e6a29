import type { UseCaseContext } from '../context/useCaseContext';
import type { PartRef } from '../parts/partRef';
import { updatePart } from '../parts/updatePart';
import { definedOnly } from '../shared/definedOnly';
import { parseInput } from '../validation/parseInput';
import { updatePainPointInput } from './painPointInputs';

/** Changes a pain point's fields: one blind write. */
export async function updatePainPoint(
  ctx: UseCaseContext,
  rawInput: unknown,
): Promise<PartRef<'painPoint'>> {
  const { mapId, painPointId, expectedRevision, ...fields } = parseInput(
    updatePainPointInput,
    rawInput,
  );
  return updatePart(ctx, {
    operation: 'updatePainPoint',
    kind: 'painPoint',
    mapId,
    id: painPointId,
    set: definedOnly(fields),
    expectedRevision,
  });
}
