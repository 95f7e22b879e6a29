import * as z from 'zod';
import { SEVERITIES } from '../shared/enums';
import { id, optionalStringList, revision, stringList, text } from '../validation/fields';

const description = () => text().min(1, 'must not be empty');

export const addPainPointInput = z.object({
  mapId: id(),
  touchpointId: id(),
  id: id().nullish(),
  description: description(),
  severity: z
    .enum(SEVERITIES)
    .nullish()
    .transform((v) => v ?? 'MEDIUM'),
  evidence: optionalStringList(),
});

export const updatePainPointInput = z.object({
  mapId: id(),
  painPointId: id(),
  expectedRevision: revision().nullish(),
  description: description().optional(),
  severity: z.enum(SEVERITIES).optional(),
  evidence: stringList().optional(),
});

export const removePainPointInput = z.object({
  mapId: id(),
  painPointId: id(),
  expectedRevision: revision().nullish(),
});
