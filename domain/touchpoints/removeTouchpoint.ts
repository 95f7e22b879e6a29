/**
 * Removes a touchpoint and its pain points, atomically from a reader's view;
 * improvements that linked them lose those links in the same transaction.
 */

import { unlinkImprovements } from '../backlog/unlinkImprovements';
import { actorOf, nowIso, type UseCaseContext } from '../context';
import { notFound, staleRevision } from '../errors';
import { readMapForWrite } from '../maps/readMapForWrite';
import { retryOnContention } from '../retryOnContention';
import { revisionCheck } from '../revisionCheck';
import { parseInput } from '../validation/parseInput';
import { removeTouchpointInput } from '../validation/touchpointInputs';

export async function removeTouchpoint(ctx: UseCaseContext, rawInput: unknown): Promise<string> {
  const { mapId, touchpointId, expectedRevision } = parseInput(removeTouchpointInput, rawInput);
  await retryOnContention(async () => {
    const view = await readMapForWrite(ctx, mapId);
    const touchpoint = view.touchpointById.get(touchpointId);
    if (!touchpoint) throw notFound('Touchpoint', touchpointId);
    if (expectedRevision != null && expectedRevision !== touchpoint.revision) {
      throw staleRevision('Touchpoint', touchpointId, expectedRevision, touchpoint.revision);
    }
    const painPoints = view.painPointsByTouchpoint.get(touchpointId) ?? [];
    const now = nowIso(ctx);
    await ctx.stores.maps.write(ctx.viewer.workspaceId, mapId, {
      now,
      actor: actorOf(ctx.viewer),
      changes: [
        {
          kind: 'delete',
          part: 'touchpoint',
          id: touchpointId,
          revision: revisionCheck(expectedRevision, touchpoint.revision),
        },
        ...unlinkImprovements(
          view,
          { touchpointIds: [touchpointId], painPointIds: painPoints.map((p) => p.id) },
          now,
        ),
      ],
      cleanup: painPoints.map((p) => ({ part: 'painPoint' as const, id: p.id })),
      expectedChangeSeq: view.header.changeSeq,
      history: {
        operation: 'removeTouchpoint',
        entity: 'Touchpoint',
        entityId: touchpointId,
        summary: `Touchpoint "${touchpoint.name}" removed with ${painPoints.length} pain point(s)`,
      },
    });
  });
  return touchpointId;
}
