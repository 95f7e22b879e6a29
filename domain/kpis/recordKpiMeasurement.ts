/**
 * Appends a measurement without reading the KPI: the store appends to the
 * history list in place, so concurrent measurements all land. `current` is
 * derived on read as the latest by measuredAt, which also makes a backdated
 * measurement land in the right place.
 */
import { actorOf, nowIso, type UseCaseContext } from '../context/useCaseContext';
import { commitMapWrite } from '../parts/commitMapWrite';
import { redoWhenStale } from '../shared/rejections';
import { partRef, type PartRef } from '../parts/partRef';
import { largestField } from '../validation/largestField';
import { parseInput } from '../validation/parseInput';
import { recordKpiMeasurementInput } from './kpiInputs';

export async function recordKpiMeasurement(
  ctx: UseCaseContext,
  rawInput: unknown,
): Promise<PartRef<'kpi'>> {
  const { mapId, kpiId, value, measuredAt, source } = parseInput(
    recordKpiMeasurementInput,
    rawInput,
  );
  return redoWhenStale(ctx, async () => {
    const now = nowIso(ctx);
    const measurement = { value, measuredAt: measuredAt ?? now, source };
    await commitMapWrite(
      ctx,
      mapId,
      {
        now,
        actor: actorOf(ctx.viewer),
        changes: [
          { kind: 'appendMeasurement', part: 'kpi', id: kpiId, measurements: [measurement] },
        ],
        history: {
          operation: 'recordKpiMeasurement',
          entity: 'Kpi',
          entityId: kpiId,
          summary: `KPI measured: ${value} at ${measurement.measuredAt}${source ? ` (${source})` : ''}`,
        },
      },
      { tooLarge: largestField(measurement) },
    );
    return partRef('kpi', mapId, { id: kpiId, updatedAt: now });
  });
}
