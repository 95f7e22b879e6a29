/** Pure builders of the API key requests: keys, conditions and expressions, no I/O. */
import type { ApiKeyRecord } from '../../domain/apiKeys/apiKey';
import { ExpressionBuilder } from '../dynamo/updateExpression';
import { putNewItemParams } from '../items/newItemPut';
import { ITEM_TYPE } from '../items/itemCodec';
import { API_KEY_PREFIX, apiKeyKey, apiKeysPartition } from '../keys';

/** Strongly consistent: a revocation is seen by the next request. */
export const getApiKeyParams = (table: string, workspaceId: string, id: string) => ({
  TableName: table,
  Key: apiKeyKey(workspaceId, id),
  ConsistentRead: true,
});

export const putApiKeyParams = (
  table: string,
  workspaceId: string,
  record: ApiKeyRecord,
  writeToken: string,
) =>
  putNewItemParams(table, apiKeyKey(workspaceId, record.id), ITEM_TYPE.apiKey, record, writeToken);

/**
 * Sets revokedAt unless it is set: revoking twice keeps the first time (the
 * failed condition returns the key as it is).
 */
export function revokeApiKeyParams(table: string, workspaceId: string, id: string, now: string) {
  const b = new ExpressionBuilder().setAll({ revokedAt: now }).exists();
  const revokedAt = b.name('revokedAt');
  b.condition(
    `(attribute_not_exists(${revokedAt}) OR attribute_type(${revokedAt}, ${b.value('NULL')}))`,
  );
  return {
    TableName: table,
    Key: apiKeyKey(workspaceId, id),
    ...b.build(),
    ReturnValues: 'ALL_NEW' as const,
    ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
  };
}

/** Sets lastUsedAt unless another request of the same minute already did. */
export function markUsedParams(
  table: string,
  workspaceId: string,
  id: string,
  now: string,
  notBefore: string,
) {
  const b = new ExpressionBuilder().setAll({ lastUsedAt: now }).exists();
  const lastUsedAt = b.name('lastUsedAt');
  b.condition(
    `(attribute_not_exists(${lastUsedAt}) OR attribute_type(${lastUsedAt}, ${b.value('NULL')}) OR ${lastUsedAt} < ${b.value(notBefore)})`,
  );
  return { TableName: table, Key: apiKeyKey(workspaceId, id), ...b.build() };
}

/** Newest first (ids are ULIDs); `afterSk` continues after a cursor's key. */
export function listApiKeysParams(
  table: string,
  workspaceId: string,
  limit: number | undefined,
  afterSk: string | null,
) {
  return {
    TableName: table,
    KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
    ExpressionAttributeNames: { '#pk': 'PK', '#sk': 'SK' },
    ExpressionAttributeValues: { ':pk': apiKeysPartition(workspaceId), ':prefix': API_KEY_PREFIX },
    ScanIndexForward: false,
    ...(limit !== undefined ? { Limit: limit } : {}),
    ...(afterSk ? { ExclusiveStartKey: { PK: apiKeysPartition(workspaceId), SK: afterSk } } : {}),
  };
}
