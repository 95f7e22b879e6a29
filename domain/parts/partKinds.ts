/**
 * What differs between the kinds of map parts, in one table each, so that
 * adding, updating, moving and removing is written once for all of them
 * (addPart.ts, updatePart.ts, movePart.ts, removePart.ts).
 */
import type { MapView } from '../maps/mapView';
import type { Ordered } from '../ordering/placement';
import type { MapPartKind } from './mapParts';

/** The part each kind belongs to, and the field of the record that names it. */
export const PARENT = {
  stage: null,
  touchpoint: { part: 'stage', field: 'stageId' },
  painPoint: { part: 'touchpoint', field: 'touchpointId' },
  kpi: { part: 'stage', field: 'stageId' },
  improvement: null,
} as const satisfies Record<MapPartKind, { part: MapPartKind; field: string } | null>;

/**
 * Parts kept in an order the client sets (positions), with the siblings each
 * is ordered among: every stage of the map; the touchpoints of one stage.
 */
export const ORDERED_AMONG = {
  stage: (view: MapView): readonly Ordered[] => view.stages,
  touchpoint: (view: MapView, stageId: string): readonly Ordered[] =>
    view.touchpointsByStage.get(stageId) ?? [],
};

export type OrderedKind = keyof typeof ORDERED_AMONG;

export const isOrdered = (kind: MapPartKind): kind is OrderedKind => kind in ORDERED_AMONG;

/** How history summaries name each kind ("Pain point fields changed: severity"). */
export const PART_LABEL: Record<MapPartKind, string> = {
  stage: 'Stage',
  touchpoint: 'Touchpoint',
  painPoint: 'Pain point',
  kpi: 'KPI',
  improvement: 'Improvement',
};
