import { actorOf, nowIso, type UseCaseContext } from '../context/useCaseContext';
import { definedOnly } from '../shared/definedOnly';
import { knownAfterUpdate, partRef, type PartRef } from '../parts/partRef';
import { revisionCheck } from '../parts/revisionCheck';
import { updateKpiInput } from './kpiInputs';
import { parseInput } from '../validation/parseInput';

export async function updateKpi(ctx: UseCaseContext, rawInput: unknown): Promise<PartRef<'kpi'>> {
  const { mapId, kpiId, expectedRevision, ...fields } = parseInput(updateKpiInput, rawInput);
  const set = definedOnly(fields);
  const now = nowIso(ctx);
  await ctx.stores.maps.write(ctx.viewer.workspaceId, mapId, {
    now,
    actor: actorOf(ctx.viewer),
    changes: [
      { kind: 'update', part: 'kpi', id: kpiId, set, revision: revisionCheck(expectedRevision) },
    ],
    history: {
      operation: 'updateKpi',
      entity: 'Kpi',
      entityId: kpiId,
      summary: `KPI fields changed: ${Object.keys(set).join(', ') || 'none'}`,
    },
  });
  return partRef('kpi', mapId, kpiId, knownAfterUpdate(set, now, expectedRevision));
}
