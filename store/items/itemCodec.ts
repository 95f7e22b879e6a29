/**
 * Records ↔ DynamoDB items. An item is its record plus key attributes and an
 * `entityType`; reading picks the record's fields back out, with defaults for
 * attributes an older item may lack, so that storage bookkeeping never leaks
 * into the domain.
 */
import type {
  ImprovementRecord,
  MapPartKind,
  MapPartRecords,
  KpiRecord,
  MapHeaderRecord,
  PainPointRecord,
  PersonaRecord,
  StageRecord,
  TouchpointRecord,
} from '../../domain/records';

export type Item = Record<string, unknown>;

export const ITEM_TYPE = {
  persona: 'Persona',
  header: 'JourneyMap',
  stage: 'Stage',
  touchpoint: 'Touchpoint',
  painPoint: 'PainPoint',
  kpi: 'Kpi',
  improvement: 'Improvement',
  history: 'HistoryEntry',
  version: 'Version',
  versionChunk: 'VersionChunk',
} as const;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const list = <T = string>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

function audited(item: Item) {
  return {
    revision: num(item.revision) ?? 1,
    createdAt: str(item.createdAt) ?? '',
    updatedAt: str(item.updatedAt) ?? '',
  };
}

export function personaFromItem(item: Item): PersonaRecord {
  return {
    id: String(item.id),
    name: String(item.name),
    description: str(item.description),
    jobTitle: str(item.jobTitle),
    age: num(item.age),
    segment: str(item.segment),
    goals: list(item.goals),
    frustrations: list(item.frustrations),
    preferredChannels: list(item.preferredChannels),
    decisionProcess: str(item.decisionProcess),
    quote: str(item.quote),
    dataSources: list(item.dataSources),
    ...audited(item),
  };
}

export function headerFromItem(item: Item): MapHeaderRecord {
  const scope = (item.scope ?? {}) as Item;
  return {
    id: String(item.id),
    title: String(item.title),
    description: str(item.description),
    state: item.state as MapHeaderRecord['state'],
    status: item.status as MapHeaderRecord['status'],
    scope: {
      objective: str(scope.objective),
      perimeter: str(scope.perimeter),
      segment: str(scope.segment),
      horizon: str(scope.horizon),
      stakeholders: list(scope.stakeholders),
    },
    owner: str(item.owner),
    tags: list(item.tags),
    personaIds: list(item.personaIds),
    reviewCadenceDays: num(item.reviewCadenceDays) ?? 90,
    lastReviewedAt: str(item.lastReviewedAt),
    nextReviewAt: String(item.nextReviewAt),
    changeSeq: num(item.changeSeq) ?? 0,
    latestVersion: num(item.latestVersion) ?? 0,

    ...audited(item),
  };
}

export function stageFromItem(item: Item): StageRecord {
  return {
    id: String(item.id),
    name: String(item.name),
    description: str(item.description),
    customerGoal: str(item.customerGoal),
    owner: str(item.owner),
    orderKey: String(item.orderKey),
    ...audited(item),
  };
}

export function touchpointFromItem(item: Item): TouchpointRecord {
  return {
    id: String(item.id),
    stageId: String(item.stageId),
    name: String(item.name),
    description: str(item.description),
    channel: item.channel as TouchpointRecord['channel'],
    mode: item.mode as TouchpointRecord['mode'],
    actions: list(item.actions),
    thoughts: list(item.thoughts),
    emotionScore: num(item.emotionScore),
    isMomentOfTruth: item.isMomentOfTruth === true,
    ownerTeam: str(item.ownerTeam),
    orderKey: String(item.orderKey),
    ...audited(item),
  };
}

export function painPointFromItem(item: Item): PainPointRecord {
  return {
    id: String(item.id),
    touchpointId: String(item.touchpointId),
    description: String(item.description),
    severity: item.severity as PainPointRecord['severity'],
    evidence: list(item.evidence),
    ...audited(item),
  };
}

export function kpiFromItem(item: Item): KpiRecord {
  return {
    id: String(item.id),
    stageId: String(item.stageId),
    name: String(item.name),
    type: item.type as KpiRecord['type'],
    unit: str(item.unit),
    direction: (str(item.direction) as KpiRecord['direction']) ?? null,
    baseline: num(item.baseline),
    target: num(item.target),
    history: list<Item>(item.history).map((m) => ({
      value: Number(m.value),
      measuredAt: String(m.measuredAt),
      source: str(m.source),
    })),
    ...audited(item),
  };
}

export function improvementFromItem(item: Item): ImprovementRecord {
  return {
    id: String(item.id),
    mapId: String(item.mapId),
    title: String(item.title),
    description: str(item.description),
    impact: num(item.impact) ?? 1,
    effort: num(item.effort) ?? 1,
    status: item.status as ImprovementRecord['status'],
    owner: str(item.owner),
    dueDate: str(item.dueDate),
    tags: list(item.tags),
    stageId: str(item.stageId),
    touchpointIds: list(item.touchpointIds),
    painPointIds: list(item.painPointIds),
    kpiId: str(item.kpiId),
    completedAt: str(item.completedAt),
    ...audited(item),
  };
}

const PART_DECODERS = {
  stage: stageFromItem,
  touchpoint: touchpointFromItem,
  painPoint: painPointFromItem,
  kpi: kpiFromItem,
  improvement: improvementFromItem,
};

/** Decodes an item of a known part kind. */
export function partFromItem<K extends MapPartKind>(part: K, item: Item): MapPartRecords[K] {
  return PART_DECODERS[part](item) as MapPartRecords[K];
}
