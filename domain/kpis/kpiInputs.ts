import * as z from 'zod';
import { partTarget } from '../parts/partInputs';
import { KPI_DIRECTIONS, KPI_TYPES } from '../shared/enums';
import * as field from '../validation/fields';
import { LIMITS } from '../validation/limits';
import { deferred } from '../validation/deferred';
import { storableText } from '../validation/storable';

/** A measurement's id in its source (a survey tool's response id): one line of 1–200 characters. */
export const externalId = () =>
  storableText(z.string().trim(), { lineBreaks: false })
    .min(1, 'must not be empty')
    .max(LIMITS.shortTextLength, `must be at most ${LIMITS.shortTextLength} characters`);

const optionalMeasure = () =>
  field
    .measure()
    .nullish()
    .transform((v) => v ?? null);

export const addKpiInput = deferred(() =>
  z.object({
    mapId: field.id(),
    stageId: field.id(),
    id: field.id().nullish(),
    name: field.name(),
    type: z.enum(KPI_TYPES),
    unit: field.optionalText(LIMITS.unitLength),
    direction: z
      .enum(KPI_DIRECTIONS)
      .nullish()
      .transform((v) => v ?? null),
    baseline: optionalMeasure(),
    target: optionalMeasure(),
    current: optionalMeasure(),
    measuredAt: field.instant().nullish(),
    source: field.optionalText(LIMITS.shortTextLength),
  }),
);

export const updateKpiInput = deferred(() =>
  partTarget('kpi').extend({
    name: field.name().optional(),
    type: z.enum(KPI_TYPES).optional(),
    unit: field.patchText(LIMITS.unitLength),
    direction: z.enum(KPI_DIRECTIONS).nullable().optional(),
    baseline: field.measure().nullable().optional(),
    target: field.measure().nullable().optional(),
  }),
);

export const removeKpiInput = deferred(() => partTarget('kpi'));

export const recordKpiMeasurementInput = deferred(() =>
  z.object({
    mapId: field.id(),
    kpiId: field.id(),
    value: field.measure(),
    measuredAt: field.instant().nullish(),
    source: field.optionalText(LIMITS.shortTextLength),
  }),
);

export const recordKpiMeasurementsInput = deferred(() =>
  z.object({
    mapId: field.id(),
    measurements: z
      .array(
        z.object({
          kpiId: field.id(),
          value: field.measure(),
          measuredAt: field.instant().nullish(),
          source: field.optionalText(LIMITS.shortTextLength),
          externalId: externalId()
            .nullish()
            .transform((v) => v ?? null),
        }),
      )
      .min(1, 'must hold at least one measurement')
      .max(
        LIMITS.measurementsPerRequest,
        `must hold at most ${LIMITS.measurementsPerRequest} measurements`,
      )
      .refine(
        (list) => new Set(list.map((m) => m.kpiId)).size <= LIMITS.kpisPerMeasurementRequest,
        `must measure at most ${LIMITS.kpisPerMeasurementRequest} different KPIs (send the rest in another request)`,
      ),
  }),
);
