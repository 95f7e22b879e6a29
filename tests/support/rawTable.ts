/** Direct reads of the table, for tests that check what is stored (not what the API says). */
import { DynamoDBClient, ScanCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
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

/**
 * Every item of a workspace, as DynamoDB holds it (raw attribute values,
 * sorted by key) in one JSON string: two dumps are equal byte for byte when
 * nothing of the workspace changed, indexes' keys included. Every partition
 * key of the table starts with `W#<workspace>#` (store/keys.ts).
 */
export async function workspaceDump(api: TestApi, workspaceId: string): Promise<string> {
  const items: Record<string, AttributeValue>[] = [];
  let startKey: Record<string, AttributeValue> | undefined;
  do {
    const page = await attributeClient().send(
      new ScanCommand({
        TableName: api.runtime.dynamo.tableName,
        FilterExpression: 'begins_with(PK, :workspace)',
        ExpressionAttributeValues: { ':workspace': { S: `W#${workspaceId}#` } },
        ConsistentRead: true,
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  const key = (item: Record<string, AttributeValue>) =>
    `${item.PK?.S ?? ''}\u0000${item.SK?.S ?? ''}`;
  items.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  // Attributes in a fixed order, whatever order the service lists them in.
  return JSON.stringify(items, (_, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)))
      : value,
  );
}

let client: DynamoDBClient | undefined;

/** The AWS SDK's low-level client on DynamoDB Local: items as attribute values, exactly as stored. */
function attributeClient(): DynamoDBClient {
  client ??= new DynamoDBClient({
    endpoint: process.env.DYNAMODB_ENDPOINT,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  return client;
}
