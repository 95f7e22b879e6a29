import { ExpressionBuilder } from '../dynamo/updateExpression';
import type { TableKey } from '../keys';

/**
 * A Put of an item that must not exist yet (a create under a client's id),
 * carrying the write's `writeToken`: refused with the existing item when the
 * key is taken, so the caller can tell its own re-sent write from a clash.
 */
export function putNewItemParams<R extends object>(
  table: string,
  key: TableKey,
  entityType: string,
  record: R,
  writeToken: string,
) {
  const { ConditionExpression, ExpressionAttributeNames } = new ExpressionBuilder()
    .notExists()
    .build();
  return {
    TableName: table,
    Item: { ...key, entityType, ...record, writeToken },
    ConditionExpression,
    ExpressionAttributeNames,
    ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
  };
}
