/**
 * An API key: how an integration (a survey tool, a scheduled job) calls the
 * API as its workspace, with a role. The key itself is shown once, when it is
 * created; only its SHA-256 hash is stored (apiKeySecret.ts). The one
 * declaration of its stored shape.
 */
import * as z from 'zod';
import { deferred } from '../validation/deferred';
import { ROLES } from '../shared/enums';
import { nullableString, string } from '../shared/recordFields';

export const apiKeyRecord = deferred(() =>
  z.object({
    id: string(),
    name: string(),
    /** The key's public part, `jmk.<workspace>.<id>`: shown in lists, logs and the key itself. */
    prefix: string(),
    role: z.enum(ROLES),
    /** SHA-256 of the whole key (base64url); the key is never stored. */
    secretHash: string(),
    createdAt: string(),
    createdBy: z.object({ kind: z.enum(['USER', 'API_KEY']), id: string() }),
    /** When a request last authenticated with it, to the minute (apiKeyUse.ts). */
    lastUsedAt: nullableString(),
    expiresAt: nullableString(),
    revokedAt: nullableString(),
  }),
);

export type ApiKeyRecord = z.infer<typeof apiKeyRecord>;

export const API_KEY_STATUSES = ['ACTIVE', 'EXPIRED', 'REVOKED'] as const;
export type ApiKeyStatus = (typeof API_KEY_STATUSES)[number];

/** Whether a key authenticates at `now`: not revoked, not past its expiry. */
export function apiKeyStatus(
  key: Pick<ApiKeyRecord, 'revokedAt' | 'expiresAt'>,
  now: string,
): ApiKeyStatus {
  if (key.revokedAt !== null) return 'REVOKED';
  if (key.expiresAt !== null && key.expiresAt <= now) return 'EXPIRED';
  return 'ACTIVE';
}
