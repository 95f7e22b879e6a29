/** A map's history: the `H#<ulid>` items of its partition, newest first. */
import { QueryCommand } from '../dynamo/commands';
import type { EntityName } from '../../domain/shared/errors';
import type { HistoryEntry } from '../../domain/history/historyEntry';
import { decodeCursor, encodeCursor } from '../../domain/paging/cursor';
import type { Page, PageRequest } from '../../domain/paging/page';
import type { HistoryStore } from '../../domain/ports/historyStore';
import type { Dynamo } from '../dynamo/dynamoClient';
import type { Item } from '../items/itemCodec';
import { HISTORY_PREFIX, mapPartition } from '../keys';
import { ULID_PATTERN } from '../../domain/shared/ids';

const HISTORY_SK_PATTERN = new RegExp(`^${HISTORY_PREFIX}${ULID_PATTERN.source.slice(1)}`);

const entryFromItem = (item: Item): HistoryEntry => ({
  id: String(item.id),
  at: String(item.at),
  actor: { kind: item.actorKind === 'API_KEY' ? 'API_KEY' : 'USER', id: String(item.actorId) },
  operation: String(item.operation),
  entity: String(item.entity) as EntityName,
  entityId: String(item.entityId),
  summary: String(item.summary),
});

export class DynamoHistoryStore implements HistoryStore {
  constructor(private readonly dynamo: Dynamo) {}

  async list(workspaceId: string, mapId: string, page: PageRequest): Promise<Page<HistoryEntry>> {
    const after = page.after ? decodeCursor(page.after, { sk: HISTORY_SK_PATTERN }).sk : null;
    if (page.first === 0) return { items: [], hasNextPage: false };
    const PK = mapPartition(workspaceId, mapId);
    const result = await this.dynamo.doc.send(
      new QueryCommand({
        TableName: this.dynamo.tableName,
        KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
        ExpressionAttributeNames: { '#pk': 'PK', '#sk': 'SK' },
        ExpressionAttributeValues: { ':pk': PK, ':prefix': HISTORY_PREFIX },
        ScanIndexForward: false,
        Limit: page.first + 1,
        ConsistentRead: true,
        ...(after ? { ExclusiveStartKey: { PK, SK: after } } : {}),
      }),
    );
    const items = (result.Items ?? []) as Item[];
    return {
      items: items.slice(0, page.first).map((item) => ({
        node: entryFromItem(item),
        cursor: encodeCursor({ sk: String(item.SK) }),
      })),
      hasNextPage: items.length > page.first,
    };
  }
}
