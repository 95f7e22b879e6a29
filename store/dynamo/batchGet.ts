import { BatchGetCommand } from './commands';
import { StorageUnavailableError } from '../../domain/ports/storageUnavailable';
import type { Item } from '../items/itemCodec';
import type { TableKey } from '../keys';
import type { Dynamo } from './dynamoClient';

const BATCH_GET_LIMIT = 100;

/**
 * Reads items by key, 100 per request (strongly consistent). DynamoDB may
 * leave keys unprocessed when it throttles; they are asked for again after a
 * back-off drawn from the unit of work's retry budget, and past it the read
 * fails as unavailable. Missing items are simply absent.
 */
export async function batchGet(dynamo: Dynamo, keys: readonly TableKey[]): Promise<Item[]> {
  const found: Item[] = [];
  for (let i = 0; i < keys.length; i += BATCH_GET_LIMIT) {
    let pending: Record<string, unknown>[] = keys
      .slice(i, i + BATCH_GET_LIMIT)
      .map((k) => ({ ...k }));
    while (pending.length > 0) {
      const result = await dynamo.doc.send(
        new BatchGetCommand({
          RequestItems: { [dynamo.tableName]: { Keys: pending, ConsistentRead: true } },
        }),
      );
      found.push(...((result.Responses?.[dynamo.tableName] ?? []) as Item[]));
      pending = result.UnprocessedKeys?.[dynamo.tableName]?.Keys ?? [];
      if (pending.length > 0 && !(await dynamo.retry.retry())) {
        throw new StorageUnavailableError(`${pending.length} keys stayed unprocessed`);
      }
    }
  }
  return found;
}
