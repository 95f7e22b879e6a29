/**
 * A touchpoint: one point of contact between the customer and the company in
 * a stage, with its channel, what the customer does and thinks there, and the
 * emotion felt (−2…+2). The one declaration of its stored shape.
 */
import * as z from 'zod';
import { deferred } from '../validation/deferred';
import { CHANNELS, CHANNEL_MODES } from '../shared/enums';
import { audited, list, nullable } from '../shared/recordFields';

export const touchpointRecord = deferred(() =>
  z.object({
    id: z.string(),
    stageId: z.string(),
    name: z.string(),
    description: nullable(z.string()),
    channel: z.enum(CHANNELS),
    mode: z.enum(CHANNEL_MODES),
    actions: list(z.string()),
    thoughts: list(z.string()),
    emotionScore: nullable(z.number().int()),
    isMomentOfTruth: z.boolean(),
    ownerTeam: nullable(z.string()),
    /** How long the customer typically spends here, in minutes. */
    durationMinutes: nullable(z.number().int()),
    /** Fractional order key among the stage's touchpoints (domain/ordering). */
    orderKey: z.string(),
    ...audited(),
  }),
);

export type TouchpointRecord = z.infer<typeof touchpointRecord>;
