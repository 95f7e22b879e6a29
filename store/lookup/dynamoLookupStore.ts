/**
 * Finds personas, maps and improvements by id alone, whatever their type, in
 * one BatchGetItem: a ULID is looked for both as a persona and as a map
 * header (ids are unique across types, so at most one exists), an
 * improvement id carries its map and so its key.
 */
import { IMPROVEMENT_ID_PATTERN, parseImprovementId } from '../../domain/backlog/improvementIds';
import type { FoundById, LookupStore } from '../../domain/ports/lookupStore';
import { ULID_PATTERN } from '../../domain/shared/ids';
import { batchGet } from '../dynamo/batchGet';
import type { Dynamo } from '../dynamo/dynamoClient';
import { decodeItem, type Item } from '../items/itemCodec';
import {
  HEADER_SK,
  mapHeaderKey,
  PART_PREFIX,
  partKey,
  PERSONA_PREFIX,
  personaKey,
  type TableKey,
} from '../keys';

/** The keys an id may be stored under. */
function keysOf(workspaceId: string, id: string): TableKey[] {
  if (IMPROVEMENT_ID_PATTERN.test(id)) {
    return [partKey(workspaceId, parseImprovementId(id).mapId, 'improvement', id)];
  }
  if (ULID_PATTERN.test(id)) return [personaKey(workspaceId, id), mapHeaderKey(workspaceId, id)];
  return [];
}

/** The object an item holds, told by its sort key. */
function found(item: Item): FoundById | null {
  const sk = String(item.SK);
  if (sk.startsWith(PERSONA_PREFIX))
    return { type: 'Persona', record: decodeItem('persona', item) };
  if (sk.startsWith(PART_PREFIX.improvement)) {
    return { type: 'Improvement', record: decodeItem('improvement', item) };
  }
  // A map being created or deleted is not there for readers (as in DynamoMapStore.readHeaders).
  if (sk !== HEADER_SK || item.deletedAt || item.pendingCreation) return null;
  return { type: 'JourneyMap', record: decodeItem('header', item) };
}

export class DynamoLookupStore implements LookupStore {
  constructor(private readonly dynamo: Dynamo) {}

  async byIds(workspaceId: string, ids: readonly string[]): Promise<Map<string, FoundById>> {
    const keys = [...new Set(ids)].flatMap((id) => keysOf(workspaceId, id));
    const items = keys.length === 0 ? [] : await batchGet(this.dynamo, keys);
    const result = new Map<string, FoundById>();
    for (const item of items) {
      const object = found(item);
      if (object) result.set(object.record.id, object);
    }
    return result;
  }
}
