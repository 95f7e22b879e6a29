import type { ImprovementRecord } from '../backlog/improvement';
import type { KpiRecord } from '../kpis/kpi';
import type { PainPointRecord } from '../painPoints/painPoint';
import type { StageRecord } from '../stages/stage';
import type { TouchpointRecord } from '../touchpoints/touchpoint';
import type { MapHeaderRecord } from './journeyMap';

/** Everything one map holds, as read in one request: the header and every part. */
export interface MapContents {
  header: MapHeaderRecord;
  stages: StageRecord[];
  touchpoints: TouchpointRecord[];
  painPoints: PainPointRecord[];
  kpis: KpiRecord[];
  improvements: ImprovementRecord[];
}
