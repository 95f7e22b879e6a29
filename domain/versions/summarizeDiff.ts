/** Counts of everything a diff holds, and whether the two sides are the same. */
import type { MapView } from '../maps/mapView';
import type { MapDiff } from './diffTypes';
import { round } from './diffMetrics';

export interface DiffSummary {
  stagesAdded: number;
  stagesRemoved: number;
  stagesChanged: number;
  touchpointsAdded: number;
  touchpointsRemoved: number;
  touchpointsChanged: number;
  painPointsAdded: number;
  painPointsRemoved: number;
  painPointsChanged: number;
  improvementsAdded: number;
  improvementsRemoved: number;
  improvementsStatusChanged: number;
  improvementsChanged: number;
  mapFieldsChanged: number;
  kpisAdded: number;
  kpisRemoved: number;
  kpisRedefined: number;

  improvementsCompleted: number;
  kpisChanged: number;
  kpisReachingTarget: number;
  averageEmotionBefore: number | null;
  averageEmotionAfter: number | null;
  /** True when nothing differs. */
  identical: boolean;
}

/** Counts of everything the diff holds, and the map-wide emotion averages. */
export function summarize(diff: MapDiff, from: MapView, to: MapView): DiffSummary {
  const mapAverage = (view: MapView) => {
    const scores = [...view.touchpointById.values()]
      .map((t) => t.emotionScore)
      .filter((s): s is number => s !== null);
    return scores.length ? round(scores.reduce((a, b) => a + b, 0) / scores.length) : null;
  };
  const counts = {
    stagesAdded: diff.stages.added.length,
    stagesRemoved: diff.stages.removed.length,
    stagesChanged: diff.stages.changed.length,
    touchpointsAdded: diff.touchpoints.added.length,
    touchpointsRemoved: diff.touchpoints.removed.length,
    touchpointsChanged: diff.touchpoints.changed.length,
    painPointsAdded: diff.painPoints.added.length,
    painPointsRemoved: diff.painPoints.removed.length,
    painPointsChanged: diff.painPoints.changed.length,
    improvementsAdded: diff.improvements.added.length,
    improvementsRemoved: diff.improvements.removed.length,
    improvementsStatusChanged: diff.improvements.statusChanged.length,
    improvementsChanged: diff.improvements.changed.length,
    mapFieldsChanged: diff.map.length,
    kpisAdded: diff.kpis.added.length,
    kpisRemoved: diff.kpis.removed.length,
    kpisRedefined: diff.kpis.changed.length,
    kpisChanged: diff.kpiDeltas.filter((k) => k.before !== k.after).length,
  };
  // A measurement that leaves the current value as it was still changes the map.
  const sameHistories = [...to.kpiById.values()].every((kpi) => {
    const before = from.kpiById.get(kpi.id);
    return !before || JSON.stringify(before.history) === JSON.stringify(kpi.history);
  });
  const identical =
    Object.values(counts).every((c) => c === 0) &&
    sameHistories &&
    diff.emotionDeltas.every((e) => e.delta === 0 || (e.before === null && e.after === null));
  return {
    ...counts,
    improvementsCompleted: diff.improvements.statusChanged.filter((s) => s.after === 'DONE').length,
    kpisReachingTarget: diff.kpiDeltas.filter((k) => k.targetReached === true).length,
    averageEmotionBefore: mapAverage(from),
    averageEmotionAfter: mapAverage(to),
    identical,
  };
}
