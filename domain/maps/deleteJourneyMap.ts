import { actorOf, type UseCaseContext } from '../context/useCaseContext';
import { rejectionError } from '../shared/rejections';
import { parseInput } from '../validation/parseInput';
import { deleteJourneyMapInput } from './mapInputs';

/** Deletes a map with its parts, versions and history (OWNER). */
export async function deleteJourneyMap(ctx: UseCaseContext, rawInput: unknown): Promise<string> {
  const { id, expectedRevision } = parseInput(deleteJourneyMapInput, rawInput);
  const outcome = await ctx.stores.maps.delete(
    ctx.viewer.workspaceId,
    id,
    expectedRevision ?? null,
    {
      actor: actorOf(ctx.viewer),
      history: {
        operation: 'deleteJourneyMap',
        entity: 'JourneyMap',
        entityId: id,
        summary: 'Map deleted',
      },
    },
  );
  if (!outcome.ok) throw rejectionError(outcome.rejection);
  return id;
}
