/**
 * Appends a measurement without reading the KPI: the store appends to the
 * history list in place, so concurrent measurements all land. `current` is
 * derived on read as the latest by measuredAt, which also makes a backdated
 * measurement land in the right place.
 */
import { actorOf, nowIso, type UseCaseContext } from '../context/useCaseContext';
import { partRef, type PartRef } from '../parts/partRef';
import { recordKpiMeasurementInput } from './kpiInputs';
import { parseInput } from '../validation/parseInput';

export async function recordKpiMeasurement(
  ctx: UseCaseContext,
  rawInput: unknown,
): Promise<PartRef<'kpi'>> {
  const { mapId, kpiId, value, measuredAt, source } = parseInput(
    recordKpiMeasurementInput,
    rawInput,
  );
  const now = nowIso(ctx);
  const measurement = { value, measuredAt: measuredAt ?? now, source };
  await ctx.stores.maps.write(ctx.viewer.workspaceId, mapId, {
    now,
    actor: actorOf(ctx.viewer),
    changes: [{ kind: 'appendMeasurement', part: 'kpi', id: kpiId, measurement }],
    history: {
      operation: 'recordKpiMeasurement',
      entity: 'Kpi',
      entityId: kpiId,
      summary: `KPI measured: ${value} at ${measurement.measuredAt}${source ? ` (${source})` : ''}`,
    },
  });
  return partRef('kpi', mapId, kpiId, { updatedAt: now });
}
