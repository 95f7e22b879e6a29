import { actorOf, nowIso, type UseCaseContext } from '../context';
import { revisionCheck } from '../revisionCheck';
import { removePainPointInput } from '../validation/painPointInputs';
import { parseInput } from '../validation/parseInput';

export async function removePainPoint(ctx: UseCaseContext, rawInput: unknown): Promise<string> {
  const { mapId, painPointId, expectedRevision } = parseInput(removePainPointInput, rawInput);
  await ctx.stores.maps.write(ctx.viewer.workspaceId, mapId, {
    now: nowIso(ctx),
    actor: actorOf(ctx.viewer),
    changes: [
      {
        kind: 'delete',
        part: 'painPoint',
        id: painPointId,
        revision: revisionCheck(expectedRevision),
      },
    ],
    history: {
      operation: 'removePainPoint',
      entity: 'PainPoint',
      entityId: painPointId,
      summary: 'Pain point removed',
    },
  });
  return painPointId;
}
