/**
 * A stage: one ordered phase of the journey (discovery, evaluation,
 * purchase…), with the customer's goal and an owner. The one declaration of
 * its stored shape.
 */
import * as z from 'zod';
import { deferred } from '../validation/deferred';
import { audited, nullable } from '../shared/recordFields';

export const stageRecord = deferred(() =>
  z.object({
    id: z.string(),
    name: z.string(),
    description: nullable(z.string()),
    customerGoal: nullable(z.string()),
    owner: nullable(z.string()),
    /** Fractional order key; positions are derived by sorting on it (domain/ordering). */
    orderKey: z.string(),
    ...audited(),
  }),
);

export type StageRecord = z.infer<typeof stageRecord>;
