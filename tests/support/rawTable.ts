/** Direct reads of the table, for tests that check what is stored (not what the API says). */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mapPartition } from '../../store/keys';
import type { TestApi } from './testApi';

/** Every item of a map's partition (content, history, versions). */
export async function mapPartitionItems(api: TestApi, workspaceId: string, mapId: string) {
  const { Items } = await api.raw.send(
    new QueryCommand({
      TableName: api.runtime.dynamo.tableName,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': mapPartition(workspaceId, mapId) },
      ConsistentRead: true,
    }),
  );
  return Items ?? [];
}
