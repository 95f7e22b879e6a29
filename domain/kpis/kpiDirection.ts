/**
 * Which way a KPI improves, and whether its target is reached. An explicit
 * direction wins; else a baseline and a target tell (50 → 35 is a decrease);
 * else the KPI type does (churn falls, NPS rises).
 */
import type { KpiDirection, KpiType } from '../shared/enums';
import type { KpiMeasurement, KpiRecord } from './kpi';

const LOWER_IS_BETTER: ReadonlySet<KpiType> = new Set<KpiType>([
  'CART_ABANDONMENT_RATE',
  'CHURN_RATE',
  'ACQUISITION_COST',
  'RESOLUTION_TIME',
  'RESPONSE_TIME',
]);

export function kpiDirection(
  kpi: Pick<KpiRecord, 'direction' | 'baseline' | 'target' | 'type'>,
): KpiDirection {
  if (kpi.direction) return kpi.direction;
  if (kpi.baseline !== null && kpi.target !== null && kpi.baseline !== kpi.target) {
    return kpi.target > kpi.baseline ? 'HIGHER_IS_BETTER' : 'LOWER_IS_BETTER';
  }
  return LOWER_IS_BETTER.has(kpi.type) ? 'LOWER_IS_BETTER' : 'HIGHER_IS_BETTER';
}

/** Measurements oldest first; equal instants keep the order they were recorded in. */
export function sortedHistory(history: readonly KpiMeasurement[]): KpiMeasurement[] {
  return history
    .map((m, index) => ({ m, index }))
    .sort((a, b) =>
      a.m.measuredAt === b.m.measuredAt
        ? a.index - b.index
        : a.m.measuredAt < b.m.measuredAt
          ? -1
          : 1,
    )
    .map(({ m }) => m);
}

/** The latest measurement by measuredAt, or null. */
export function latestMeasurement(history: readonly KpiMeasurement[]): KpiMeasurement | null {
  return sortedHistory(history).at(-1) ?? null;
}

export function targetReached(
  direction: KpiDirection,
  current: number | null,
  target: number | null,
): boolean | null {
  if (current === null || target === null) return null;
  return direction === 'HIGHER_IS_BETTER' ? current >= target : current <= target;
}
