import { BatchWriteCommand } from './commands';
import { StorageUnavailableError } from '../../domain/ports/storageUnavailable';
import type { Item } from '../items/itemCodec';
import type { TableKey } from '../keys';
import type { Dynamo } from './dynamoClient';

const BATCH_WRITE_LIMIT = 25;

type WriteRequest = { PutRequest: { Item: Item } } | { DeleteRequest: { Key: TableKey } };

/**
 * Writes 25 requests per call. Whatever DynamoDB leaves unprocessed (it
 * throttles) is sent again after a back-off drawn from the unit of work's
 * retry budget; past it the write fails as unavailable. Every request is a
 * whole-item put or a delete, so sending one twice changes nothing.
 */
async function batchWrite(dynamo: Dynamo, requests: readonly WriteRequest[]): Promise<void> {
  for (let i = 0; i < requests.length; i += BATCH_WRITE_LIMIT) {
    let pending: Record<string, unknown>[] = requests.slice(i, i + BATCH_WRITE_LIMIT);
    while (pending.length > 0) {
      const result = await dynamo.doc.send(
        new BatchWriteCommand({ RequestItems: { [dynamo.tableName]: pending } }),
      );
      pending = result.UnprocessedItems?.[dynamo.tableName] ?? [];
      if (pending.length > 0 && !(await dynamo.retry.retry())) {
        throw new StorageUnavailableError(`${pending.length} writes stayed unprocessed`);
      }
    }
  }
}

/** Deletes items by key. */
export const batchDelete = (dynamo: Dynamo, keys: readonly TableKey[]): Promise<void> =>
  batchWrite(
    dynamo,
    keys.map((Key) => ({ DeleteRequest: { Key } })),
  );

/** Puts whole items (unconditionally: for items nobody else can be writing). */
export const batchPut = (dynamo: Dynamo, items: readonly Item[]): Promise<void> =>
  batchWrite(
    dynamo,
    items.map((Item) => ({ PutRequest: { Item } })),
  );
