import * as z from 'zod';
import { CHANNELS } from '../shared/enums';
import {
  age,
  distinct,
  id,
  name,
  optionalStringList,
  optionalText,
  patchText,
  revision,
  stringList,
} from '../validation/fields';
import { LIMITS } from '../validation/limits';

const channels = () => distinct(z.array(z.enum(CHANNELS)).max(CHANNELS.length));

export const createPersonaInput = z.object({
  id: id().nullish(),
  name: name(),
  description: optionalText(),
  jobTitle: optionalText(LIMITS.shortTextLength),
  age: age()
    .nullish()
    .transform((v) => v ?? null),
  segment: optionalText(LIMITS.shortTextLength),
  goals: optionalStringList(),
  frustrations: optionalStringList(),
  preferredChannels: channels()
    .nullish()
    .transform((v) => v ?? []),
  decisionProcess: optionalText(),
  quote: optionalText(),
  dataSources: optionalStringList(),
});

export const updatePersonaInput = z.object({
  id: id(),
  expectedRevision: revision().nullish(),
  name: name().optional(),
  description: patchText(),
  jobTitle: patchText(LIMITS.shortTextLength),
  age: age().nullable().optional(),
  segment: patchText(LIMITS.shortTextLength),
  goals: stringList().optional(),
  frustrations: stringList().optional(),
  preferredChannels: channels().optional(),
  decisionProcess: patchText(),
  quote: patchText(),
  dataSources: stringList().optional(),
});

export const deletePersonaInput = z.object({ id: id(), expectedRevision: revision().nullish() });
