/**
 * The domain events the API publishes on its EventBridge bus (source
 * `journey-map-api`): one zod declaration per `detail-type`, which gives the
 * detail's TypeScript type and its JSON Schema (schema/events/*.json,
 * written by `npm run events:schemas`, checked by the unit tests).
 *
 * Every detail carries `eventId` (stable: a redelivered stream record gives
 * the same id, so consumers can drop duplicates), `workspaceId`, `mapId`,
 * `actor` and `at`. Texts stay out but for short names: EventBridge takes at
 * most 256 KB per event, and a description (5,000 characters) or a version's
 * notes are read from the API by id. Changed fields are named, not copied.
 */
import * as z from 'zod';
import { IMPROVEMENT_STATUSES, KPI_DIRECTIONS, KPI_TYPES } from '../shared/enums';
import { CHANGE_KINDS, MAP_ENTITIES } from './mapChange';

/** The `source` of every event. */
export const EVENT_SOURCE = 'journey-map-api';

const instant = () =>
  z.string().describe('An ISO-8601 instant in UTC, e.g. 2025-03-31T09:30:00.000Z');

const actor = z
  .object({
    kind: z
      .enum(['USER', 'API_KEY', 'SYSTEM'])
      .describe(
        'USER (a JWT subject), API_KEY (an integration) or SYSTEM (the API itself, e.g. the review schedule).',
      ),
    id: z.string().describe("The user's id, the API key's id, or the system job's name."),
  })
  .strict()
  .describe('Who made the change.');

const common = {
  eventId: z
    .string()
    .describe(
      'Stable id of this event: a redelivered stream record gives the same id. Deduplicate on it.',
    ),
  workspaceId: z.string().describe('The workspace (tenant) of the map.'),
  mapId: z.string().describe('The journey map.'),
  actor,
  at: instant().describe(
    'When the change happened (for JourneyMapReviewDue: when the reminder was sent).',
  ),
};

export const journeyMapChangedDetail = z
  .object({
    ...common,
    revision: z
      .number()
      .int()
      .describe(
        "The map's change sequence after the change: grows with every change of the map or its parts.",
      ),
    changeId: z
      .string()
      .describe('The change (its history entry id): shared by the events of one mutation.'),
    operation: z.string().describe('The mutation, e.g. updateTouchpoint.'),
    entity: z.enum(MAP_ENTITIES).describe('The type of the entity changed.'),
    entityId: z.string().describe('The id of the entity changed.'),
    change: z.enum(CHANGE_KINDS).describe('What happened to it.'),
    fields: z
      .array(z.string())
      .describe('The fields that changed (UPDATED); empty for CREATED and DELETED.'),
    target: z
      .object({ entity: z.string(), entityId: z.string() })
      .strict()
      .describe('The entity the mutation addressed (differs for parts a removal took with it).'),
    changeCount: z
      .number()
      .int()
      .describe(
        'How many entities the mutation changed in all; past 100 only the first 100 have an event.',
      ),
  })
  .strict()
  .describe(
    'An entity of a journey map was created, updated or deleted: one event per entity a mutation changed.',
  );

export const journeyMapVersionPublishedDetail = z
  .object({
    ...common,
    version: z.number().int().describe('The version number: 1, 2, … without gaps.'),
    label: z.string().describe('Its label, e.g. "v2 2025".'),
    hasNotes: z
      .boolean()
      .describe('Whether it has notes (read them from the API: journeyMap(id, version).'),
  })
  .strict()
  .describe('A version of a map was published.');

export const improvementStatusChangedDetail = z
  .object({
    ...common,
    improvementId: z.string(),
    title: z.string().describe("The improvement's title (at most 200 characters)."),
    before: z.enum(IMPROVEMENT_STATUSES),
    after: z.enum(IMPROVEMENT_STATUSES),
    improvementRevision: z.number().int().describe("The improvement's revision after the change."),
  })
  .strict()
  .describe(
    "An improvement of a map's backlog changed status (IDEA, PLANNED, IN_PROGRESS, DONE, DROPPED).",
  );

export const kpiMeasuredDetail = z
  .object({
    ...common,
    kpiId: z.string(),
    stageId: z.string(),
    name: z.string(),
    type: z.enum(KPI_TYPES),
    unit: z.string().nullable(),
    value: z.number().describe('The value measured.'),
    measuredAt: instant().describe('When it was measured (may be earlier than `at`).'),
    source: z.string().nullable(),
    baseline: z.number().nullable(),
    target: z.number().nullable(),
    direction: z.enum(KPI_DIRECTIONS),
    targetReached: z
      .boolean()
      .nullable()
      .describe(
        'Whether this value reaches the target, in the KPI’s direction; null without a target.',
      ),
    kpiRevision: z.number().int().describe("The KPI's revision after the measurement."),
  })
  .strict()
  .describe('A measurement was recorded on a KPI.');

export const journeyMapReviewDueDetail = z
  .object({
    ...common,
    title: z.string().describe("The map's title."),
    owner: z.string().nullable().describe("The map's CX owner, who leads the review."),
    dueAt: instant().describe('When the review fell due (nextReviewAt).'),
    reviewCadenceDays: z.number().int(),
    reminder: z
      .number()
      .int()
      .describe(
        '0 for the first reminder of this due date; n after n further cadences without a review.',
      ),
  })
  .strict()
  .describe(
    "A map's review is due: once when its review date passes, then once per cadence until it is reviewed.",
  );

/** Each detail-type and the declaration of its detail. */
export const EVENT_DETAILS = {
  JourneyMapChanged: journeyMapChangedDetail,
  JourneyMapVersionPublished: journeyMapVersionPublishedDetail,
  ImprovementStatusChanged: improvementStatusChangedDetail,
  KpiMeasured: kpiMeasuredDetail,
  JourneyMapReviewDue: journeyMapReviewDueDetail,
} as const;

export type DetailType = keyof typeof EVENT_DETAILS;
export const DETAIL_TYPES = Object.keys(EVENT_DETAILS) as DetailType[];

/** One event: its detail-type and its detail. */
export type DomainEvent = {
  [T in DetailType]: { detailType: T; detail: z.infer<(typeof EVENT_DETAILS)[T]> };
}[DetailType];

export type EventActor = z.infer<typeof actor>;

/** The JSON Schema (draft 2020-12) of a detail-type's detail. */
export function detailJsonSchema(detailType: DetailType): Record<string, unknown> {
  return {
    $id: `urn:journey-map-api:event:${detailType}`,
    title: detailType,
    ...z.toJSONSchema(EVENT_DETAILS[detailType]),
  };
}
