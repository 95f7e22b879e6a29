/**
 * A read-only share link of one map, or of one published version of it: a
 * URL anyone can open without credentials until it expires or is revoked.
 * The one declaration of its stored shape. The link's secret is never
 * stored: only its SHA-256 (shareToken.ts), so a copy of the table gives no
 * usable link.
 */
import * as z from 'zod';
import { deferred } from '../validation/deferred';
import { nullable, nullableString, string } from '../shared/recordFields';

export const shareLinkRecord = deferred(() =>
  z.object({
    /** `<mapId>:<ulid>`: the map is part of the id, so a revoke goes straight to its partition. */
    id: string(),
    mapId: string(),
    /** The published version shown, or null for the draft (live: the page shows the latest write). */
    version: nullable(z.number().int()),
    createdAt: string(),
    createdBy: z.object({ kind: z.enum(['USER', 'API_KEY']), id: string() }),
    /** After this instant the link answers 410 Gone; null: it does not expire. */
    expiresAt: nullableString(),
    /** When it was revoked; a revoked link answers 404. */
    revokedAt: nullableString(),
  }),
);

export type ShareLinkRecord = z.infer<typeof shareLinkRecord>;

/** Whether the link opens at `now`: neither revoked nor expired. */
export const isLive = (link: ShareLinkRecord, now: Date): boolean =>
  link.revokedAt === null &&
  (link.expiresAt === null || Date.parse(link.expiresAt) > now.getTime());
