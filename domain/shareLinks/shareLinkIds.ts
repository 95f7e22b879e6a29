/**
 * Share link ids are `<mapId>:<ulid>`, like improvement ids: `revokeShareLink`
 * takes the id alone, and the map in it says which partition holds the link.
 */
import { newId, ULID_PATTERN } from '../shared/ids';

const SEPARATOR = ':';
const ULID = ULID_PATTERN.source.slice(1, -1);
export const SHARE_LINK_ID_PATTERN = new RegExp(`^${ULID}${SEPARATOR}${ULID}$`);

export const newShareLinkId = (mapId: string, now?: number): string =>
  `${mapId}${SEPARATOR}${newId(now)}`;

export function parseShareLinkId(id: string): { mapId: string; localId: string } {
  const [mapId = '', localId = ''] = id.split(SEPARATOR);
  return { mapId, localId };
}
