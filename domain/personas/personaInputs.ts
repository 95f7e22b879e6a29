import * as z from 'zod';
import { CHANNELS } from '../shared/enums';
import * as field from '../validation/fields';
import { LIMITS } from '../validation/limits';
import { deferred } from '../validation/deferred';

const channels = () => field.distinct(z.array(z.enum(CHANNELS)).max(CHANNELS.length));

export const createPersonaInput = deferred(() =>
  z.object({
    id: field.id().nullish(),
    name: field.name(),
    description: field.optionalText(),
    jobTitle: field.optionalText(LIMITS.shortTextLength),
    age: field
      .age()
      .nullish()
      .transform((v) => v ?? null),
    segment: field.optionalText(LIMITS.shortTextLength),
    goals: field.optionalStringList(),
    frustrations: field.optionalStringList(),
    preferredChannels: channels()
      .nullish()
      .transform((v) => v ?? []),
    decisionProcess: field.optionalText(),
    quote: field.optionalText(),
    dataSources: field.optionalStringList(),
  }),
);

export const updatePersonaInput = deferred(() =>
  z.object({
    id: field.id(),
    expectedRevision: field.revision().nullish(),
    name: field.name().optional(),
    description: field.patchText(),
    jobTitle: field.patchText(LIMITS.shortTextLength),
    age: field.age().nullable().optional(),
    segment: field.patchText(LIMITS.shortTextLength),
    goals: field.stringList().optional(),
    frustrations: field.stringList().optional(),
    preferredChannels: channels().optional(),
    decisionProcess: field.patchText(),
    quote: field.patchText(),
    dataSources: field.stringList().optional(),
  }),
);

export const deletePersonaInput = deferred(() =>
  z.object({
    id: field.id(),
    expectedRevision: field.revision().nullish(),
  }),
);
