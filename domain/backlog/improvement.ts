/**
 * An improvement of a map's backlog. Its quadrant and priority score are
 * derived from impact and effort (priority.ts); its links point at parts of
 * the same map and are cleared when those parts are removed. The one
 * declaration of its stored shape.
 */
import * as z from 'zod';
import { deferred } from '../validation/deferred';
import { IMPROVEMENT_STATUSES } from '../shared/enums';
import { audited, nullableString, string, stringList } from '../shared/recordFields';

export const improvementRecord = deferred(() =>
  z.object({
    /** `<mapId>:<ulid>`: the map is part of the id, so an update needs no lookup. */
    id: string(),
    mapId: string(),
    title: string(),
    description: nullableString(),
    impact: z.number().int(),
    effort: z.number().int(),
    status: z.enum(IMPROVEMENT_STATUSES),
    owner: nullableString(),
    /** A calendar date, `YYYY-MM-DD`. */
    dueDate: nullableString(),
    tags: stringList(),
    stageId: nullableString(),
    touchpointIds: stringList(),
    painPointIds: stringList(),
    kpiId: nullableString(),
    /** When the improvement last became DONE; null unless DONE. */
    completedAt: nullableString(),
    ...audited(),
  }),
);

export type ImprovementRecord = z.infer<typeof improvementRecord>;
