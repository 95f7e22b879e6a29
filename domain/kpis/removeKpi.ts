import type { UseCaseContext } from '../context/useCaseContext';
import { removePart } from '../parts/removePart';
import { removeKpiInput } from './kpiInputs';
import { parseInput } from '../validation/parseInput';

/** Removes a KPI and its history; improvements meant to move it lose the link. */
export async function removeKpi(ctx: UseCaseContext, rawInput: unknown): Promise<string> {
  const { mapId, kpiId, expectedRevision } = parseInput(removeKpiInput, rawInput);
  return removePart(ctx, {
    operation: 'removeKpi',
    kind: 'kpi',
    mapId,
    id: kpiId,
    expectedRevision,
    summary: (kpi) => `KPI "${kpi.name}" removed`,
  });
}
