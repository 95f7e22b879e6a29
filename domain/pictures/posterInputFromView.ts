/**
 * A map as the API reads it (a MapView of the draft or of a published
 * version, and the personas it follows) turned into the plain PosterInput the
 * pictures draw. Every derived value (emotion colours, stage averages, KPI
 * status, quadrants, priority scores) comes from the same domain rules the
 * GraphQL resolvers use, so a picture never disagrees with the API.
 */
import { priorityScore, quadrant } from '../backlog/priority';
import { kpiDirection, latestMeasurement, targetReached } from '../kpis/kpiDirection';
import type { KpiRecord } from '../kpis/kpi';
import { averageColor, emotionColor } from '../maps/emotion';
import { stageAverageEmotion, type MapView } from '../maps/mapView';
import type { PersonaRecord } from '../personas/persona';
import type { PosterInput, PosterKpi, PosterStage, PosterVersion } from './posterInput';

function posterKpi(kpi: KpiRecord): PosterKpi {
  const current = latestMeasurement(kpi.history)?.value ?? null;
  return {
    name: kpi.name,
    type: kpi.type,
    unit: kpi.unit,
    current,
    target: kpi.target,
    targetReached: targetReached(kpiDirection(kpi), current, kpi.target),
  };
}

function posterStages(view: MapView): PosterStage[] {
  return view.stages.map((stage) => {
    const average = stageAverageEmotion(view, stage.id);
    return {
      id: stage.id,
      name: stage.name,
      customerGoal: stage.customerGoal,
      averageEmotion: average,
      emotionColor: averageColor(average),
      touchpoints: (view.touchpointsByStage.get(stage.id) ?? []).map((t) => ({
        id: t.id,
        name: t.name,
        channel: t.channel,
        mode: t.mode,
        actions: t.actions,
        thoughts: t.thoughts,
        emotionScore: t.emotionScore,
        emotionColor: emotionColor(t.emotionScore),
        isMomentOfTruth: t.isMomentOfTruth,
        painPoints: (view.painPointsByTouchpoint.get(t.id) ?? []).map((p) => ({
          description: p.description,
          severity: p.severity,
        })),
      })),
      kpis: (view.kpisByStage.get(stage.id) ?? []).map(posterKpi),
    };
  });
}

/**
 * The PosterInput of a map view. `personas` are the ones the map follows, in
 * its order (frozen ones for a version); `version` is the published version
 * drawn, null for the draft.
 */
export function posterInputFromView(
  view: MapView,
  personas: readonly PersonaRecord[],
  version: PosterVersion | null,
): PosterInput {
  const { header } = view;
  return {
    title: header.title,
    description: header.description,
    state: header.state,
    scope: header.scope,
    version,
    revision: header.revision,
    personas: personas.map((p) => ({ name: p.name, jobTitle: p.jobTitle, quote: p.quote })),
    stages: posterStages(view),
    // The view keeps the backlog in backlog order already.
    improvements: view.improvements.map((i) => ({
      id: i.id,
      title: i.title,
      impact: i.impact,
      effort: i.effort,
      quadrant: quadrant(i.impact, i.effort),
      status: i.status,
      priorityScore: priorityScore(i.impact, i.effort),
    })),
  };
}
