import { actorOf, nowIso, type UseCaseContext } from '../context/useCaseContext';
import { newId } from '../shared/ids';
import { partRef, type PartRef } from '../parts/partRef';
import type { KpiRecord } from '../records';
import { addKpiInput } from './kpiInputs';
import { parseInput } from '../validation/parseInput';

/** One write; a `current` value becomes the first measurement of the history. */
export async function addKpi(ctx: UseCaseContext, rawInput: unknown): Promise<PartRef<'kpi'>> {
  const { mapId, stageId, id, current, measuredAt, source, ...fields } = parseInput(
    addKpiInput,
    rawInput,
  );
  const now = nowIso(ctx);
  const kpi: KpiRecord = {
    ...fields,
    id: id ?? newId(),
    stageId,
    history: current === null ? [] : [{ value: current, measuredAt: measuredAt ?? now, source }],
    revision: 1,
    createdAt: now,
    updatedAt: now,
  };
  await ctx.stores.maps.write(ctx.viewer.workspaceId, mapId, {
    now,
    actor: actorOf(ctx.viewer),
    changes: [
      { kind: 'require', part: 'stage', id: stageId },
      { kind: 'create', part: 'kpi', record: kpi },
    ],
    history: {
      operation: 'addKpi',
      entity: 'Kpi',
      entityId: kpi.id,
      summary: `KPI "${kpi.name}" (${kpi.type}) added`,
    },
  });
  return partRef('kpi', mapId, kpi.id, kpi);
}
