import * as z from 'zod';
import { CHANNELS, CHANNEL_MODES } from '../shared/enums';
import {
  emotionScore,
  id,
  name,
  optionalStringList,
  optionalText,
  patchText,
  position,
  revision,
  stringList,
} from '../validation/fields';
import { LIMITS } from '../validation/limits';

const durationMinutes = () =>
  z
    .number()
    .int('must be a whole number of minutes')
    .min(0, `must be between 0 and ${LIMITS.durationMinutesMax}`)
    .max(LIMITS.durationMinutesMax, `must be between 0 and ${LIMITS.durationMinutesMax}`);

export const addTouchpointInput = z.object({
  mapId: id(),
  stageId: id(),
  id: id().nullish(),
  name: name(),
  description: optionalText(),
  channel: z.enum(CHANNELS),
  mode: z.enum(CHANNEL_MODES).nullish(),
  actions: optionalStringList(),
  thoughts: optionalStringList(),
  emotionScore: emotionScore()
    .nullish()
    .transform((v) => v ?? null),
  isMomentOfTruth: z
    .boolean()
    .nullish()
    .transform((v) => v ?? false),
  ownerTeam: optionalText(LIMITS.shortTextLength),
  durationMinutes: durationMinutes()
    .nullish()
    .transform((v) => v ?? null),
  position: position().nullish(),
});

export const updateTouchpointInput = z.object({
  mapId: id(),
  touchpointId: id(),
  expectedRevision: revision().nullish(),
  name: name().optional(),
  description: patchText(),
  channel: z.enum(CHANNELS).optional(),
  mode: z.enum(CHANNEL_MODES).optional(),
  actions: stringList().optional(),
  thoughts: stringList().optional(),
  emotionScore: emotionScore().nullable().optional(),
  isMomentOfTruth: z.boolean().optional(),
  ownerTeam: patchText(LIMITS.shortTextLength),
  durationMinutes: durationMinutes().nullable().optional(),
});

export const moveTouchpointInput = z.object({
  mapId: id(),
  touchpointId: id(),
  stageId: id(),
  position: position(),
  expectedRevision: revision().nullish(),
});

export const removeTouchpointInput = z.object({
  mapId: id(),
  touchpointId: id(),
  expectedRevision: revision().nullish(),
});
