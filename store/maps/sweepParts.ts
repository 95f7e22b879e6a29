import type { Dynamo } from '../dynamo/dynamoClient';
import { batchDelete } from '../dynamo/batchWrite';
import { HEADER_SK } from '../keys';
import { queryAll } from '../dynamo/queryAll';
import { readMapParams } from './mapParams';

/** Deletes every content item of a map but its header. */
export async function sweepParts(
  dynamo: Dynamo,
  workspaceId: string,
  mapId: string,
): Promise<void> {
  const items = await queryAll(dynamo, {
    ...readMapParams(dynamo.tableName, workspaceId, mapId),
    ProjectionExpression: '#pk, #sk',
  });
  await batchDelete(
    dynamo,
    items.filter((i) => i.SK !== HEADER_SK).map((i) => ({ PK: String(i.PK), SK: String(i.SK) })),
  );
}
