/**
 * The stored shape of every entity. Stores persist these records as they are,
 * published versions freeze them, and views derive everything else (positions,
 * colours, averages) from them, so a draft and a version read the same way.
 */
import type { EntityName } from './shared/errors';
import type {
  Channel,
  ChannelMode,
  ImprovementStatus,
  KpiDirection,
  KpiType,
  MapState,
  MapStatus,
  Severity,
} from './shared/enums';

/** Fields every entity carries. `revision` starts at 1 and grows by one per change. */
export interface Audited {
  revision: number;
  createdAt: string;
  updatedAt: string;
}

export interface PersonaRecord extends Audited {
  id: string;
  name: string;
  description: string | null;
  jobTitle: string | null;
  age: number | null;
  segment: string | null;
  goals: string[];
  frustrations: string[];
  preferredChannels: Channel[];
  decisionProcess: string | null;
  quote: string | null;
  dataSources: string[];
}

export interface MapScope {
  objective: string | null;
  perimeter: string | null;
  segment: string | null;
  horizon: string | null;
  stakeholders: string[];
}

/** The map's own fields (its "header"); the parts are separate records. */
export interface MapHeaderRecord extends Audited {
  id: string;
  title: string;
  description: string | null;
  state: MapState;
  status: MapStatus;
  scope: MapScope;
  owner: string | null;
  tags: string[];
  personaIds: string[];
  reviewCadenceDays: number;
  lastReviewedAt: string | null;
  /** Derived from lastReviewedAt (or createdAt) and the cadence; stored so lists can filter on it. */
  nextReviewAt: string;
  /**
   * Grows by one with every write to the map or any of its parts. Writes that
   * must see a stable map (cascading removals, publishing) condition on it.
   */
  changeSeq: number;
  /** The number of the newest published version; 0 before the first. */
  latestVersion: number;
}

export interface StageRecord extends Audited {
  id: string;
  name: string;
  description: string | null;
  customerGoal: string | null;
  owner: string | null;
  /** Fractional order key; positions are derived by sorting on it. */
  orderKey: string;
}

export interface TouchpointRecord extends Audited {
  id: string;
  stageId: string;
  name: string;
  description: string | null;
  channel: Channel;
  mode: ChannelMode;
  actions: string[];
  thoughts: string[];
  emotionScore: number | null;
  isMomentOfTruth: boolean;
  ownerTeam: string | null;
  orderKey: string;
}

export interface PainPointRecord extends Audited {
  id: string;
  touchpointId: string;
  description: string;
  severity: Severity;
  evidence: string[];
}

export interface KpiMeasurement {
  value: number;
  measuredAt: string;
  source: string | null;
}

export interface KpiRecord extends Audited {
  id: string;
  stageId: string;
  name: string;
  type: KpiType;
  unit: string | null;
  /** Explicit direction; null means "derive it" (see kpiDirection.ts). */
  direction: KpiDirection | null;
  baseline: number | null;
  target: number | null;
  /** In the order recorded; views sort by measuredAt. */
  history: KpiMeasurement[];
}

/**
 * An improvement of the map's backlog. Its quadrant and priority score are
 * derived from impact and effort (domain/backlog/priority.ts); its links point
 * at parts of the same map and are cleared when those parts are removed.
 */
export interface ImprovementRecord extends Audited {
  /** `<mapId>:<ulid>`: the map is part of the id, so an update needs no lookup. */
  id: string;
  mapId: string;
  title: string;
  description: string | null;
  impact: number;
  effort: number;
  status: ImprovementStatus;
  owner: string | null;
  /** A calendar date, `YYYY-MM-DD`. */
  dueDate: string | null;
  tags: string[];
  stageId: string | null;
  touchpointIds: string[];
  painPointIds: string[];
  kpiId: string | null;
  /** When the improvement last became DONE; null unless DONE. */
  completedAt: string | null;
}

/** Everything one map holds, as read in one request. */
export interface MapContents {
  header: MapHeaderRecord;
  stages: StageRecord[];
  touchpoints: TouchpointRecord[];
  painPoints: PainPointRecord[];
  kpis: KpiRecord[];
  improvements: ImprovementRecord[];
}

/** The parts of a map, by the name the store and history use for them. */
export type MapPartKind = 'stage' | 'touchpoint' | 'painPoint' | 'kpi' | 'improvement';

export interface MapPartRecords {
  stage: StageRecord;
  touchpoint: TouchpointRecord;
  painPoint: PainPointRecord;
  kpi: KpiRecord;
  improvement: ImprovementRecord;
}

/** The map's own fields a client edits (what a diff compares and a restore sets back). */
export const MAP_EDITABLE_FIELDS = [
  'title',
  'description',
  'state',
  'status',
  'scope',
  'owner',
  'tags',
  'personaIds',
  'reviewCadenceDays',
] as const satisfies readonly (keyof MapHeaderRecord)[];

/** The name clients know each part by (in NOT_FOUND messages and history entries). */
export const PART_ENTITY = {
  stage: 'Stage',
  touchpoint: 'Touchpoint',
  painPoint: 'PainPoint',
  kpi: 'Kpi',
  improvement: 'Improvement',
} as const satisfies Record<MapPartKind, EntityName>;
