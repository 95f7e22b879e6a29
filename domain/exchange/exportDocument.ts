/**
 * A map as an exchange document (exchangeFormat.ts): the draft or a
 * published version, whole, with its personas; parts in the order readers
 * see them, measurements oldest first, the backlog in backlog order. Only
 * stored content: no revision, no derived value.
 */
import type { ImprovementRecord } from '../backlog/improvement';
import type { KpiRecord } from '../kpis/kpi';
import { sortedHistory } from '../kpis/kpiDirection';
import type { MapView } from '../maps/mapView';
import type { PainPointRecord } from '../painPoints/painPoint';
import type { PersonaRecord } from '../personas/persona';
import type { StageRecord } from '../stages/stage';
import type { TouchpointRecord } from '../touchpoints/touchpoint';
import { FORMAT_VERSION, type JourneyMapDocumentInput } from './exchangeFormat';

type MapInput = JourneyMapDocumentInput['map'];

const stamps = (record: { createdAt: string; updatedAt: string }) => ({
  createdAt: record.createdAt,
  updatedAt: record.updatedAt,
});

function personaOut(p: PersonaRecord) {
  return {
    id: p.id,
    name: p.name,
    description: p.description,
    jobTitle: p.jobTitle,
    age: p.age,
    segment: p.segment,
    goals: p.goals,
    frustrations: p.frustrations,
    preferredChannels: p.preferredChannels,
    decisionProcess: p.decisionProcess,
    quote: p.quote,
    dataSources: p.dataSources,
    ...stamps(p),
  };
}

const painPointOut = (p: PainPointRecord) => ({
  id: p.id,
  description: p.description,
  severity: p.severity,
  evidence: p.evidence,
  ...stamps(p),
});

const touchpointOut = (t: TouchpointRecord, painPoints: readonly PainPointRecord[]) => ({
  id: t.id,
  name: t.name,
  description: t.description,
  channel: t.channel,
  mode: t.mode,
  actions: t.actions,
  thoughts: t.thoughts,
  emotionScore: t.emotionScore,
  isMomentOfTruth: t.isMomentOfTruth,
  ownerTeam: t.ownerTeam,
  durationMinutes: t.durationMinutes,
  painPoints: painPoints.map(painPointOut),
  ...stamps(t),
});

const kpiOut = (k: KpiRecord) => ({
  id: k.id,
  name: k.name,
  type: k.type,
  unit: k.unit,
  direction: k.direction,
  baseline: k.baseline,
  target: k.target,
  history: sortedHistory(k.history).map((m) => ({
    value: m.value,
    measuredAt: m.measuredAt,
    source: m.source,
    externalId: m.externalId ?? null,
  })),
  ...stamps(k),
});

const stageOut = (view: MapView, s: StageRecord) => ({
  id: s.id,
  name: s.name,
  description: s.description,
  customerGoal: s.customerGoal,
  owner: s.owner,
  touchpoints: (view.touchpointsByStage.get(s.id) ?? []).map((t) =>
    touchpointOut(t, view.painPointsByTouchpoint.get(t.id) ?? []),
  ),
  kpis: (view.kpisByStage.get(s.id) ?? []).map(kpiOut),
  ...stamps(s),
});

/** Links to parts a reader no longer sees (removed with their parent) are left out. */
const improvementOut = (view: MapView, i: ImprovementRecord) => ({
  id: i.id,
  title: i.title,
  description: i.description,
  impact: i.impact,
  effort: i.effort,
  status: i.status,
  owner: i.owner,
  dueDate: i.dueDate,
  tags: i.tags,
  stageId: i.stageId !== null && view.stageById.has(i.stageId) ? i.stageId : null,
  touchpointIds: i.touchpointIds.filter((id) => view.touchpointById.has(id)),
  painPointIds: i.painPointIds.filter((id) => view.painPointById.has(id)),
  kpiId: i.kpiId !== null && view.kpiById.has(i.kpiId) ? i.kpiId : null,
  completedAt: i.completedAt,
  ...stamps(i),
});

export function exportDocument(
  view: MapView,
  personas: readonly PersonaRecord[],
  exportedAt: string,
): JourneyMapDocumentInput {
  const { header } = view;
  const map: MapInput = {
    id: header.id,
    title: header.title,
    description: header.description,
    state: header.state,
    status: header.status,
    scope: header.scope,
    owner: header.owner,
    tags: header.tags,
    reviewCadenceDays: header.reviewCadenceDays,
    lastReviewedAt: header.lastReviewedAt,
    personas: personas.map(personaOut),
    stages: view.stages.map((s) => stageOut(view, s)),
    improvements: view.improvements.map((i) => improvementOut(view, i)),
    ...stamps(header),
  };
  return {
    formatVersion: FORMAT_VERSION,
    exportedAt,
    source: { mapId: header.id, version: view.version },
    map,
  };
}
