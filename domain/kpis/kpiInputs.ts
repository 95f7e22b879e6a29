import * as z from 'zod';
import { KPI_DIRECTIONS, KPI_TYPES } from '../shared/enums';
import {
  id,
  instant,
  measure,
  name,
  optionalText,
  patchText,
  revision,
} from '../validation/fields';
import { LIMITS } from '../validation/limits';

const optionalMeasure = () =>
  measure()
    .nullish()
    .transform((v) => v ?? null);

export const addKpiInput = z.object({
  mapId: id(),
  stageId: id(),
  id: id().nullish(),
  name: name(),
  type: z.enum(KPI_TYPES),
  unit: optionalText(LIMITS.unitLength),
  direction: z
    .enum(KPI_DIRECTIONS)
    .nullish()
    .transform((v) => v ?? null),
  baseline: optionalMeasure(),
  target: optionalMeasure(),
  current: optionalMeasure(),
  measuredAt: instant().nullish(),
  source: optionalText(LIMITS.shortTextLength),
});

export const updateKpiInput = z.object({
  mapId: id(),
  kpiId: id(),
  expectedRevision: revision().nullish(),
  name: name().optional(),
  type: z.enum(KPI_TYPES).optional(),
  unit: patchText(LIMITS.unitLength),
  direction: z.enum(KPI_DIRECTIONS).nullable().optional(),
  baseline: measure().nullable().optional(),
  target: measure().nullable().optional(),
});

export const removeKpiInput = z.object({
  mapId: id(),
  kpiId: id(),
  expectedRevision: revision().nullish(),
});

export const recordKpiMeasurementInput = z.object({
  mapId: id(),
  kpiId: id(),
  value: measure(),
  measuredAt: instant().nullish(),
  source: optionalText(LIMITS.shortTextLength),
});
