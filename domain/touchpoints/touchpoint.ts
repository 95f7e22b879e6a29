/**
 * A touchpoint: one point of contact between the customer and the company in
 * a stage, with its channel, what the customer does and thinks there, and the
 * emotion felt (−2…+2). The one declaration of its stored shape.
 */
import * as z from 'zod';
import { deferred } from '../validation/deferred';
import { CHANNELS, CHANNEL_MODES } from '../shared/enums';
import { audited, nullable, nullableString, string, stringList } from '../shared/recordFields';

export const touchpointRecord = deferred(() =>
  z.object({
    id: string(),
    stageId: string(),
    name: string(),
    description: nullableString(),
    channel: z.enum(CHANNELS),
    mode: z.enum(CHANNEL_MODES),
    actions: stringList(),
    thoughts: stringList(),
    emotionScore: nullable(z.number().int()),
    isMomentOfTruth: z.boolean(),
    ownerTeam: nullableString(),
    /** How long the customer typically spends here, in minutes. */
    durationMinutes: nullable(z.number().int()),
    /** Fractional order key among the stage's touchpoints (domain/ordering). */
    orderKey: string(),
    ...audited(),
  }),
);

export type TouchpointRecord = z.infer<typeof touchpointRecord>;
