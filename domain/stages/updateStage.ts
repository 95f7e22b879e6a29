import { actorOf, nowIso, type UseCaseContext } from '../context/useCaseContext';
import { definedOnly } from '../shared/definedOnly';
import { knownAfterUpdate, partRef, type PartRef } from '../parts/partRef';
import { revisionCheck } from '../parts/revisionCheck';
import { parseInput } from '../validation/parseInput';
import { updateStageInput } from './stageInputs';

/** A blind write: nothing is read, so concurrent edits of different fields all land. */
export async function updateStage(
  ctx: UseCaseContext,
  rawInput: unknown,
): Promise<PartRef<'stage'>> {
  const { mapId, stageId, expectedRevision, ...fields } = parseInput(updateStageInput, rawInput);
  const set = definedOnly(fields);
  const now = nowIso(ctx);
  await ctx.stores.maps.write(ctx.viewer.workspaceId, mapId, {
    now,
    actor: actorOf(ctx.viewer),
    changes: [
      {
        kind: 'update',
        part: 'stage',
        id: stageId,
        set,
        revision: revisionCheck(expectedRevision),
      },
    ],
    history: {
      operation: 'updateStage',
      entity: 'Stage',
      entityId: stageId,
      summary: `Stage fields changed: ${Object.keys(set).join(', ') || 'none'}`,
    },
  });
  return partRef('stage', mapId, stageId, knownAfterUpdate(set, now, expectedRevision));
}
