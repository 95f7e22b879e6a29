import * as z from 'zod';
import * as field from '../validation/fields';
import { deferred } from '../validation/deferred';
import { versionArg } from '../versions/versionInputs';
import { SHARE_LINK_ID_PATTERN } from './shareLinkIds';

const shareLinkId = () =>
  z.string().regex(SHARE_LINK_ID_PATTERN, 'must be a share link id (`<mapId>:<ulid>`)');

/** `createShareLink(input)`: a map, optionally one of its versions, optionally an expiry. */
export const createShareLinkInput = deferred(() =>
  z.object({
    mapId: field.id(),
    version: versionArg,
    expiresAt: field
      .instant()
      .nullish()
      .transform((v) => v ?? null),
  }),
);

/** `revokeShareLink(input)`. */
export const revokeShareLinkInput = deferred(() => z.object({ id: shareLinkId() }));

/** `shareLinks(mapId)`. */
export const shareLinksArgs = deferred(() => z.object({ mapId: field.id() }));
