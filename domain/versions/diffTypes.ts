/** The shape of a diff between two states of a map (domain/versions/diffMaps.ts). */
import type { EmotionColor, ImprovementStatus, KpiType } from '../shared/enums';
import type { ImprovementRecord } from '../backlog/improvement';
import type { KpiRecord } from '../kpis/kpi';
import type { PainPointRecord } from '../painPoints/painPoint';
import type { StageRecord } from '../stages/stage';
import type { TouchpointRecord } from '../touchpoints/touchpoint';
import type { FieldChange } from './fieldChanges';

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
  /** KPIs added, removed, or redefined (name, type, unit, direction, baseline, target, stage). */
  kpis: EntityDiff<KpiRecord>;
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

export type StageDiff = EntityDiff<StageRecord>;
export type TouchpointDiff = EntityDiff<TouchpointRecord>;
export type PainPointDiff = EntityDiff<PainPointRecord>;
export type KpiDiff = EntityDiff<KpiRecord>;
export type ImprovementDiff = MapDiff['improvements'];
