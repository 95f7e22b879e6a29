/**
 * Pure builders of the backlog Queries. Each filter is served by the index
 * whose partition is exactly that filter (workspace, map, stage, with or
 * without quadrant or status), so a page is one Query with `Limit`, already in
 * backlog order. A filter on two dimensions at once (quadrant and status, or a
 * stage with either) uses the narrower index and filters the rest.
 */
import type { QueryCommandInput } from '../dynamo/commands';
import type { BacklogFilter } from '../../domain/ports/backlogStore';
import { BACKLOG_INDEX, backlogPartitions, partKey, type BacklogIndex } from '../keys';
import { ExpressionBuilder } from '../dynamo/updateExpression';
import { parseImprovementId } from '../../domain/backlog/improvementIds';

export interface IndexChoice {
  index: BacklogIndex;
  partition: string;
  /** Conditions the index partition does not already guarantee. */
  residual: Partial<Pick<BacklogFilter, 'mapId' | 'quadrant' | 'status'>>;
}

export function chooseBacklogIndex(workspaceId: string, filter: BacklogFilter): IndexChoice {
  const { mapId, quadrant, status, stageId } = filter;
  const p = backlogPartitions;
  if (stageId) {
    return {
      index: 'stage',
      partition: p.stage(workspaceId, stageId),
      residual: {
        ...(mapId ? { mapId } : {}),
        ...(quadrant ? { quadrant } : {}),
        ...(status ? { status } : {}),
      },
    };
  }
  if (mapId && quadrant) {
    return {
      index: 'mapQuadrant',
      partition: p.mapQuadrant(workspaceId, mapId, quadrant),
      residual: status ? { status } : {},
    };
  }
  if (mapId && status)
    return { index: 'mapStatus', partition: p.mapStatus(workspaceId, mapId, status), residual: {} };
  if (mapId) return { index: 'map', partition: p.map(workspaceId, mapId), residual: {} };
  if (quadrant) {
    return {
      index: 'workspaceQuadrant',
      partition: p.workspaceQuadrant(workspaceId, quadrant),
      residual: status ? { status } : {},
    };
  }
  if (status)
    return {
      index: 'workspaceStatus',
      partition: p.workspaceStatus(workspaceId, status),
      residual: {},
    };
  return { index: 'workspace', partition: p.workspace(workspaceId), residual: {} };
}

/** Where a page starts: after this improvement, at this backlog position. */
export interface BacklogPosition {
  sortKey: string;
  improvementId: string;
}

export function backlogQueryParams(
  table: string,
  workspaceId: string,
  choice: IndexChoice,
  after: BacklogPosition | null,
  limit: number | undefined,
): QueryCommandInput {
  const index = BACKLOG_INDEX[choice.index];
  const b = new ExpressionBuilder();
  const keyCondition = `${b.name(index.pk)} = ${b.value(choice.partition)}`;
  const { mapId, quadrant, status } = choice.residual;
  if (mapId) b.equals('mapId', mapId);
  if (status) b.equals('status', status);
  // The quadrant is derived, not stored; its index key says it.
  if (quadrant)
    b.equals(
      BACKLOG_INDEX.workspaceQuadrant.pk,
      backlogPartitions.workspaceQuadrant(workspaceId, quadrant),
    );
  const built = b.build();
  let exclusiveStartKey: QueryCommandInput['ExclusiveStartKey'];
  if (after) {
    const { mapId: afterMap } = parseImprovementId(after.improvementId);
    exclusiveStartKey = {
      ...partKey(workspaceId, afterMap, 'improvement', after.improvementId),
      [index.pk]: choice.partition,
      [index.sk]: after.sortKey,
    };
  }
  return {
    TableName: table,
    IndexName: index.name,
    KeyConditionExpression: keyCondition,
    ...(built.ConditionExpression ? { FilterExpression: built.ConditionExpression } : {}),
    ExpressionAttributeNames: built.ExpressionAttributeNames,
    ExpressionAttributeValues: built.ExpressionAttributeValues,
    ...(limit !== undefined ? { Limit: limit } : {}),
    ...(exclusiveStartKey ? { ExclusiveStartKey: exclusiveStartKey } : {}),
  };
}
