import type { UseCaseContext } from '../context/useCaseContext';
import { removePart } from '../parts/removePart';
import { removePainPointInput } from './painPointInputs';
import { parseInput } from '../validation/parseInput';

/** Removes a pain point; improvements that addressed it lose the link. */
export async function removePainPoint(ctx: UseCaseContext, rawInput: unknown): Promise<string> {
  const { mapId, painPointId, expectedRevision } = parseInput(removePainPointInput, rawInput);
  return removePart(ctx, {
    operation: 'removePainPoint',
    kind: 'painPoint',
    mapId,
    id: painPointId,
    expectedRevision,
    summary: (painPoint) => `Pain point removed: ${painPoint.description.slice(0, 80)}`,
  });
}
