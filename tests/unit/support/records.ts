/** Factories of domain records with plausible defaults, overridable field by field. */
import type { ImprovementRecord } from '../../../domain/backlog/improvement';
import type { KpiRecord } from '../../../domain/kpis/kpi';
import type { MapHeaderRecord } from '../../../domain/maps/journeyMap';
import type { MapContents } from '../../../domain/maps/mapContents';
import type { PainPointRecord } from '../../../domain/painPoints/painPoint';
import type { PersonaRecord } from '../../../domain/personas/persona';
import type { StageRecord } from '../../../domain/stages/stage';
import {
  touchpointRecord as touchpointDeclaration,
  type TouchpointRecord,
} from '../../../domain/touchpoints/touchpoint';

const CREATED = '2025-01-15T09:00:00.000Z';

/**
 * A valid ULID whose order follows `n` (`testId(2) < testId(10)`), so that
 * tests can say which id is "older" without randomness.
 */
export const testId = (n: number): string => `01JAAAAAAA${String(n).padStart(16, '0')}`;

const audited = { revision: 1, createdAt: CREATED, updatedAt: CREATED };

export const personaRecord = (fields: Partial<PersonaRecord> = {}): PersonaRecord => ({
  id: testId(900),
  name: 'Marie',
  description: null,
  jobTitle: null,
  age: null,
  segment: null,
  goals: [],
  frustrations: [],
  preferredChannels: [],
  decisionProcess: null,
  quote: null,
  dataSources: [],
  ...audited,
  ...fields,
});

export const headerRecord = (fields: Partial<MapHeaderRecord> = {}): MapHeaderRecord => ({
  id: testId(1),
  title: 'Souscription SaaS',
  description: null,
  state: 'CURRENT',
  status: 'DRAFT',
  scope: { objective: null, perimeter: null, segment: null, horizon: null, stakeholders: [] },
  owner: null,
  tags: [],
  personaIds: [],
  reviewCadenceDays: 90,
  lastReviewedAt: null,
  nextReviewAt: '2025-04-15T09:00:00.000Z',
  changeSeq: 1,
  latestVersion: 0,
  ...audited,
  ...fields,
});

export const stageRecord = (fields: Partial<StageRecord> & { id: string }): StageRecord => ({
  name: `Stage ${fields.id}`,
  description: null,
  customerGoal: null,
  owner: null,
  orderKey: 'V',
  ...audited,
  ...fields,
});

/** Through the declaration, so optional fields added later take their declared value. */
export const touchpointRecord = (
  fields: Partial<TouchpointRecord> & { id: string; stageId: string },
): TouchpointRecord =>
  touchpointDeclaration.parse({
    name: `Touchpoint ${fields.id}`,
    channel: 'WEBSITE',
    mode: 'ONLINE',
    isMomentOfTruth: false,
    orderKey: 'V',
    ...audited,
    ...fields,
  });

export const painPointRecord = (
  fields: Partial<PainPointRecord> & { id: string; touchpointId: string },
): PainPointRecord => ({
  description: 'The form asks for the same data twice',
  severity: 'MEDIUM',
  evidence: [],
  ...audited,
  ...fields,
});

export const kpiRecord = (
  fields: Partial<KpiRecord> & { id: string; stageId: string },
): KpiRecord => ({
  name: `KPI ${fields.id}`,
  type: 'NPS',
  unit: null,
  direction: null,
  baseline: null,
  target: null,
  history: [],
  ...audited,
  ...fields,
});

export const improvementRecord = (
  fields: Partial<ImprovementRecord> & { id: string },
): ImprovementRecord => ({
  mapId: testId(1),
  title: `Improvement ${fields.id}`,
  description: null,
  impact: 3,
  effort: 3,
  status: 'IDEA',
  owner: null,
  dueDate: null,
  tags: [],
  stageId: null,
  touchpointIds: [],
  painPointIds: [],
  kpiId: null,
  completedAt: null,
  ...audited,
  ...fields,
});

export const mapContents = (fields: Partial<MapContents> = {}): MapContents => ({
  header: headerRecord(),
  stages: [],
  touchpoints: [],
  painPoints: [],
  kpis: [],
  improvements: [],
  ...fields,
});
