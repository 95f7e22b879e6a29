import * as z from 'zod';
import { isRealDay } from '../shared/calendar';
import { IMPROVEMENT_STATUSES, QUADRANTS } from '../shared/enums';
import { IMPROVEMENT_ID_PATTERN } from './improvementIds';
import * as field from '../validation/fields';
import { LIMITS } from '../validation/limits';
import { deferred } from '../validation/deferred';

const scale = () =>
  z
    .number()
    .int('must be an integer')
    .min(1, 'must be between 1 and 5')
    .max(5, 'must be between 1 and 5');

export const improvementId = () =>
  z.string().regex(IMPROVEMENT_ID_PATTERN, 'must be an improvement id (<mapId>:<ulid>)');

const links = () =>
  field.distinct(
    z
      .array(field.id())
      .max(LIMITS.improvementLinks, `must have at most ${LIMITS.improvementLinks} items`),
  );

const calendarDate = () =>
  z
    .string()
    .refine(
      (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isRealDay(v),
      'must be a real date, YYYY-MM-DD',
    );

export const createImprovementInput = deferred(() =>
  z
    .object({
      mapId: field.id(),
      id: improvementId().nullish(),
      title: field.name(),
      description: field.optionalText(),
      impact: scale(),
      effort: scale(),
      status: z
        .enum(IMPROVEMENT_STATUSES)
        .nullish()
        .transform((v) => v ?? 'IDEA'),
      owner: field.optionalText(LIMITS.shortTextLength),
      dueDate: calendarDate()
        .nullish()
        .transform((v) => v ?? null),
      tags: field.optionalStringList(),
      stageId: field
        .id()
        .nullish()
        .transform((v) => v ?? null),
      touchpointIds: links()
        .nullish()
        .transform((v) => v ?? []),
      painPointIds: links()
        .nullish()
        .transform((v) => v ?? []),
      kpiId: field
        .id()
        .nullish()
        .transform((v) => v ?? null),
    })
    .refine((input) => !input.id || input.id.startsWith(`${input.mapId}:`), {
      path: ['id'],
      message: 'must belong to the map given as mapId',
    }),
);

export const updateImprovementInput = deferred(() =>
  z.object({
    id: improvementId(),
    expectedRevision: field.revision().nullish(),
    title: field.name().optional(),
    description: field.patchText(),
    impact: scale().optional(),
    effort: scale().optional(),
    status: z.enum(IMPROVEMENT_STATUSES).optional(),
    owner: field.patchText(LIMITS.shortTextLength),
    dueDate: calendarDate().nullable().optional(),
    tags: field.stringList().optional(),
    stageId: field.id().nullable().optional(),
    touchpointIds: links().optional(),
    painPointIds: links().optional(),
    kpiId: field.id().nullable().optional(),
  }),
);

export const deleteImprovementInput = deferred(() =>
  z.object({
    id: improvementId(),
    expectedRevision: field.revision().nullish(),
  }),
);

export const improvementFilterInput = deferred(() =>
  z
    .object({
      mapId: field.id().nullish(),
      quadrant: z.enum(QUADRANTS).nullish(),
      status: z.enum(IMPROVEMENT_STATUSES).nullish(),
      stageId: field.id().nullish(),
    })
    .nullish()
    .transform((f) => ({
      mapId: f?.mapId ?? null,
      quadrant: f?.quadrant ?? null,
      status: f?.status ?? null,
      stageId: f?.stageId ?? null,
    })),
);
