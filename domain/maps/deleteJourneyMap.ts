import type { UseCaseContext } from '../context/useCaseContext';
import { deleteJourneyMapInput } from './mapInputs';
import { parseInput } from '../validation/parseInput';

export async function deleteJourneyMap(ctx: UseCaseContext, rawInput: unknown): Promise<string> {
  const { id, expectedRevision } = parseInput(deleteJourneyMapInput, rawInput);
  await ctx.stores.maps.delete(ctx.viewer.workspaceId, id, expectedRevision ?? null);
  return id;
}
