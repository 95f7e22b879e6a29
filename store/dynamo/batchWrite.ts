import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Dynamo } from './dynamoClient';
import type { Item } from '../items/itemCodec';
import type { TableKey } from '../keys';

const BATCH_WRITE_LIMIT = 25;

type WriteRequest = { PutRequest: { Item: Item } } | { DeleteRequest: { Key: TableKey } };

/** Writes 25 requests per call, asking again for whatever DynamoDB left unprocessed. */
async function batchWrite(dynamo: Dynamo, requests: readonly WriteRequest[]): Promise<void> {
  for (let i = 0; i < requests.length; i += BATCH_WRITE_LIMIT) {
    let pending: Record<string, unknown>[] = requests.slice(i, i + BATCH_WRITE_LIMIT);
    for (let attempt = 0; pending.length > 0; attempt++) {
      const result = await dynamo.doc.send(
        new BatchWriteCommand({ RequestItems: { [dynamo.tableName]: pending } }),
      );
      pending = result.UnprocessedItems?.[dynamo.tableName] ?? [];
      if (pending.length > 0)
        await new Promise((r) => setTimeout(r, Math.min(1000, 25 * 2 ** attempt)));
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
