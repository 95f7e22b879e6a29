import * as z from 'zod';
import { ROLES } from '../shared/enums';
import * as field from '../validation/fields';
import { deferred } from '../validation/deferred';

export const createApiKeyInput = deferred(() =>
  z.object({
    id: field.id().nullish(),
    name: field.name(),
    role: z.enum(ROLES),
    expiresAt: field
      .instant()
      .nullish()
      .transform((v) => v ?? null),
  }),
);

export const revokeApiKeyInput = deferred(() => z.object({ id: field.id() }));
