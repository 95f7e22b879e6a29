/** The parts of a map in journey order: by stage position, then by position in the stage. */
import type { KpiRecord } from '../kpis/kpi';
import type { PainPointRecord } from '../painPoints/painPoint';
import type { TouchpointRecord } from '../touchpoints/touchpoint';
import type { MapView } from './mapView';

/** Touchpoints in journey order. */
export const touchpointsInOrder = (view: MapView): TouchpointRecord[] =>
  view.stages.flatMap((s) => view.touchpointsByStage.get(s.id) ?? []);

export const painPointsInOrder = (view: MapView): PainPointRecord[] =>
  touchpointsInOrder(view).flatMap((t) => view.painPointsByTouchpoint.get(t.id) ?? []);

/** KPIs in journey order: by stage position, then oldest first. */
export const kpisInOrder = (view: MapView): KpiRecord[] =>
  view.stages.flatMap((s) => view.kpisByStage.get(s.id) ?? []);
