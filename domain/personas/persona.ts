/**
 * A persona: a semi-fictional customer profile a journey follows (DOMAIN.md,
 * "Personas"). The one declaration of its stored shape.
 */
import * as z from 'zod';
import { deferred } from '../validation/deferred';
import { CHANNELS } from '../shared/enums';
import {
  audited,
  list,
  nullable,
  nullableString,
  string,
  stringList,
} from '../shared/recordFields';

export const personaRecord = deferred(() =>
  z.object({
    id: string(),
    name: string(),
    description: nullableString(),
    jobTitle: nullableString(),
    age: nullable(z.number().int()),
    segment: nullableString(),
    goals: stringList(),
    frustrations: stringList(),
    preferredChannels: list(z.enum(CHANNELS)),
    decisionProcess: nullableString(),
    quote: nullableString(),
    dataSources: stringList(),
    ...audited(),
  }),
);

export type PersonaRecord = z.infer<typeof personaRecord>;
