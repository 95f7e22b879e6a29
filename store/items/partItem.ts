/** A map part as a full item: keys, type marker, record, and index keys where the part has some. */
import type { MapPartKind, MapPartRecords } from '../../domain/parts/mapParts';
import { backlogIndexAttributes } from '../backlog/improvementItem';
import { ITEM_TYPE, type Item } from './itemCodec';
import { partKey } from '../keys';

export function partItem<K extends MapPartKind>(
  workspaceId: string,
  mapId: string,
  part: K,
  record: MapPartRecords[K],
): Item {
  return {
    ...partKey(workspaceId, mapId, part, record.id),
    entityType: ITEM_TYPE[part],
    ...record,
    ...(part === 'improvement'
      ? backlogIndexAttributes(workspaceId, record as MapPartRecords['improvement'])
      : {}),
  };
}
