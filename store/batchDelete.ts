import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Dynamo } from './dynamoClient';
import type { TableKey } from './keys';

const BATCH_WRITE_LIMIT = 25;

/** Deletes items by key, 25 per request, asking again for what DynamoDB left unprocessed. */
export async function batchDelete(dynamo: Dynamo, keys: readonly TableKey[]): Promise<void> {
  for (let i = 0; i < keys.length; i += BATCH_WRITE_LIMIT) {
    let requests: Record<string, unknown>[] = keys
      .slice(i, i + BATCH_WRITE_LIMIT)
      .map((Key) => ({ DeleteRequest: { Key } }));
    for (let attempt = 0; requests.length > 0; attempt++) {
      const result = await dynamo.doc.send(
        new BatchWriteCommand({ RequestItems: { [dynamo.tableName]: requests } }),
      );
      requests = result.UnprocessedItems?.[dynamo.tableName] ?? [];
      if (requests.length > 0)
        await new Promise((r) => setTimeout(r, Math.min(1000, 25 * 2 ** attempt)));
    }
  }
}
