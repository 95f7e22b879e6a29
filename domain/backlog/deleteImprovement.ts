import { actorOf, nowIso, type UseCaseContext } from '../context/useCaseContext';
import { commitMapWrite } from '../parts/commitMapWrite';
import { redoWhenStale } from '../shared/rejections';
import { revisionCheck } from '../parts/revisions';
import { parseInput } from '../validation/parseInput';
import { parseImprovementId } from './improvementIds';
import { deleteImprovementInput } from './improvementInputs';

/** Deletes an improvement: one write (nothing links to an improvement). */
export async function deleteImprovement(ctx: UseCaseContext, rawInput: unknown): Promise<string> {
  const { id, expectedRevision } = parseInput(deleteImprovementInput, rawInput);
  await redoWhenStale(ctx, () =>
    commitMapWrite(ctx, parseImprovementId(id).mapId, {
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
    }),
  );
  return id;
}
