/**
 * A map as readers see it, built from its records in memory: stages and
 * touchpoints in order with dense positions, parts grouped under their parent,
 * and the emotion curve. Parts whose parent is gone (a stage removed while a
 * clean-up was still under way) are left out, so a reader never sees an
 * orphan. The same view serves the draft and every published version.
 */
import { averageColor, averageEmotion } from './emotion';
import { byBacklogOrder } from '../backlog/priority';
import type { EmotionColor } from '../shared/enums';
import { byOrder } from '../ordering/placement';
import type { ImprovementRecord } from '../backlog/improvement';
import type { KpiRecord } from '../kpis/kpi';
import type { MapHeaderRecord } from './journeyMap';
import type { MapContents } from './mapContents';
import type { PainPointRecord } from '../painPoints/painPoint';
import type { MapPartKind, MapPartRecords } from '../parts/mapParts';
import type { PersonaRecord } from '../personas/persona';
import type { StageRecord } from '../stages/stage';
import type { TouchpointRecord } from '../touchpoints/touchpoint';

export interface StageEmotionPoint {
  stageId: string;
  stageName: string;
  position: number;
  averageEmotion: number | null;
  emotionColor: EmotionColor | null;
}

export interface MapView {
  header: MapHeaderRecord;
  /** null for the draft, N for published version N. */
  version: number | null;
  /** Personas frozen in a published version; null for the draft (read live). */
  frozenPersonas: PersonaRecord[] | null;
  stages: StageRecord[];
  touchpointsByStage: ReadonlyMap<string, TouchpointRecord[]>;
  painPointsByTouchpoint: ReadonlyMap<string, PainPointRecord[]>;
  kpisByStage: ReadonlyMap<string, KpiRecord[]>;
  stageById: ReadonlyMap<string, StageRecord>;
  touchpointById: ReadonlyMap<string, TouchpointRecord>;
  painPointById: ReadonlyMap<string, PainPointRecord>;
  kpiById: ReadonlyMap<string, KpiRecord>;
  /** The map's backlog, in backlog order. */
  improvements: ImprovementRecord[];
  improvementById: ReadonlyMap<string, ImprovementRecord>;
  /** Improvements that address each touchpoint, and each pain point, in backlog order. */
  improvementsByTouchpoint: ReadonlyMap<string, ImprovementRecord[]>;
  improvementsByPainPoint: ReadonlyMap<string, ImprovementRecord[]>;
  /** Position of each stage in the map and of each touchpoint in its stage. */
  positionOf: ReadonlyMap<string, number>;
}

const byId = <T extends { id: string }>(a: T, b: T): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Groups items under each of several keys (an improvement addresses several touchpoints). */
function groupByEach<T>(
  items: readonly T[],
  keys: (item: T) => readonly string[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const k of keys(item)) {
      const group = groups.get(k);
      if (group) group.push(item);
      else groups.set(k, [item]);
    }
  }
  return groups;
}

/**
 * The view each record was read in. Resolvers receive records as they are
 * (GraphQL's default resolver serves their stored fields); the few derived
 * fields that need the rest of the map (a position, a stage's touchpoints,
 * the improvements on a pain point) find it here without a promise.
 */
const owners = new WeakMap<object, MapView>();

/** The view a record (a header or a part) was read in; undefined for a record read alone. */
export const viewOwning = (record: object): MapView | undefined => owners.get(record);

export function buildMapView(
  contents: MapContents,
  version: number | null = null,
  frozenPersonas: PersonaRecord[] | null = null,
): MapView {
  const stages = [...contents.stages].sort(byOrder);
  const stageById = new Map(stages.map((s) => [s.id, s]));
  const positionOf = new Map<string, number>();
  stages.forEach((s, i) => positionOf.set(s.id, i));

  const liveTouchpoints = contents.touchpoints.filter((t) => stageById.has(t.stageId));
  const touchpointsByStage = groupBy(liveTouchpoints, (t) => t.stageId);
  for (const list of touchpointsByStage.values()) {
    list.sort(byOrder);
    list.forEach((t, i) => positionOf.set(t.id, i));
  }
  const touchpointById = new Map(liveTouchpoints.map((t) => [t.id, t]));

  // ULID ids sort by creation time: "oldest first" without another attribute.
  const livePainPoints = contents.painPoints
    .filter((p) => touchpointById.has(p.touchpointId))
    .sort(byId);
  const liveKpis = contents.kpis.filter((k) => stageById.has(k.stageId)).sort(byId);
  const improvements = [...contents.improvements].sort(byBacklogOrder);

  const view: MapView = {
    header: contents.header,
    version,
    frozenPersonas,
    stages,
    touchpointsByStage,
    painPointsByTouchpoint: groupBy(livePainPoints, (p) => p.touchpointId),
    kpisByStage: groupBy(liveKpis, (k) => k.stageId),
    stageById,
    touchpointById,
    painPointById: new Map(livePainPoints.map((p) => [p.id, p])),
    kpiById: new Map(liveKpis.map((k) => [k.id, k])),
    improvements,
    improvementById: new Map(improvements.map((i) => [i.id, i])),
    improvementsByTouchpoint: groupByEach(improvements, (i) => i.touchpointIds),
    improvementsByPainPoint: groupByEach(improvements, (i) => i.painPointIds),
    positionOf,
  };
  for (const record of [
    contents.header,
    ...stages,
    ...liveTouchpoints,
    ...livePainPoints,
    ...liveKpis,
    ...improvements,
    // A version's personas are its own copies: they too answer for the version they were read in.
    ...(frozenPersonas ?? []),
  ]) {
    owners.set(record, view);
  }
  return view;
}

export function stageAverageEmotion(view: MapView, stageId: string): number | null {
  return averageEmotion((view.touchpointsByStage.get(stageId) ?? []).map((t) => t.emotionScore));
}

export function emotionCurve(view: MapView): StageEmotionPoint[] {
  return view.stages.map((stage, position) => {
    const average = stageAverageEmotion(view, stage.id);
    return {
      stageId: stage.id,
      stageName: stage.name,
      position,
      averageEmotion: average,
      emotionColor: averageColor(average),
    };
  });
}

/** A part of the map by kind and id; undefined when it is not (or no longer) in the view. */
export function partIn<K extends MapPartKind>(
  view: MapView,
  kind: K,
  id: string,
): MapPartRecords[K] | undefined {
  const byId = {
    stage: view.stageById,
    touchpoint: view.touchpointById,
    painPoint: view.painPointById,
    kpi: view.kpiById,
    improvement: view.improvementById,
  }[kind] as ReadonlyMap<string, MapPartRecords[K]>;
  return byId.get(id);
}
