/**
 * The journey map exchange format, version 1: one JSON document holding a
 * whole map (scope, personas, stages with their touchpoints, pain points and
 * KPIs with their history, the backlog with its links). `exportJourneyMap`
 * writes it and `importJourneyMap` reads it. This zod declaration is the one
 * source of the format: import validation uses it, and the JSON Schema in
 * `schema/export/journey-map.schema.json` is generated from it
 * (`npm run export-schema`; a test fails when the file is stale).
 *
 * Parts nest under their parent (a touchpoint under its stage), in order.
 * `id`s are optional: on import they only link improvements to parts (and a
 * persona to an existing one); any short string will do (`"tp-1"`), unless
 * the import keeps them (`keepIds`), which needs the ULIDs an export has.
 * Timestamps are optional (the import's time when absent); revisions and
 * derived values (colours, quadrants, positions) are not part of it.
 */
import * as z from 'zod';
import {
  CHANNELS,
  CHANNEL_MODES,
  IMPROVEMENT_STATUSES,
  KPI_DIRECTIONS,
  KPI_TYPES,
  MAP_STATES,
  MAP_STATUSES,
  SEVERITIES,
} from '../shared/enums';
import { isRealDay } from '../shared/calendar';
import { externalId } from '../kpis/kpiInputs';
import * as field from '../validation/fields';
import { LIMITS } from '../validation/limits';
import { deferred } from '../validation/deferred';

export const FORMAT_VERSION = 1;

/** A reference an improvement may link to: an export's ULID, or any short name in a hand-made file. */
const ref = () =>
  z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,80}$/, 'must be 1-80 letters, digits, or _ . : -')
    .meta({
      description:
        'Its id: a ULID in an export; any 1–80 of A–Z a–z 0–9 _ . : - in a file made by hand.',
    });

const instant = (description: string) => field.instant().meta({ description, format: 'date-time' });

const optionalInstant = (description: string) =>
  field
    .instant()
    .nullish()
    .transform((v) => v ?? null)
    .meta({ description, format: 'date-time' });

const stamps = () => ({
  createdAt: optionalInstant('When it was created (default: the import).').optional(),
  updatedAt: optionalInstant('When it last changed (default: the import).').optional(),
});

const nullish = <S extends z.ZodType>(schema: S, description: string) =>
  schema
    .nullish()
    .transform((v) => v ?? null)
    .meta({ description });

/** A list that may be absent or null (empty). */
const listOf = <S extends z.ZodType<unknown[]>>(schema: S, description: string) =>
  schema
    .nullish()
    .transform((v) => v ?? [])
    .meta({ description });

const scale = (what: string) =>
  z
    .number()
    .int('must be an integer')
    .min(1, 'must be between 1 and 5')
    .max(5, 'must be between 1 and 5')
    .meta({ description: `${what}, 1–5.` });

const links = (what: string) =>
  field
    .distinct(
      z
        .array(ref())
        .max(LIMITS.improvementLinks, `must have at most ${LIMITS.improvementLinks} items`),
    )
    .nullish()
    .transform((v) => v ?? [])
    .meta({
      description: `The ids of the ${what} it addresses (at most ${LIMITS.improvementLinks}).`,
    });

const persona = () =>
  z
    .strictObject({
      id: ref().optional(),
      name: field.name().meta({ description: 'Name, 1–200 characters.' }),
      description: field.optionalText(),
      jobTitle: field.optionalText(LIMITS.shortTextLength),
      age: nullish(field.age(), 'Age, 0–130.'),
      segment: field.optionalText(LIMITS.shortTextLength),
      goals: field.optionalStringList(),
      frustrations: field.optionalStringList(),
      preferredChannels: listOf(
        field.distinct(z.array(z.enum(CHANNELS)).max(CHANNELS.length)),
        'Channels it prefers.',
      ),
      decisionProcess: field.optionalText(),
      quote: field.optionalText(),
      dataSources: field.optionalStringList(),
      ...stamps(),
    })
    .meta({
      description:
        'A persona the map follows. On import, a persona whose id exists in the workspace is linked as it is; any other is created.',
    });

const painPoint = () =>
  z
    .strictObject({
      id: ref().optional(),
      description: field
        .text()
        .min(1, 'must not be empty')
        .meta({ description: 'The friction, 1–5,000 characters.' }),
      severity: z
        .enum(SEVERITIES)
        .nullish()
        .transform((v) => v ?? 'MEDIUM')
        .meta({ description: 'Default MEDIUM.' }),
      evidence: field.optionalStringList(),
      ...stamps(),
    })
    .meta({ description: 'A pain point of the touchpoint.' });

const touchpoint = () =>
  z
    .strictObject({
      id: ref().optional(),
      name: field.name(),
      description: field.optionalText(),
      channel: z.enum(CHANNELS),
      mode: nullish(z.enum(CHANNEL_MODES), "Online or offline; default: the channel's."),
      actions: field.optionalStringList(),
      thoughts: field.optionalStringList(),
      emotionScore: nullish(field.emotionScore(), 'The emotion felt, −2…+2.'),
      isMomentOfTruth: z
        .boolean()
        .nullish()
        .transform((v) => v ?? false),
      ownerTeam: field.optionalText(LIMITS.shortTextLength),
      durationMinutes: nullish(
        z.number().int().min(0).max(LIMITS.durationMinutesMax),
        `Minutes, 0–${LIMITS.durationMinutesMax}.`,
      ),
      painPoints: listOf(z.array(painPoint()), 'Its pain points, oldest first.'),
      ...stamps(),
    })
    .meta({ description: 'A touchpoint of the stage, in order.' });

const measurement = () =>
  z
    .strictObject({
      value: field.measure(),
      measuredAt: instant('When it was measured.'),
      source: field.optionalText(LIMITS.shortTextLength),
      externalId: nullish(externalId(), "The source's own id for it."),
    })
    .meta({ description: 'One measurement.' });

const kpi = () =>
  z
    .strictObject({
      id: ref().optional(),
      name: field.name(),
      type: z.enum(KPI_TYPES),
      unit: field.optionalText(LIMITS.unitLength),
      direction: nullish(z.enum(KPI_DIRECTIONS), 'Which way it improves; derived when absent.'),
      baseline: nullish(field.measure(), 'The value when tracking started.'),
      target: nullish(field.measure(), 'The value to reach.'),
      history: listOf(
        z
          .array(measurement())
          .max(LIMITS.kpiHistoryMax, `must have at most ${LIMITS.kpiHistoryMax} measurements`),
        `Its measurements (at most ${LIMITS.kpiHistoryMax}), oldest first.`,
      ),
      ...stamps(),
    })
    .meta({ description: 'A KPI measured for the stage.' });

const stage = () =>
  z
    .strictObject({
      id: ref().optional(),
      name: field.name(),
      description: field.optionalText(),
      customerGoal: field.optionalText(),
      owner: field.optionalText(LIMITS.shortTextLength),
      touchpoints: listOf(z.array(touchpoint()), 'Its touchpoints, in order.'),
      kpis: listOf(z.array(kpi()), 'Its KPIs, oldest first.'),
      ...stamps(),
    })
    .meta({ description: 'A stage of the journey, in order.' });

const calendarDate = () =>
  z
    .string()
    .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isRealDay(v), 'must be a real date, YYYY-MM-DD')
    .meta({ format: 'date' });

const improvement = () =>
  z
    .strictObject({
      id: ref().optional(),
      title: field.name(),
      description: field.optionalText(),
      impact: scale('Impact'),
      effort: scale('Effort'),
      status: z
        .enum(IMPROVEMENT_STATUSES)
        .nullish()
        .transform((v) => v ?? 'IDEA')
        .meta({ description: 'Default IDEA.' }),
      owner: field.optionalText(LIMITS.shortTextLength),
      dueDate: nullish(calendarDate(), 'A calendar date, YYYY-MM-DD.'),
      tags: field.optionalStringList(),
      stageId: nullish(ref(), 'The id of the stage it addresses.'),
      touchpointIds: links('touchpoints'),
      painPointIds: links('pain points'),
      kpiId: nullish(ref(), 'The id of the KPI it is meant to move.'),
      completedAt: optionalInstant('When it became DONE (DONE only).').optional(),
      ...stamps(),
    })
    .meta({ description: 'An improvement of the backlog, with its links.' });

const scope = () =>
  z
    .strictObject({
      objective: field.optionalText(),
      perimeter: field.optionalText(),
      segment: field.optionalText(),
      horizon: field.optionalText(LIMITS.shortTextLength),
      stakeholders: field.optionalStringList(),
    })
    .meta({ description: 'What the map covers.' });

const map = () =>
  z
    .strictObject({
      id: ref().optional(),
      title: field.name(),
      description: field.optionalText(),
      state: z
        .enum(MAP_STATES)
        .nullish()
        .transform((v) => v ?? 'CURRENT')
        .meta({ description: 'Default CURRENT.' }),
      status: z
        .enum(MAP_STATUSES)
        .nullish()
        .transform((v) => v ?? 'DRAFT')
        .meta({ description: 'Default DRAFT.' }),
      scope: nullish(scope(), 'What the map covers.'),
      owner: field.optionalText(LIMITS.shortTextLength),
      tags: field.optionalStringList(),
      reviewCadenceDays: field
        .reviewCadenceDays()
        .nullish()
        .transform((v) => v ?? 90)
        .meta({ description: 'Days between reviews, 1–730; default 90.' }),
      lastReviewedAt: optionalInstant('When it was last reviewed.').optional(),
      personas: listOf(
        z
          .array(persona())
          .max(LIMITS.personasPerMap, `must have at most ${LIMITS.personasPerMap} personas`),
        `The personas it follows (at most ${LIMITS.personasPerMap}).`,
      ),
      stages: z.array(stage()).meta({ description: 'Its stages, in order.' }),
      improvements: listOf(z.array(improvement()), 'Its backlog.'),
      ...stamps(),
    })
    .meta({ description: 'The map, whole.' });

/** Builds the document's schema (deferred: only imports need it). */
export const buildJourneyMapDocument = () =>
  z
    .strictObject({
      $schema: z
        .string()
        .optional()
        .meta({ description: 'Where this schema is, for editors; ignored.' }),
      formatVersion: z
        .literal(FORMAT_VERSION, { error: `must be ${FORMAT_VERSION}: the format this API reads` })
        .meta({ description: 'The version of this format: 1.' }),
      exportedAt: optionalInstant('When it was exported.').optional(),
      source: z
        .strictObject({
          mapId: z.string().meta({ description: 'The exported map.' }),
          version: z
            .number()
            .int()
            .nullable()
            .meta({ description: 'The published version exported; null for the draft.' }),
        })
        .optional()
        .meta({ description: 'What was exported (informative; ignored on import).' }),
      map: map(),
    })
    .meta({
      title: 'Journey map',
      description:
        'A whole customer journey map, as exportJourneyMap writes it and importJourneyMap reads it (format version 1).',
    });

export const journeyMapDocument = deferred(buildJourneyMapDocument);

/** A document as the import reads it (defaults applied). */
export type JourneyMapDocument = z.output<ReturnType<typeof buildJourneyMapDocument>>;
/** A document as written (what an export produces). */
export type JourneyMapDocumentInput = z.input<ReturnType<typeof buildJourneyMapDocument>>;
