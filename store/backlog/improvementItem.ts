/**
 * An improvement as an item: its record plus one key per backlog index,
 * recomputed from the whole record on every write (an improvement is always
 * written whole), so the indexes can never disagree with impact, effort,
 * status or stage.
 */
import { backlogSortKey, quadrant } from '../../domain/backlog/priority';
import type { ImprovementRecord } from '../../domain/backlog/improvement';
import { backlogPartitions } from '../keys';

export function backlogIndexAttributes(workspaceId: string, improvement: ImprovementRecord) {
  const sortKey = backlogSortKey(improvement);
  const q = quadrant(improvement.impact, improvement.effort);
  const { mapId, status, stageId } = improvement;
  return {
    wsPK: backlogPartitions.workspace(workspaceId),
    wsSK: sortKey,
    backlogSK: sortKey,
    quadrantPK: backlogPartitions.workspaceQuadrant(workspaceId, q),
    statusPK: backlogPartitions.workspaceStatus(workspaceId, status),
    mapBacklogPK: backlogPartitions.map(workspaceId, mapId),
    mapQuadrantPK: backlogPartitions.mapQuadrant(workspaceId, mapId, q),
    mapStatusPK: backlogPartitions.mapStatus(workspaceId, mapId, status),
    // Sparse: an improvement without a stage is in no stage's backlog.
    ...(stageId ? { stagePK: backlogPartitions.stage(workspaceId, stageId) } : {}),
  };
}
