/**
 * Removes a pain point. Improvements that address it lose the link in the same
 * transaction; the map is read first to find them, and the write is
 * conditioned on the map not changing meanwhile (else it is redone), so a
 * link added at the same moment cannot be left dangling.
 */
import { unlinkImprovements } from '../backlog/unlinkImprovements';
import { actorOf, nowIso, type UseCaseContext } from '../context';
import { notFound, staleRevision } from '../errors';
import { readMapForWrite } from '../maps/readMapForWrite';
import { retryOnContention } from '../retryOnContention';
import { revisionCheck } from '../revisionCheck';
import { removePainPointInput } from '../validation/painPointInputs';
import { parseInput } from '../validation/parseInput';

export async function removePainPoint(ctx: UseCaseContext, rawInput: unknown): Promise<string> {
  const { mapId, painPointId, expectedRevision } = parseInput(removePainPointInput, rawInput);
  await retryOnContention(async () => {
    const view = await readMapForWrite(ctx, mapId);
    const painPoint = view.painPointById.get(painPointId);
    if (!painPoint) throw notFound('PainPoint', painPointId);
    if (expectedRevision != null && expectedRevision !== painPoint.revision) {
      throw staleRevision('PainPoint', painPointId, expectedRevision, painPoint.revision);
    }
    const now = nowIso(ctx);
    await ctx.stores.maps.write(ctx.viewer.workspaceId, mapId, {
      now,
      actor: actorOf(ctx.viewer),
      changes: [
        {
          kind: 'delete',
          part: 'painPoint',
          id: painPointId,
          revision: revisionCheck(expectedRevision, painPoint.revision),
        },
        ...unlinkImprovements(view, { painPointIds: [painPointId] }, now),
      ],
      expectedChangeSeq: view.header.changeSeq,
      history: {
        operation: 'removePainPoint',
        entity: 'PainPoint',
        entityId: painPointId,
        summary: `Pain point removed: ${painPoint.description.slice(0, 80)}`,
      },
    });
  });
  return painPointId;
}
