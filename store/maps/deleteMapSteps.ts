/**
 * The requests of a map deletion. The header is first marked deleted and
 * taken off the workspace list in one write, which every reader and writer
 * sees at once; then the rest of the partition (parts, history, versions) is
 * swept, and the header last, so an interrupted deletion can be resumed.
 */
import type { QueryCommandInput } from '../dynamo/commands';
import type { TransactItem } from '../dynamo/transactionLimits';
import { mapHeaderKey, mapPartition } from '../keys';
import { ExpressionBuilder } from '../dynamo/updateExpression';

export function deleteMapSteps(
  table: string,
  workspaceId: string,
  mapId: string,
  expectedRevision: number | null,
  now: string,
) {
  const headerKey = mapHeaderKey(workspaceId, mapId);
  const mark = new ExpressionBuilder()
    .setAll({ deletedAt: now })
    // Leaving the Workspace index takes the map off every list.
    .removeAll(['wsPK', 'wsSK'])
    .exists()
    .absent('deletedAt');
  if (expectedRevision !== null) mark.equals('revision', expectedRevision);
  const markDeleted: TransactItem = {
    Update: { TableName: table, Key: headerKey, ...mark.build() } as TransactItem['Update'],
  };
  const listKeys: QueryCommandInput = {
    TableName: table,
    KeyConditionExpression: '#pk = :pk',
    ExpressionAttributeNames: { '#pk': 'PK', '#sk': 'SK' },
    ExpressionAttributeValues: { ':pk': mapPartition(workspaceId, mapId) },
    ProjectionExpression: '#pk, #sk',
  };
  return { headerKey, markDeleted, listKeys };
}
