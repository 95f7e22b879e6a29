import { partUpdate } from '../parts/updatePart';
import { updateKpiInput } from './kpiInputs';

/** Changes a KPI's definition: one blind write (measurements go through recordKpiMeasurement). */
export const updateKpi = partUpdate('kpi', updateKpiInput);
