/**
 * The machine-readable difference between two states of a map (two versions,
 * or a version and the draft), matched by id. Output order is deterministic:
 * added and changed entities in the journey order of the newer side, removed
 * ones in the journey order of the older side.
 */
import type { MapView } from '../maps/mapView';
import { improvementRecord } from '../backlog/improvement';
import { MAP_EDITABLE_FIELDS } from '../maps/journeyMap';
import { once } from '../shared/once';
import { contentFields } from '../shared/recordFields';
import { diffKpis, diffPainPoints, diffStages, diffTouchpoints } from './diffParts';
import { emotionDeltas, kpiDeltas } from './diffMetrics';
import type { ChangedEntity, MapDiff, StatusChange } from './diffTypes';
import { fieldChanges } from './fieldChanges';

export type * from './diffTypes';

// Status changes are reported apart (statusChanged), completedAt follows the status.
// Note: listed on the first diff, as the declaration it reads is built on first use.
const improvementFields = once(() =>
  contentFields(improvementRecord, ['mapId', 'status', 'completedAt']),
);

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
    const changes = fieldChanges(before, improvement, improvementFields());
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
    map: fieldChanges(from.header, to.header, MAP_EDITABLE_FIELDS),
    stages: diffStages(from, to),
    touchpoints: diffTouchpoints(from, to),
    painPoints: diffPainPoints(from, to),
    kpis: diffKpis(from, to),
    emotionDeltas: emotionDeltas(from, to),
    kpiDeltas: kpiDeltas(from, to),
    improvements: diffImprovements(from, to),
  };
}
