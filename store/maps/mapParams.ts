/** Pure builders of the map read requests. */
import type { QueryCommandInput } from '../dynamo/commands';
import type { MapFilter } from '../../domain/ports/mapStore';
import {
  CONTENT_PREFIX,
  WORKSPACE_INDEX,
  mapHeaderKey,
  mapPartition,
  mapsListKey,
  mapsListPartition,
} from '../keys';
import { ExpressionBuilder } from '../dynamo/updateExpression';

/** The whole map: every content item of its partition, strongly consistent. */
export const readMapParams = (
  table: string,
  workspaceId: string,
  mapId: string,
): QueryCommandInput => ({
  TableName: table,
  KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :content)',
  ExpressionAttributeNames: { '#pk': 'PK', '#sk': 'SK' },
  ExpressionAttributeValues: {
    ':pk': mapPartition(workspaceId, mapId),
    ':content': CONTENT_PREFIX,
  },
  ConsistentRead: true,
});

export const readHeaderParams = (table: string, workspaceId: string, mapId: string) => ({
  TableName: table,
  Key: mapHeaderKey(workspaceId, mapId),
  ConsistentRead: true,
});

/** The filter of a map list as a FilterExpression (null when nothing is filtered). */
export function mapFilterExpression(filter: MapFilter) {
  const b = new ExpressionBuilder();
  const conditions = [
    filter.status && `${b.name('status')} = ${b.value(filter.status)}`,
    filter.state && `${b.name('state')} = ${b.value(filter.state)}`,
    filter.personaId && `contains(${b.name('personaIds')}, ${b.value(filter.personaId)})`,
    filter.tag && `contains(${b.name('tags')}, ${b.value(filter.tag)})`,
    filter.reviewDueBefore && `${b.name('nextReviewAt')} < ${b.value(filter.reviewDueBefore)}`,
  ].filter((c): c is string => Boolean(c));
  if (conditions.length === 0) return null;
  for (const c of conditions) b.condition(c);
  const { ConditionExpression, ExpressionAttributeNames, ExpressionAttributeValues } = b.build();
  return {
    FilterExpression: ConditionExpression,
    ExpressionAttributeNames,
    ExpressionAttributeValues,
  };
}

/** Maps of a workspace, newest first, on the Workspace index. */
export function listMapsParams(
  table: string,
  workspaceId: string,
  filter: MapFilter,
  afterMapId: string | null,
  limit: number | undefined,
): QueryCommandInput {
  const filterPart = mapFilterExpression(filter);
  return {
    TableName: table,
    IndexName: WORKSPACE_INDEX,
    KeyConditionExpression: '#wsPK = :wsPK',
    ...(filterPart ? { FilterExpression: filterPart.FilterExpression } : {}),
    ExpressionAttributeNames: { '#wsPK': 'wsPK', ...(filterPart?.ExpressionAttributeNames ?? {}) },
    ExpressionAttributeValues: {
      ':wsPK': mapsListPartition(workspaceId),
      ...(filterPart?.ExpressionAttributeValues ?? {}),
    },
    ScanIndexForward: false,
    ...(limit !== undefined ? { Limit: limit } : {}),
    ...(afterMapId
      ? {
          ExclusiveStartKey: {
            ...mapHeaderKey(workspaceId, afterMapId),
            ...mapsListKey(workspaceId, afterMapId),
          },
        }
      : {}),
  };
}

/** Deletes a pending header, if it is still this creation's. */
export function deletePendingHeaderParams(
  table: string,
  workspaceId: string,
  mapId: string,
  token: string,
) {
  return {
    TableName: table,
    Key: mapHeaderKey(workspaceId, mapId),
    ...new ExpressionBuilder().equals('pendingCreation', token).build(),
  };
}
