/**
 * A journey map's own fields (its "header"): title, scope, state, review
 * cycle, linked personas. Its stages, touchpoints, pain points, KPIs and
 * improvements are records of their own (domain/parts/mapParts.ts). The one
 * declaration of the header's stored shape.
 */
import * as z from 'zod';
import { deferred } from '../validation/deferred';
import { MAP_STATES, MAP_STATUSES } from '../shared/enums';
import { audited, nullableString, string, stringList } from '../shared/recordFields';

export const mapScope = deferred(() =>
  z.object({
    objective: nullableString(),
    perimeter: nullableString(),
    segment: nullableString(),
    horizon: nullableString(),
    stakeholders: stringList(),
  }),
);

export type MapScope = z.infer<typeof mapScope>;

export const mapHeaderRecord = deferred(() =>
  z.object({
    id: string(),
    title: string(),
    description: nullableString(),
    state: z.enum(MAP_STATES),
    status: z.enum(MAP_STATUSES),
    scope: mapScope,
    owner: nullableString(),
    tags: stringList(),
    personaIds: stringList(),
    reviewCadenceDays: z.number().int(),
    lastReviewedAt: nullableString(),
    /** Derived from lastReviewedAt (or createdAt) and the cadence; stored so lists can filter on it. */
    nextReviewAt: string(),
    /**
     * Grows by one with every write to the map or any of its parts. Writes that
     * must see a stable map (cascading removals, publishing) condition on it.
     */
    changeSeq: z.number().int(),
    /** The number of the newest published version; 0 before the first. */
    latestVersion: z.number().int(),
    ...audited(),
  }),
);

export type MapHeaderRecord = z.infer<typeof mapHeaderRecord>;

/** The map's own fields a client edits (what a diff compares and a restore sets back). */
export const MAP_EDITABLE_FIELDS = [
  'title',
  'description',
  'state',
  'status',
  'scope',
  'owner',
  'tags',
  'personaIds',
  'reviewCadenceDays',
] as const satisfies readonly (keyof MapHeaderRecord)[];
