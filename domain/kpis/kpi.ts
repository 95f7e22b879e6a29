/**
 * A KPI of a stage (NPS, CSAT, conversion rate…): a baseline, a target and
 * the measurements recorded over time. The one declaration of its stored
 * shape; `current`, `direction` and `targetReached` are derived
 * (kpiDirection.ts).
 */
import * as z from 'zod';
import { deferred } from '../validation/deferred';
import { KPI_DIRECTIONS, KPI_TYPES } from '../shared/enums';
import { audited, list, nullable, nullableString, string } from '../shared/recordFields';

export const kpiMeasurement = deferred(() =>
  z.object({
    value: z.number(),
    measuredAt: string(),
    source: nullableString(),
    /**
     * The source's id for it (a survey batch, a report run): a KPI records it
     * once (recordKpiMeasurements). Absent on measurements that have none.
     */
    externalId: z.string().optional(),
  }),
);

export type KpiMeasurement = z.infer<typeof kpiMeasurement>;

export const kpiRecord = deferred(() =>
  z.object({
    id: string(),
    stageId: string(),
    name: string(),
    type: z.enum(KPI_TYPES),
    unit: nullableString(),
    /** Explicit direction; null means "derive it" (kpiDirection.ts). */
    direction: nullable(z.enum(KPI_DIRECTIONS)),
    baseline: nullable(z.number()),
    target: nullable(z.number()),
    /** In the order recorded; views sort by measuredAt. */
    history: list(kpiMeasurement),
    ...audited(),
  }),
);

export type KpiRecord = z.infer<typeof kpiRecord>;
