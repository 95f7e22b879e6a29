/**
 * The parts an improvement links must exist in its map. Each link becomes a
 * condition of the write's own transaction, so a part removed at the same
 * moment can never end up linked.
 */
import type { MapChange } from '../ports/mapWrite';
import type { ImprovementRecord } from './improvement';

type Links = Pick<ImprovementRecord, 'stageId' | 'touchpointIds' | 'painPointIds' | 'kpiId'>;

/** Conditions for the links in `next` that `previous` did not already have. */
export function linkRequirements(next: Links, previous: Links | null = null): MapChange[] {
  const added = (ids: string[], before: string[] | undefined) =>
    ids.filter((id) => !before?.includes(id));
  const changes: MapChange[] = [];
  if (next.stageId && next.stageId !== previous?.stageId) {
    changes.push({ kind: 'require', part: 'stage', id: next.stageId });
  }
  for (const id of added(next.touchpointIds, previous?.touchpointIds)) {
    changes.push({ kind: 'require', part: 'touchpoint', id });
  }
  for (const id of added(next.painPointIds, previous?.painPointIds)) {
    changes.push({ kind: 'require', part: 'painPoint', id });
  }
  if (next.kpiId && next.kpiId !== previous?.kpiId)
    changes.push({ kind: 'require', part: 'kpi', id: next.kpiId });
  return changes;
}
