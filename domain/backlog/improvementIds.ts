/**
 * Improvement ids are `<mapId>:<ulid>`. Improvements are addressed by id alone
 * (`updateImprovement { id }`), and the map is part of the id, so a write goes
 * straight to the map's partition without a lookup.
 */
import { newId, ULID_PATTERN } from '../shared/ids';

const SEPARATOR = ':';
export const IMPROVEMENT_ID_PATTERN = new RegExp(
  `^${ULID_PATTERN.source.slice(1, -1)}${SEPARATOR}${ULID_PATTERN.source.slice(1, -1)}$`,
);

export const newImprovementId = (mapId: string, now?: number): string =>
  `${mapId}${SEPARATOR}${newId(now)}`;

export function parseImprovementId(id: string): { mapId: string; localId: string } {
  const [mapId = '', localId = ''] = id.split(SEPARATOR);
  return { mapId, localId };
}
