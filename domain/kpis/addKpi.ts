import { partAddition } from '../parts/addPart';
import { addKpiInput } from './kpiInputs';

/** Adds a KPI to a stage: one write. A `current` value becomes the first measurement. */
export const addKpi = partAddition('kpi', addKpiInput, {
  fields: ({ current, measuredAt, source, ...kpi }, ctx) => ({
    ...kpi,
    history:
      current === null
        ? []
        : [{ value: current, measuredAt: measuredAt ?? ctx.clock.now().toISOString(), source }],
  }),
  summary: (kpi) => `KPI "${kpi.name}" (${kpi.type}) added`,
});
