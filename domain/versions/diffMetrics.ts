/** How the numbers moved between two views: per-stage emotion and per-KPI current value. */
import { averageColor } from '../maps/emotion';
import { kpiDirection, latestMeasurement, targetReached } from '../kpis/kpiDirection';
import { stageAverageEmotion, type MapView } from '../maps/mapView';
import type { EmotionDelta, KpiDelta } from './diffTypes';
import { kpisInOrder } from '../maps/journeyOrder';

export const round = (value: number) => Math.round(value * 1e9) / 1e9;
const deltaOf = (before: number | null, after: number | null) =>
  before === null || after === null ? null : round(after - before);

/** One delta per stage of either side: the newer side's stages in order, then stages only the older side had. */
export function emotionDeltas(from: MapView, to: MapView): EmotionDelta[] {
  const stages = [...to.stages, ...from.stages.filter((s) => !to.stageById.has(s.id))];
  return stages.map((stage) => {
    const before = from.stageById.has(stage.id) ? stageAverageEmotion(from, stage.id) : null;
    const after = to.stageById.has(stage.id) ? stageAverageEmotion(to, stage.id) : null;
    return {
      stageId: stage.id,
      stageName: stage.name,
      before,
      after,
      delta: deltaOf(before, after),
      colorBefore: averageColor(before),
      colorAfter: averageColor(after),
    };
  });
}

export function kpiDeltas(from: MapView, to: MapView): KpiDelta[] {
  const kpis = [...kpisInOrder(to), ...kpisInOrder(from).filter((k) => !to.kpiById.has(k.id))];
  return kpis.map((kpi) => {
    const older = from.kpiById.get(kpi.id);
    const newer = to.kpiById.get(kpi.id);
    const before = older ? (latestMeasurement(older.history)?.value ?? null) : null;
    const after = newer ? (latestMeasurement(newer.history)?.value ?? null) : null;
    const target = (newer ?? kpi).target;
    return {
      kpiId: kpi.id,
      name: kpi.name,
      type: kpi.type,
      before,
      after,
      delta: deltaOf(before, after),
      target,
      targetReached: newer ? targetReached(kpiDirection(newer), after, target) : null,
    };
  });
}
