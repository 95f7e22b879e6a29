/**
 * When parts of a map are removed, the improvements that link them lose those
 * links in the same transaction, so no improvement ever shows a dangling link.
 */
import type { MapView } from '../maps/mapView';
import type { MapChange } from '../ports/mapWrite';
import type { ImprovementRecord } from './improvement';

export interface RemovedParts {
  stageIds?: readonly string[];
  touchpointIds?: readonly string[];
  painPointIds?: readonly string[];
  kpiIds?: readonly string[];
}

export function unlinkImprovements(view: MapView, removed: RemovedParts, now: string): MapChange[] {
  const gone = (ids: readonly string[] | undefined) => new Set(ids ?? []);
  const stages = gone(removed.stageIds);
  const touchpoints = gone(removed.touchpointIds);
  const painPoints = gone(removed.painPointIds);
  const kpis = gone(removed.kpiIds);
  const changes: MapChange[] = [];
  for (const improvement of view.improvements) {
    const next: ImprovementRecord = {
      ...improvement,
      stageId: improvement.stageId && stages.has(improvement.stageId) ? null : improvement.stageId,
      touchpointIds: improvement.touchpointIds.filter((id) => !touchpoints.has(id)),
      painPointIds: improvement.painPointIds.filter((id) => !painPoints.has(id)),
      kpiId: improvement.kpiId && kpis.has(improvement.kpiId) ? null : improvement.kpiId,
    };
    const fields = [
      next.stageId !== improvement.stageId && 'stageId',
      next.touchpointIds.length !== improvement.touchpointIds.length && 'touchpointIds',
      next.painPointIds.length !== improvement.painPointIds.length && 'painPointIds',
      next.kpiId !== improvement.kpiId && 'kpiId',
    ].filter((field) => field !== false);
    if (fields.length === 0) continue;
    changes.push({
      kind: 'replace',
      part: 'improvement',
      record: { ...next, revision: improvement.revision + 1, updatedAt: now },
      revision: { expected: improvement.revision, source: 'read' },
      fields,
    });
  }
  return changes;
}
