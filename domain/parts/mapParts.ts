/**
 * The parts of a map (stages, touchpoints, pain points, KPIs, improvements):
 * their kinds, their records and the names clients know them by.
 */
import type { ImprovementRecord } from '../backlog/improvement';
import type { KpiRecord } from '../kpis/kpi';
import type { PainPointRecord } from '../painPoints/painPoint';
import type { EntityName } from '../shared/errors';
import type { StageRecord } from '../stages/stage';
import type { TouchpointRecord } from '../touchpoints/touchpoint';

/** The parts of a map, by the name the store and history use for them. */
export type MapPartKind = 'stage' | 'touchpoint' | 'painPoint' | 'kpi' | 'improvement';

export interface MapPartRecords {
  stage: StageRecord;
  touchpoint: TouchpointRecord;
  painPoint: PainPointRecord;
  kpi: KpiRecord;
  improvement: ImprovementRecord;
}

/** The name clients know each part by (in NOT_FOUND messages and history entries). */
export const PART_ENTITY = {
  stage: 'Stage',
  touchpoint: 'Touchpoint',
  painPoint: 'PainPoint',
  kpi: 'Kpi',
  improvement: 'Improvement',
} as const satisfies Record<MapPartKind, EntityName>;
