/**
 * A persona: a semi-fictional customer profile a journey follows (DOMAIN.md,
 * "Personas"). The one declaration of its stored shape.
 */
import * as z from 'zod';
import { deferred } from '../validation/deferred';
import { CHANNELS } from '../shared/enums';
import { audited, list, nullable } from '../shared/recordFields';

export const personaRecord = deferred(() =>
  z.object({
    id: z.string(),
    name: z.string(),
    description: nullable(z.string()),
    jobTitle: nullable(z.string()),
    age: nullable(z.number().int()),
    segment: nullable(z.string()),
    goals: list(z.string()),
    frustrations: list(z.string()),
    preferredChannels: list(z.enum(CHANNELS)),
    decisionProcess: nullable(z.string()),
    quote: nullable(z.string()),
    dataSources: list(z.string()),
    ...audited(),
  }),
);

export type PersonaRecord = z.infer<typeof personaRecord>;
