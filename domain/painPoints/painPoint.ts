/**
 * A pain point: a friction at a touchpoint, with its severity and the
 * evidence for it (verbatims, tickets, reviews). The one declaration of its
 * stored shape.
 */
import * as z from 'zod';
import { deferred } from '../validation/deferred';
import { SEVERITIES } from '../shared/enums';
import { audited, list } from '../shared/recordFields';

export const painPointRecord = deferred(() =>
  z.object({
    id: z.string(),
    touchpointId: z.string(),
    description: z.string(),
    severity: z.enum(SEVERITIES),
    evidence: list(z.string()),
    ...audited(),
  }),
);

export type PainPointRecord = z.infer<typeof painPointRecord>;
