import * as z from 'zod';
import { partTarget } from '../parts/partInputs';
import { SEVERITIES } from '../shared/enums';
import * as field from '../validation/fields';
import { deferred } from '../validation/deferred';

const description = () => field.text().min(1, 'must not be empty');

export const addPainPointInput = deferred(() =>
  z.object({
    mapId: field.id(),
    touchpointId: field.id(),
    id: field.id().nullish(),
    description: description(),
    severity: z
      .enum(SEVERITIES)
      .nullish()
      .transform((v) => v ?? 'MEDIUM'),
    evidence: field.optionalStringList(),
  }),
);

export const updatePainPointInput = deferred(() =>
  partTarget('painPoint').extend({
    description: description().optional(),
    severity: z.enum(SEVERITIES).optional(),
    evidence: field.stringList().optional(),
  }),
);

export const removePainPointInput = deferred(() => partTarget('painPoint'));
