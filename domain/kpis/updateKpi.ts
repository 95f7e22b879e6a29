import type { UseCaseContext } from '../context/useCaseContext';
import type { PartRef } from '../parts/partRef';
import { updatePart } from '../parts/updatePart';
import { definedOnly } from '../shared/definedOnly';
import { parseInput } from '../validation/parseInput';
import { updateKpiInput } from './kpiInputs';

/** Changes a KPI's definition: one blind write (measurements go through recordKpiMeasurement). */
export async function updateKpi(ctx: UseCaseContext, rawInput: unknown): Promise<PartRef<'kpi'>> {
  const { mapId, kpiId, expectedRevision, ...fields } = parseInput(updateKpiInput, rawInput);
  return updatePart(ctx, {
    operation: 'updateKpi',
    kind: 'kpi',
    mapId,
    id: kpiId,
    set: definedOnly(fields),
    expectedRevision,
  });
}
