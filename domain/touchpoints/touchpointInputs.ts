import * as z from 'zod';
import { partTarget } from '../parts/partInputs';
import { CHANNELS, CHANNEL_MODES } from '../shared/enums';
import * as field from '../validation/fields';
import { LIMITS } from '../validation/limits';
import { deferred } from '../validation/deferred';

const durationMinutes = () =>
  z
    .number()
    .int('must be a whole number of minutes')
    .min(0, `must be between 0 and ${LIMITS.durationMinutesMax}`)
    .max(LIMITS.durationMinutesMax, `must be between 0 and ${LIMITS.durationMinutesMax}`);

export const addTouchpointInput = deferred(() =>
  z.object({
    mapId: field.id(),
    stageId: field.id(),
    id: field.id().nullish(),
    name: field.name(),
    description: field.optionalText(),
    channel: z.enum(CHANNELS),
    mode: z.enum(CHANNEL_MODES).nullish(),
    actions: field.optionalStringList(),
    thoughts: field.optionalStringList(),
    emotionScore: field
      .emotionScore()
      .nullish()
      .transform((v) => v ?? null),
    isMomentOfTruth: z
      .boolean()
      .nullish()
      .transform((v) => v ?? false),
    ownerTeam: field.optionalText(LIMITS.shortTextLength),
    durationMinutes: durationMinutes()
      .nullish()
      .transform((v) => v ?? null),
    position: field.position().nullish(),
  }),
);

export const updateTouchpointInput = deferred(() =>
  partTarget('touchpoint').extend({
    name: field.name().optional(),
    description: field.patchText(),
    channel: z.enum(CHANNELS).optional(),
    mode: z.enum(CHANNEL_MODES).optional(),
    actions: field.stringList().optional(),
    thoughts: field.stringList().optional(),
    emotionScore: field.emotionScore().nullable().optional(),
    isMomentOfTruth: z.boolean().optional(),
    ownerTeam: field.patchText(LIMITS.shortTextLength),
    durationMinutes: durationMinutes().nullable().optional(),
  }),
);

export const moveTouchpointInput = deferred(() =>
  partTarget('touchpoint').extend({
    stageId: field.id(),
    position: field.position(),
  }),
);

export const removeTouchpointInput = deferred(() => partTarget('touchpoint'));
