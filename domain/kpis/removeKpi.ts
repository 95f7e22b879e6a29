import { actorOf, nowIso, type UseCaseContext } from '../context';
import { revisionCheck } from '../revisionCheck';
import { removeKpiInput } from '../validation/kpiInputs';
import { parseInput } from '../validation/parseInput';

export async function removeKpi(ctx: UseCaseContext, rawInput: unknown): Promise<string> {
  const { mapId, kpiId, expectedRevision } = parseInput(removeKpiInput, rawInput);
  await ctx.stores.maps.write(ctx.viewer.workspaceId, mapId, {
    now: nowIso(ctx),
    actor: actorOf(ctx.viewer),
    changes: [
      { kind: 'delete', part: 'kpi', id: kpiId, revision: revisionCheck(expectedRevision) },
    ],
    history: { operation: 'removeKpi', entity: 'Kpi', entityId: kpiId, summary: 'KPI removed' },
  });
  return kpiId;
}
