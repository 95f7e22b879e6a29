import * as z from 'zod';
import { partTarget } from '../parts/partInputs';
import * as field from '../validation/fields';
import { LIMITS } from '../validation/limits';
import { deferred } from '../validation/deferred';

export const addStageInput = deferred(() =>
  z.object({
    mapId: field.id(),
    id: field.id().nullish(),
    name: field.name(),
    description: field.optionalText(),
    position: field.position().nullish(),
    customerGoal: field.optionalText(),
    owner: field.optionalText(LIMITS.shortTextLength),
  }),
);

export const updateStageInput = deferred(() =>
  partTarget('stage').extend({
    name: field.name().optional(),
    description: field.patchText(),
    customerGoal: field.patchText(),
    owner: field.patchText(LIMITS.shortTextLength),
  }),
);

export const moveStageInput = deferred(() =>
  partTarget('stage').extend({ position: field.position() }),
);

export const removeStageInput = deferred(() => partTarget('stage'));
