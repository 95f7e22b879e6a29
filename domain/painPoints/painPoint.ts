/**
 * A pain point: a friction at a touchpoint, with its severity and the
 * evidence for it (verbatims, tickets, reviews). The one declaration of its
 * stored shape.
 */
import * as z from 'zod';
import { deferred } from '../validation/deferred';
import { SEVERITIES } from '../shared/enums';
import { audited, string, stringList } from '../shared/recordFields';

export const painPointRecord = deferred(() =>
  z.object({
    id: string(),
    touchpointId: string(),
    description: string(),
    severity: z.enum(SEVERITIES),
    evidence: stringList(),
    ...audited(),
  }),
);

export type PainPointRecord = z.infer<typeof painPointRecord>;
