import * as z from 'zod';
import { LIMITS } from '../validation/limits';
import { deferred } from '../validation/deferred';

/** `first` 0–100 (default 20) and an opaque `after` cursor, checked by the store that made it. */
export const pageArgs = deferred(() =>
  z.object({
    first: z
      .number()
      .int()
      .min(0, 'must be between 0 and 100')
      .max(LIMITS.pageSizeMax, 'must be between 0 and 100')
      .nullish()
      .transform((v) => v ?? 20),
    // A cursor is base64url (paging/cursor.ts): anything else is not one of ours.
    after: z
      .string()
      .max(2_000, 'is not a cursor')
      .regex(/^[A-Za-z0-9_-]*$/, 'is not a cursor')
      .nullish()
      .transform((v) => v ?? null),
  }),
);
