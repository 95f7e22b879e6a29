/**
 * An improvement of a map's backlog. Its quadrant and priority score are
 * derived from impact and effort (priority.ts); its links point at parts of
 * the same map and are cleared when those parts are removed. The one
 * declaration of its stored shape.
 */
import * as z from 'zod';
import { deferred } from '../validation/deferred';
import { IMPROVEMENT_STATUSES } from '../shared/enums';
import { audited, list, nullable } from '../shared/recordFields';

export const improvementRecord = deferred(() =>
  z.object({
    /** `<mapId>:<ulid>`: the map is part of the id, so an update needs no lookup. */
    id: z.string(),
    mapId: z.string(),
    title: z.string(),
    description: nullable(z.string()),
    impact: z.number().int(),
    effort: z.number().int(),
    status: z.enum(IMPROVEMENT_STATUSES),
    owner: nullable(z.string()),
    /** A calendar date, `YYYY-MM-DD`. */
    dueDate: nullable(z.string()),
    tags: list(z.string()),
    stageId: nullable(z.string()),
    touchpointIds: list(z.string()),
    painPointIds: list(z.string()),
    kpiId: nullable(z.string()),
    /** When the improvement last became DONE; null unless DONE. */
    completedAt: nullable(z.string()),
    ...audited(),
  }),
);

export type ImprovementRecord = z.infer<typeof improvementRecord>;
