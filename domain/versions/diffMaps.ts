/**
 * The machine-readable difference between two states of a map (two versions,
 * or a version and the draft), matched by id. Output order is deterministic:
 * added and changed entities in the journey order of the newer side, removed
 * ones in the journey order of the older side.
 */
import { averageColor } from '../emotion';
import { kpiDirection, latestMeasurement, targetReached } from '../kpiDirection';
import { stageAverageEmotion, type MapView } from '../mapView';
import type { EmotionColor, ImprovementStatus, KpiType } from '../enums';
import type { ImprovementRecord, PainPointRecord, StageRecord, TouchpointRecord } from '../records';
import { fieldChanges, type FieldChange } from './fieldChanges';
import { movedIds } from './movedIds';

export interface ChangedEntity {
  id: string;
  name: string;
  changes: FieldChange[];
}

export interface EntityDiff<R> {
  added: R[];
  removed: R[];
  changed: ChangedEntity[];
}

export interface EmotionDelta {
  stageId: string;
  stageName: string;
  before: number | null;
  after: number | null;
  delta: number | null;
  colorBefore: EmotionColor | null;
  colorAfter: EmotionColor | null;
}

export interface KpiDelta {
  kpiId: string;
  name: string;
  type: KpiType;
  before: number | null;
  after: number | null;
  delta: number | null;
  target: number | null;
  /** Whether `after` reaches the target, in the KPI's direction (null without both). */
  targetReached: boolean | null;
}

export interface StatusChange {
  id: string;
  title: string;
  before: ImprovementStatus;
  after: ImprovementStatus;
}

export interface MapDiff {
  /** Changes of the map's own fields (title, scope, status…). */
  map: FieldChange[];
  stages: EntityDiff<StageRecord>;
  touchpoints: EntityDiff<TouchpointRecord>;
  painPoints: EntityDiff<PainPointRecord>;
  emotionDeltas: EmotionDelta[];
  kpiDeltas: KpiDelta[];
  improvements: {
    added: ImprovementRecord[];
    removed: ImprovementRecord[];
    statusChanged: StatusChange[];
    /** Other field changes: re-estimates, new owners, new links. */
    changed: ChangedEntity[];
  };
}

const MAP_FIELDS = [
  'title',
  'description',
  'state',
  'status',
  'scope',
  'owner',
  'tags',
  'personaIds',
  'reviewCadenceDays',
] as const;
const IMPROVEMENT_FIELDS = [
  'title',
  'description',
  'impact',
  'effort',
  'owner',
  'dueDate',
  'tags',
  'stageId',
  'touchpointIds',
  'painPointIds',
  'kpiId',
] as const;

const STAGE_FIELDS = ['name', 'description', 'customerGoal', 'owner'] as const;
const TOUCHPOINT_FIELDS = [
  'name',
  'description',
  'channel',
  'mode',
  'actions',
  'thoughts',
  'emotionScore',
  'isMomentOfTruth',
  'ownerTeam',
] as const;
const PAIN_POINT_FIELDS = ['description', 'severity', 'evidence'] as const;

const round = (value: number) => Math.round(value * 1e9) / 1e9;
const deltaOf = (before: number | null, after: number | null) =>
  before === null || after === null ? null : round(after - before);

/** Touchpoints in journey order: by stage position, then position in the stage. */
const touchpointsInOrder = (view: MapView): TouchpointRecord[] =>
  view.stages.flatMap((s) => view.touchpointsByStage.get(s.id) ?? []);

const painPointsInOrder = (view: MapView): PainPointRecord[] =>
  touchpointsInOrder(view).flatMap((t) => view.painPointsByTouchpoint.get(t.id) ?? []);

function positionChanges(
  id: string,
  moved: ReadonlySet<string>,
  from: MapView,
  to: MapView,
): FieldChange[] {
  if (!moved.has(id)) return [];
  return [
    {
      field: 'position',
      before: from.positionOf.get(id) ?? null,
      after: to.positionOf.get(id) ?? null,
    },
  ];
}

function diffStages(from: MapView, to: MapView): EntityDiff<StageRecord> {
  const moved = movedIds(
    from.stages.map((s) => s.id),
    to.stages.map((s) => s.id),
  );
  const changed: ChangedEntity[] = [];
  for (const stage of to.stages) {
    const before = from.stageById.get(stage.id);
    if (!before) continue;
    const changes = [
      ...fieldChanges(before, stage, STAGE_FIELDS),
      ...positionChanges(stage.id, moved, from, to),
    ];
    if (changes.length) changed.push({ id: stage.id, name: stage.name, changes });
  }
  return {
    added: to.stages.filter((s) => !from.stageById.has(s.id)),
    removed: from.stages.filter((s) => !to.stageById.has(s.id)),
    changed,
  };
}

function diffTouchpoints(from: MapView, to: MapView): EntityDiff<TouchpointRecord> {
  // A touchpoint moved when it changed stage, or when its order among the
  // touchpoints its stage kept changed.
  const moved = new Set<string>();
  for (const stage of to.stages) {
    const after = (to.touchpointsByStage.get(stage.id) ?? []).map((t) => t.id);
    const before = (from.touchpointsByStage.get(stage.id) ?? []).map((t) => t.id);
    for (const id of movedIds(before, after)) moved.add(id);
  }
  const changed: ChangedEntity[] = [];
  for (const touchpoint of touchpointsInOrder(to)) {
    const before = from.touchpointById.get(touchpoint.id);
    if (!before) continue;
    const stageChanged = before.stageId !== touchpoint.stageId;
    const changes = [
      ...fieldChanges(before, touchpoint, TOUCHPOINT_FIELDS),
      ...(stageChanged
        ? [{ field: 'stageId', before: before.stageId, after: touchpoint.stageId }]
        : []),
      ...(stageChanged
        ? [
            {
              field: 'position',
              before: from.positionOf.get(before.id) ?? null,
              after: to.positionOf.get(touchpoint.id) ?? null,
            },
          ]
        : positionChanges(touchpoint.id, moved, from, to)),
    ];
    if (changes.length) changed.push({ id: touchpoint.id, name: touchpoint.name, changes });
  }
  return {
    added: touchpointsInOrder(to).filter((t) => !from.touchpointById.has(t.id)),
    removed: touchpointsInOrder(from).filter((t) => !to.touchpointById.has(t.id)),
    changed,
  };
}

function diffPainPoints(from: MapView, to: MapView): EntityDiff<PainPointRecord> {
  const changed: ChangedEntity[] = [];
  for (const painPoint of painPointsInOrder(to)) {
    const before = from.painPointById.get(painPoint.id);
    if (!before) continue;
    const changes = [
      ...fieldChanges(before, painPoint, PAIN_POINT_FIELDS),
      ...fieldChanges(before, painPoint, ['touchpointId'] as const),
    ];
    if (changes.length) changed.push({ id: painPoint.id, name: painPoint.description, changes });
  }
  return {
    added: painPointsInOrder(to).filter((p) => !from.painPointById.has(p.id)),
    removed: painPointsInOrder(from).filter((p) => !to.painPointById.has(p.id)),
    changed,
  };
}

/** One delta per stage of either side: the newer side's stages in order, then stages only the older side had. */
function emotionDeltas(from: MapView, to: MapView): EmotionDelta[] {
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

function kpiDeltas(from: MapView, to: MapView): KpiDelta[] {
  const inOrder = (view: MapView) => view.stages.flatMap((s) => view.kpisByStage.get(s.id) ?? []);
  const kpis = [...inOrder(to), ...inOrder(from).filter((k) => !to.kpiById.has(k.id))];
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

function diffImprovements(from: MapView, to: MapView): MapDiff['improvements'] {
  const statusChanged: StatusChange[] = [];
  const changed: ChangedEntity[] = [];
  for (const improvement of to.improvements) {
    const before = from.improvementById.get(improvement.id);
    if (!before) continue;
    if (before.status !== improvement.status) {
      statusChanged.push({
        id: improvement.id,
        title: improvement.title,
        before: before.status,
        after: improvement.status,
      });
    }
    const changes = fieldChanges(before, improvement, IMPROVEMENT_FIELDS);
    if (changes.length) changed.push({ id: improvement.id, name: improvement.title, changes });
  }
  return {
    added: to.improvements.filter((i) => !from.improvementById.has(i.id)),
    removed: from.improvements.filter((i) => !to.improvementById.has(i.id)),
    statusChanged,
    changed,
  };
}

export function diffMaps(from: MapView, to: MapView): MapDiff {
  return {
    map: fieldChanges(from.header, to.header, MAP_FIELDS),
    stages: diffStages(from, to),
    touchpoints: diffTouchpoints(from, to),
    painPoints: diffPainPoints(from, to),
    emotionDeltas: emotionDeltas(from, to),
    kpiDeltas: kpiDeltas(from, to),
    improvements: diffImprovements(from, to),
  };
}

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
    kpisChanged: diff.kpiDeltas.filter((k) => k.before !== k.after).length,
  };
  const identical =
    Object.values(counts).every((c) => c === 0) &&
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
