/**
 * Which measurements of a batch are new and which are duplicates, and what
 * to append to each KPI. A measurement is a duplicate when its `externalId`
 * is already in its KPI's history, or earlier in the same batch for the same
 * KPI; a measurement without an `externalId` is always new. Pure: the use
 * case reads the KPIs and writes the appends.
 */
import type { KpiMeasurement, KpiRecord } from './kpi';

export const MEASUREMENT_STATUSES = ['RECORDED', 'DUPLICATE'] as const;
export type MeasurementStatus = (typeof MEASUREMENT_STATUSES)[number];

export interface MeasurementInput {
  kpiId: string;
  value: number;
  measuredAt: string;
  source: string | null;
  externalId: string | null;
}

export interface MeasurementResult {
  kpiId: string;
  externalId: string | null;
  status: MeasurementStatus;
}

export interface KpiAppend {
  kpi: KpiRecord;
  measurements: KpiMeasurement[];
  /** Whether any of them has an externalId: then the append must find the KPI as it was read. */
  deduplicated: boolean;
}

export interface MeasurementPlan {
  /** One per input measurement, in the input's order. */
  results: MeasurementResult[];
  /** One per KPI that gets new measurements, in the order of their first measurement. */
  appends: KpiAppend[];
}

export function planMeasurements(
  kpis: ReadonlyMap<string, KpiRecord>,
  inputs: readonly MeasurementInput[],
): MeasurementPlan {
  const seen = new Map<string, Set<string>>();
  const appends = new Map<string, KpiAppend>();
  const results = inputs.map(({ kpiId, value, measuredAt, source, externalId }) => {
    const kpi = kpis.get(kpiId);
    if (!kpi) throw new Error(`KPI ${kpiId} was not read`);
    let known = seen.get(kpiId);
    if (!known) {
      known = new Set(
        kpi.history.flatMap((m) => (m.externalId === undefined ? [] : [m.externalId])),
      );
      seen.set(kpiId, known);
    }
    if (externalId !== null && known.has(externalId)) {
      return { kpiId, externalId, status: 'DUPLICATE' as const };
    }
    if (externalId !== null) known.add(externalId);
    const append = appends.get(kpiId) ?? { kpi, measurements: [], deduplicated: false };
    append.measurements.push({
      value,
      measuredAt,
      source,
      ...(externalId === null ? {} : { externalId }),
    });
    append.deduplicated ||= externalId !== null;
    appends.set(kpiId, append);
    return { kpiId, externalId, status: 'RECORDED' as const };
  });
  return { results, appends: [...appends.values()] };
}
