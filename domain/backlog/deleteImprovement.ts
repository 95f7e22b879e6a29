import { actorOf, nowIso, type UseCaseContext } from '../context/useCaseContext';
import { revisionCheck } from '../parts/revisionCheck';
import { deleteImprovementInput } from './improvementInputs';
import { parseInput } from '../validation/parseInput';
import { parseImprovementId } from './improvementIds';

/** One write. */
export async function deleteImprovement(ctx: UseCaseContext, rawInput: unknown): Promise<string> {
  const { id, expectedRevision } = parseInput(deleteImprovementInput, rawInput);
  await ctx.stores.maps.write(ctx.viewer.workspaceId, parseImprovementId(id).mapId, {
    now: nowIso(ctx),
    actor: actorOf(ctx.viewer),
    changes: [
      { kind: 'delete', part: 'improvement', id, revision: revisionCheck(expectedRevision) },
    ],
    history: {
      operation: 'deleteImprovement',
      entity: 'Improvement',
      entityId: id,
      summary: 'Improvement deleted',
    },
  });
  return id;
}
