/**
 * A stage: one ordered phase of the journey (discovery, evaluation,
 * purchase…), with the customer's goal and an owner. The one declaration of
 * its stored shape.
 */
import * as z from 'zod';
import { deferred } from '../validation/deferred';
import { audited, nullableString, string } from '../shared/recordFields';

export const stageRecord = deferred(() =>
  z.object({
    id: string(),
    name: string(),
    description: nullableString(),
    customerGoal: nullableString(),
    owner: nullableString(),
    /** Fractional order key; positions are derived by sorting on it (domain/ordering). */
    orderKey: string(),
    ...audited(),
  }),
);

export type StageRecord = z.infer<typeof stageRecord>;
