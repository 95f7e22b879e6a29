import * as z from 'zod';
import { MAP_STATES, MAP_STATUSES, MAP_TEMPLATES, TEMPLATE_LANGUAGES } from '../shared/enums';
import {
  distinct,
  id,
  instant,
  name,
  optionalStringList,
  optionalText,
  patchText,
  reviewCadenceDays,
  revision,
  stringList,
} from '../validation/fields';
import { LIMITS } from '../validation/limits';

const scope = () =>
  z.object({
    objective: optionalText(),
    perimeter: optionalText(),
    segment: optionalText(),
    horizon: optionalText(LIMITS.shortTextLength),
    stakeholders: optionalStringList(),
  });

const emptyScope = {
  objective: null,
  perimeter: null,
  segment: null,
  horizon: null,
  stakeholders: [],
};

const personaIds = () =>
  distinct(
    z.array(id()).max(LIMITS.personasPerMap, `must have at most ${LIMITS.personasPerMap} personas`),
  );

export const createJourneyMapInput = z.object({
  id: id().nullish(),
  title: name(),
  description: optionalText(),
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
  owner: optionalText(LIMITS.shortTextLength),
  tags: optionalStringList(),
  personaIds: personaIds()
    .nullish()
    .transform((v) => v ?? []),
  reviewCadenceDays: reviewCadenceDays()
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
});

export const updateJourneyMapInput = z.object({
  id: id(),
  expectedRevision: revision().nullish(),
  title: name().optional(),
  description: patchText(),
  state: z.enum(MAP_STATES).optional(),
  status: z.enum(MAP_STATUSES).optional(),
  scope: scope()
    .nullable()
    .optional()
    .transform((v) => (v === null ? emptyScope : v)),
  owner: patchText(LIMITS.shortTextLength),
  tags: stringList().optional(),
  personaIds: personaIds().optional(),
  reviewCadenceDays: reviewCadenceDays().optional(),
  lastReviewedAt: instant().nullable().optional(),
});

export const deleteJourneyMapInput = z.object({ id: id(), expectedRevision: revision().nullish() });

export const journeyMapFilterInput = z
  .object({
    status: z.enum(MAP_STATUSES).nullish(),
    state: z.enum(MAP_STATES).nullish(),
    personaId: id().nullish(),
    tag: z.string().trim().min(1).max(LIMITS.listItemLength).nullish(),
    reviewDueBefore: instant().nullish(),
  })
  .nullish()
  .transform((f) => ({
    status: f?.status ?? null,
    state: f?.state ?? null,
    personaId: f?.personaId ?? null,
    tag: f?.tag ?? null,
    reviewDueBefore: f?.reviewDueBefore ?? null,
  }));
