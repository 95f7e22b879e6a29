/**
 * Removes a KPI and its history. Improvements meant to move it lose the link
 * in the same transaction (read first, redone if the map changed meanwhile).
 */
import { unlinkImprovements } from '../backlog/unlinkImprovements';
import { actorOf, nowIso, type UseCaseContext } from '../context';
import { notFound, staleRevision } from '../errors';
import { readMapForWrite } from '../maps/readMapForWrite';
import { retryOnContention } from '../retryOnContention';
import { revisionCheck } from '../revisionCheck';
import { removeKpiInput } from '../validation/kpiInputs';
import { parseInput } from '../validation/parseInput';

export async function removeKpi(ctx: UseCaseContext, rawInput: unknown): Promise<string> {
  const { mapId, kpiId, expectedRevision } = parseInput(removeKpiInput, rawInput);
  await retryOnContention(async () => {
    const view = await readMapForWrite(ctx, mapId);
    const kpi = view.kpiById.get(kpiId);
    if (!kpi) throw notFound('Kpi', kpiId);
    if (expectedRevision != null && expectedRevision !== kpi.revision) {
      throw staleRevision('Kpi', kpiId, expectedRevision, kpi.revision);
    }
    const now = nowIso(ctx);
    await ctx.stores.maps.write(ctx.viewer.workspaceId, mapId, {
      now,
      actor: actorOf(ctx.viewer),
      changes: [
        {
          kind: 'delete',
          part: 'kpi',
          id: kpiId,
          revision: revisionCheck(expectedRevision, kpi.revision),
        },
        ...unlinkImprovements(view, { kpiIds: [kpiId] }, now),
      ],
      expectedChangeSeq: view.header.changeSeq,
      history: {
        operation: 'removeKpi',
        entity: 'Kpi',
        entityId: kpiId,
        summary: `KPI "${kpi.name}" removed`,
      },
    });
  });
  return kpiId;
}
