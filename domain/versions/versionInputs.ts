import * as z from 'zod';
import { MAP_STATES } from '../shared/enums';
import { id, name, optionalText, revision } from '../validation/fields';

const versionNumber = () => z.number().int('must be an integer').min(1, 'versions start at 1');

export const publishVersionInput = z.object({
  mapId: id(),
  label: name(),
  notes: optionalText(),
});

export const restoreVersionInput = z.object({
  mapId: id(),
  version: versionNumber(),
  expectedRevision: revision().nullish(),
});

export const duplicateMapInput = z.object({
  mapId: id(),
  version: versionNumber()
    .nullish()
    .transform((v) => v ?? null),
  id: id().nullish(),
  title: name(),
  state: z.enum(MAP_STATES),
});

export const compareVersionsArgs = z.object({
  mapId: id(),
  from: versionNumber(),
  to: versionNumber()
    .nullish()
    .transform((v) => v ?? null),
});

export const versionArg = () =>
  versionNumber()
    .nullish()
    .transform((v) => v ?? null);
