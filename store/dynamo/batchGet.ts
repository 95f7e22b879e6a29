import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import type { Dynamo } from './dynamoClient';
import type { Item } from '../items/itemCodec';
import type { TableKey } from '../keys';

const BATCH_GET_LIMIT = 100;

/**
 * Reads items by key, 100 per request (strongly consistent), asking again
 * for whatever DynamoDB left unprocessed. Missing items are simply absent.
 */
export async function batchGet(dynamo: Dynamo, keys: readonly TableKey[]): Promise<Item[]> {
  const found: Item[] = [];
  for (let i = 0; i < keys.length; i += BATCH_GET_LIMIT) {
    let pending: Record<string, unknown>[] = keys
      .slice(i, i + BATCH_GET_LIMIT)
      .map((k) => ({ ...k }));
    for (let attempt = 0; pending.length > 0; attempt++) {
      const result = await dynamo.doc.send(
        new BatchGetCommand({
          RequestItems: { [dynamo.tableName]: { Keys: pending, ConsistentRead: true } },
        }),
      );
      found.push(...((result.Responses?.[dynamo.tableName] ?? []) as Item[]));
      pending = result.UnprocessedKeys?.[dynamo.tableName]?.Keys ?? [];
      if (pending.length > 0)
        await new Promise((r) => setTimeout(r, Math.min(1000, 25 * 2 ** attempt)));
    }
  }
  return found;
}
