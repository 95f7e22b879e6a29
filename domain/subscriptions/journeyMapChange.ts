/**
 * What a subscriber of `journeyMapChanged` receives: one change of the map,
 * at its change sequence (the GraphQL type JourneyMapChange). Built from the
 * header's record of the change, as the table's stream carries it.
 */
import type { MapChangedFact } from '../events/changeFacts';
import type { MapChangeRecord } from '../events/mapChange';

export interface JourneyMapChange extends Omit<MapChangeRecord, 'id'> {
  mapId: string;
  revision: number;
  changeId: string;
}

export const journeyMapChange = ({ mapId, revision, change }: MapChangedFact): JourneyMapChange => {
  const { id, ...rest } = change;
  return { ...rest, mapId, revision, changeId: id };
};
