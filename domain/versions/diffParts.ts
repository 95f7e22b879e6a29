/**
 * Added, removed and changed parts between two views, matched by id. A part
 * "moved" only when its order among the parts both sides share changed (or it
 * changed stage): an insertion shifts the positions of what follows it, but
 * those parts did not move.
 */
import type { MapView } from '../maps/mapView';
import { kpiRecord, type KpiRecord } from '../kpis/kpi';
import { painPointRecord, type PainPointRecord } from '../painPoints/painPoint';
import { once } from '../shared/once';
import { contentFields } from '../shared/recordFields';
import { stageRecord, type StageRecord } from '../stages/stage';
import { touchpointRecord, type TouchpointRecord } from '../touchpoints/touchpoint';
import type { ChangedEntity, EntityDiff } from './diffTypes';
import { fieldChanges, type FieldChange } from './fieldChanges';
import { movedIds } from './movedIds';
import { kpisInOrder, painPointsInOrder, touchpointsInOrder } from '../maps/journeyOrder';

// Every content field an entity declares is compared; parents and order keys are reported as
// moves (stageId, position), and a KPI's history as value deltas (diffMetrics.ts).
// Note: listed on the first diff, as the declarations they read are built on first use.
const fieldsOf = once(() => ({
  stage: contentFields(stageRecord, ['orderKey']),
  touchpoint: contentFields(touchpointRecord, ['stageId', 'orderKey']),
  painPoint: [...contentFields(painPointRecord, ['touchpointId']), 'touchpointId'] as const,
  kpi: [...contentFields(kpiRecord, ['stageId', 'history']), 'stageId'] as const,
}));

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

export function diffStages(from: MapView, to: MapView): EntityDiff<StageRecord> {
  const moved = movedIds(
    from.stages.map((s) => s.id),
    to.stages.map((s) => s.id),
  );
  const changed: ChangedEntity[] = [];
  for (const stage of to.stages) {
    const before = from.stageById.get(stage.id);
    if (!before) continue;
    const changes = [
      ...fieldChanges(before, stage, fieldsOf().stage),
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

export function diffTouchpoints(from: MapView, to: MapView): EntityDiff<TouchpointRecord> {
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
      ...fieldChanges(before, touchpoint, fieldsOf().touchpoint),
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

export function diffPainPoints(from: MapView, to: MapView): EntityDiff<PainPointRecord> {
  const changed: ChangedEntity[] = [];
  for (const painPoint of painPointsInOrder(to)) {
    const before = from.painPointById.get(painPoint.id);
    if (!before) continue;
    const changes = fieldChanges(before, painPoint, fieldsOf().painPoint);
    if (changes.length) changed.push({ id: painPoint.id, name: painPoint.description, changes });
  }
  return {
    added: painPointsInOrder(to).filter((p) => !from.painPointById.has(p.id)),
    removed: painPointsInOrder(from).filter((p) => !to.painPointById.has(p.id)),
    changed,
  };
}

export function diffKpis(from: MapView, to: MapView): EntityDiff<KpiRecord> {
  const changed: ChangedEntity[] = [];
  for (const kpi of kpisInOrder(to)) {
    const before = from.kpiById.get(kpi.id);
    if (!before) continue;
    const changes = fieldChanges(before, kpi, fieldsOf().kpi);
    if (changes.length) changed.push({ id: kpi.id, name: kpi.name, changes });
  }
  return {
    added: kpisInOrder(to).filter((k) => !from.kpiById.has(k.id)),
    removed: kpisInOrder(from).filter((k) => !to.kpiById.has(k.id)),
    changed,
  };
}
