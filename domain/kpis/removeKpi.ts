import { partRemoval } from '../parts/removePart';
import { removeKpiInput } from './kpiInputs';

/** Removes a KPI and its history; improvements meant to move it lose the link. */
export const removeKpi = partRemoval('kpi', removeKpiInput, {
  summary: (kpi) => `KPI "${kpi.name}" removed`,
});
