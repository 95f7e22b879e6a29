import * as z from 'zod';
import { MAP_STATES, MAP_STATUSES, MAP_TEMPLATES, TEMPLATE_LANGUAGES } from '../shared/enums';
import * as field from '../validation/fields';
import { LIMITS } from '../validation/limits';
import { deferred } from '../validation/deferred';

const scope = () =>
  z.object({
    objective: field.optionalText(),
    perimeter: field.optionalText(),
    segment: field.optionalText(),
    horizon: field.optionalText(LIMITS.shortTextLength),
    stakeholders: field.optionalStringList(),
  });

const emptyScope = {
  objective: null,
  perimeter: null,
  segment: null,
  horizon: null,
  stakeholders: [],
};

const personaIds = () =>
  field.distinct(
    z
      .array(field.id())
      .max(LIMITS.personasPerMap, `must have at most ${LIMITS.personasPerMap} personas`),
  );

export const createJourneyMapInput = deferred(() =>
  z.object({
    id: field.id().nullish(),
    title: field.name(),
    description: field.optionalText(),
    state: z
      .enum(MAP_STATES)
      .nullish()
      .transform((v) => v ?? 'CURRENT'),
    status: z
      .enum(MAP_STATUSES)
      .nullish()
      .transform((v) => v ?? 'DRAFT'),
    scope: scope()
      .nullish()
      .transform((v) => v ?? emptyScope),
    owner: field.optionalText(LIMITS.shortTextLength),
    tags: field.optionalStringList(),
    personaIds: personaIds()
      .nullish()
      .transform((v) => v ?? []),
    reviewCadenceDays: field
      .reviewCadenceDays()
      .nullish()
      .transform((v) => v ?? 90),
    template: z
      .enum(MAP_TEMPLATES)
      .nullish()
      .transform((v) => v ?? 'BLANK'),
    templateLanguage: z
      .enum(TEMPLATE_LANGUAGES)
      .nullish()
      .transform((v) => v ?? 'EN'),
  }),
);

export const updateJourneyMapInput = deferred(() =>
  z.object({
    id: field.id(),
    expectedRevision: field.revision().nullish(),
    title: field.name().optional(),
    description: field.patchText(),
    state: z.enum(MAP_STATES).optional(),
    status: z.enum(MAP_STATUSES).optional(),
    scope: scope()
      .nullable()
      .optional()
      .transform((v) => (v === null ? emptyScope : v)),
    owner: field.patchText(LIMITS.shortTextLength),
    tags: field.stringList().optional(),
    personaIds: personaIds().optional(),
    reviewCadenceDays: field.reviewCadenceDays().optional(),
    lastReviewedAt: field.instant().nullable().optional(),
  }),
);

export const deleteJourneyMapInput = deferred(() =>
  z.object({
    id: field.id(),
    expectedRevision: field.revision().nullish(),
  }),
);

export const journeyMapFilterInput = deferred(() =>
  z
    .object({
      status: z.enum(MAP_STATUSES).nullish(),
      state: z.enum(MAP_STATES).nullish(),
      personaId: field.id().nullish(),
      tag: field.listItem().nullish(),
      reviewDueBefore: field.instant().nullish(),
    })
    .nullish()
    .transform((f) => ({
      status: f?.status ?? null,
      state: f?.state ?? null,
      personaId: f?.personaId ?? null,
      tag: f?.tag ?? null,
      reviewDueBefore: f?.reviewDueBefore ?? null,
    })),
);
