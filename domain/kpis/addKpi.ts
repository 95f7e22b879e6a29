import type { UseCaseContext } from '../context/useCaseContext';
import { addPart } from '../parts/addPart';
import type { PartRef } from '../parts/partRef';
import { newId } from '../shared/ids';
import { parseInput } from '../validation/parseInput';
import { addKpiInput } from './kpiInputs';

/** Adds a KPI to a stage: one write. A `current` value becomes the first measurement. */
export async function addKpi(ctx: UseCaseContext, rawInput: unknown): Promise<PartRef<'kpi'>> {
  const { mapId, id, current, measuredAt, source, ...fields } = parseInput(addKpiInput, rawInput);
  const history =
    current === null
      ? []
      : [{ value: current, measuredAt: measuredAt ?? ctx.clock.now().toISOString(), source }];
  return addPart(ctx, {
    operation: 'addKpi',
    kind: 'kpi',
    mapId,
    fields: { ...fields, id: id ?? newId(), history },
    summary: (kpi) => `KPI "${kpi.name}" (${kpi.type}) added`,
  });
}
