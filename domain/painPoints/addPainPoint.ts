import type { UseCaseContext } from '../context/useCaseContext';
import { addPart } from '../parts/addPart';
import type { PartRef } from '../parts/partRef';
import { newId } from '../shared/ids';
import { parseInput } from '../validation/parseInput';
import { addPainPointInput } from './painPointInputs';

/** Adds a pain point to a touchpoint: one write, the touchpoint's existence its condition. */
export async function addPainPoint(
  ctx: UseCaseContext,
  rawInput: unknown,
): Promise<PartRef<'painPoint'>> {
  const { mapId, id, ...fields } = parseInput(addPainPointInput, rawInput);
  return addPart(ctx, {
    operation: 'addPainPoint',
    kind: 'painPoint',
    mapId,
    fields: { ...fields, id: id ?? newId() },
    summary: (p) => `Pain point added (${p.severity}): ${p.description.slice(0, 80)}`,
  });
}
