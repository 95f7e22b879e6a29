/**
 * Removes a stage with everything in it. Readers stop seeing the stage's
 * touchpoints, pain points and KPIs the moment the stage is gone (views skip
 * parts without a parent), so the stage delete is the one atomic step; the
 * children are deleted with it when the transaction has room, else right after.
 */
import { unlinkImprovements } from '../backlog/unlinkImprovements';
import { actorOf, nowIso, type UseCaseContext } from '../context';

import { notFound, staleRevision } from '../errors';
import { readMapForWrite } from '../maps/readMapForWrite';
import type { MapWrite } from '../ports';
import { retryOnContention } from '../retryOnContention';
import { revisionCheck } from '../revisionCheck';
import { parseInput } from '../validation/parseInput';
import { removeStageInput } from '../validation/stageInputs';

export async function removeStage(ctx: UseCaseContext, rawInput: unknown): Promise<string> {
  const { mapId, stageId, expectedRevision } = parseInput(removeStageInput, rawInput);
  await retryOnContention(async () => {
    const view = await readMapForWrite(ctx, mapId);
    const stage = view.stageById.get(stageId);
    if (!stage) throw notFound('Stage', stageId);
    if (expectedRevision != null && expectedRevision !== stage.revision) {
      throw staleRevision('Stage', stageId, expectedRevision, stage.revision);
    }
    const touchpoints = view.touchpointsByStage.get(stageId) ?? [];
    const cleanup: NonNullable<MapWrite['cleanup']> = [
      ...touchpoints.map((t) => ({ part: 'touchpoint' as const, id: t.id })),
      ...touchpoints.flatMap((t) =>
        (view.painPointsByTouchpoint.get(t.id) ?? []).map((p) => ({
          part: 'painPoint' as const,
          id: p.id,
        })),
      ),
      ...(view.kpisByStage.get(stageId) ?? []).map((k) => ({ part: 'kpi' as const, id: k.id })),
    ];
    const now = nowIso(ctx);
    const removed = {
      stageIds: [stageId],
      touchpointIds: cleanup.filter((c) => c.part === 'touchpoint').map((c) => c.id),
      painPointIds: cleanup.filter((c) => c.part === 'painPoint').map((c) => c.id),
      kpiIds: cleanup.filter((c) => c.part === 'kpi').map((c) => c.id),
    };
    await ctx.stores.maps.write(ctx.viewer.workspaceId, mapId, {
      now,
      actor: actorOf(ctx.viewer),
      changes: [
        {
          kind: 'delete',
          part: 'stage',
          id: stageId,
          revision: revisionCheck(expectedRevision, stage.revision),
        },
        ...unlinkImprovements(view, removed, now),
      ],
      cleanup,
      // Nothing may be added to the stage between this read and the delete.
      expectedChangeSeq: view.header.changeSeq,
      history: {
        operation: 'removeStage',
        entity: 'Stage',
        entityId: stageId,
        summary: `Stage "${stage.name}" removed with ${touchpoints.length} touchpoint(s)`,
      },
    });
  });
  return stageId;
}
