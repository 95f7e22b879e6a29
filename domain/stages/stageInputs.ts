import * as z from 'zod';
import { id, name, optionalText, patchText, position, revision } from '../validation/fields';
import { LIMITS } from '../validation/limits';

export const addStageInput = z.object({
  mapId: id(),
  id: id().nullish(),
  name: name(),
  description: optionalText(),
  position: position().nullish(),
  customerGoal: optionalText(),
  owner: optionalText(LIMITS.shortTextLength),
});

export const updateStageInput = z.object({
  mapId: id(),
  stageId: id(),
  expectedRevision: revision().nullish(),
  name: name().optional(),
  description: patchText(),
  customerGoal: patchText(),
  owner: patchText(LIMITS.shortTextLength),
});

export const moveStageInput = z.object({
  mapId: id(),
  stageId: id(),
  position: position(),
  expectedRevision: revision().nullish(),
});

export const removeStageInput = z.object({
  mapId: id(),
  stageId: id(),
  expectedRevision: revision().nullish(),
});
