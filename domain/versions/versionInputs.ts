import * as z from 'zod';
import { MAP_STATES } from '../shared/enums';
import * as field from '../validation/fields';
import { LIMITS } from '../validation/limits';
import { deferred } from '../validation/deferred';

const versionNumber = () =>
  z
    .number()
    .int('must be an integer')
    .min(1, 'versions start at 1')
    .max(LIMITS.intMax, `must be at most ${LIMITS.intMax}`);

export const publishVersionInput = deferred(() =>
  z.object({
    mapId: field.id(),
    label: field.name(),
    notes: field.optionalText(),
  }),
);

export const restoreVersionInput = deferred(() =>
  z.object({
    mapId: field.id(),
    version: versionNumber(),
    expectedRevision: field.revision().nullish(),
  }),
);

export const duplicateMapInput = deferred(() =>
  z.object({
    mapId: field.id(),
    version: versionNumber()
      .nullish()
      .transform((v) => v ?? null),
    id: field.id().nullish(),
    title: field.name(),
    state: z.enum(MAP_STATES),
  }),
);

export const compareVersionsArgs = deferred(() =>
  z.object({
    mapId: field.id(),
    from: versionNumber(),
    to: versionNumber()
      .nullish()
      .transform((v) => v ?? null),
  }),
);

/** The optional `version` argument of a read, built once: each request parses one. */
export const versionArg = deferred(() =>
  versionNumber()
    .nullish()
    .transform((v) => v ?? null),
);
