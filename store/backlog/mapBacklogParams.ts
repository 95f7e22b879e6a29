import type { QueryCommandInput } from '../dynamo/commands';
import { HEADER_SK, PART_PREFIX, mapPartition } from '../keys';

/**
 * A map's header and its improvements, and nothing else, in one Query: the
 * header (`C#!MAP`) sorts right before the improvements (`C#IMP#…`), and no
 * other kind of part sorts between them.
 */
export const mapBacklogParams = (
  table: string,
  workspaceId: string,
  mapId: string,
): QueryCommandInput => ({
  TableName: table,
  KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
  ExpressionAttributeNames: { '#pk': 'PK', '#sk': 'SK' },
  ExpressionAttributeValues: {
    ':pk': mapPartition(workspaceId, mapId),
    ':from': HEADER_SK,
    ':to': `${PART_PREFIX.improvement}\uffff`,
  },
  ConsistentRead: true,
});
